package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A CAMEO code and the period it holds for, bounds inclusive; a null bound is open. Written
 * {@code CODE} or {@code CODE@YYYYMMDD-YYYYMMDD} with either date left empty.
 */
record DatedCode(String code, LocalDate from, LocalDate to) {
  DatedCode {
    checkArgument(code.matches("[A-Z]{3,}"), "bad CAMEO code '%s'", code);
  }

  static DatedCode parse(String spec) {
    int at = spec.indexOf('@');
    if (at < 0) {
      return new DatedCode(spec.strip(), null, null);
    }
    String range = spec.substring(at + 1);
    int dash = range.indexOf('-');
    checkArgument(dash >= 0, "bad date range '%s' (want CODE@YYYYMMDD-YYYYMMDD)", spec);
    return new DatedCode(spec.substring(0, at).strip(), date(range.substring(0, dash), spec),
        date(range.substring(dash + 1), spec));
  }

  private static LocalDate date(String s, String spec) {
    if (s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip(), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date '" + s + "' in '" + spec + "'", e);
    }
  }

  boolean dated() {
    return from != null || to != null;
  }

  boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
