package org.sitrep.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.MonthNames;

/**
 * Finds fully specified calendar dates (day, month and year) in English text: "Jan. 09, 2026",
 * "January 8, 2026", "8 January 2026", "2026-01-08". Month names are {@link MonthNames}'.
 * Stateless; public because the stories package dates articles by the days they state with the
 * same reader (one reader of written dates, not two).
 */
public final class ExplicitDates {
  private static final String MONTH = MonthNames.REGEX;
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

  private ExplicitDates() {}

  /** A date found in text with the offsets of its match. */
  public record Found(LocalDate date, int start, int end) {}

  /** All valid dates in {@code text[from, to)}, in text order. */
  public static List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    String region = text.substring(from, to);
    Matcher m = MONTH_DAY_YEAR.matcher(region);
    while (m.find()) {
      add(out, m.group(3), month(m.group(1)), m.group(2), from + m.start(), from + m.end());
    }
    m = DAY_MONTH_YEAR.matcher(region);
    while (m.find()) {
      add(out, m.group(3), month(m.group(2)), m.group(1), from + m.start(), from + m.end());
    }
    m = ISO.matcher(region);
    while (m.find()) {
      add(out, m.group(1), Integer.parseInt(m.group(2)), m.group(3), from + m.start(),
          from + m.end());
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static int month(String name) {
    return MonthNames.number(name);
  }

  private static void add(List<Found> out, String year, int month, String day, int start, int end) {
    try {
      out.add(new Found(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), start,
          end));
    } catch (DateTimeException e) {
      // "Feb. 30, 2026" is a typo, not evidence of a date: ignore it.
    }
  }
}
