package org.sitrep.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The calendar day an ISO-8601 value starts with, read leniently: stored publication dates and
 * event dates are a day ("2031-03-04"), a date-time ("2031-03-04T06:00Z") or coarser ("2031-03",
 * "2031"), and only the first kind and second kind have a day.
 */
public final class IsoDays {
  private IsoDays() {}

  /** The day {@code iso} starts with, or null when it is null, shorter than a day or unreadable. */
  public static LocalDate dayOf(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
