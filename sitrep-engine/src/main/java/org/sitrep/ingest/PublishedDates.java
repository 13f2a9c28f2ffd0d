package org.sitrep.ingest;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Messages;

/**
 * Lenient parsing of publication dates found in metadata into ISO-8601. A stated offset is kept
 * (never converted to another zone) and a date-only value stays a date, because inventing a time or
 * zone would claim precision the source does not have. Month and zone names are matched with a
 * fixed English table, never the default locale.
 */
final class PublishedDates {

  private static final Map<String, Integer> MONTHS = months();

  /** RFC 822 zone names that RFC 1123 dates in feeds still use. */
  private static final Map<String, ZoneOffset> ZONES = ImmutableMap.<String, ZoneOffset>builder()
      .put("GMT", ZoneOffset.UTC).put("UT", ZoneOffset.UTC).put("UTC", ZoneOffset.UTC)
      .put("Z", ZoneOffset.UTC)
      .put("EST", ZoneOffset.ofHours(-5)).put("EDT", ZoneOffset.ofHours(-4))
      .put("CST", ZoneOffset.ofHours(-6)).put("CDT", ZoneOffset.ofHours(-5))
      .put("MST", ZoneOffset.ofHours(-7)).put("MDT", ZoneOffset.ofHours(-6))
      .put("PST", ZoneOffset.ofHours(-8)).put("PDT", ZoneOffset.ofHours(-7))
      .build();

  /** "Fri, 09 Jan 2026 08:15:00 GMT", weekday optional (and not checked: feeds get it wrong). */
  private static final Pattern RFC_1123 = Pattern.compile(
      "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})"
          + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}))?)?");

  /** "March 4, 2027", "Mar. 4 2027", weekday optional. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");

  /** ISO-like with a space instead of 'T', or with an offset lacking its colon. */
  private static final Pattern LOOSE_ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?");

  private static final DateTimeFormatter OUT_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
  private static final DateTimeFormatter OUT_LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private PublishedDates() {}

  /**
   * The ISO-8601 form of {@code raw}: {@code 2026-01-09}, {@code 2026-01-09T08:15:00Z} or, when no
   * offset is stated, {@code 2017-09-15T00:00:00}. Empty when the value is not a date we know.
   */
  static Optional<String> parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      return Optional.ofNullable(parseStrict(s));
    } catch (DateTimeException | NumberFormatException e) {
      // An impossible date ("2026-02-30") is as unusable as an unrecognised one.
      return Optional.empty();
    }
  }

  /**
   * The first of {@code candidates} (raw metadata values, best source first) that parses; when
   * some were stated but none parses, null and a warning naming the first raw value.
   */
  static String resolve(List<String> candidates, List<String> warnings) {
    for (String candidate : candidates) {
      Optional<String> parsed = parse(candidate);
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
    if (!candidates.isEmpty()) {
      warnings.add("unparseable publication date '" + Messages.quoted(candidates.get(0))
          + "'; published left unset");
    }
    return null;
  }

  private static String parseStrict(String s) {
    try {
      return OUT_OFFSET.format(OffsetDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException ignored) {
      // not an offset date-time; try the next shape
    }
    try {
      return OUT_OFFSET.format(
          ZonedDateTime.parse(s).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException ignored) {
      // not a zoned date-time
    }
    try {
      return OUT_LOCAL.format(LocalDateTime.parse(s).truncatedTo(ChronoUnit.SECONDS));
    } catch (DateTimeParseException ignored) {
      // not a local date-time
    }
    try {
      return LocalDate.parse(s).toString();
    } catch (DateTimeParseException ignored) {
      // not an ISO date
    }
    Matcher m = LOOSE_ISO.matcher(s);
    if (m.matches()) {
      LocalDateTime ldt = LocalDateTime.of(LocalDate.parse(m.group(1)), LocalTime.parse(m.group(2)));
      return withZone(ldt, m.group(3));
    }
    m = RFC_1123.matcher(s);
    if (m.matches()) {
      LocalDate date = date(m.group(3), m.group(2), m.group(1));
      if (date == null) {
        return null;
      }
      if (m.group(4) == null) {
        return date.toString();
      }
      LocalDateTime ldt = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return withZone(ldt, m.group(7));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    if (m.matches()) {
      LocalDate date = date(m.group(3), m.group(1), m.group(2));
      return date == null ? null : date.toString();
    }
    return null;
  }

  private static String withZone(LocalDateTime ldt, String zone) {
    ldt = ldt.truncatedTo(ChronoUnit.SECONDS);
    if (zone == null) {
      return OUT_LOCAL.format(ldt);
    }
    ZoneOffset offset = ZONES.get(zone.toUpperCase(Locale.ROOT));
    if (offset == null) {
      if (!zone.startsWith("+") && !zone.startsWith("-")) {
        // An unknown zone name: better no date than one off by hours.
        throw new DateTimeException("unknown zone " + zone);
      }
      String z = zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
      offset = ZoneOffset.of(z);
    }
    return OUT_OFFSET.format(ldt.atOffset(offset));
  }

  private static LocalDate date(String year, String monthName, String day) {
    Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    if (month == null) {
      return null;
    }
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += 2000; // two-digit years in RFC 822 dates; feeds predate 1970 never
    } else if (year.length() != 4) {
      return null;
    }
    return LocalDate.of(y, month, Integer.parseInt(day));
  }

  private static Map<String, Integer> months() {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < names.length; i++) {
      b.put(names[i], i + 1);
      b.put(names[i].substring(0, 3), i + 1);
    }
    b.put("sept", 9);
    return b.buildKeepingLast();
  }
}
