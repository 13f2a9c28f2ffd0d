package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.ingest.Article;

/**
 * Measures steady-state throughput of some work over a corpus: one untimed warm-up pass (JIT,
 * lazy model parts), then whole timed passes until a minimum time has passed, on a fixed number of
 * threads. Peak heap is read from the JVM's heap pools, reset before each run. Meant for
 * comparing two systems in one process, one after the other, so machine noise hits both alike.
 */
public final class Benchmark {
  private Benchmark() {}

  /**
   * One measured run.
   *
   * @param system what ran
   * @param threads worker threads
   * @param passes timed passes over the corpus
   * @param articles articles per pass
   * @param tokens input tokens per pass
   * @param seconds timed wall time over all passes
   * @param peakHeapBytes peak heap use during the run (warm-up included); with a generational
   *     collector this follows the collector's policy as much as the work
   * @param liveHeapBytes heap in use after a full collection at the end of the run: what the
   *     system really keeps (models, caches)
   */
  public record Run(String system, int threads, int passes, int articles, long tokens,
      double seconds, long peakHeapBytes, long liveHeapBytes) {
    public double articlesPerSecond() {
      return passes * articles / seconds;
    }

    public double tokensPerSecond() {
      return passes * tokens / seconds;
    }
  }

  /** Runs {@code work} over {@code corpus} as described on the class. */
  public static Run measure(String system, List<Article> corpus, long tokens, int threads,
      Duration minTime, Consumer<Article> work) throws Exception {
    checkArgument(!corpus.isEmpty(), "the benchmark corpus is empty");
    checkArgument(threads >= 1, "threads must be >= 1");
    resetPeaks();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      pass(pool, corpus, work);
      long t0 = System.nanoTime();
      int passes = 0;
      do {
        pass(pool, corpus, work);
        passes++;
      } while (System.nanoTime() - t0 < minTime.toNanos());
      double secs = (System.nanoTime() - t0) / 1e9;
      long peak = peakHeap();
      System.gc();
      Runtime rt = Runtime.getRuntime();
      return new Run(system, threads, passes, corpus.size(), tokens, secs, peak,
          rt.totalMemory() - rt.freeMemory());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void pass(ExecutorService pool, List<Article> corpus, Consumer<Article> work)
      throws Exception {
    List<Future<?>> fs = corpus.stream().map(a -> pool.submit(() -> work.accept(a)))
        .<Future<?>>map(f -> f).toList();
    for (Future<?> f : fs) {
      f.get();
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
