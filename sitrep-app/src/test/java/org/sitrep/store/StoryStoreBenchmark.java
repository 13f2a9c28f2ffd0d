package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.stories.StoryClusterer;
import org.sitrep.stories.SyntheticCorpus;

/**
 * Benchmark, not a test: time per article added to stored stories ({@link StoryTables} on the
 * embedded H2 in a temporary folder) as the store grows, on the {@link SyntheticCorpus}. At each
 * checkpoint it prints the mean time per article over the last {@value #WINDOW} additions and
 * its ratio to the first checkpoint's. Run: {@code java -Xmx3g -cp
 * target/sitrep.jar:sitrep-app/target/test-classes:sitrep-engine/target/test-classes org.sitrep.store.StoryStoreBenchmark [MAX_ARTICLES]}
 * (default 10,000; checkpoints at 1,000, 10,000 and 100,000).
 */
public final class StoryStoreBenchmark {
  static final int WINDOW = 1_000;

  public static void main(String[] args) throws Exception {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    Path dir = Files.createTempDirectory("sitrep-story-bench");
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
      SyntheticCorpus corpus = new SyntheticCorpus(42);
      double first = 0;
      long window = 0;
      long t0 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%10s %14s %10s %12s%n", "articles", "ms/article",
          "vs 1,000", "elapsed s");
      for (int n = 1; n <= max; n++) {
        var a = corpus.next();
        long s = System.nanoTime();
        c.add(a);
        long took = System.nanoTime() - s;
        boolean checkpoint = n == 1_000 || n == 10_000 || n == 100_000;
        if (n % 1_000 > 0 || checkpoint) {
          window += took;
        }
        if (n % WINDOW == 0) {
          if (checkpoint) {
            double ms = window / 1e6 / WINDOW;
            first = first == 0 ? ms : first;
            System.out.printf(Locale.ROOT, "%,10d %14.3f %9.2fx %12.1f%n", n, ms, ms / first,
                (System.nanoTime() - t0) / 1e9);
          }
          window = 0;
        }
      }
    }
  }
}
