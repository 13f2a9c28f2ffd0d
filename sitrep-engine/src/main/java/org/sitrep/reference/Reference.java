package org.sitrep.reference;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.Span;

/**
 * One anaphoric mention and what it refers back to.
 *
 * @param span the mention in the article's original text: the pronoun, or the whole description
 *     from its determiner to its head ("the rebel militia", "Norland's foreign minister")
 * @param text exactly the text of {@code span}
 * @param kind what kind of mention it is
 * @param antecedents what it refers to, never empty; one entity except for {@link
 *     ReferenceKind#GROUP} and a plural pronoun standing for several named together
 * @param rule the rule that chose the antecedents
 */
public record Reference(Span span, String text, ReferenceKind kind, List<Antecedent> antecedents,
    ReferenceRule rule) {
  public Reference {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    checkArgument(text.length() == span.length(), "text '%s' does not fit span %s", text, span);
    antecedents = ImmutableList.copyOf(antecedents);
    checkArgument(!antecedents.isEmpty(), "reference '%s' at %s has no antecedent", text, span);
  }

  /** The first (for one-entity references, the only) antecedent. */
  public Antecedent antecedent() {
    return antecedents.get(0);
  }
}
