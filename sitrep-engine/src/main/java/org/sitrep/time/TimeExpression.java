package org.sitrep.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sitrep.core.Span;

/**
 * A time expression with its TIMEX3 type and value, resolved against the article's reference date
 * where one is known.
 *
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param text the covered text
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value, e.g. {@code 2026-01-09}, {@code 2026-01-09T03:00}, {@code P3D},
 *     {@code XXXX-WXX-5} when unresolved
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
  public TimeExpression {
    checkArgument(start >= 0 && end > start, "bad span [%s,%s)", start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    value = value == null ? "" : value;
  }

  public Span span() {
    return Span.of(start, end);
  }
}
