package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fusion.Reports.r;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.DateBasis;

/** Fusion and corroboration on invented reports. */
class EventFusionTest {
  private final EventFusion fusion = new EventFusion(EventMatcher.standard());

  @Test
  void reportsOfOneEventFuseAndWireCopiesAndRepeatOutletsCountOnce() {
    List<Report> reports = List.of(
        r().article("a1", "Harbour Times").published("2031-05-02").build(),
        // two outlets running the same agency copy: one source
        r().article("b1", "Valley Post").wire("Reuters").published("2031-05-03").build(),
        r().article("c1", "Coast Daily").wire("Reuters").published("2031-05-03").build(),
        // the agency's own site is that source too
        r().article("d1", "Reuters").published("2031-05-04").build(),
        // the same outlet a second time: still one source
        r().article("e1", "Harbour Times").published("2031-05-05")
            .date("2031-05-02", DateBasis.SENTENCE).build());

    List<FusedEvent> fused = fusion.fuse(reports);

    assertThat(fused).hasSize(1);
    FusedEvent e = fused.get(0);
    assertThat(e.reports()).hasSize(5);
    assertThat(e.sources()).containsExactly("Harbour Times", "Reuters");
    assertThat(e.corroboration()).isEqualTo(2);
    assertThat(e.first().articleId()).isEqualTo("a1");
    assertThat(e.latest().articleId()).isEqualTo("e1");
    assertThat(e.id()).isEqualTo("f-ev-a1-0");
    assertThat(e.source()).isEqualTo("Norland army");
    assertThat(e.date().value()).isEqualTo("2031-05-02");
  }

  @Test
  void unknownOutletsNeverAddToAKnownSource() {
    List<FusedEvent> fused = fusion.fuse(List.of(
        r().article("a1", null).build(), r().article("b1", null).build()));
    assertThat(fused).singleElement().satisfies(e -> {
      assertThat(e.corroboration()).isEqualTo(1);
      assertThat(e.sources()).isEmpty();
    });
    fused = fusion.fuse(List.of(r().article("a1", null).build(),
        r().article("b1", "Valley Post").build()));
    assertThat(fused.get(0).corroboration()).isEqualTo(1);
    assertThat(fused.get(0).sources()).containsExactly("Valley Post");
  }

  @Test
  void completeLinkageKeepsAChainOfNearMatchesApart() {
    // b matches a (one day later) and c (one day later still), but a and c are two days apart
    Report a = r().article("a1", "Harbour Times").date("2031-05-01", DateBasis.CLAUSE).build();
    Report b = r().article("b1", "Valley Post").date("2031-05-02", DateBasis.CLAUSE).build();
    Report c = r().article("c1", "Coast Daily").date("2031-05-03", DateBasis.CLAUSE)
        .published("2031-05-05").build();
    List<FusedEvent> fused = fusion.fuse(List.of(a, b, c));
    assertThat(fused).hasSize(2);
    assertThat(fused.get(0).articleIds()).containsExactly("a1", "b1");
    assertThat(fused.get(1).articleIds()).containsExactly("c1");
  }

  @Test
  void differentEventsOfAStoryStayApartAndOrderDoesNotMatter() {
    List<Report> reports = new ArrayList<>(List.of(
        r().article("a1", "Harbour Times").build(),
        r().article("a1", "Harbour Times").offset(300).code("0233").trigger("appealed")
            .actors("Red Crescent", "IGOREC", null, null).build(),
        r().article("b1", "Valley Post").published("2031-05-04").build(),
        r().article("b1", "Valley Post").published("2031-05-04").offset(400).code("0233")
            .trigger("called").actors("the Red Crescent", null, null, null).build(),
        r().article("c1", "Coast Daily").published("2031-05-04").place(Reports.DORVAL).build()));
    List<FusedEvent> fused = fusion.fuse(reports);
    assertThat(fused).extracting(FusedEvent::corroboration).containsExactly(2, 2, 1);
    Collections.reverse(reports);
    assertThat(fusion.fuse(reports)).isEqualTo(fused);
  }
}
