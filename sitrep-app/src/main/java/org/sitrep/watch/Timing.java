package org.sitrep.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * The watcher's clock and sleeper. Pacing per host, back-off between retries and the wait between
 * cycles all go through it, so tests pass a fake that records sleeps and advances its clock
 * instead of waiting.
 *
 * <p>Implementations must be thread-safe.
 */
public interface Timing {
  /** The current instant. */
  Instant now();

  /**
   * Waits for {@code d} (returns at once for a zero or negative duration).
   *
   * @throws InterruptedException when the waiting thread is interrupted (the watch is stopping)
   */
  void sleep(Duration d) throws InterruptedException;

  /** The system clock and {@link Thread#sleep}. */
  static Timing system() {
    return new Timing() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration d) throws InterruptedException {
        if (!d.isNegative() && !d.isZero()) {
          Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
      }
    };
  }
}
