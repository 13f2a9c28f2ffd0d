package org.sitrep.numbers;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.sitrep.core.Span;

/**
 * A cardinal number or vague quantity in the text with its normalised range.
 *
 * <p>Examples: {@code "179"} → [179, 179]; {@code "three million"} → [3000000, 3000000];
 * {@code "more than 400"} → [401, null]; {@code "tens of"} → [20, 99]; {@code "around 200"} →
 * [180, 220]; {@code "hundreds of"} → [200, 999].
 *
 * @param start UTF-16 offset of the first character, inclusive
 * @param end UTF-16 offset after the last character
 * @param text the covered text, exactly as in the article
 * @param min lower bound, inclusive; null when unbounded
 * @param max upper bound, inclusive; null when unbounded (e.g. "more than 400")
 * @param vague true when the text gives a range or approximation rather than an exact count
 */
public record NumberMention(int start, int end, String text, BigDecimal min, BigDecimal max,
    boolean vague) {

  public NumberMention {
    checkArgument(start >= 0 && end > start, "bad span [%s,%s)", start, end);
    Objects.requireNonNull(text, "text");
    checkArgument(min != null || max != null, "a number needs a lower or an upper bound: %s", text);
    checkArgument(min == null || max == null || min.compareTo(max) <= 0,
        "min %s > max %s for %s", min, max, text);
  }

  public Span span() {
    return Span.of(start, end);
  }
}
