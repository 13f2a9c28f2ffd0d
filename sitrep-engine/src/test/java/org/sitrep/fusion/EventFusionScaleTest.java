package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fusion.Reports.r;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.events.DateBasis;

/**
 * Fusion stays exact below its link cap and bounded above it (invented reports: Norland, Arvik,
 * made-up outlets).
 */
class EventFusionScaleTest {
  private final EventFusion fusion = new EventFusion(EventMatcher.standard());

  @Test
  void blockingByRootAndRealisationGivesWhatComparingEveryGroupGives() {
    Random random = new Random(11);
    String[] codes = {"195", "190", "183", "202", "042", "043", "111"};
    String[] modalities = {"asserted", "reported", "planned", "threatened"};
    String[][] actors = {{"Norland army", "NORMIL"}, {"Free Coast militia", "NORREB"},
        {null, null}, {"Kessel police", "NORCOP"}};
    String[] dates = {"2031-05-02", "2031-05-03", "2031-05-07", null};
    PlaceOut[] places = {Reports.ARVIK, Reports.BRENN, Reports.DORVAL, null};
    for (int round = 0; round < 20; round++) {
      List<Report> reports = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String[] src = actors[random.nextInt(actors.length)];
        String[] tgt = actors[random.nextInt(actors.length)];
        reports.add(r().article("a" + random.nextInt(25), "Outlet " + random.nextInt(6))
            .published("2031-05-0" + (1 + random.nextInt(8))).code(codes[random.nextInt(
                codes.length)]).actors(src[0], src[1], tgt[0], tgt[1])
            .date(dates[random.nextInt(dates.length)], DateBasis.SENTENCE)
            .place(places[random.nextInt(places.length)])
            .modality(modalities[random.nextInt(modalities.length)]).offset(i * 100).build());
      }
      assertThat(fusion.fuse(reports)).as("round %s", round).isEqualTo(everyGroup(reports));
    }
  }

  @Test
  void thousandsOfCopiesOfOneEventStayOneEventAndApartFromAnother() {
    // past the link cap a report is compared with the group's first and latest members only;
    // the copies must still form one group (how long that takes is FusionBenchmark's job)
    List<FusedEvent> fused = fusion.fuse(copies(3000));

    assertThat(fused).hasSize(2);
    assertThat(fused).allSatisfy(e -> assertThat(e.reports()).hasSize(3000));
    assertThat(fused.get(0).corroboration()).isEqualTo(8);
  }

  /**
   * {@code n} invented articles from eight outlets, each reporting the same two events: one at
   * the default place and date, one at another place on another day.
   */
  static List<Report> copies(int n) {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = String.format(Locale.ROOT, "c%05d", i);
      reports.add(r().article(id, "Outlet " + (i % 8)).build());
      reports.add(r().article(id, "Outlet " + (i % 8)).place(Reports.DORVAL)
          .date("2031-05-09", DateBasis.SENTENCE).offset(500).build());
    }
    return reports;
  }

  /** The fusion before blocking: each report compared with every group, complete linkage. */
  private static List<FusedEvent> everyGroup(List<Report> reports) {
    EventMatcher matcher = EventMatcher.standard();
    List<Report> ordered = new ArrayList<>(reports);
    ordered.sort(Report.PUBLICATION_ORDER);
    List<List<Report>> groups = new ArrayList<>();
    for (Report r : ordered) {
      List<Report> best = null;
      for (List<Report> g : groups) {
        if ((best == null || g.size() > best.size())
            && g.stream().allMatch(m -> matcher.match(m, r).isPresent())) {
          best = g;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        groups.add(best);
      }
      best.add(r);
    }
    return groups.stream().map(g -> EventFusion.fused(g, Report::independentSource)).toList();
  }
}
