package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
  void lastWithAMonthNameIsTheLatestSuchMonthBeforeTheReference() {
    // SUTime reads "last June" in a November article as the June of the year before.
    assertThat(value("last June", "2030-06", Direction.PAST)).isEqualTo("2031-06");
    assertThat(value("last December", "2030-12", Direction.PAST)).isEqualTo("2030-12");
    // The reference month itself, and the month just gone ("last month"), are a year back.
    assertThat(value("last November", "2030-11", Direction.USUAL)).isEqualTo("2030-11");
    assertThat(value("last October", "2030-10", Direction.USUAL)).isEqualTo("2030-10");
    assertThat(value("last September", "2030-09", Direction.USUAL)).isEqualTo("2031-09");
  }

  @Test
  void aYearAgoInAQuarterlyReportIsTheSameQuarterAYearBefore() {
    List<TimeExpression> report = List.of(
        new TimeExpression(0, 17, "the third quarter", "DATE", "2031-Q3"),
        new TimeExpression(40, 54, "a year earlier", "DATE", "2030"),
        new TimeExpression(80, 90, "a year ago", "DATE", "2030"),
        new TimeExpression(100, 109, "last year", "DATE", "2030"));
    assertThat(TimexConventions.yearAgoQuarters(report, REF, "")).extracting(TimeExpression::value)
        .containsExactly("2031-Q3", "2030-Q3", "2030-Q3", "2030");
    // The quarter named most often is the one reported, not a historical one named first.
    List<TimeExpression> history = List.of(
        new TimeExpression(0, 20, "the 2024 third quarter", "DATE", "2024-Q3"),
        new TimeExpression(30, 47, "the third quarter", "DATE", "2031-Q3"),
        new TimeExpression(50, 61, "the quarter", "DATE", "2031-Q3"),
        new TimeExpression(70, 80, "a year ago", "DATE", "2030"));
    assertThat(TimexConventions.yearAgoQuarters(history, REF, "").get(3).value()).isEqualTo("2030-Q3");
    List<TimeExpression> period = List.of(
        new TimeExpression(0, 17, "the first quarter", "DATE", "2031-Q1"),
        new TimeExpression(30, 55, "the same period of 2029", "DATE", "2029"),
        new TimeExpression(60, 86, "the same period last year", "DURATION", "P1Y"));
    assertThat(TimexConventions.yearAgoQuarters(period, REF, "")).extracting(TimeExpression::value)
        .containsExactly("2031-Q1", "2029-Q1", "2030-Q1");
    // Only the year tagged: the words before it say it is the same period.
    String text = "Output fell in the first quarter from the same period of 2029, and from 2028.";
    List<TimeExpression> yearOnly = List.of(
        new TimeExpression(16, 33, "the first quarter", "DATE", "2031-Q1"),
        new TimeExpression(text.indexOf("2029"), text.indexOf("2029") + 4, "2029", "DATE", "2029"),
        new TimeExpression(text.indexOf("2028"), text.indexOf("2028") + 4, "2028", "DATE", "2028"));
    assertThat(TimexConventions.yearAgoQuarters(yearOnly, REF, text))
        .extracting(TimeExpression::value).containsExactly("2031-Q1", "2029-Q1", "2028");
    // Without a quarter in the document a year ago stays a year.
    List<TimeExpression> plain = List.of(new TimeExpression(0, 10, "a year ago", "DATE", "2030"));
    assertThat(TimexConventions.yearAgoQuarters(plain, REF, "")).isEqualTo(plain);
  }

  @Test
  void earlierInTheWeekIsTheWeek() {
    assertThat(value("earlier in the week", "2031-11-04", Direction.PAST)).isEqualTo("2031-W45");
    assertThat(value("later this week", "2031-11-07", Direction.FUTURE)).isEqualTo("2031-W45");
    assertThat(value("several hours earlier in the week", "2031-11-06", Direction.PAST))
        .isEqualTo("2031-W45");
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

  @Test
  void theNextPastAndComingDecadeAreTenYears() {
    assertThat(value("the next decade", "204X", Direction.FUTURE)).isEqualTo("P10Y");
    assertThat(TimexConventions.type("the next decade", "DATE")).isEqualTo("DURATION");
    assertThat(value("the past decade", "203X", Direction.PAST)).isEqualTo("P10Y");
    assertThat(TimexConventions.type("The past decade", "DATE")).isEqualTo("DURATION");
    assertThat(value("the coming decade", "204X", Direction.USUAL)).isEqualTo("P10Y");
    assertThat(value("past decade", "203X", Direction.USUAL)).isEqualTo("P10Y");
  }

  @Test
  void otherDecadesAreUnchanged() {
    // "the last decade" is the decade before this one in TimeML news.
    assertThat(value("the last decade", "202X", Direction.PAST)).isEqualTo("202");
    assertThat(TimexConventions.type("the last decade", "DATE")).isEqualTo("DATE");
    assertThat(value("the past two decades", "P20Y", Direction.PAST)).isEqualTo("P20Y");
    assertThat(value("the 1990s", "199X", Direction.PAST)).isEqualTo("199");
    assertThat(TimexConventions.type("a decade", "DURATION")).isEqualTo("DURATION");
    assertThat(value("the next decade's plans", "204X", Direction.FUTURE)).isEqualTo("204");
  }
}
