package org.sitrep.stories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Development helper, not a test: sweeps the parameters of Sitrep's clusterer as it stands (join
 * threshold, names weight, time floor, undated factor; {@link StoryClusterer.Settings}) around
 * the shipped defaults, and the baseline's threshold, over the development sets, printing B-cubed
 * P/R/F1 on clusters-dev, on realnews-dev alone and on realnews-dev pooled with the seeds, and
 * whether the seeds come out as exactly their two stories. One parameter moves at a time (the
 * others at their defaults), each across the threshold range, so a reader sees both the best
 * value and how flat the optimum is. Run from the repository root: {@code java -Xmx3g -cp
 * target/sitrep.jar:sitrep-engine/target/test-classes org.sitrep.stories.ClusterTuning}.
 */
public final class ClusterTuning {
  private static final Path EVAL = Path.of("../shared/eval");
  private static final Path SEEDS = Path.of("../shared/seeds");
  private static final Path SEED_GOLD =
      Path.of("sitrep-engine/src/test/resources/org/sitrep/stories/seed-stories.tsv");

  /** One development set, read once. */
  private record Set3(ClusterEval.Dataset data, List<StoryArticle> articles,
      Map<String, String> gold) {}

  public static void main(String[] args) {
    if (!Files.isRegularFile(EVAL.resolve("clusters-dev.jsonl"))
        || !Files.isDirectory(EVAL.resolve("realnews-dev")) || !Files.isDirectory(SEEDS)) {
      System.err.println("ClusterTuning: needs ../shared/eval/clusters-dev.jsonl, "
          + "../shared/eval/realnews-dev and ../shared/seeds");
      System.exit(2);
    }
    var reader = ClusterEval.light();
    var seeds = ClusterEval.readFolder(SEEDS, SEED_GOLD);
    var realnews = ClusterEval.readRealNews(EVAL.resolve("realnews-dev"));
    Set3 cd = read(ClusterEval.readJsonl(EVAL.resolve("clusters-dev.jsonl")), reader);
    Set3 rn = read(realnews, reader);
    Set3 pooled = read(realnews.pooledWith(seeds), reader);
    Map<String, String> seedGold = ClusterEval.gold(seeds);

    System.out.println("baseline (plain TF-IDF cosine), threshold sweep:");
    for (double t = 0.12; t < 0.301; t += 0.02) {
      var b = StoryClusterer.Settings.baseline(t);
      System.out.printf(Locale.ROOT, "  t=%.2f %s%n", t, line(b, cd, rn, pooled, seedGold));
    }
    var d = StoryClusterer.Settings.sitrep();
    System.out.printf(Locale.ROOT, "Sitrep defaults: threshold %.2f, names weight %.2f, time floor"
        + " %.2f, undated %.2f, merge %.2f%n", d.threshold(), d.nameWeight(), d.timeFloor(),
        d.undated(), d.merge());
    List<String> variants = new ArrayList<>();
    List<StoryClusterer.Settings> settings = new ArrayList<>();
    variants.add("defaults");
    settings.add(d);
    for (double w : new double[] {0, 0.1, 0.3, 0.4}) {
      variants.add(String.format(Locale.ROOT, "names weight %.2f", w));
      settings.add(d.withNameWeight(w));
    }
    for (double f : new double[] {0.6, 0.7, 0.9, 1.0}) {
      variants.add(String.format(Locale.ROOT, "time floor %.2f", f));
      settings.add(d.withTimeFloor(f));
    }
    for (double u : new double[] {0.8, 1.0}) {
      variants.add(String.format(Locale.ROOT, "undated %.2f", u));
      settings.add(new StoryClusterer.Settings(d.plain(), d.threshold(), d.nameWeight(),
          d.useTime(), d.timeFloor(), u, d.duplicate(), d.merge()));
    }
    variants.add("no merges");
    settings.add(d.withMerge(2));
    for (int v = 0; v < variants.size(); v++) {
      System.out.println("Sitrep, " + variants.get(v) + ", threshold sweep:");
      for (double t = 0.14; t < 0.301; t += 0.02) {
        System.out.printf(Locale.ROOT, "  t=%.2f %s%n", t,
            line(settings.get(v).withThreshold(t), cd, rn, pooled, seedGold));
      }
    }
  }

  private static Set3 read(ClusterEval.Dataset data,
      java.util.function.Function<org.sitrep.ingest.Article, StoryArticle> reader) {
    return new Set3(data, data.items().stream().map(i -> reader.apply(i.article())).toList(),
        ClusterEval.gold(data));
  }

  private static String line(StoryClusterer.Settings s, Set3 cd, Set3 rn, Set3 pooled,
      Map<String, String> seedGold) {
    var a = ClusterEval.run("s", cd.articles(), cd.gold(), s);
    var b = ClusterEval.run("s", rn.articles(), rn.gold(), s);
    var c = ClusterEval.run("s", pooled.articles(), pooled.gold(), s);
    Map<String, String> seedStories = new HashMap<>(c.clusterer().assignments());
    seedStories.keySet().retainAll(seedGold.keySet());
    boolean exact = partition(seedStories).equals(partition(seedGold));
    return String.format(Locale.ROOT, "clusters-dev %.3f/%.3f/%.3f (%d) | realnews-dev "
        + "%.3f/%.3f/%.3f | pooled with seeds %.3f/%.3f/%.3f | seeds %s",
        a.score().precision(), a.score().recall(), a.score().f1(), a.stories(),
        b.score().precision(), b.score().recall(), b.score().f1(),
        c.score().precision(), c.score().recall(), c.score().f1(),
        exact ? "exact" : "wrong");
  }

  private static Set<Set<String>> partition(Map<String, String> labels) {
    Map<String, Set<String>> by = new HashMap<>();
    labels.forEach((id, label) -> by.computeIfAbsent(label, k -> new HashSet<>()).add(id));
    return new HashSet<>(by.values());
  }
}
