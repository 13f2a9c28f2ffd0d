package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * English month names as dates in news are written: "January", "Jan", "Jan.", "Sept". One table
 * for every reader of written dates, matched against fixed English words rather than the default
 * locale, so results never depend on the machine.
 */
public final class MonthNames {
  /**
   * A month name or its abbreviation, with an optional full stop after it; group 1 is the name
   * without the stop. Compile with {@link java.util.regex.Pattern#CASE_INSENSITIVE} to accept
   * any case ("MARCH", "mar.").
   */
  public static final String REGEX =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  private static final List<String> PREFIXES =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private MonthNames() {}

  /**
   * The month number (1 to 12) of a name {@link #REGEX}'s group 1 matched, in any case.
   *
   * @throws IllegalArgumentException when {@code name} is no month name
   */
  public static int number(String name) {
    checkArgument(name != null && name.length() >= 3, "not a month name: '%s'", name);
    int i = PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
    checkArgument(i >= 0, "not a month name: '%s'", name);
    return i + 1;
  }
}
