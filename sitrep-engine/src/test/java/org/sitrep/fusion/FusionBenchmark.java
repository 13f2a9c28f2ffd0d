package org.sitrep.fusion;

import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: time per report when one story's reports are fused, as the story grows
 * from 600 to 60,000 reports (invented copies of two events, {@link
 * EventFusionScaleTest#copies}). Past {@link EventFusion#LINK_CAP} members a group compares a new
 * report with a bounded number of members, so the time per report should stay flat; the ratio
 * column is each size's time per report over the smallest size's, measured in the same run
 * (absolute times move with the machine's load, the ratio much less). Run: {@code java -Xmx3g
 * -cp target/sitrep.jar:sitrep-engine/target/test-classes org.sitrep.fusion.FusionBenchmark}.
 */
public final class FusionBenchmark {
  private FusionBenchmark() {}

  public static void main(String[] args) {
    EventFusion fusion = new EventFusion(EventMatcher.standard());
    // warm-up: let the JIT compile the matcher before the first measured size
    for (int i = 0; i < 3; i++) {
      fusion.fuse(EventFusionScaleTest.copies(2_000));
    }
    System.out.printf(Locale.ROOT, "%10s %10s %14s %10s%n", "reports", "events", "us/report",
        "vs first");
    double first = 0;
    for (int copies : new int[] {300, 3_000, 30_000}) {
      List<Report> reports = EventFusionScaleTest.copies(copies);
      long start = System.nanoTime();
      List<FusedEvent> fused = fusion.fuse(reports);
      double perReport = (System.nanoTime() - start) / 1e3 / reports.size();
      if (first == 0) {
        first = perReport;
      }
      System.out.printf(Locale.ROOT, "%,10d %,10d %14.2f %9.2fx%n", reports.size(), fused.size(),
          perReport, perReport / first);
    }
  }
}
