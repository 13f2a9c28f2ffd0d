package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.analysis.Sitrep;
import org.sitrep.eval.EvalDataException;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.stories.BCubed;
import org.sitrep.stories.ClusterEval;
import org.sitrep.stories.StoryArticle;
import org.sitrep.stories.StoryClusterer;

/**
 * {@code sitrep eval clusters FILE|DIR}: B-cubed of Sitrep's story clusterer and of the plain
 * single-pass TF-IDF baseline ({@link ClusterEval#BASELINE_THRESHOLD}) on the same articles, in the
 * same order. FILE is a JSON Lines set with {@code cluster_id}s; DIR a real-news set's folder
 * (its {@code story} labels); {@code --pool DIR --pool-gold TSV} adds a folder of articles with
 * their labels, scored pooled with the set. Kept out of {@link EvalCommand}, which dispatches.
 */
final class ClusterTask {
  private ClusterTask() {}

  /** How articles are read for clustering. */
  enum Analysis {
    /** Structure and date stages and a cheap proper-name reader: no language model. */
    light,
    /** Sitrep's full analysis (CoreNLP): its entities and places are the names. */
    full
  }

  /**
   * Scores the set and prints the table; returns Sitrep's figures as quality-floor metrics, {@code
   * clusters.<set>.p|r|f1} where {@code <set>} is the file or folder name without {@code .jsonl}
   * (prefixed {@code pooled-} when a pool is added), empty when Sitrep's clusterer did not run.
   */
  static Map<String, Double> run(PrintWriter out, Path file, Path pool, Path poolGold,
      Analysis analysis, EvalCommand.SystemChoice system, boolean verbose) {
    if ((pool == null) != (poolGold == null)) {
      throw new Main.UserException("--pool and --pool-gold go together", 2);
    }
    long t0 = System.nanoTime();
    ClusterEval.Dataset data;
    try {
      data = Files.isDirectory(file) ? ClusterEval.readRealNews(file) : ClusterEval.readJsonl(file);
      if (pool != null) {
        data = data.pooledWith(ClusterEval.readFolder(pool, poolGold));
      }
    } catch (EvalDataException | IllegalArgumentException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
    Function<Article, StoryArticle> reader = analysis == Analysis.full
        ? ClusterEval.analysed(Sitrep.create(NlpSettings.sitrep())) : ClusterEval.light();
    List<StoryArticle> articles = data.items().stream().map(i -> reader.apply(i.article()))
        .toList();
    Map<String, String> gold = ClusterEval.gold(data);
    long t1 = System.nanoTime();
    List<ClusterEval.Result> results = new ArrayList<>();
    if (system != EvalCommand.SystemChoice.baseline && system != EvalCommand.SystemChoice.corenlp) {
      results.add(ClusterEval.run("Sitrep (words, names, time; threshold "
          + StoryClusterer.Settings.sitrep().threshold() + ")", articles, gold,
          StoryClusterer.Settings.sitrep()));
    }
    if (system != EvalCommand.SystemChoice.sitrep) {
      results.add(ClusterEval.run("baseline: single-pass TF-IDF cosine >= "
          + ClusterEval.BASELINE_THRESHOLD, articles, gold,
          StoryClusterer.Settings.baseline(ClusterEval.BASELINE_THRESHOLD)));
    }
    long t2 = System.nanoTime();
    out.println("== story clusters, B-cubed (articles read with " + analysis + " analysis)");
    out.print(ClusterEval.format(data, results));
    if (verbose) {
      for (ClusterEval.Result r : results) {
        out.print(ClusterEval.details(r, gold));
      }
    }
    out.printf(Locale.ROOT, "(%.1f s reading and analysing, %.2f s clustering)%n%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (system != EvalCommand.SystemChoice.baseline && system != EvalCommand.SystemChoice.corenlp) {
      String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
      String key = "clusters." + (pool != null ? "pooled-" : "") + name + ".";
      BCubed.Score sc = results.get(0).score();
      metrics.put(key + "p", sc.precision());
      metrics.put(key + "r", sc.recall());
      metrics.put(key + "f1", sc.f1());
    }
    return metrics;
  }
}
