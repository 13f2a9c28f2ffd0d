package org.sitrep.reference;

import java.util.Objects;
import org.sitrep.core.Span;

/**
 * The entity a reference refers back to, and the mention that introduced it.
 *
 * @param entityId the entity's article-local id ({@code e3})
 * @param name the entity's canonical name
 * @param span the antecedent mention chosen, in the article's original text
 */
public record Antecedent(String entityId, String name, Span span) {
  public Antecedent {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
