package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fusion.Reports.r;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.DateBasis;

/** The story timeline: real date order and counts per day, on invented reports. */
class TimelineTest {
  private final EventFusion fusion = new EventFusion(EventMatcher.standard());

  @Test
  void eventsSortByRealDatesWithCoarseDatesAfterTheirDaysAndUndatedLast() {
    List<FusedEvent> events = fusion.fuse(List.of(
        r().article("a1", "Harbour Times").date("2031", DateBasis.CLAUSE).code("0233")
            .trigger("appealed").build(),
        r().article("a1", "Harbour Times").offset(100).date(null, DateBasis.UNKNOWN).code("173")
            .trigger("arrested").build(),
        r().article("a1", "Harbour Times").offset(200).date("2031-05-02", DateBasis.CLAUSE)
            .build(),
        r().article("a1", "Harbour Times").offset(300).date("2030-12-30", DateBasis.CLAUSE)
            .code("042").trigger("visited").build()));
    Timeline t = Timeline.of(events);
    assertThat(t.events()).extracting(e -> e.date() == null ? null : e.date().value())
        .containsExactly("2030-12-30", "2031-05-02", "2031", null);
  }

  @Test
  void perDayCountsKeepCasualtyRangesWithoutAveraging() {
    List<FusedEvent> events = fusion.fuse(List.of(
        r().article("a1", "Harbour Times").killed("several", 3, 9).build(),
        r().article("b1", "Valley Post").killed("tens of", 20, 99).wounded("at least 40", 40,
            null).build(),
        r().article("b1", "Valley Post").offset(500).code("183").trigger("bombed")
            .place(Reports.DORVAL).killed("two", 2, 2).build(),
        r().article("b1", "Valley Post").offset(900).code("0233").trigger("appealed")
            .date("2031-05-03", DateBasis.CLAUSE).build()));
    Timeline t = Timeline.of(events);
    assertThat(t.days()).hasSize(2);
    Timeline.Day may2 = t.days().get(0);
    assertThat(may2.day()).isEqualTo(LocalDate.of(2031, 5, 2));
    assertThat(may2.events()).isEqualTo(2);
    assertThat(may2.reports()).isEqualTo(3);
    assertThat(may2.killed()).hasToString("5\u2013101");
    assertThat(may2.wounded()).hasToString("40 or more");
    assertThat(t.days().get(1).killed()).isNull();
  }
}
