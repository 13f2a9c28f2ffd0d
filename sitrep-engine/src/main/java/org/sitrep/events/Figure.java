package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A count attached to an event, with the numbers stage's range: "tens of people killed" gives kind
 * {@code killed}, text "tens of", min 20, max 99, vague. A single victim named or described
 * without a number ("killed a journalist, Jane Roe") counts one: its text is the victim's phrase
 * ("a journalist"), min and max 1.
 *
 * @param kind what is counted
 * @param text the number's text (or the single victim's phrase), exactly as in the article
 * @param start offset of the text's first character (UTF-16, into the article text)
 * @param end offset after the text's last character
 * @param min lower bound, inclusive; null when unbounded
 * @param max upper bound, inclusive; null when unbounded
 * @param vague true when the text gives a range or approximation
 */
public record Figure(FigureKind kind, String text, int start, int end, BigDecimal min,
    BigDecimal max, boolean vague) {
  public Figure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    checkArgument(start >= 0 && end >= start, "bad figure span [%s,%s)", start, end);
  }
}
