package org.sitrep.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an all-numeric date with the year last ("24-07-2025", "4/2/2024", "04.02.2024") as a
 * publication date. Day and month are told apart by, in order: a part above 12 (only one reading
 * is a date); a weekday named beside the date ("Sunday 4-2-2024"); the weekday of the story's
 * events named in its opening ("… on Sunday"), when it fits one reading on the day or the day
 * before and not the other; the outlet's country (a country-code address other than the few
 * countries that write the month first means day first). Otherwise the date is ambiguous and
 * not read: a wrong publication date shifts every relative date of the article, a missing one
 * leaves them unresolved.
 *
 * <p>The date may be glued to the word before it, as scraped bylines run an agency name into it
 * ("Agency24-07-2025"). Stateless.
 */
final class NumericDates {
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern HOST = Pattern.compile("(?i)^[a-z]+://([^/:?#]+)");
  /** Country-code domains of countries whose custom is month first (or mixed). */
  private static final Set<String> MONTH_FIRST = Set.of("us", "ph", "ca", "fm", "mh", "pw");

  private NumericDates() {}

  /** Which reading the outlet's custom makes the default. */
  enum Order { DAY_FIRST, MONTH_FIRST, UNKNOWN }

  /** A numeric date found in text with the offsets of its match. */
  record Found(LocalDate date, int start, int end) {}

  /**
   * The first numeric date in {@code line} that can be told apart, or null.
   *
   * @param line the text holding the date (a publication line or a dateline)
   * @param opening the story's first paragraph, for the weekday of its events; may be empty
   * @param order the outlet's custom, from {@link #order}
   */
  static Found find(String line, String opening, Order order) {
    Matcher m = NUMERIC.matcher(line);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      LocalDate dayFirst = date(year, b, a);
      LocalDate monthFirst = date(year, a, b);
      LocalDate chosen = choose(dayFirst, monthFirst, weekdays(line), weekdays(opening), order);
      if (chosen != null) {
        return new Found(chosen, m.start(), m.end());
      }
    }
    return null;
  }

  /** The outlet's custom from its address: a country-code domain, or unknown. */
  static Order order(String url) {
    if (url == null) {
      return Order.UNKNOWN;
    }
    Matcher m = HOST.matcher(url.strip());
    if (!m.find()) {
      return Order.UNKNOWN;
    }
    String host = m.group(1).toLowerCase(Locale.ROOT);
    String tld = host.substring(host.lastIndexOf('.') + 1);
    if (tld.length() != 2) {
      return Order.UNKNOWN;
    }
    return MONTH_FIRST.contains(tld) ? Order.MONTH_FIRST : Order.DAY_FIRST;
  }

  private static LocalDate choose(LocalDate dayFirst, LocalDate monthFirst, Set<DayOfWeek> beside,
      Set<DayOfWeek> story, Order order) {
    if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
      return dayFirst != null ? dayFirst : monthFirst;
    }
    LocalDate byBeside = fits(dayFirst, monthFirst, beside, 0);
    if (byBeside != null) {
      return byBeside;
    }
    LocalDate byStory = fits(dayFirst, monthFirst, story, 1);
    if (byStory != null) {
      return byStory;
    }
    return switch (order) {
      case DAY_FIRST -> dayFirst;
      case MONTH_FIRST -> monthFirst;
      case UNKNOWN -> null;
    };
  }

  /** The one reading some named weekday falls on (or up to {@code daysBefore} before), or null. */
  private static LocalDate fits(LocalDate x, LocalDate y, Set<DayOfWeek> named, int daysBefore) {
    boolean fx = fits(x, named, daysBefore);
    boolean fy = fits(y, named, daysBefore);
    return fx == fy ? null : fx ? x : y;
  }

  private static boolean fits(LocalDate date, Set<DayOfWeek> named, int daysBefore) {
    for (int back = 0; back <= daysBefore; back++) {
      if (named.contains(date.minusDays(back).getDayOfWeek())) {
        return true;
      }
    }
    return false;
  }

  private static Set<DayOfWeek> weekdays(String text) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      out.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
