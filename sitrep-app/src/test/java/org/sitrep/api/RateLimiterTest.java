package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void countsPerClientAndStartsAfreshEachMinute() {
    AtomicLong now = new AtomicLong(120_000);
    RateLimiter limiter = new RateLimiter(2, now::get);
    assertThat(limiter.allow("a")).isTrue();
    assertThat(limiter.allow("a")).isTrue();
    assertThat(limiter.allow("a")).isFalse();
    assertThat(limiter.allow("b")).isTrue();
    now.addAndGet(60_000);
    assertThat(limiter.allow("a")).isTrue();
  }
}
