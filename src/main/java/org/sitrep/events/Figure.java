package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A count attached to an event, with the numbers stage's range: "tens of people killed" gives kind
 * {@code killed}, text "tens of", min 20, max 99, vague.
 *
 * @param kind {@code killed}, {@code wounded}, {@code displaced}, {@code detained} or {@code
 *     deployed}
 * @param text the number's text, exactly as in the article
 * @param start offset of the number's first character (UTF-16, into the article text)
 * @param end offset after the number's last character
 * @param min lower bound, inclusive; null when unbounded
 * @param max upper bound, inclusive; null when unbounded
 * @param vague true when the text gives a range or approximation
 */
public record Figure(String kind, String text, int start, int end, BigDecimal min, BigDecimal max,
    boolean vague) {
  static final Set<String> KINDS = Set.of("killed", "wounded", "displaced", "detained", "deployed");

  public Figure {
    checkArgument(KINDS.contains(kind), "figure kind must be one of %s, got %s", KINDS, kind);
    Objects.requireNonNull(text, "text");
    checkArgument(start >= 0 && end >= start, "bad figure span [%s,%s)", start, end);
  }
}
