package org.sitrep.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches over HTTP the way a polite crawler does, with the JDK's {@link HttpClient}: robots.txt
 * first (per origin, kept 24 hours; a file that cannot be fetched because of a server error or an
 * unreachable host disallows everything for ten minutes, as RFC 9309 asks, and is reported as a
 * failure naming the cause, while a 4xx allows everything), then a slot from the {@link HostPacer}, then a conditional GET. Redirects are
 * followed by hand (at most five) so that each hop is checked against its own host's robots.txt
 * and pace. A timeout, a connection failure, 429 or a 5xx answer is retried with a doubling
 * back-off; other answers are final. A body over the cap is abandoned as it streams in (a
 * Content-Length over it is refused before reading), and one deadline covers the whole exchange,
 * body included, so a server that trickles bytes cannot hold the watch.
 *
 * <p>Never throws for a network or server problem: every outcome is a {@link Response} with a
 * one-line reason. Thread-safe.
 */
final class HttpFetcher {
  private static final int MAX_REDIRECTS = 5;
  private static final Duration ROBOTS_TTL = Duration.ofHours(24);
  private static final Duration ROBOTS_ERROR_TTL = Duration.ofMinutes(10);

  /** An origin's robots.txt rules, until when they hold, and why it is unavailable, if it is. */
  private record Robots(RobotsTxt rules, Instant until, String unavailable) {}

  /** A body as read: the bytes, or null with {@code over} when it passed the cap. */
  private record Body(byte[] bytes, boolean over) {}

  private final HttpClient client;
  private final FetchSettings settings;
  private final Timing timing;
  private final HostPacer pacer;
  private final Map<String, Robots> robots = new HashMap<>();

  HttpFetcher(FetchSettings settings, Timing timing) {
    this.settings = settings;
    this.timing = timing;
    this.pacer = new HostPacer(timing);
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .build();
  }

  /**
   * GETs {@code uri}, conditionally when {@code validators} are given (they are sent only to
   * {@code uri} itself, not to a redirect's target).
   *
   * @throws InterruptedException when the thread is interrupted (the watch is stopping)
   */
  Response get(URI uri, Validators validators) throws InterruptedException {
    URI current = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Robots known = robots(current);
      RobotsTxt rules = known.rules();
      if (known.unavailable() != null) {
        return Response.failed(current, 0, origin(current) + "/robots.txt unavailable ("
            + known.unavailable() + "): nothing is fetched from the host until it can be read"
            + " (RFC 9309)");
      }
      if (!rules.allows(pathAndQuery(current))) {
        return new Response(Response.Outcome.DISALLOWED, current, 0, null, null, null,
            "disallowed by " + origin(current) + "/robots.txt");
      }
      Response r = exchange(current, hop == 0 ? validators : Validators.NONE, rules.crawlDelay());
      if (r.outcome() != Response.Outcome.OK || r.status() / 100 != 3) {
        return r;
      }
      URI next = redirectTarget(current, r.reason());
      if (next == null) {
        return Response.failed(current, r.status(), "HTTP " + r.status() + " without a usable"
            + " Location");
      }
      current = next;
    }
    return Response.failed(current, 0, "more than " + MAX_REDIRECTS + " redirects");
  }

  /** The robots.txt rules for {@code uri}'s origin, fetched when not known or stale. */
  private Robots robots(URI uri) throws InterruptedException {
    String origin = origin(uri);
    synchronized (robots) {
      Robots known = robots.get(origin);
      if (known != null && timing.now().isBefore(known.until())) {
        return known;
      }
    }
    URI at = URI.create(origin + "/robots.txt");
    Response r = null;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      r = exchange(at, Validators.NONE, null);
      if (r.outcome() != Response.Outcome.OK || r.status() / 100 != 3) {
        break;
      }
      URI next = redirectTarget(at, r.reason());
      if (next == null) {
        break;
      }
      at = next;
    }
    Robots known;
    if (r.outcome() == Response.Outcome.OK && r.status() / 100 == 2) {
      known = new Robots(RobotsTxt.parse(new String(r.body(), StandardCharsets.UTF_8),
          settings.agent()), timing.now().plus(ROBOTS_TTL), null);
    } else if (r.status() / 100 == 4 || r.status() / 100 == 3) {
      known = new Robots(RobotsTxt.ALLOW_ALL, timing.now().plus(ROBOTS_TTL), null);
    } else {
      known = new Robots(RobotsTxt.DISALLOW_ALL, timing.now().plus(ROBOTS_ERROR_TTL),
          r.reason() == null ? "HTTP " + r.status() : r.reason());
    }
    synchronized (robots) {
      robots.put(origin, known);
    }
    return known;
  }

  /**
   * One GET with retries. A 3xx comes back as OK with its status and the Location header in
   * {@code reason}, for {@link #get} to follow.
   */
  private Response exchange(URI uri, Validators validators, Duration crawlDelay)
      throws InterruptedException {
    Duration pace = crawlDelay != null && crawlDelay.compareTo(settings.hostInterval()) > 0
        ? crawlDelay : settings.hostInterval();
    Response last = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      if (attempt > 0) {
        timing.sleep(backoff(attempt, last));
      }
      pacer.await(host(uri), pace);
      last = once(uri, validators);
      if (!retryable(last)) {
        return last;
      }
    }
    String tries = settings.retries() == 0 ? "" : " (after " + (settings.retries() + 1)
        + " tries)";
    return Response.failed(uri, last.status(), last.reason() + tries);
  }

  private Response once(URI uri, Validators validators) throws InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
        .timeout(settings.timeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
            + " text/html;q=0.9, text/xml;q=0.8, */*;q=0.5");
    if (validators.etag() != null) {
      req.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      req.header("If-Modified-Since", validators.lastModified());
    }
    CompletableFuture<HttpResponse<Body>> future =
        client.sendAsync(req.build(), this::bodyHandler);
    HttpResponse<Body> resp;
    try {
      resp = future.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Response.failed(uri, 0, "timed out after " + seconds(settings.timeout()));
    } catch (ExecutionException e) {
      return Response.failed(uri, 0, e.getCause() instanceof HttpTimeoutException
          && !(e.getCause() instanceof HttpConnectTimeoutException)
          ? "timed out after " + seconds(settings.timeout()) : describe(e.getCause()));
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    }
    int status = resp.statusCode();
    Validators answered = new Validators(resp.headers().firstValue("ETag").orElse(null),
        resp.headers().firstValue("Last-Modified").orElse(null));
    String type = resp.headers().firstValue("Content-Type").orElse(null);
    if (status == 304) {
      return new Response(Response.Outcome.NOT_MODIFIED, uri, status, null, type,
          validators.isEmpty() ? answered : merge(validators, answered), null);
    }
    if (status / 100 == 3) {
      return new Response(Response.Outcome.OK, uri, status, null, type, null,
          resp.headers().firstValue("Location").orElse(null));
    }
    if (status / 100 != 2) {
      String retryAfter = resp.headers().firstValue("Retry-After").orElse(null);
      return new Response(Response.Outcome.FAILED, uri, status, null, type, null,
          "HTTP " + status + (retryAfter == null ? "" : " (retry after " + retryAfter + ")"));
    }
    Body body = resp.body();
    if (body.over()) {
      return Response.failed(uri, status, "body over the " + size(settings.maxBytes())
          + " limit, not read");
    }
    return new Response(Response.Outcome.OK, uri, status, body.bytes(), type, answered, null);
  }

  /** Reads a 2xx body up to the cap; any other status's body is discarded. */
  private HttpResponse.BodySubscriber<Body> bodyHandler(HttpResponse.ResponseInfo info) {
    if (info.statusCode() / 100 != 2) {
      return HttpResponse.BodySubscribers.replacing(new Body(null, false));
    }
    OptionalLong length = info.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > settings.maxBytes()) {
      return HttpResponse.BodySubscribers.replacing(new Body(null, true));
    }
    return new CappedBody(settings.maxBytes());
  }

  /** Collects a body, cancelling the stream as soon as it passes {@code max} bytes. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<Body> {
    private final long max;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buffer.write(chunk, 0, chunk.length);
        if (buffer.size() > max) {
          subscription.cancel();
          result.complete(new Body(null, true));
          return;
        }
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(buffer.toByteArray(), false));
    }
  }

  private static boolean retryable(Response r) {
    int s = r.status();
    return r.outcome() == Response.Outcome.FAILED && (s == 0 || s == 429 || s / 100 == 5);
  }

  /** backoff × 2^(attempt−1), or the server's Retry-After seconds when longer; capped. */
  private Duration backoff(int attempt, Response last) {
    Duration d = settings.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    String reason = last == null || last.reason() == null ? "" : last.reason();
    int at = reason.indexOf("(retry after ");
    if (at >= 0) {
      String value = reason.substring(at + 13, reason.length() - 1).strip();
      if (value.matches("\\d{1,6}")) {
        Duration asked = Duration.ofSeconds(Long.parseLong(value));
        d = asked.compareTo(d) > 0 ? asked : d;
      }
    }
    return d.compareTo(FetchSettings.MAX_BACKOFF) > 0 ? FetchSettings.MAX_BACKOFF : d;
  }

  /** The answer's validators, keeping the ones sent when a 304 repeats none. */
  private static Validators merge(Validators sent, Validators answered) {
    return new Validators(answered.etag() != null ? answered.etag() : sent.etag(),
        answered.lastModified() != null ? answered.lastModified() : sent.lastModified());
  }

  private static URI redirectTarget(URI from, String location) {
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      URI next = from.resolve(location.strip());
      String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && next.getHost() != null
          ? next : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String origin(URI uri) {
    int port = uri.getPort();
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host(uri)
        + (port < 0 ? "" : ":" + port);
  }

  static String host(URI uri) {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static String describe(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getMessage() == null) {
      c = c.getCause();
    }
    if (t instanceof HttpConnectTimeoutException) {
      return "connection timed out";
    }
    if (t instanceof HttpTimeoutException) {
      return "timed out";
    }
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof UnknownHostException || x instanceof UnresolvedAddressException) {
        return "unknown host";
      }
    }
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof ConnectException) {
        return "cannot connect" + (x.getMessage() == null ? "" : ": " + x.getMessage());
      }
    }
    String message = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    return (t instanceof IOException ? "network error: " : "error: ")
        + message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s"
        : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  static String size(long bytes) {
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
        : bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }
}
