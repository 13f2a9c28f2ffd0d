package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a system over the documents of an evaluation set on a fixed pool of worker threads and
 * returns one {@link Outcome} per document, in input order. A system that fails on one document
 * does not stop the run: that document's outcome carries the failure instead of a result.
 */
public final class ParallelRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ParallelRunner.class);
  private static final AtomicInteger POOLS = new AtomicInteger();

  /**
   * What running the system on one document gave.
   *
   * @param value the result, or {@code null} when the system failed
   * @param error why the system failed, as "label: ExceptionClass: message", or {@code null}
   */
  public record Outcome<R>(R value, String error) {
    public boolean failed() {
      return error != null;
    }
  }

  private ParallelRunner() {}

  /**
   * Applies {@code system} to every input with {@code threads} worker threads.
   *
   * @param label names an input in error messages, e.g. by document id
   * @param threads the pool size, {@code >= 1}
   * @throws IllegalStateException if the calling thread is interrupted while waiting
   */
  public static <T, R> List<Outcome<R>> run(
      List<T> inputs, Function<? super T, ? extends R> system, Function<? super T, String> label,
      int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    if (inputs.isEmpty()) {
      return ImmutableList.of();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, inputs.size()), daemonThreads());
    try {
      List<Future<Outcome<R>>> futures = new ArrayList<>(inputs.size());
      for (T input : inputs) {
        futures.add(pool.submit(() -> apply(input, system, label)));
      }
      ImmutableList.Builder<Outcome<R>> outcomes = ImmutableList.builder();
      for (Future<Outcome<R>> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes.build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      // apply() catches what a system throws; reaching here means an Error such as OutOfMemoryError.
      throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Per-document scores of an evaluation, their sum, and the documents the system failed on.
   *
   * @param total the sum over documents
   * @param perDoc each document's id and scores, in input order
   * @param errors one message per failed document
   */
  public record Scored<S>(S total, List<Map.Entry<String, S>> perDoc, List<String> errors) {}

  /**
   * Runs {@code system} over {@code docs} and scores each document; a document the system fails
   * on is scored as if it had predicted nothing, and its failure is listed. The one loop behind
   * every evaluator's {@code evaluate}.
   *
   * @param zero the score of nothing, and the start of the sum
   */
  public static <D, P, S> Scored<S> score(List<D> docs, Function<? super D, List<P>> system,
      Function<? super D, String> id, BiFunction<? super D, List<P>, S> score, S zero,
      BinaryOperator<S> plus, int threads) {
    List<Outcome<List<P>>> outcomes = run(docs, system, id, threads);
    S total = zero;
    ImmutableList.Builder<Map.Entry<String, S>> perDoc = ImmutableList.builder();
    ImmutableList.Builder<String> errors = ImmutableList.builder();
    for (int i = 0; i < docs.size(); i++) {
      Outcome<List<P>> outcome = outcomes.get(i);
      if (outcome.failed()) {
        errors.add(outcome.error());
      }
      S scores = score.apply(docs.get(i), outcome.failed() ? List.of() : outcome.value());
      perDoc.add(Map.entry(id.apply(docs.get(i)), scores));
      total = plus.apply(total, scores);
    }
    return new Scored<>(total, perDoc.build(), errors.build());
  }

  private static <T, R> Outcome<R> apply(
      T input, Function<? super T, ? extends R> system, Function<? super T, String> label) {
    try {
      R value = system.apply(input);
      if (value == null) {
        return new Outcome<>(null, label.apply(input) + ": the system returned null");
      }
      return new Outcome<>(value, null);
    } catch (RuntimeException | StackOverflowError e) {
      // A pathological input can overflow a regex or a recursive parser; that costs one document,
      // not the run.
      LOG.warn("system failed on {}", label.apply(input), e);
      return new Outcome<>(
          null, label.apply(input) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "sitrep-eval-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
