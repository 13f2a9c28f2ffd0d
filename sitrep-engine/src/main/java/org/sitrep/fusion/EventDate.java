package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.events.DateBasis;

/**
 * An event's date as a closed interval of days, so dates of different precision can be compared
 * and sorted: "2026" is 1 January to 31 December 2026, "2026-01" the month, "2026-01-09" (with or
 * without a time) the day.
 *
 * <p>A date that is only the article's reference date (basis {@link DateBasis#ARTICLE}: the
 * sentence gave none) is not a claim about the event: it says the event happened on or shortly
 * before the article, so its interval reaches back {@code window} days and it is not
 * {@link #claimed()}.
 *
 * @param value the TIMEX-style value as the events stage gave it
 * @param precision {@link Precision#DAY}, {@link Precision#MONTH} or {@link Precision#YEAR}
 * @param from first day, inclusive
 * @param to last day, inclusive; never before {@code from}
 * @param claimed true when the report's own words date the event (clause or sentence), false for
 *     the article-date fallback
 */
public record EventDate(String value, Precision precision, LocalDate from, LocalDate to,
    boolean claimed) {

  /** How precise a date is, finest first. */
  public enum Precision { DAY, MONTH, YEAR }

  /**
   * Chronological order: by the interval's last day, so a date known only to its month or year
   * sorts after every finer date inside that period (the event is only known to have happened by
   * then; sorting by the first day, or by the TIMEX string, would put a bare year before all of
   * that year's days); then finer first; then by first day.
   */
  public static final Comparator<EventDate> CHRONOLOGICAL = Comparator
      .comparing(EventDate::to)
      .thenComparing(EventDate::precision)
      .thenComparing(EventDate::from);

  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    checkArgument(from != null && to != null && !to.isBefore(from), "bad date interval %s..%s",
        from, to);
  }

  /**
   * The date of a report, or null when there is none or it names no calendar period (a week,
   * a season, an unresolved "XXXX" value).
   *
   * @param value the event's TIMEX-style date, or null
   * @param basis where it came from; null is read as a claimed date
   * @param window days an article-date fallback reaches back; at least 0
   */
  public static EventDate of(String value, DateBasis basis, int window) {
    checkArgument(window >= 0, "window must be >= 0, got %s", window);
    if (value == null) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    if (!m.find()) {
      return null;
    }
    int end = m.end();
    if (end < value.length() && value.charAt(end) != 'T') {
      return null; // "2026-W02", "2026-SU": not a calendar day, month or year
    }
    try {
      int year = Integer.parseInt(m.group(1));
      Precision p;
      LocalDate from;
      LocalDate to;
      if (m.group(3) != null) {
        p = Precision.DAY;
        from = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        to = from;
      } else if (m.group(2) != null) {
        p = Precision.MONTH;
        YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
        from = ym.atDay(1);
        to = ym.atEndOfMonth();
      } else {
        p = Precision.YEAR;
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
      }
      boolean claimed = basis != DateBasis.ARTICLE;
      if (!claimed) {
        from = from.minusDays(window);
      }
      return new EventDate(value, p, from, to, claimed);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether the two dates can be the same event's: their intervals, each widened by
   * {@code toleranceDays} on both sides, overlap. A day and the month or year holding it always
   * can.
   */
  public boolean compatible(EventDate other, int toleranceDays) {
    checkArgument(toleranceDays >= 0, "tolerance must be >= 0, got %s", toleranceDays);
    return !from.minusDays(toleranceDays).isAfter(other.to)
        && !other.from.minusDays(toleranceDays).isAfter(to);
  }

  /** Whether the intervals overlap without any tolerance. */
  public boolean overlaps(EventDate other) {
    return compatible(other, 0);
  }

  /**
   * The day the value names when it is precise to the day (also for an article-date fallback,
   * whose interval reaches back but whose value is the article's day); else null.
   */
  public LocalDate day() {
    return precision == Precision.DAY ? to : null;
  }
}
