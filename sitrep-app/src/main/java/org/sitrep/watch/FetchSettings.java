package org.sitrep.watch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently {@code sitrep watch} fetches.
 *
 * @param agent the product token that robots.txt groups are matched against ({@code sitrep})
 * @param userAgent the User-Agent header sent with every request
 * @param timeout the longest one request may take, connection, headers and body included
 * @param maxBytes the largest body read; a longer one is abandoned with a one-line reason
 * @param retries further tries after a timeout, a connection failure, 429 or a 5xx answer
 * @param backoff the wait before the first retry; it doubles with each further one (a server's
 *     {@code Retry-After} in seconds is honoured when longer, up to {@link #MAX_BACKOFF})
 * @param hostInterval the least time between two requests to one host (a robots.txt
 *     {@code crawl-delay} raises it for that host)
 */
public record FetchSettings(String agent, String userAgent, Duration timeout, long maxBytes,
    int retries, Duration backoff, Duration hostInterval) {

  /** The longest single wait between retries. */
  public static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  public FetchSettings {
    checkArgument(agent != null && agent.matches("[A-Za-z_-]+"),
        "the robots.txt product token must be letters, '-' or '_', got %s", agent);
    checkArgument(userAgent != null && !userAgent.isBlank(), "the user agent is blank");
    Objects.requireNonNull(timeout, "timeout");
    checkArgument(!timeout.isNegative() && !timeout.isZero(), "the timeout must be positive");
    checkArgument(maxBytes > 0, "maxBytes must be positive, got %s", maxBytes);
    checkArgument(retries >= 0, "retries must be >= 0, got %s", retries);
    checkArgument(backoff != null && !backoff.isNegative(), "the back-off must be >= 0");
    checkArgument(hostInterval != null && !hostInterval.isNegative(),
        "the host interval must be >= 0");
  }

  /**
   * Sitrep's defaults: 20 s per request, 8 MiB per body, 2 retries from 2 s, one request per host
   * a second.
   */
  public static FetchSettings defaults(String version) {
    return new FetchSettings("sitrep", "sitrep/" + version + " (news analysis; robots.txt obeyed)",
        Duration.ofSeconds(20), 8L * 1024 * 1024, 2, Duration.ofSeconds(2), Duration.ofSeconds(1));
  }

  /** These settings with another timeout. */
  public FetchSettings withTimeout(Duration t) {
    return new FetchSettings(agent, userAgent, t, maxBytes, retries, backoff, hostInterval);
  }

  /** These settings with another body cap. */
  public FetchSettings withMaxBytes(long max) {
    return new FetchSettings(agent, userAgent, timeout, max, retries, backoff, hostInterval);
  }

  /** These settings with another number of retries. */
  public FetchSettings withRetries(int n) {
    return new FetchSettings(agent, userAgent, timeout, maxBytes, n, backoff, hostInterval);
  }

  /** These settings with another pace per host. */
  public FetchSettings withHostInterval(Duration d) {
    return new FetchSettings(agent, userAgent, timeout, maxBytes, retries, backoff, d);
  }
}
