package org.sitrep.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A fixed-window request counter per client address: at most {@code perMinute} requests in each
 * clock minute. Crude (a burst may straddle two windows) but bounded and lock-free; enough to keep
 * one client from starving the others on a small machine. Windows of addresses not seen for a
 * minute are dropped as new ones arrive, so memory stays bounded by the active clients.
 */
final class RateLimiter {
  private final int perMinute;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, long[]> windows = new ConcurrentHashMap<>();

  RateLimiter(int perMinute, LongSupplier clockMillis) {
    this.perMinute = perMinute;
    this.clock = clockMillis;
  }

  /** Counts a request from {@code client}; false when it is over the limit. */
  boolean allow(String client) {
    long minute = clock.getAsLong() / 60_000;
    if (windows.size() > 10_000) {
      windows.values().removeIf(w -> w[0] < minute);
    }
    long[] w = windows.compute(client, (k, old) ->
        old == null || old[0] != minute ? new long[] {minute, 1} : new long[] {minute, old[1] + 1});
    return w[1] <= perMinute;
  }
}
