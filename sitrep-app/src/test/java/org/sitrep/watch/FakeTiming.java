package org.sitrep.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when slept on; records every sleep. No test waits on it. */
final class FakeTiming implements Timing {
  private Instant now = Instant.parse("2031-03-04T05:06:07Z");
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration d) {
    sleeps.add(d);
    if (!d.isNegative()) {
      now = now.plus(d);
    }
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** The sleeps that waited at all. */
  synchronized List<Duration> waits() {
    return sleeps.stream().filter(d -> !d.isZero() && !d.isNegative()).toList();
  }
}
