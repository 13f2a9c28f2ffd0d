package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Start-up loads run side by side. A process that analyses spends its first seconds loading
 * resources that do not depend on each other (CoreNLP's tagger and NER models, the actor
 * dictionary, the gazetteer, the analysis version's digest); one after the other they keep one
 * core busy while the others wait. Each load gets its own short-lived daemon thread (not a
 * shared pool: the common pool has a single thread on a two-core machine, and a load must never
 * queue behind another), and {@link #join} hands its result, or its failure unchanged, to the
 * thread that needs it.
 */
public final class Loading {
  private Loading() {}

  /**
   * Starts {@code load} on a new daemon thread named {@code name}.
   *
   * @return the load's result when it is done
   */
  public static <T> CompletableFuture<T> inBackground(String name, Supplier<T> load) {
    checkArgument(name != null && !name.isBlank(), "a load needs a thread name");
    Objects.requireNonNull(load, "load");
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        result.complete(load.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return result;
  }

  /**
   * Waits for a load and returns its result. A load's unchecked exception or error is rethrown as
   * it was thrown, so that callers see the same failure as when loading in their own thread.
   *
   * @throws IllegalStateException when interrupted while waiting (the interrupt flag is kept)
   */
  public static <T> T join(CompletableFuture<T> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
