package org.sitrep.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Where an event's date came from. Written in output as the lower-case {@link #label()}. */
public enum DateBasis {
  /**
   * A time expression of the event's own: in its clause (with the clause's adverbial clauses), or
   * for an event noun in its own phrase ("the 3 May attack", "last October's shelling") or in the
   * clause it is the subject of ("clashes erupted on Monday").
   */
  CLAUSE,
  /** A time expression elsewhere in the sentence; never used for a background event. */
  SENTENCE,
  /** The article's reference date: the stated fallback for an event with no date of its own. */
  ARTICLE,
  /**
   * No date: a background event (past perfect "had attacked", "earlier", "a previous attack")
   * without a date of its own, or an article with no reference date. The date is then null.
   */
  UNKNOWN;

  /** The lower-case name used in output ({@code clause}, {@code article}, …). */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The basis with this label (case-insensitive).
   *
   * @throws IllegalArgumentException when there is none
   */
  @JsonCreator
  public static DateBasis of(String label) {
    for (DateBasis b : values()) {
      if (b.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown date basis '" + label + "'; expected one of "
        + Arrays.stream(values()).map(DateBasis::label).toList());
  }

  @Override
  public String toString() {
    return label();
  }
}
