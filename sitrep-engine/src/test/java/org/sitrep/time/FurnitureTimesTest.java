package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Structure;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.time.TimeExpression.Segment;

class FurnitureTimesTest {
  private static final LocalDate REF = LocalDate.of(2027, 3, 3);

  /** The expressions of {@code line} read as one segment of the given kind. */
  private static List<TimeExpression> read(String line, Segment segment, LocalDate ref) {
    return FurnitureTimes.find(line, Span.of(0, line.length()), segment, ref);
  }

  @Test
  void aDatelineDateWithoutYearTakesTheReferenceYear() {
    String text = "Storm over the hills\n\nKARVIA, March 3 (Wirenews) - Rain fell all day.";
    int at = text.indexOf("KARVIA");
    int dash = text.indexOf(" -") + 2;
    Structure s = new Structure(List.of(StructureSpan.of(StructureType.TITLE, 0, 20),
        StructureSpan.of(StructureType.DATELINE, at, dash),
        StructureSpan.of(StructureType.BODY, dash + 1, text.length())),
        Span.of(0, 20), Span.of(at, dash + 1), "KARVIA", null);

    List<TimeExpression> found = FurnitureTimes.find(text, s, REF);

    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("March 3");
      assertThat(text.substring(t.start(), t.end())).isEqualTo("March 3");
      assertThat(t.type()).isEqualTo("DATE");
      assertThat(t.value()).isEqualTo("2027-03-03");
      assertThat(t.segment()).isEqualTo(Segment.DATELINE);
      assertThat(t.inText()).isFalse();
    });
  }

  @Test
  void aDatelineDateWithoutYearOrReferenceDateStaysWithoutYear() {
    assertThat(read("KARVIA, Jan. 13 (Wirenews) -", Segment.DATELINE, null))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Jan. 13", "XXXX-01-13"));
  }

  @Test
  void aDatelineDateLaterInTheYearThanTheReferenceIsLastYears() {
    // Filed on December 30, published on January 2.
    assertThat(read("OSTRAVEN, Dec. 30 (Wirenews) -", Segment.DATELINE, LocalDate.of(2027, 1, 2)))
        .extracting(TimeExpression::value).containsExactly("2026-12-30");
  }

  @Test
  void aStampsClockTimeAndDateAreOneExpression() {
    String line = "Published 14:05 GMT, 2 March 2027";
    List<TimeExpression> found = read(line, Segment.PUBLICATION_LINE, REF);
    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("14:05 GMT, 2 March 2027");
      assertThat(t.type()).isEqualTo("TIME");
      assertThat(t.value()).isEqualTo("2027-03-02T14:05");
      assertThat(t.segment()).isEqualTo(Segment.PUBLICATION_LINE);
    });
  }

  @Test
  void aDateThenTwelveHourClockIsOneExpression() {
    assertThat(read("February 9, 2027 12:19 PM", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("February 9, 2027 12:19 PM",
            "2027-02-09T12:19"));
    assertThat(read("Updated Fri 5 Feb 2027 at 9.30am", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Fri 5 Feb 2027 at 9.30am",
            "2027-02-05T09:30"));
  }

  @Test
  void anIsoStampIsReadWithItsTime() {
    assertThat(read("Posted 2027-03-02T08:15", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::value).containsExactly("2027-03-02T08:15");
  }

  @Test
  void anAmbiguousNumericDateTakesTheReadingThatIsTheReferenceDate() {
    assertThat(read("Updated: 12/04/2026", Segment.PUBLICATION_LINE, LocalDate.of(2026, 4, 12)))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("12/04/2026", "2026-04-12"));
    assertThat(read("Updated: 12/04/2026", Segment.PUBLICATION_LINE, LocalDate.of(2026, 12, 4)))
        .extracting(TimeExpression::value).containsExactly("2026-12-04");
  }

  @Test
  void anAmbiguousNumericDateWithNothingToTellGivesOnlyItsYear() {
    assertThat(read("Updated: 12/04/2026", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::value).containsExactly("2026-XX-XX");
  }

  @Test
  void aNumericDateIsToldApartByAPartAboveTwelveOrAWeekdayBesideIt() {
    assertThat(read("Updated: 24/07/2026", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::value).containsExactly("2026-07-24");
    // 4 February 2026 is a Wednesday, 2 April 2026 a Thursday.
    assertThat(read("Wednesday 4-2-2026", Segment.PUBLICATION_LINE, null))
        .extracting(TimeExpression::value).containsExactly("2026-02-04");
  }

  @Test
  void aBylinesDateIsFound() {
    assertThat(read("By Mara Velk 14 Apr 2027", Segment.BYLINE, null))
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::segment)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("14 Apr 2027", "2027-04-14",
            Segment.BYLINE));
  }

  @Test
  void aClockTimeAloneHasNoDate() {
    assertThat(read("Updated 10:45 a.m. ET", Segment.PUBLICATION_LINE, REF))
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("10:45 a.m. ET", "T10:45"));
  }

  @Test
  void numbersThatAreNoDatesOrTimesAreLeftAlone() {
    assertThat(read("By Mara Velk, 3 min read, 12 comments", Segment.BYLINE, REF)).isEmpty();
    assertThat(read("Updated February 30, 2027", Segment.PUBLICATION_LINE, REF)).isEmpty();
    assertThat(read("DORVAL, May (Wirenews) -", Segment.DATELINE, REF)).isEmpty();
  }

  @Test
  void onlyTheDatelineBylinesAndPublicationLinesAreRead() {
    String text = "Read more: Floods on 2 March 2027\n3 March 2027, 10:00\nBy Mara Velk, 1 March 2027";
    int second = text.indexOf("3 March");
    int third = text.indexOf("By Mara");
    Structure s = new Structure(List.of(
        StructureSpan.of(StructureType.BOILERPLATE, 0, second - 1, "link to another story"),
        StructureSpan.of(StructureType.BOILERPLATE, second, third - 1, "publication line"),
        StructureSpan.of(StructureType.BYLINE, third, text.length(), "byline")),
        null, null, null, null);

    assertThat(FurnitureTimes.find(text, s, REF))
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::segment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("3 March 2027, 10:00", "2027-03-03T10:00",
                Segment.PUBLICATION_LINE),
            org.assertj.core.groups.Tuple.tuple("1 March 2027", "2027-03-01", Segment.BYLINE));
  }

  @Test
  void aReadingTimeLineAboveTheStoryIsAStampButNotATeasersBelowIt() {
    String text = "Mar. 02, 2027 • 4 min read\nTalks resumed in Ostraven.\nMar. 01, 2027 • 2 min read";
    int body = text.indexOf("Talks");
    int teaser = text.lastIndexOf("Mar.");
    Structure s = new Structure(List.of(
        StructureSpan.of(StructureType.BOILERPLATE, 0, body - 1, "reading time"),
        StructureSpan.of(StructureType.BODY, body, teaser - 1),
        StructureSpan.of(StructureType.BOILERPLATE, teaser, text.length(), "reading time")),
        null, null, null, null);

    assertThat(FurnitureTimes.find(text, s, REF))
        .extracting(TimeExpression::text, TimeExpression::value, TimeExpression::segment)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Mar. 02, 2027", "2027-03-02",
            Segment.PUBLICATION_LINE));
  }

  @Test
  void furnitureTimesGoInTextOrderAmongTheTextsAndNeverOverATextExpression() {
    TimeExpression title = new TimeExpression(0, 6, "Monday", "DATE", "2027-03-01");
    TimeExpression body = new TimeExpression(40, 47, "Tuesday", "DATE", "2027-03-02");
    TimeExpression stamp = new TimeExpression(20, 30, "2 Mar 2027", "DATE", "2027-03-02")
        .in(Segment.PUBLICATION_LINE);
    TimeExpression overlapping = new TimeExpression(42, 50, "sday 2 M", "DATE", "2027-03-02")
        .in(Segment.BYLINE);

    assertThat(TimeStage.merge(List.of(title, body), List.of(stamp, overlapping)))
        .containsExactly(title, stamp, body);
  }

  @Test
  void jsonCarriesTheSegmentAndReadsLinesWrittenWithoutIt() {
    String text = "KARVIA, March 3 (Wirenews) - Rain fell on Monday.";
    TimeExpression dateline = new TimeExpression(8, 15, "March 3", "DATE", "2027-03-03")
        .in(Segment.DATELINE);
    TimeExpression body = new TimeExpression(39, 48, "on Monday", "DATE", "2027-03-01");
    org.sitrep.analysis.AnalyzedArticle a = new org.sitrep.analysis.AnalyzedArticle(
        org.sitrep.analysis.AnalyzedArticle.SCHEMA, "a1", 0, "h", "v", null, null, "text", null,
        new org.sitrep.analysis.AnalyzedArticle.PublishedDate("2027-03-03", false, "metadata"),
        "KARVIA", text, List.of(), List.of(), List.of(dateline, body), List.of(), List.of());

    String line = org.sitrep.analysis.Json.toLine(a);

    assertThat(line).contains("\"text\":\"March 3\",\"type\":\"DATE\",\"value\":\"2027-03-03\","
        + "\"segment\":\"dateline\"");
    assertThat(org.sitrep.analysis.Json.fromLine(line).times()).containsExactly(dateline, body);
    String old = line.replace(",\"segment\":\"text\"", "");
    assertThat(org.sitrep.analysis.Json.fromLine(old).times().get(1)).isEqualTo(body);
  }

  @Test
  void segmentsAreWrittenInLowerCaseAndOldRecordsReadAsText() {
    assertThat(Segment.PUBLICATION_LINE.label()).isEqualTo("publication_line");
    assertThat(Segment.of("dateline")).isEqualTo(Segment.DATELINE);
    assertThat(Segment.of(null)).isEqualTo(Segment.TEXT);
    assertThat(new TimeExpression(0, 3, "now", "DATE", "PRESENT_REF").segment())
        .isEqualTo(Segment.TEXT);
    assertThat(Segment.ofFurniture(StructureType.BOILERPLATE, "related headlines")).isNull();
    assertThat(Segment.ofFurniture(StructureType.BOILERPLATE, "timestamp")).isNull();
    assertThat(Segment.ofFurniture(StructureType.BODY, "")).isNull();
  }
}
