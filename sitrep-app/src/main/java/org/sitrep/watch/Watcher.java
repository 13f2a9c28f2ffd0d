package org.sitrep.watch;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.analysis.Batch;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.OutletResolver;
import org.sitrep.ingest.SourceFormat;

/**
 * One polling cycle over a {@link FeedList}: each address is fetched with a conditional GET;
 * an unchanged one (304) costs nothing more. A fresh answer is read by the {@link Ingestor} as a
 * file would be, so what it is comes from its content:
 *
 * <ul>
 *   <li>a feed (RSS, Atom): each item not seen before (by the {@link WatchState}) and not already
 *       in the store is new; its page ({@code link}) is fetched and its main text extracted
 *       ({@link org.sitrep.ingest.HtmlExtractor}, through the Ingestor), keeping the item's id
 *       (GUID, else link, as when a saved feed is analysed) and taking the page's metadata first,
 *       the item's where the page states none. When the page cannot be had (robots.txt, an error,
 *       no article text in it) the item's own text is used if it has any.
 *   <li>an article page (HTML, plain text): one article whose id is its address (the page's
 *       canonical address when it states one); the store's content hash decides whether it
 *       changed. JSON Lines records are taken as they are, with their own ids.
 * </ul>
 *
 * <p>New articles go to the {@link ArticleSink} feed by feed. An item that fails for a reason
 * that may pass (a timeout, a server error) is not remembered as seen, and the feed's validators
 * are then not updated either, so the next cycle reads the feed again and retries it; one that
 * fails for good (no text anywhere, robots.txt) is remembered. A feed that fails does not stop the
 * others: every address gets one {@link FeedReport} and one log line per cycle. The state is
 * saved after each address.
 *
 * <p>Not thread-safe: one cycle at a time, from one thread.
 */
public final class Watcher {
  private final FeedList feeds;
  private final HttpFetcher fetcher;
  private final Ingestor ingestor;
  private final OutletResolver outlets;
  private final ArticleSink sink;
  private final WatchState state;
  private final Timing timing;
  private final Consumer<String> log;

  /**
   * @param log receives each address's line (and its indented notes) as the cycle goes
   */
  public Watcher(FeedList feeds, FetchSettings settings, Timing timing, Ingestor ingestor,
      OutletResolver outlets, ArticleSink sink, WatchState state, Consumer<String> log) {
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.timing = Objects.requireNonNull(timing, "timing");
    this.fetcher = new HttpFetcher(Objects.requireNonNull(settings, "settings"), timing);
    this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.state = Objects.requireNonNull(state, "state");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Polls every address once, in list order.
   *
   * @return one report per address, in list order
   * @throws InterruptedException when the thread is interrupted (the watch is stopping); the
   *     state of the addresses done so far is saved
   */
  public List<FeedReport> cycle() throws InterruptedException {
    List<FeedReport> out = new ArrayList<>();
    for (URI address : feeds.addresses()) {
      FeedReport r;
      Instant t0 = timing.now();
      try {
        r = poll(address, t0);
      } catch (RuntimeException e) {
        // A bug met on one odd feed must cost that feed, not the watch.
        r = report(address, FeedReport.Outcome.FAILED, 0, 0, 0, 0, List.of(),
            "failed: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())), List.of());
      }
      log.accept(r.line());
      r.notes().forEach(n -> log.accept("  " + n));
      out.add(r);
      try {
        state.save();
      } catch (IOException e) {
        log.accept("  cannot save the watch state: " + oneLine(String.valueOf(e.getMessage())));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private FeedReport poll(URI address, Instant t0) throws InterruptedException {
    String key = address.toString();
    WatchState.Feed remembered = state.get(key);
    Response r = fetcher.get(address, remembered.validators());
    switch (r.outcome()) {
      case NOT_MODIFIED -> {
        state.put(key, remembered.withValidators(r.validators()));
        return report(address, FeedReport.Outcome.NOT_MODIFIED, 0, 0, 0, 0, List.of(),
            "not modified (304)" + took(t0), List.of());
      }
      case DISALLOWED -> {
        return report(address, FeedReport.Outcome.DISALLOWED, 0, 0, 0, 0, List.of(),
            "skipped: " + r.reason(), List.of());
      }
      case FAILED -> {
        return report(address, FeedReport.Outcome.FAILED, 0, 0, 0, 0, List.of(),
            "failed: " + r.reason() + took(t0), List.of());
      }
      default -> {
        return read(address, r, remembered, t0);
      }
    }
  }

  private FeedReport read(URI address, Response r, WatchState.Feed remembered, Instant t0)
      throws InterruptedException {
    String key = address.toString();
    List<IngestResult> results = ingestor.read(r.body(), r.uri().toString(),
        documentName(r.uri(), r.contentType(), "feed"));
    List<Article> articles = new ArrayList<>();
    List<String> readFailures = new ArrayList<>();
    for (IngestResult x : results) {
      if (x instanceof IngestResult.Ok ok) {
        articles.add(ok.article());
      } else if (x instanceof IngestResult.Failed f) {
        readFailures.add(f.reason());
      }
    }
    if (articles.isEmpty()) {
      String why = readFailures.isEmpty() ? "nothing to read" : readFailures.get(0)
          + (readFailures.size() > 1 ? " (and " + (readFailures.size() - 1) + " more)" : "");
      return report(address, FeedReport.Outcome.FAILED, 0, 0, 0, readFailures.size(), List.of(),
          "failed: HTTP " + r.status() + ", " + why + took(t0), List.of());
    }
    boolean isFeed = articles.get(0).format() == SourceFormat.RSS
        || articles.get(0).format() == SourceFormat.ATOM;
    List<String> notes = new ArrayList<>();
    List<Article> fresh = new ArrayList<>();
    List<String> doneForGood = new ArrayList<>();
    boolean retryLater = false;
    int failed = readFailures.size();
    int known = 0;
    Set<String> seen = new HashSet<>(remembered.seen());
    for (Article item : articles) {
      if (!isFeed) {
        // A page is one article known by its address; JSON Lines records keep their own ids.
        fresh.add(item.format() == SourceFormat.JSONL ? item : asPage(item, r.uri()));
        continue;
      }
      if (seen.contains(item.id()) || sink.stored(item.id())) {
        doneForGood.add(item.id());
        known++;
        continue;
      }
      Fetched page = page(item);
      if (page.article() != null) {
        fresh.add(page.article());
      } else {
        failed++;
        if (page.transientFailure()) {
          retryLater = true;
        } else {
          doneForGood.add(item.id());
        }
      }
      if (page.note() != null) {
        notes.add(page.note());
      }
    }
    for (String f : readFailures) {
      notes.add("unreadable item: " + f);
    }
    List<String> storedIds = new ArrayList<>();
    int stored = 0;
    for (Batch.Outcome o : sink.store(fresh)) {
      if (o.failed()) {
        failed++;
        notes.add("analysis failed for " + o.id() + ": " + o.detail());
        // An analysis failure repeats on the same content: remembered, not retried each cycle.
      } else if (o.status().equals("analysed") && !o.detail().startsWith("unchanged")) {
        stored++;
        storedIds.add(o.id());
      }
      if (isFeed) {
        doneForGood.add(o.id());
      }
    }
    WatchState.Feed next = remembered.withSeen(doneForGood);
    // Validators are kept only when everything was handled, so a retry re-reads the feed.
    state.put(key, retryLater ? next : next.withValidators(r.validators()));
    String what = isFeed ? articles.size() + " item(s)"
        : articles.size() == 1 ? "page" : articles.size() + " record(s)";
    String line = String.format(Locale.ROOT, "HTTP %d, %s: %d new, %d stored, %d failed%s%s",
        r.status(), what, fresh.size(), stored, failed,
        isFeed ? ", " + known + " seen before" : "", took(t0));
    return report(address, FeedReport.Outcome.READ, articles.size(), fresh.size(), stored, failed,
        storedIds, line, notes);
  }

  /** What became of one item's page. */
  private record Fetched(Article article, boolean transientFailure, String note) {}

  /** The item's article from its page, else from its own text, else why not. */
  private Fetched page(Article item) throws InterruptedException {
    URI url = address(item.url());
    String problem;
    boolean transientProblem = false;
    if (url == null) {
      problem = item.url() == null ? null : "item link is not an http(s) address";
    } else {
      Response r = fetcher.get(url, Validators.NONE);
      if (r.outcome() == Response.Outcome.OK) {
        Article page = firstArticle(ingestor.read(r.body(), r.uri().toString(),
            documentName(r.uri(), r.contentType(), "page")));
        if (page != null && page.format() == SourceFormat.HTML) {
          return new Fetched(merge(item, page, r.uri()), false, null);
        }
        problem = "page " + url + ": no article text in it";
      } else {
        problem = "page " + url + ": " + r.reason();
        transientProblem = r.outcome() == Response.Outcome.FAILED;
      }
    }
    if (!item.text().isBlank()) {
      return new Fetched(item, false, problem == null ? null : problem + "; used the feed's text");
    }
    return new Fetched(null, transientProblem, (problem == null ? "item " + item.id()
        + ": no text and no page" : problem) + (transientProblem ? "; will retry" : ""));
  }

  private static Article firstArticle(List<IngestResult> results) {
    for (IngestResult x : results) {
      if (x instanceof IngestResult.Ok ok) {
        return ok.article();
      }
    }
    return null;
  }

  /**
   * The page's article under the item's id: the page's metadata first, the item's where the
   * page states none; its outlet resolved again from the merged metadata.
   */
  private Article merge(Article item, Article page, URI fetched) {
    Article merged = new Article(item.id(), first(page.source(), item.source()),
        first(page.url(), first(item.url(), fetched.toString())),
        first(page.title(), item.title()), first(page.published(), item.published()),
        page.text(), page.format(), fetched.toString(), page.markup(), page.warnings());
    return outlets.resolve(merged);
  }

  /** A page listed directly: its id is its (canonical) address. */
  private Article asPage(Article page, URI fetched) {
    String url = first(page.url(), fetched.toString());
    Article a = new Article(url, page.source(), url, page.title(), page.published(), page.text(),
        page.format(), fetched.toString(), page.markup(), page.warnings());
    return outlets.resolve(a);
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static URI address(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(s.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * A file-like name for the Ingestor: the extension follows the Content-Type, which settles
   * what content alone leaves open (an HTML fragment, a feed with an unusual root).
   */
  static String documentName(URI uri, String contentType, String stem) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return stem + ".html";
    }
    if (type.contains("rss") || type.contains("atom") || type.contains("xml")) {
      return stem + ".xml";
    }
    if (type.contains("json")) {
      return stem + ".jsonl";
    }
    if (type.startsWith("text/plain")) {
      return stem + ".txt";
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && dot >= 0 ? stem + path.substring(dot) : stem;
  }

  private String took(Instant t0) {
    Duration d = Duration.between(t0, timing.now());
    return String.format(Locale.ROOT, " (%.1f s)", d.toMillis() / 1000.0);
  }

  private static FeedReport report(URI address, FeedReport.Outcome outcome, int items, int fresh,
      int stored, int failed, List<String> storedIds, String what, List<String> notes) {
    return new FeedReport(address.toString(), outcome, items, fresh, stored, failed, storedIds,
        address + ": " + what, notes);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
