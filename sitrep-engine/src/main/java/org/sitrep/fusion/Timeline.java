package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;

/**
 * A story's fused events in date order, with counts per day.
 *
 * @param events every fused event, in {@link EventDate#CHRONOLOGICAL} order of its date (a date
 *     known only to its month or year after the days inside it), undated events last; ties keep
 *     the order of their first report
 * @param days one entry per day on which at least one event is dated to the day, ascending
 */
public record Timeline(List<FusedEvent> events, List<Day> days) {

  public Timeline {
    events = ImmutableList.copyOf(events);
    days = ImmutableList.copyOf(days);
  }

  /**
   * What happened on one day.
   *
   * @param day the day
   * @param events the fused events dated to it
   * @param reports their reports
   * @param killed the dead in those events, or null when no report gives a figure: the sum of
   *     each event's range, an event's range running from the lowest to the highest figure its
   *     reports give (so "several" in one outlet and "tens of" in another give 3–99, not an
   *     average)
   * @param wounded the wounded, likewise
   */
  public record Day(LocalDate day, int events, int reports, CountRange killed,
      CountRange wounded) {
    public Day {
      Objects.requireNonNull(day, "day");
      checkArgument(events > 0 && reports >= events, "bad counts %s events, %s reports", events,
          reports);
    }
  }

  /**
   * A count as a range.
   *
   * @param min lower bound, inclusive; never null (0 when the figures give none)
   * @param max upper bound, inclusive, or null when open ("at least 5")
   */
  public record CountRange(BigDecimal min, BigDecimal max) {
    public CountRange {
      Objects.requireNonNull(min, "min");
      checkArgument(max == null || max.compareTo(min) >= 0, "bad range %s..%s", min, max);
    }

    /** "3–99", "12", "5 or more". */
    @Override
    public String toString() {
      String lo = min.stripTrailingZeros().toPlainString();
      return max == null ? lo + " or more" : min.compareTo(max) == 0 ? lo
          : lo + "\u2013" + max.stripTrailingZeros().toPlainString();
    }

    CountRange plus(CountRange o) {
      return new CountRange(min.add(o.min), max == null || o.max == null ? null : max.add(o.max));
    }
  }

  /** Events with no date, after every dated one. */
  private static final Comparator<FusedEvent> ORDER = Comparator.comparing(FusedEvent::date,
      Comparator.nullsLast(EventDate.CHRONOLOGICAL));

  /** The timeline of {@code events} (given in order of their first report). */
  public static Timeline of(List<FusedEvent> events) {
    List<FusedEvent> sorted = new ArrayList<>(events);
    sorted.sort(ORDER); // stable: ties keep their first report's order
    Map<LocalDate, List<FusedEvent>> byDay = new TreeMap<>();
    for (FusedEvent e : sorted) {
      if (e.date() != null && e.date().day() != null) {
        byDay.computeIfAbsent(e.date().day(), d -> new ArrayList<>()).add(e);
      }
    }
    List<Day> days = new ArrayList<>();
    byDay.forEach((day, es) -> days.add(new Day(day, es.size(),
        es.stream().mapToInt(e -> e.reports().size()).sum(), total(es, FigureKind.KILLED),
        total(es, FigureKind.WOUNDED))));
    return new Timeline(sorted, days);
  }

  /** The range of one kind of figure an event's reports give, or null when none gives one. */
  public static CountRange range(FusedEvent e, FigureKind kind) {
    BigDecimal min = null;
    BigDecimal max = null;
    boolean open = false;
    boolean any = false;
    for (Report r : e.reports()) {
      for (Figure f : r.figures()) {
        if (f.kind() != kind) {
          continue;
        }
        any = true;
        BigDecimal lo = f.min() == null ? BigDecimal.ZERO : f.min();
        min = min == null || lo.compareTo(min) < 0 ? lo : min;
        if (f.max() == null) {
          open = true;
        } else {
          max = max == null || f.max().compareTo(max) > 0 ? f.max() : max;
        }
      }
    }
    if (!any) {
      return null;
    }
    if (!open && max != null && max.compareTo(min) < 0) {
      max = min;
    }
    return new CountRange(min, open ? null : max);
  }

  private static CountRange total(List<FusedEvent> events, FigureKind kind) {
    CountRange sum = null;
    for (FusedEvent e : events) {
      CountRange r = range(e, kind);
      if (r != null) {
        sum = sum == null ? r : sum.plus(r);
      }
    }
    return sum;
  }
}
