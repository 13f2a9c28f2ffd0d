package org.sitrep.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host at least an interval apart: {@link #await} sleeps (through {@link
 * Timing}) until the host's next slot, then books the slot after it. Hosts are independent: a
 * slow host does not hold back the others' slots. Thread-safe; the wait is taken outside the
 * lock.
 */
final class HostPacer {
  private final Timing timing;
  private final Map<String, Instant> next = new HashMap<>();

  HostPacer(Timing timing) {
    this.timing = timing;
  }

  /** Waits until {@code host} may be asked again, then books the next slot {@code interval} on. */
  void await(String host, Duration interval) throws InterruptedException {
    Duration wait;
    synchronized (this) {
      Instant now = timing.now();
      Instant slot = next.getOrDefault(host, now);
      Instant start = slot.isAfter(now) ? slot : now;
      wait = Duration.between(now, start);
      next.put(host, start.plus(interval));
    }
    timing.sleep(wait);
  }
}
