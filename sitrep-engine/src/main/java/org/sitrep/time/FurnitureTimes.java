package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.Structure;
import org.sitrep.core.MonthNames;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.time.TimeExpression.Segment;

/**
 * The dates and clock times stated in an article's dateline, bylines and publication lines
 * ("KARVIA, March 3 (Wirenews) -", "By Jane Roe 14 Apr 2027", "Published 14:05 GMT, 2 March
 * 2027", "Updated: 12/04/2027"; a reading-time line above the story, "Mar. 02, 2027 • 4 min
 * read", is one too), as {@link Segment#ofFurniture} chooses them. Those lines are kept out of the analysed text (CoreNLP never
 * sees them, so no entity, event or quote comes from them), yet their dates are real time
 * expressions of the article and a reader expects them found. They are read here by rule, not
 * by SUTime, because the forms a stamp takes are few and fixed, and marked with the {@link
 * Segment} they sit in so that nothing downstream takes them for facts of the story.
 *
 * <p>Values: a full date is itself; a month and day without a year ("Jan. 13" in a dateline, the
 * day the story was filed) takes the reference date's year, or the year before when that would
 * put it more than a month after the reference date, and stays {@code XXXX-01-13} with no
 * reference date; an all-numeric date whose day and month cannot be told apart ("12/04/2027")
 * takes the reading that is the reference date or fits a weekday named beside it, else only its
 * year is given ({@code 2027-XX-XX}). A clock time next to a date is one expression with it
 * ({@code 2027-03-02T14:05}, without zone, as TimeML writes clock times); a clock time alone is
 * {@code T14:05}. Stateless.
 */
final class FurnitureTimes {
  private static final String MONTH = MonthNames.REGEX;
  private static final String WEEKDAY_NAME =
      "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
  /** An optional weekday before the date: "Friday, March 3, 2027", "Fri 3 Mar 2027". */
  private static final String WEEKDAY = "(?:\\b" + WEEKDAY_NAME + ",?\\s+)?";
  private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + "\\b" + MONTH
      + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + "\\b(\\d{1,2})(?:st|nd|rd"
      + "|th)?\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}])(?:,?\\s+((?:19|20)\\d\\d)\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.:/-])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d:/-])");
  /**
   * A clock time: "14:05", "12:19 PM", "9.30am", "8 a.m.", with an optional zone word that
   * belongs to the expression's text but not to its value.
   */
  private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:/-])(\\d{1,2})(?:[:.](\\d{2}))?"
      + "(?:\\s*([ap])\\.?\\s?m\\b\\.?)?(?:\\s+(?:utc|gmt|et|edt|est|ct|cdt|cst|mt|mdt|mst|pt|pdt"
      + "|pst|bst|cet|cest|eet|eest|ist|msk|jst|kst|hkt|sgt|aest|eat|cat|wat|wib)\\b"
      + "(?:\\s*[+-]\\s?\\d{1,2}(?::?\\d{2})?)?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY_WORD = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  /** What may stand between a date and its clock time: "2 March 2027, 14:05", "14:05 on". */
  private static final Pattern JOIN = Pattern.compile("(?i)[\\s,|•·@–—-]*(?:(?:at|on|t)\\s*)?");

  private FurnitureTimes() {}

  /**
   * The time expressions in {@code structure}'s dateline, bylines and publication lines, in text
   * order.
   *
   * @param text the article's original text
   * @param ref the reference date (publication date), or null
   */
  static List<TimeExpression> find(String text, Structure structure, LocalDate ref) {
    List<TimeExpression> out = new ArrayList<>();
    int story = structure.spans().stream().filter(s -> s.type() == StructureType.BODY)
        .mapToInt(s -> s.span().start()).findFirst().orElse(text.length());
    for (StructureSpan s : structure.spans()) {
      Segment segment = Segment.ofFurniture(s.type(), s.note());
      // A reading-time line is the article's stamp above the story; below it, a teaser's.
      boolean teaser = s.note().equals("reading time") && s.span().start() > story;
      if (segment != null && !teaser) {
        out.addAll(find(text, s.span(), segment, ref));
      }
    }
    return out;
  }

  /** The time expressions inside {@code span} of {@code text}. */
  static List<TimeExpression> find(String text, Span span, Segment segment, LocalDate ref) {
    String line = text.substring(span.start(), span.end());
    List<Found> dates = new ArrayList<>();
    Matcher m = MONTH_DAY.matcher(line);
    while (m.find()) {
      add(dates, new Found(m.start(), m.end(), day(m.group(3), month(m.group(1)), m.group(2),
          ref, line)));
    }
    m = DAY_MONTH.matcher(line);
    while (m.find()) {
      add(dates, new Found(m.start(), m.end(), day(m.group(3), month(m.group(2)), m.group(1),
          ref, line)));
    }
    m = ISO.matcher(line);
    while (m.find()) {
      add(dates, new Found(m.start(), m.end(), day(m.group(1), Integer.parseInt(m.group(2)),
          m.group(3), ref, line)));
    }
    m = NUMERIC.matcher(line);
    while (m.find()) {
      add(dates, new Found(m.start(), m.end(), numeric(Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), ref, line)));
    }
    dates.removeIf(f -> f.value() == null);
    List<Found> clocks = new ArrayList<>();
    m = CLOCK.matcher(line);
    while (m.find()) {
      String value = clock(m);
      int start = m.start();
      int end = m.end();
      if (value != null && dates.stream().noneMatch(d -> d.start() < end && start < d.end())) {
        add(clocks, new Found(start, end, value));
      }
    }
    List<TimeExpression> out = new ArrayList<>();
    for (Found d : dates) {
      Found clock = nextTo(line, d, clocks);
      if (clock != null) {
        clocks.remove(clock);
        int start = Math.min(d.start(), clock.start());
        int end = Math.max(d.end(), clock.end());
        out.add(expression(text, span, start, end, "TIME", d.value() + clock.value()));
      } else {
        out.add(expression(text, span, d.start(), d.end(), "DATE", d.value()));
      }
    }
    for (Found c : clocks) {
      out.add(expression(text, span, c.start(), c.end(), "TIME", c.value()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out.stream().map(t -> t.in(segment)).toList();
  }

  /** A date or clock time found in a line, offsets relative to the line. */
  private record Found(int start, int end, String value) {}

  /** Adds {@code f} unless it overlaps one found before (earlier patterns are more specific). */
  private static void add(List<Found> found, Found f) {
    if (found.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
      found.add(f);
    }
  }

  /** The clock time joined to date {@code d} by nothing but punctuation or "at"/"on", or null. */
  private static Found nextTo(String line, Found d, List<Found> clocks) {
    for (Found c : clocks) {
      String between = c.start() >= d.end() ? line.substring(d.end(), c.start())
          : c.end() <= d.start() ? line.substring(c.end(), d.start()) : null;
      if (between != null && JOIN.matcher(between).matches()
          && Character.isDigit(d.value().charAt(0)) && d.value().length() == 10) {
        return c;
      }
    }
    return null;
  }

  private static TimeExpression expression(String text, Span span, int start, int end,
      String type, String value) {
    int from = span.start() + start;
    int to = span.start() + end;
    // The zone word or a trailing full stop of "a.m." is text; spaces are not.
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new TimeExpression(from, to, text.substring(from, to), type, value);
  }

  private static int month(String name) {
    return MonthNames.number(name);
  }

  /** The value of a named-month date, or null when it is no calendar day ("Feb. 30"). */
  private static String day(String year, int month, String day, LocalDate ref, String line) {
    int d = Integer.parseInt(day);
    if (year != null) {
      LocalDate date = date(Integer.parseInt(year), month, d);
      return date == null ? null : date.toString();
    }
    if (date(2000, month, d) == null) { // 2000 is a leap year: every calendar day exists in it
      return null;
    }
    if (ref == null) {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, d);
    }
    // A dateline's date is the day the story was filed: on or shortly before publication.
    LocalDate same = date(ref.getYear(), month, d);
    if (same == null) { // Feb. 29 outside a leap year: the last leap year's
      same = date(ref.getYear() - 1 - Math.floorMod(ref.getYear() - 1, 4), month, d);
      return same == null ? null : same.toString();
    }
    return (ChronoUnit.DAYS.between(ref, same) > 31 ? same.minusYears(1) : same).toString();
  }

  /**
   * The value of an all-numeric date. Day and month are told apart by a part above 12, by the
   * reference date (a stamp usually is the publication date) or by a weekday named beside it;
   * when nothing tells them apart only the year is certain.
   */
  private static String numeric(int a, int b, int year, LocalDate ref, String line) {
    LocalDate dayFirst = date(year, b, a);
    LocalDate monthFirst = date(year, a, b);
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
      LocalDate one = dayFirst != null ? dayFirst : monthFirst;
      return one == null ? null : one.toString();
    }
    if (ref != null && (ref.equals(dayFirst) || ref.equals(monthFirst))) {
      return ref.toString();
    }
    Matcher w = WEEKDAY_WORD.matcher(line);
    if (w.find()) {
      DayOfWeek named = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
      boolean fd = dayFirst.getDayOfWeek() == named;
      boolean fm = monthFirst.getDayOfWeek() == named;
      if (fd != fm) {
        return (fd ? dayFirst : monthFirst).toString();
      }
    }
    return year + "-XX-XX";
  }

  /** {@code THH:MM} for a clock time, or null when the match is no clock time (a bare number). */
  private static String clock(Matcher m) {
    int hour = Integer.parseInt(m.group(1));
    String minutes = m.group(2);
    String half = m.group(3);
    if (minutes == null && half == null) {
      return null;
    }
    int minute = minutes == null ? 0 : Integer.parseInt(minutes);
    if (minute > 59 || hour > 24 || half != null && (hour == 0 || hour > 12)) {
      return null;
    }
    if (half != null) {
      hour = hour % 12 + (Character.toLowerCase(half.charAt(0)) == 'p' ? 12 : 0);
    }
    return String.format(Locale.ROOT, "T%02d:%02d", hour % 24, minute);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
