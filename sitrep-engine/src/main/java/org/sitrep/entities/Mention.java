package org.sitrep.entities;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sitrep.core.Span;

/**
 * One occurrence of an entity in the text.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text the covered text, exactly as in the article
 */
public record Mention(int start, int end, String text) {
  public Mention {
    checkArgument(start >= 0 && end > start, "bad span [%s,%s)", start, end);
    Objects.requireNonNull(text, "text");
  }

  public Span span() {
    return Span.of(start, end);
  }
}
