package org.sitrep.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: time per added article as the corpus grows, on the {@link
 * SyntheticCorpus}. Articles are generated (and vectorised inside {@code add}, which is part of
 * the cost) one by one; at each checkpoint it prints the mean time per article over the last
 * {@value #WINDOW} additions, its ratio to the first checkpoint's, and the heap in use after a
 * GC. Run: {@code java -Xmx3g -cp target/sitrep.jar:sitrep-engine/target/test-classes
 * org.sitrep.stories.ClusterBenchmark [MAX_ARTICLES]} (default 100,000).
 */
public final class ClusterBenchmark {
  static final int WINDOW = 1_000;

  public static void main(String[] args) {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<Integer> checkpoints = new ArrayList<>();
    for (int c : new int[] {1_000, 10_000, 100_000}) {
      if (c <= max) {
        checkpoints.add(c);
      }
    }
    // warm-up on a separate stream so the JIT has compiled the hot paths before measuring
    StoryClusterer warm = StoryClusterer.sitrep();
    SyntheticCorpus warmCorpus = new SyntheticCorpus(7);
    for (int i = 0; i < 2_000; i++) {
      warm.add(warmCorpus.next());
    }
    StoryClusterer c = StoryClusterer.sitrep();
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    double first = 0;
    long windowNanos = 0;
    long t0 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%10s %10s %14s %10s %10s %12s%n", "articles", "stories",
        "ms/article", "vs 1,000", "heap MB", "elapsed s");
    for (int n = 1; n <= max; n++) {
      StoryArticle a = corpus.next();
      long s = System.nanoTime();
      c.add(a);
      long took = System.nanoTime() - s;
      if (n > checkpointBefore(n, checkpoints) - WINDOW) {
        windowNanos += took;
      }
      if (checkpoints.contains(n)) {
        double ms = windowNanos / 1e6 / WINDOW;
        if (first == 0) {
          first = ms;
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%,10d %,10d %14.3f %9.2fx %10d %12.1f%n", n, c.size(), ms,
            ms / first, (rt.totalMemory() - rt.freeMemory()) >> 20,
            (System.nanoTime() - t0) / 1e9);
        windowNanos = 0;
      }
    }
  }

  /** The first checkpoint at or after {@code n}. */
  private static int checkpointBefore(int n, List<Integer> checkpoints) {
    for (int c : checkpoints) {
      if (c >= n) {
        return c;
      }
    }
    return Integer.MAX_VALUE;
  }
}
