package org.sitrep.stories;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development helper, not a test: sweeps the thresholds (and the names weight) of Sitrep's
 * clusterer and of the baseline over the development sets, to choose the shipped defaults.
 * Run: {@code java -cp target/sitrep.jar:sitrep-engine/target/test-classes org.sitrep.stories.ClusterTuning}.
 */
public final class ClusterTuning {
  public static void main(String[] args) {
    Path eval = Path.of("../shared/eval");
    var reader = ClusterEval.light();
    var cd = ClusterEval.readJsonl(eval.resolve("clusters-dev.jsonl"));
    var rn = ClusterEval.readRealNews(eval.resolve("realnews-dev")).pooledWith(
        ClusterEval.readFolder(Path.of("../shared/seeds"),
            Path.of("sitrep-engine/src/test/resources/org/sitrep/stories/seed-stories.tsv")));
    for (var data : List.of(cd, rn)) {
      List<StoryArticle> arts = data.items().stream().map(i -> reader.apply(i.article())).toList();
      Map<String, String> gold = ClusterEval.gold(data);
      System.out.println(data.name());
      for (double t = 0.12; t < 0.31; t += 0.02) {
        var b = ClusterEval.run("b", arts, gold, StoryClusterer.Settings.baseline(t)).score();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
            "t=%.2f base %.3f |", t, b.f1()));
        for (double w : new double[] {0, 0.2, 0.35, 0.5}) {
          for (double f : new double[] {0.4, 0.6, 0.8}) {
            var s = ClusterEval.run("s", arts, gold, StoryClusterer.Settings.sitrep()
                .withThreshold(t).withNameWeight(w).withTimeFloor(f)).score();
            line.append(String.format(Locale.ROOT, " w%.2f/f%.1f %.3f", w, f, s.f1()));
          }
        }
        System.out.println(line);
      }
    }
  }
}
