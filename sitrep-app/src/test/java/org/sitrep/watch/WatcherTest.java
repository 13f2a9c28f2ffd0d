package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Batch;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.OutletResolver;

/** The polling cycle against a server on loopback, with a fake clock and a list for a store. */
class WatcherTest {
  static final String RSS = "application/rss+xml";
  static final String HTML = "text/html; charset=utf-8";

  @TempDir Path dir;
  LocalServer server;
  FakeTiming timing;
  ListSink sink;
  List<String> log;
  FetchSettings settings;

  /** Keeps what it is given; "stores" every article as new. */
  static final class ListSink implements ArticleSink {
    final List<Article> got = new ArrayList<>();

    @Override
    public boolean stored(String id) {
      return got.stream().anyMatch(a -> a.id().equals(id));
    }

    @Override
    public List<Batch.Outcome> store(List<Article> articles) {
      got.addAll(articles);
      return articles.stream()
          .map(a -> new Batch.Outcome(a.id(), "analysed", "new v1", 1, 0, 0, 0, 0)).toList();
    }
  }

  @BeforeEach
  void start() throws IOException {
    server = new LocalServer();
    timing = new FakeTiming();
    sink = new ListSink();
    log = new ArrayList<>();
    settings = FetchSettings.defaults("test").withTimeout(Duration.ofSeconds(5))
        .withHostInterval(Duration.ZERO);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Watcher watcher(URI... feeds) throws IOException {
    return new Watcher(new FeedList(List.of(feeds)), settings, timing, Ingestor.withDefaults(),
        OutletResolver.withDefaults(), sink, WatchState.load(dir), log::add);
  }

  void serveTwoItemFeed() {
    server.serve("/news/a", HTML, Docs.page("Bridge over the Tessa to reopen"))
        .serve("/news/b", HTML, Docs.page("Council funds repairs in Velmora"));
    String feed = Docs.rss("Velmora Herald",
        Docs.item("vh-1", server.uri("/news/a").toString(), "Bridge to reopen", "Short summary one."),
        Docs.item("vh-2", server.uri("/news/b").toString(), "Council funds repairs",
            "Short summary two."));
    server.route("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      ex.getResponseHeaders().set("Last-Modified", "Tue, 04 Mar 2031 06:00:00 GMT");
      LocalServer.send(ex, 200, RSS, feed);
    });
  }

  @Test
  void newItemsAreFetchedExtractedAndHandedOnOnce_thenA304SkipsEverything() throws Exception {
    serveTwoItemFeed();
    List<FeedReport> first = watcher(server.uri("/feed.xml")).cycle();
    assertThat(first.get(0).outcome()).isEqualTo(FeedReport.Outcome.READ);
    assertThat(first.get(0).fresh()).isEqualTo(2);
    assertThat(sink.got).extracting(Article::id).containsExactly("vh-1", "vh-2");
    Article a = sink.got.get(0);
    // The page's text, not the feed's summary; the page's title and the item's date.
    assertThat(a.text()).contains("bridge over the Tessa river would reopen");
    assertThat(a.title()).isEqualTo("Bridge over the Tessa to reopen");
    assertThat(a.published()).startsWith("2031-03-04");
    assertThat(a.url()).isEqualTo(server.uri("/news/a").toString());
    assertThat(a.outlet().name()).isEqualTo("Velmora Herald");
    assertThat(log.get(0)).startsWith(server.uri("/feed.xml") + ": HTTP 200, 2 item(s): 2 new,"
        + " 2 stored, 0 failed, 0 seen before");

    int before = server.requests().size();
    // A new watcher over the same data directory: the validators come from the state file.
    List<FeedReport> second = watcher(server.uri("/feed.xml")).cycle();
    assertThat(second.get(0).outcome()).isEqualTo(FeedReport.Outcome.NOT_MODIFIED);
    List<LocalServer.Request> again = server.requests().subList(before, server.requests().size())
        .stream().filter(q -> !q.path().equals("/robots.txt")).toList();
    assertThat(again).extracting(LocalServer.Request::path).containsExactly("/feed.xml");
    assertThat(again.get(0).ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(again.get(0).ifModifiedSince()).isEqualTo("Tue, 04 Mar 2031 06:00:00 GMT");
    assertThat(again.get(0).userAgent()).startsWith("sitrep/test");
    assertThat(sink.got).hasSize(2);
    assertThat(log.get(log.size() - 1)).endsWith(": not modified (304) (0.0 s)");
  }

  @Test
  void seenItemsAreNotFetchedAgainWhenTheFeedHasNoValidators() throws Exception {
    server.serve("/news/a", HTML, Docs.page("Bridge over the Tessa to reopen"));
    server.serve("/feed.xml", RSS, Docs.rss("Velmora Herald",
        Docs.item("vh-1", server.uri("/news/a").toString(), "Bridge to reopen", "Summary.")));
    Watcher w = watcher(server.uri("/feed.xml"));
    w.cycle();
    w.cycle();
    assertThat(server.paths()).containsExactly("/robots.txt", "/feed.xml", "/news/a", "/feed.xml");
    assertThat(log.get(1)).contains("0 new, 0 stored, 0 failed, 1 seen before");
  }

  @Test
  void anAtomFeedAndAPageListedDirectlyAreReadByContent() throws Exception {
    server.serve("/story", HTML, Docs.page("Council funds repairs in Velmora"));
    server.serve("/atom", "application/atom+xml", Docs.atom("Tessa Wire", "urn:tw:1",
        server.uri("/nowhere").toString(), "Ministers of Velmora met in the capital on Monday."));
    watcher(server.uri("/atom"), server.uri("/story")).cycle();
    assertThat(sink.got).extracting(Article::id)
        .containsExactly("urn:tw:1", server.uri("/story").toString());
    // The entry's page is missing (404): the entry's own summary stands in, with a note.
    assertThat(sink.got.get(0).text()).contains("Ministers of Velmora met");
    assertThat(log).anySatisfy(l -> assertThat(l).contains("/nowhere: HTTP 404; used the feed's"
        + " text"));
    assertThat(log).anySatisfy(l -> assertThat(l).contains("/story: HTTP 200, page: 1 new"));
  }

  @Test
  void jsonLinesRecordsKeepTheirOwnIds() throws Exception {
    server.serve("/digest.jsonl", "application/x-ndjson",
        "{\"id\": \"d-1\", \"title\": \"Port reopens\", \"text\": \"The port of Tessa reopened.\"}\n"
        + "{\"id\": \"d-2\", \"title\": \"Talks\", \"text\": \"Talks resumed in Velmora.\"}\n");
    watcher(server.uri("/digest.jsonl")).cycle();
    assertThat(sink.got).extracting(Article::id).containsExactly("d-1", "d-2");
    assertThat(log.get(0)).contains("HTTP 200, 2 record(s): 2 new, 2 stored");
  }

  @Test
  void failingFeedsDoNotStopTheOthers() throws Exception {
    settings = settings.withTimeout(Duration.ofMillis(400)).withRetries(1).withMaxBytes(4096);
    CountDownLatch release = new CountDownLatch(1);
    server.route("/500", ex -> LocalServer.send(ex, 500, "text/plain", "boom"));
    server.route("/slow", ex -> {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.serve("/broken.xml", RSS, "<?xml version=\"1.0\"?><rss><channel><title>T</title>"
        + "<item<<guid>x</guid>");
    server.route("/binary", ex -> LocalServer.send(ex, 200, "application/octet-stream",
        new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 0, 0, 0, 9, 8, 7}));
    server.route("/huge", ex -> {
      // No Content-Length: the cap must stop the stream itself.
      ex.getResponseHeaders().set("Content-Type", RSS);
      ex.sendResponseHeaders(200, 0);
      try (var out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[1024]);
        }
      }
    });
    server.serve("/news/a", HTML, Docs.page("Bridge over the Tessa to reopen"));
    server.serve("/good.xml", RSS, Docs.rss("Velmora Herald",
        Docs.item("vh-1", server.uri("/news/a").toString(), "Bridge to reopen", "Summary.")));
    URI unreachable;
    try (ServerSocket s = new ServerSocket(0)) {
      unreachable = URI.create("http://127.0.0.1:" + s.getLocalPort() + "/feed");
    }
    List<FeedReport> reports;
    try {
      reports = watcher(server.uri("/500"), server.uri("/slow"), server.uri("/broken.xml"),
          server.uri("/binary"), server.uri("/huge"), unreachable, server.uri("/good.xml"))
          .cycle();
    } finally {
      release.countDown();
    }
    assertThat(reports).extracting(FeedReport::outcome).containsExactly(
        FeedReport.Outcome.FAILED, FeedReport.Outcome.FAILED, FeedReport.Outcome.FAILED,
        FeedReport.Outcome.FAILED, FeedReport.Outcome.FAILED, FeedReport.Outcome.FAILED,
        FeedReport.Outcome.READ);
    assertThat(reports).extracting(FeedReport::line).allSatisfy(l -> assertThat(l).doesNotContain("\n"));
    assertThat(reports.get(0).line()).contains("failed: HTTP 500 (after 2 tries)");
    assertThat(reports.get(1).line()).contains("failed: timed out after 0.4 s (after 2 tries)");
    assertThat(reports.get(2).line()).contains("failed: HTTP 200, feed has no items");
    assertThat(reports.get(3).line()).contains("failed: HTTP 200, binary file, not an article");
    assertThat(reports.get(4).line()).contains("failed: body over the 4 KiB limit, not read");
    // robots.txt cannot be fetched either: RFC 9309 says to assume everything is disallowed.
    assertThat(reports.get(5).line()).contains("/robots.txt unavailable (cannot connect");
    assertThat(sink.got).extracting(Article::id).containsExactly("vh-1");
    assertThat(log).noneMatch(l -> l.contains("Exception") || l.contains("\tat "));
    // Back-off went through the fake clock: 2 s before each retry, never a real wait.
    assertThat(timing.waits()).contains(Duration.ofSeconds(2));
  }

  @Test
  void anUnreachableRobotsTxtIsReportedOnOneLine() throws Exception {
    // Not a 4xx: a 503 from robots.txt means "everything disallowed for now".
    server.route("/robots.txt", ex -> LocalServer.send(ex, 503, "text/plain", "busy"));
    server.serve("/feed.xml", RSS, Docs.rss("T", Docs.item("x", null, "t", "Some text here.")));
    settings = settings.withRetries(0);
    List<FeedReport> r = watcher(server.uri("/feed.xml")).cycle();
    assertThat(r.get(0).outcome()).isEqualTo(FeedReport.Outcome.FAILED);
    assertThat(r.get(0).line()).contains("/robots.txt unavailable (HTTP 503): nothing is fetched");
    assertThat(server.paths()).containsExactly("/robots.txt");
  }

  @Test
  void robotsDisallowIsHonouredForFeedsAndPages() throws Exception {
    server.serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\n"
        + "User-agent: sitrep\nDisallow: /private/\nAllow: /private/open\n");
    server.serve("/private/feed.xml", RSS, Docs.rss("T", Docs.item("x", null, "t", "Text.")));
    server.serve("/private/page", HTML, Docs.page("Closed page"));
    server.serve("/feed.xml", RSS, Docs.rss("Velmora Herald",
        Docs.item("vh-9", server.uri("/private/page").toString(), "Closed",
            "The feed's own summary of the closed page.")));
    List<FeedReport> r = watcher(server.uri("/private/feed.xml"), server.uri("/feed.xml")).cycle();
    assertThat(r.get(0).outcome()).isEqualTo(FeedReport.Outcome.DISALLOWED);
    assertThat(r.get(0).line()).endsWith("skipped: disallowed by " + server.uri("").toString()
        .replaceAll("/$", "") + "/robots.txt");
    assertThat(server.paths()).doesNotContain("/private/feed.xml", "/private/page");
    assertThat(sink.got).singleElement().satisfies(a ->
        assertThat(a.text()).contains("The feed's own summary"));
    assertThat(server.paths().stream().filter(p -> p.equals("/robots.txt"))).hasSize(1);
  }

  @Test
  void requestsToOneHostAreSpacedOnTheFakeClock_otherHostsAreNot() throws Exception {
    settings = settings.withHostInterval(Duration.ofSeconds(5));
    List<java.time.Instant> at = new ArrayList<>();
    for (String p : List.of("/a.xml", "/b.xml")) {
      server.route(p, ex -> {
        synchronized (at) {
          at.add(timing.now());
        }
        LocalServer.send(ex, 200, RSS, Docs.rss("T", Docs.item("id" + p, null, "t", "Text.")));
      });
    }
    watcher(server.uri("/a.xml"), server.uri("/b.xml"), server.localhost("/a.xml")).cycle();
    // 127.0.0.1: robots.txt, /a.xml, /b.xml, 5 s apart; localhost: its own robots.txt at once.
    assertThat(at).hasSize(3);
    assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(timing.waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  @Test
  void aServerErrorIsRetriedAfterItsRetryAfter() throws Exception {
    int[] calls = {0};
    server.route("/flaky.xml", ex -> {
      if (calls[0]++ == 0) {
        ex.getResponseHeaders().set("Retry-After", "7");
        LocalServer.send(ex, 503, "text/plain", "later");
      } else {
        LocalServer.send(ex, 200, RSS, Docs.rss("T", Docs.item("f1", null, "t", "Text here.")));
      }
    });
    List<FeedReport> r = watcher(server.uri("/flaky.xml")).cycle();
    assertThat(r.get(0).outcome()).isEqualTo(FeedReport.Outcome.READ);
    assertThat(timing.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void aTransientPageFailureIsRetriedNextCycle() throws Exception {
    settings = settings.withRetries(0);
    int[] calls = {0};
    server.route("/news/a", ex -> {
      if (calls[0]++ == 0) {
        LocalServer.send(ex, 502, "text/plain", "bad gateway");
      } else {
        LocalServer.send(ex, 200, HTML, Docs.page("Bridge over the Tessa to reopen"));
      }
    });
    server.route("/feed.xml", ex -> {
      if (ex.getRequestHeaders().getFirst("If-None-Match") != null) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"e\"");
      LocalServer.send(ex, 200, RSS, Docs.rss("T",
          Docs.item("vh-1", server.uri("/news/a").toString(), "Bridge", null)));
    });
    Watcher w = watcher(server.uri("/feed.xml"));
    List<FeedReport> first = w.cycle();
    assertThat(first.get(0).failed()).isEqualTo(1);
    assertThat(log).anySatisfy(l -> assertThat(l).contains("HTTP 502; will retry"));
    // The validators were not kept, so the feed is read in full again and the page retried.
    List<FeedReport> second = w.cycle();
    assertThat(second.get(0).stored()).isEqualTo(1);
    assertThat(sink.got).extracting(Article::id).containsExactly("vh-1");
  }

  @Test
  void anUnknownHostIsNamedAsSuch() throws Exception {
    settings = settings.withRetries(0);
    List<FeedReport> r = watcher(URI.create("http://no-such-host.invalid/feed")).cycle();
    assertThat(r.get(0).line()).isEqualTo("http://no-such-host.invalid/feed: failed:"
        + " http://no-such-host.invalid/robots.txt unavailable (unknown host): nothing is fetched"
        + " from the host until it can be read (RFC 9309) (0.0 s)");
  }

  @Test
  void redirectsAreFollowedAndEachHopChecked() throws Exception {
    server.route("/old.xml", ex -> {
      ex.getResponseHeaders().set("Location", "/new.xml");
      LocalServer.send(ex, 301, null, new byte[0]);
    });
    server.serve("/new.xml", RSS, Docs.rss("T", Docs.item("r1", null, "t", "Moved text.")));
    List<FeedReport> r = watcher(server.uri("/old.xml")).cycle();
    assertThat(r.get(0).stored()).isEqualTo(1);
    assertThat(server.paths()).containsExactly("/robots.txt", "/old.xml", "/new.xml");
  }
}
