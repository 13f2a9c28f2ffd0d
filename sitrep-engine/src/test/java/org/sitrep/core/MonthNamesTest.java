package org.sitrep.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MonthNamesTest {
  private static final Pattern ANY_CASE = Pattern.compile("\\b" + MonthNames.REGEX,
      Pattern.CASE_INSENSITIVE);

  @Test
  void fullNamesAbbreviationsAndStopsGiveTheirMonth() {
    assertEquals(1, number("filed January 8"));
    assertEquals(1, number("Jan. 8"));
    assertEquals(9, number("Sept. 30"));
    assertEquals(9, number("SEPTEMBER 30"));
    assertEquals(5, number("on may 2"));
    assertEquals(12, number("Dec 31"));
  }

  @Test
  void theStopIsOutsideTheName() {
    Matcher m = ANY_CASE.matcher("Feb. 2");
    assertTrue(m.find());
    assertEquals("Feb", m.group(1));
    assertEquals("Feb.", m.group());
  }

  @Test
  void withoutTheFlagOnlyCapitalisedNamesMatch() {
    assertFalse(Pattern.compile("\\b" + MonthNames.REGEX).matcher("the march to the border")
        .find());
  }

  @Test
  void aWordThatIsNoMonthIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MonthNames.number("Monday"));
    assertTrue(e.getMessage().contains("Monday"));
    assertThrows(IllegalArgumentException.class, () -> MonthNames.number("Ma"));
  }

  private static int number(String text) {
    Matcher m = ANY_CASE.matcher(text);
    assertTrue(m.find(), text);
    return MonthNames.number(m.group(1));
  }
}
