package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.time.TimeStage.Direction;

/**
 * The TIMEX3 value conventions of TimeML-annotated news that SUTime does not follow, applied to a
 * value SUTime has already resolved. Each rule looks at the expression's own words and value only
 * (and the clause's direction, read by {@link TimeStage}); none looks at the rest of the article.
 *
 * <ul>
 *   <li>A value has the granularity the text states: "two years ago" is a year ({@code 1996}),
 *       "five months ago" a month, "three weeks ago" an ISO week; SUTime gives the day.
 *   <li>"the next decade", "the past decade" and "the coming decade" are ten years counted from
 *       now, a duration ({@code P10Y}), not a decade of the calendar; SUTime gives the calendar
 *       decade ({@code 204X}). "the last decade" stays the decade before this one, as annotated.
 *   <li>A decade is its first three digits ({@code 197} for "the 1970s"), a century its first two
 *       ({@code 19} for "the 20th century"); SUTime writes {@code 197X} and {@code 19XX}.
 *   <li>A clock time is the local time the text gives: "5 p.m. EST" is {@code T17:00}, without
 *       SUTime's zone offset, as in the annotated corpora (the zone stays in the text).
 *   <li>A bare month ("in March") follows the clause: the latest March not after the reference
 *       month when it looks back, the next when it looks ahead, else the nearest; SUTime takes the
 *       nearest whatever the tense, so "stepped down in March" in a November article became next
 *       March.
 *   <li>"the weekend" in a clause that does not look ahead is the last weekend, not the coming
 *       one; a looking-ahead clause takes the coming one.
 *   <li>"the quarter" and "this quarter" that has not ended are, unless the clause looks ahead,
 *       the last quarter that has (companies report a quarter after it closes); an ordinal quarter
 *       ("the third quarter") is its nearest occurrence, not always the coming one.
 *   <li>"a recent filing" is {@code PAST_REF} and "these days" {@code PRESENT_REF}, dates, not
 *       durations.
 *   <li>"last June" is the latest June before the reference month ("last June" in an October
 *       article is four months back); SUTime takes the June of the year before.
 *   <li>"earlier in the week" and "later this week" are the reference date's ISO week, not a day.
 *   <li>In a report of quarterly figures "a year ago" and "a year earlier" are the same quarter a
 *       year before ("profit rose to $5 million from $4 million a year earlier" compares two
 *       quarters): see {@link #yearAgoQuarters}.
 * </ul>
 *
 * <p>Stateless; all methods are pure.
 */
final class TimexConventions {
  private static final String UNIT = "(year|month|week|day)s?";
  private static final Pattern AGO = Pattern.compile("\\b(?:a|an|one|two|three|four|five|six"
      + "|seven|eight|nine|ten|eleven|twelve|\\d+|\\d+\\s+1/2)\\s+(?:more\\s+)?" + UNIT
      + "\\s+(?:ago|earlier|before)\\b");
  private static final Pattern ZONED_TIME = Pattern.compile(
      "^(\\d{4}-\\d{2}-\\d{2}T[0-9:]+?)(?:[+-]\\d{2}:?\\d{2}|Z)$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})X$");
  /** Ten years from now or up to now; "the last decade" is a calendar decade in TimeML news. */
  private static final Pattern DECADE_STRETCH = Pattern.compile(
      "^(?:the\\s+)?(?:next|past|coming)\\s+decade$");
  private static final Pattern CENTURY = Pattern.compile("^(\\d{2})XX$");
  private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern MONTH_NAME = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul"
      + "|aug|sep|oct|nov|dec)[a-z]*\\.?$|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
      + "|dec)[a-z]*\\.?\\b");
  private static final Pattern WEEKEND = Pattern.compile("^(\\d{4})-W(\\d{2})-WE$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b|\\bq[1-4]\\b");
  private static final Pattern THE_QUARTER = Pattern.compile(
      "^(?:the|this|the latest|the most recent)\\s+quarter$");
  /** Words that fix the year themselves: a year in digits or words, "this", "next", "last". */
  private static final Pattern EXPLICIT = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|'\\d\\d\\b"
      + "|\\b(?:next|last|previous|past|coming|following|this|nineteen|thousand)\\b");
  // Only the unambiguous ones: "in recent months" and "the past few weeks" are annotated as often
  // as durations (PXM) as PAST_REF in TimeBank, so SUTime's duration stays.
  private static final Pattern PAST_REF = Pattern.compile("^recent$");
  private static final Pattern PRESENT_REF = Pattern.compile("^(?:these\\s+days|nowadays)$");
  private static final Pattern IN_THE_WEEK = Pattern.compile(
      "\\b(?:earlier|later|early|late)\\s+(?:in\\s+)?(?:the|this)\\s+week$");
  private static final Pattern LAST_MONTH_NAME = Pattern.compile("^last\\s+(?:jan|feb|mar|apr|may"
      + "|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?$");
  private static final Pattern YEAR_AGO = Pattern.compile(
      "^(?:about |nearly |almost |just over |more than )?(?:a|one) year (?:ago|earlier|before)$");
  /** "the same period of 2029", "the same quarter last year", "the year-ago period". */
  private static final Pattern SAME_PERIOD = Pattern.compile("^(?:the\\s+)?(?:same\\s+(?:period|"
      + "quarter|three months)\\s+(?:(?:of|in)\\s+((?:19|20)\\d\\d)|(?:a|last)\\s+year"
      + "(?:\\s+(?:ago|earlier))?)|year-(?:ago|earlier)\\s+(?:period|quarter))$");
  private static final Pattern SAME_PERIOD_BEFORE = Pattern.compile(
      "(?i)\\bsame\\s+(?:period|quarter|three months)\\s+(?:of|in)\\s+$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-(Q[1-4])$");

  private TimexConventions() {}

  /**
   * The value under these conventions.
   *
   * @param surface the expression's text
   * @param value SUTime's value, after Sitrep's own anchoring
   * @param dir which way the clause looks
   * @param ref the reference date, or null when the article has none
   * @return the value, unchanged when no convention applies
   */
  static String value(String surface, String value, Direction dir, LocalDate ref) {
    String s = surface.toLowerCase(Locale.ROOT).strip();
    String vague = vagueReference(s);
    if (vague != null) {
      return vague;
    }
    if (DECADE_STRETCH.matcher(s).matches()) {
      return "P10Y";
    }
    Matcher m = ZONED_TIME.matcher(value);
    if (m.matches()) {
      return m.group(1);
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return m.group(1);
    }
    if ((m = CENTURY.matcher(value)).matches() && s.contains("centur")) {
      return m.group(1);
    }
    m = AGO.matcher(s);
    // "a week ago" names a day, the same weekday last week; "six weeks ago" a week.
    if (m.find() && value.length() >= 10 && Character.isDigit(value.charAt(0))
        && !(m.group(1).equals("week") && m.group().matches("(?:a|one) week.*"))) {
      return granularity(value, m.group(1));
    }
    if (ref != null && (m = YEAR_MONTH.matcher(value)).matches()
        && LAST_MONTH_NAME.matcher(s).matches()) {
      // The month just gone is "last month"; "last February" said in March is a year back.
      YearMonth month = YearMonth.of(ref.getYear(), Integer.parseInt(m.group(2)));
      return (month.isBefore(YearMonth.from(ref).minusMonths(1)) ? month : month.minusYears(1))
          .toString();
    }
    if (ref != null && IN_THE_WEEK.matcher(s).find() && value.length() >= 10
        && Character.isDigit(value.charAt(0))) {
      // "earlier in the week" is a part of this week, not one of its days.
      return granularity(ref.toString(), "week");
    }
    if (ref == null || EXPLICIT.matcher(s).find()) {
      return value;
    }
    if ((m = YEAR_MONTH.matcher(value)).matches() && MONTH_NAME.matcher(s).find()) {
      return month(Integer.parseInt(m.group(2)), dir, ref);
    }
    if ((m = WEEKEND.matcher(value)).matches() && s.contains("weekend")) {
      return weekend(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), dir, ref);
    }
    if (THE_QUARTER.matcher(s).matches() && dir != Direction.FUTURE) {
      // SUTime gives the current quarter for "the quarter", a duration for "the latest quarter".
      return lastEndedQuarter(ref.getYear(), ref.get(IsoFields.QUARTER_OF_YEAR), ref);
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      int quarter = Integer.parseInt(m.group(2));
      if (ORDINAL_QUARTER.matcher(s).find() && dir != Direction.FUTURE) {
        return nearestQuarter(quarter, ref);
      }
    }
    return value;
  }

  /**
   * "a year ago", "a year earlier" and "the same period of 2029" in a document that reports a quarter (one of its time
   * expressions has a quarter value, such as "the third quarter") become that quarter a year
   * before: a quarterly report compares a quarter with the same quarter of the year before. The
   * quarter the document names most often (the first of a tie), not after the reference date's,
   * is the one it reports; a historical quarter named once does not outweigh it. Documents naming
   * no quarter are returned unchanged.
   */
  static List<TimeExpression> yearAgoQuarters(List<TimeExpression> times, LocalDate ref,
      String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TimeExpression t : times) {
      if (QUARTER_VALUE.matcher(t.value()).matches()
          && (ref == null || t.value().compareTo(ref.getYear() + "-Q" + quarterOf(ref)) <= 0)) {
        counts.merge(t.value(), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    if (best == null) {
      return times;
    }
    Matcher reported = QUARTER_VALUE.matcher(best);
    reported.matches();
    String yearAgo = (Integer.parseInt(reported.group(1)) - 1) + "-" + reported.group(2);
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (TimeExpression t : times) {
      String s = t.text().toLowerCase(Locale.ROOT).strip();
      String value = null;
      Matcher period = SAME_PERIOD.matcher(s);
      if (YEAR_AGO.matcher(s).matches()) {
        value = yearAgo;
      } else if (s.matches("(?:19|20)\\d\\d") && SAME_PERIOD_BEFORE.matcher(
          text.substring(Math.max(0, t.start() - 40), t.start())).find()) {
        // "the same period of 2029" when only the year is tagged
        value = s + "-" + reported.group(2);
      } else if (period.matches()) {
        // "the same period of 2029": the reported quarter of that year.
        value = period.group(1) == null ? yearAgo : period.group(1) + "-" + reported.group(2);
      }
      out.add(value != null && ("DATE".equals(t.type()) || period.matches())
          ? new TimeExpression(t.start(), t.end(), t.text(), "DATE", value) : t);
    }
    return out;
  }

  /**
   * The TIMEX3 type that goes with {@link #value}: {@code DATE} for vague references and "the
   * quarter", {@code DURATION} for "the next decade", whatever SUTime said; otherwise {@code
   * type}.
   */
  static String type(String surface, String type) {
    String s = surface.toLowerCase(Locale.ROOT).strip();
    if (DECADE_STRETCH.matcher(s).matches()) {
      return "DURATION";
    }
    return vagueReference(s) != null || THE_QUARTER.matcher(s).matches() ? "DATE" : type;
  }

  private static String vagueReference(String s) {
    if (PAST_REF.matcher(s).matches()) {
      return "PAST_REF";
    }
    return PRESENT_REF.matcher(s).matches() ? "PRESENT_REF" : null;
  }

  /** A day value cut to the unit the text counts in. */
  static String granularity(String value, String unit) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return value;
    }
    return switch (unit) {
      case "year" -> String.format(Locale.ROOT, "%04d", date.getYear());
      case "month" -> YearMonth.from(date).toString();
      case "week" -> String.format(Locale.ROOT, "%04d-W%02d",
          date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> value;
    };
  }

  private static int quarterOf(LocalDate date) {
    return date.get(IsoFields.QUARTER_OF_YEAR);
  }

  private static String month(int month, Direction dir, LocalDate ref) {
    YearMonth same = YearMonth.of(ref.getYear(), month);
    YearMonth now = YearMonth.from(ref);
    YearMonth past = same.isAfter(now) ? same.minusYears(1) : same;
    YearMonth future = same.isBefore(now) ? same.plusYears(1) : same;
    YearMonth chosen = switch (dir) {
      case PAST -> past;
      case FUTURE -> future;
      // A tie goes to the past (news reports more than it announces) unless the sentence speaks
      // of the future (NEAREST).
      case NEAREST, USUAL -> {
        long ahead = now.until(future, java.time.temporal.ChronoUnit.MONTHS);
        long back = past.until(now, java.time.temporal.ChronoUnit.MONTHS);
        yield ahead < back || ahead == back && dir == Direction.NEAREST ? future : past;
      }
    };
    return chosen.toString();
  }

  private static String weekend(int weekYear, int week, Direction dir, LocalDate ref) {
    LocalDate saturday;
    try {
      saturday = LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    } catch (java.time.DateTimeException e) {
      return String.format(Locale.ROOT, "%04d-W%02d-WE", weekYear, week);
    }
    if (dir != Direction.FUTURE && saturday.isAfter(ref)) {
      // The last weekend begun by the reference date (on a Sunday, the one under way).
      saturday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    } else if (dir == Direction.FUTURE && saturday.plusDays(1).isBefore(ref)) {
      saturday = ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }
    return String.format(Locale.ROOT, "%04d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
        saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The occurrence of quarter {@code q} whose middle lies nearest to the reference date. */
  private static String nearestQuarter(int q, LocalDate ref) {
    int best = ref.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
      LocalDate middle = LocalDate.of(year, q * 3 - 1, 15);
      long distance = Math.abs(middle.toEpochDay() - ref.toEpochDay());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = year;
      }
    }
    return best + "-Q" + q;
  }

  /** The given quarter if it ended by the reference date, else the one before it. */
  private static String lastEndedQuarter(int year, int q, LocalDate ref) {
    LocalDate end = LocalDate.of(year, q * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    if (!end.isAfter(ref)) {
      return year + "-Q" + q;
    }
    return q == 1 ? (year - 1) + "-Q4" : year + "-Q" + (q - 1);
  }
}
