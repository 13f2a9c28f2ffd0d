package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.time.TimeStage.Direction;

class TimexConventionsTest {
  /** A Thursday in the fourth quarter. */
  private static final LocalDate REF = LocalDate.of(2031, 11, 6);

  private static String value(String surface, String value, Direction dir) {
    return TimexConventions.value(surface, value, dir, REF);
  }

  @ParameterizedTest
  @CsvSource({
      "two years ago, 2029-11-06, 2029",
      "nearly four years ago, 2027-11-06, 2027",
      "a year earlier, 2030-11-06, 2030",
      "five months ago, 2031-06-06, 2031-06",
      "six weeks ago, 2031-09-25, 2031-W39",
      "a week ago, 2031-10-30, 2031-10-30",
      "three days ago, 2031-11-03, 2031-11-03"})
  void agoHasTheGranularityOfItsUnit(String surface, String sutime, String expected) {
    assertThat(value(surface, sutime, Direction.USUAL)).isEqualTo(expected);
  }

  @Test
  void decadesAndCenturiesAreTheirLeadingDigits() {
    assertThat(value("the 1970s", "197X", Direction.USUAL)).isEqualTo("197");
    assertThat(value("the late '80s", "198X", Direction.USUAL)).isEqualTo("198");
    assertThat(value("the 20th century", "19XX", Direction.USUAL)).isEqualTo("19");
    // Not a century unless the text says so.
    assertThat(value("sometime", "19XX", Direction.USUAL)).isEqualTo("19XX");
  }

  @Test
  void clockTimesLoseTheZoneOffset() {
    assertThat(value("5 p.m. EST Nov. 9", "2031-11-09T17:00-0500", Direction.USUAL))
        .isEqualTo("2031-11-09T17:00");
    assertThat(value("noon", "2031-11-06T12:00", Direction.USUAL)).isEqualTo("2031-11-06T12:00");
  }

  @Test
  void aBareMonthFollowsTheClause() {
    // Looking back from November: the last March, not the next.
    assertThat(value("March", "2032-03", Direction.PAST)).isEqualTo("2031-03");
    assertThat(value("in January", "2031-01", Direction.FUTURE)).isEqualTo("2032-01");
    // No hint: the nearer one, January two months ahead.
    assertThat(value("January", "2031-01", Direction.USUAL)).isEqualTo("2032-01");
    assertThat(value("May", "2032-05", Direction.USUAL)).isEqualTo("2031-05");
    // A tie goes to the past unless the sentence speaks of the future.
    assertThat(value("May", "2031-05", Direction.NEAREST)).isEqualTo("2032-05");
    // Words that fix the year themselves keep SUTime's value.
    assertThat(value("this September", "2031-09", Direction.FUTURE)).isEqualTo("2031-09");
    assertThat(value("last March", "2031-03", Direction.FUTURE)).isEqualTo("2031-03");
  }

  @Test
  void theWeekendLooksBackUnlessTheClauseLooksAhead() {
    // SUTime's "the weekend" on a Thursday is the coming one, ISO week 45.
    assertThat(value("the weekend", "2031-W45-WE", Direction.PAST)).isEqualTo("2031-W44-WE");
    assertThat(value("the weekend", "2031-W45-WE", Direction.USUAL)).isEqualTo("2031-W44-WE");
    assertThat(value("the weekend", "2031-W45-WE", Direction.FUTURE)).isEqualTo("2031-W45-WE");
    // On a Sunday, the weekend under way.
    assertThat(TimexConventions.value("the weekend", "2031-W45-WE", Direction.PAST,
        LocalDate.of(2031, 11, 9))).isEqualTo("2031-W45-WE");
  }

  @Test
  void theQuarterIsTheLastOneThatEnded() {
    assertThat(value("the quarter", "2031-Q4", Direction.PAST)).isEqualTo("2031-Q3");
    assertThat(value("the latest quarter", "PXM", Direction.USUAL)).isEqualTo("2031-Q3");
    assertThat(value("this quarter", "2031-Q4", Direction.FUTURE)).isEqualTo("2031-Q4");
    assertThat(TimexConventions.type("the latest quarter", "DURATION")).isEqualTo("DATE");
    // An ordinal quarter is its nearest occurrence: the third just ended, the second of this year.
    assertThat(value("third-quarter", "2032-Q3", Direction.USUAL)).isEqualTo("2031-Q3");
    assertThat(value("the second quarter", "2032-Q2", Direction.PAST)).isEqualTo("2031-Q2");
  }

  @Test
  void vagueReferences() {
    assertThat(value("recent", "PTXS", Direction.USUAL)).isEqualTo("PAST_REF");
    assertThat(TimexConventions.type("recent", "DURATION")).isEqualTo("DATE");
    assertThat(value("these days", "PXD", Direction.USUAL)).isEqualTo("PRESENT_REF");
    assertThat(value("recent months", "PXM", Direction.USUAL)).isEqualTo("PXM");
  }

  @Test
  void withoutAReferenceDateOnlyTheSurfaceConventionsApply() {
    assertThat(TimexConventions.value("March", "XXXX-03", Direction.PAST, null))
        .isEqualTo("XXXX-03");
    assertThat(TimexConventions.value("the 1990s", "199X", Direction.PAST, null)).isEqualTo("199");
  }
}
