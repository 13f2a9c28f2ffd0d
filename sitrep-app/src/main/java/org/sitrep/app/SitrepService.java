package org.sitrep.app;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.analysis.Sitrep;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.Exporter;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;
import org.sitrep.fusion.StoryFusion;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.quotes.Quote;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.MarkdownReport;
import org.sitrep.report.SituationReport;
import org.sitrep.report.StoryJson;
import org.sitrep.search.SearchIndex;
import org.sitrep.search.SearchQuery;
import org.sitrep.search.SearchResults;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventFilter;
import org.sitrep.store.QuoteFilter;
import org.sitrep.store.RegistryActor;
import org.sitrep.store.SaveResult;
import org.sitrep.store.Status;
import org.sitrep.store.StoreStats;
import org.sitrep.store.StoredItem;
import org.sitrep.store.StoryTables;
import org.sitrep.store.StoryViews;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryArticle;
import org.sitrep.stories.StoryClusterer;

/**
 * Sitrep's one application service: analyse → store → index, and every read of what is stored
 * (articles, search, actors, events, quotes, statistics, exports). The command line, the HTTP
 * server and a batch job all call it, so each behaves the same.
 *
 * <p>An instance owns an open {@link ArticleStore} and, once a search or an analysis needs it,
 * the {@link SearchIndex} beside it, which is brought in line with the store when it opens
 * ({@link SearchIndex#reconcile}). Close it to release both (the embedded database and the index
 * take file locks).
 *
 * <p>Thread-safe: reads run concurrently; analyses (runs and ingests) run one at a time, so two
 * requests never analyse the same content twice and memory stays bounded. A reader never sees half
 * an article: each article is saved in one transaction and indexed after the commit. Stories are
 * stored ({@link org.sitrep.store.StoryTables}): an analysis adds its new articles to them after
 * storing them, and a read of stories first adds any stored article still in no story, unless
 * stories are being updated at that moment (then it reads what is stored, without waiting).
 *
 * <p>Failures: opening throws {@link IllegalArgumentException} for a database URL no driver
 * accepts and {@link org.sitrep.store.StoreException} for a database that cannot be opened;
 * queries throw {@link IllegalArgumentException} for bad criteria (its message says which).
 */
public final class SitrepService implements AutoCloseable {
  private final DataLocation location;
  private final ArticleStore store;
  private final Supplier<Sitrep> analyzer;
  private final Object analysing = new Object();
  /** Held while articles are added to stories; reads never wait for it. */
  private final java.util.concurrent.locks.ReentrantLock storiesLock =
      new java.util.concurrent.locks.ReentrantLock();
  private SearchIndex index;
  private int reconciled;

  private SitrepService(DataLocation location, ArticleStore store, Supplier<Sitrep> analyzer) {
    this.location = location;
    this.store = store;
    this.analyzer = analyzer;
  }

  /**
   * Opens the store at {@code location}, creating the embedded database (and its directory) when
   * needed. {@code analyzer} gives the analysis that {@link #ingest} uses; it is asked once, on
   * the first ingest, so a read-only service never loads the language models.
   *
   * @throws IllegalArgumentException when the database URL is not a JDBC URL a driver accepts
   * @throws org.sitrep.store.StoreException when the database cannot be opened or migrated
   */
  public static SitrepService open(DataLocation location, Supplier<Sitrep> analyzer) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(analyzer, "analyzer");
    ArticleStore store = location.url() == null ? ArticleStore.openEmbedded(location.dir())
        : ArticleStore.open(location.url(), location.user(), location.password());
    return new SitrepService(location, store, Suppliers.memoize(analyzer::get));
  }

  /** {@link #open(DataLocation, Supplier)} with the standard analysis, events included. */
  public static SitrepService open(DataLocation location) {
    return open(location, () -> analyzer(null, true));
  }

  /**
   * The standard analysis, with or without events, with a user's actor dictionary on top of the
   * built-in one when {@code actorOverlay} is not null. CoreNLP loads once per process.
   *
   * @throws IllegalArgumentException or {@link UncheckedIOException} when the actor dictionary
   *     cannot be read or parsed
   */
  public static Sitrep analyzer(Path actorOverlay, boolean events) {
    return actorOverlay != null
        ? Sitrep.withActorOverlay(NlpSettings.sitrep(), actorOverlay, events)
        : events ? Sitrep.withEvents(NlpSettings.sitrep()) : Sitrep.create(NlpSettings.sitrep());
  }

  /** Where this service's data lives. */
  public DataLocation location() {
    return location;
  }

  // ---------------------------------------------------------------- analyse → store → index

  /**
   * Analyses, stores and indexes {@code articles} with {@code sitrep} on {@code threads} threads.
   * Articles stored with the same content and analysis version are skipped before analysis; one
   * article's failure is reported in its outcome and the run goes on. The index is committed at
   * the end.
   */
  public AnalyzeReport analyze(List<Article> articles, Sitrep sitrep, int threads,
      RunListener listener) {
    Objects.requireNonNull(sitrep, "sitrep");
    synchronized (analysing) {
      SearchIndex idx = index(listener);
      StoreSink sink = new StoreSink(store, idx, sitrep.analysisVersion(),
          new EnumMap<>(Status.class));
      List<Batch.Outcome> outcomes = Batch.of(sitrep, threads).run(articles, sink, listener);
      idx.commit();
      // The run's new articles join their stories now, in story order rather than input order,
      // so that the same corpus gives the same stories however its files were listed.
      int added = updateStories(listener, sink.saves().getOrDefault(Status.NEW, 0));
      if (added > 0) {
        listener.message("stories: " + added + " article(s) added to their stories");
      }
      return new AnalyzeReport(outcomes, sink.saves(), sitrep.analysisVersion());
    }
  }

  /**
   * Analyses {@code articles} without storing them, handing each result to {@code sink} in input
   * order ({@code sitrep analyze --no-store}).
   */
  public static AnalyzeReport analyzeWithoutStore(List<Article> articles, Sitrep sitrep,
      int threads, Consumer<AnalyzedArticle> sink, RunListener listener) {
    List<Batch.Outcome> outcomes = Batch.of(sitrep, threads).run(articles, a -> {
      sink.accept(a);
      return "printed";
    }, listener);
    return new AnalyzeReport(outcomes, Map.of(), sitrep.analysisVersion());
  }

  /**
   * Reads one upload (JSON Lines, or one JSON object: {@code {id, title, text, published, source,
   * url}}, every field but {@code text} optional) and analyses, stores and indexes its articles
   * with this service's analysis. A record without an id gets one derived from the upload's
   * digest and its line number, so the same upload gives the same ids. The upload is read by the
   * same reader as files ({@link org.sitrep.ingest.Ingestor}): its limits and its one-line
   * reasons for a broken line apply.
   *
   * @throws IllegalArgumentException when {@code body} is empty
   */
  public IngestReport ingest(byte[] body) {
    checkArgument(body != null && body.length > 0, "the request body is empty: send one JSON"
        + " object or JSON Lines");
    String stem = "post-" + Hashing.sha256().hashBytes(body).toString().substring(0, 12);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sitrep-ingest");
      Path file = dir.resolve(stem + ".jsonl");
      Files.write(file, body);
      Inputs inputs = Inputs.read(List.of(file), f -> {});
      // Failures name the temporary file; the client knows its upload by line number.
      List<String> failures = inputs.failures().stream()
          .map(f -> f.startsWith(file.toString()) ? "upload" + f.substring(file.toString().length())
              : f).toList();
      if (inputs.articles().isEmpty()) {
        return new IngestReport(new AnalyzeReport(List.of(), Map.of(), ""), failures);
      }
      AnalyzeReport report = analyze(inputs.articles(), analyzer.get(),
          Math.max(1, Runtime.getRuntime().availableProcessors()), RunListener.SILENT);
      return new IngestReport(report, failures);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot buffer the upload: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A leftover file in the temporary directory is harmless; the ingest itself succeeded.
    }
  }

  // ---------------------------------------------------------------- reads

  /**
   * Runs a search. The index opens (and catches up with the store) on first use.
   *
   * @throws IllegalArgumentException when the free text is not valid query syntax
   */
  public SearchResults search(SearchQuery query) {
    return index(RunListener.SILENT).search(query);
  }

  /** How many index documents the first search or analysis had to add, replace or delete. */
  public synchronized int reconciled() {
    return reconciled;
  }

  /** The latest version of an article, or empty. */
  public Optional<AnalyzedArticle> article(String id) {
    return store.load(id);
  }

  /** One version of an article, or empty. */
  public Optional<AnalyzedArticle> article(String id, int version) {
    return store.load(id, version);
  }

  /** An article's stored version numbers, ascending; empty when it is not stored. */
  public List<Integer> versions(String id) {
    return store.versions(id);
  }

  /** A page of stored articles by id; see {@link ArticleStore#articles}. */
  public List<ArticleSummary> articles(String afterId, int limit) {
    return store.articles(afterId, limit);
  }

  /** Counts over the store. */
  public StoreStats stats() {
    return store.stats();
  }

  /** The actor registry, most articles first; see {@link ArticleStore#registry}. */
  public List<RegistryActor> actors(int limit) {
    return store.registry(limit);
  }

  /** The registry actor known under a name or alias, or empty. */
  public Optional<RegistryActor> actor(String nameOrAlias) {
    return store.actor(nameOrAlias);
  }

  /** Rebuilds the actor registry from the stored analyses; returns the articles resolved. */
  public int rebuildRegistry() {
    synchronized (analysing) {
      return store.rebuildRegistry();
    }
  }

  /** A page of events; see {@link ArticleStore#events}. */
  public List<StoredItem<EventOut>> events(EventFilter filter, StoredItem.Key after, int limit) {
    return store.events(filter, after, limit);
  }

  /** A page of quotes; see {@link ArticleStore#quotes}. */
  public List<StoredItem<Quote>> quotes(QuoteFilter filter, StoredItem.Key after, int limit) {
    return store.quotes(filter, after, limit);
  }

  /**
   * Writes every stored article's latest version to {@code out} in {@code format}, one article at
   * a time (flat memory for any store size). Does not close {@code out}.
   *
   * @param places with GeoJSON, also one feature per resolved place
   * @throws IOException when {@code out} fails
   */
  public void export(ExportFormat format, boolean places, Writer out) throws IOException {
    Exporter.Sink sink = format.exporter(places).open(out);
    try {
      store.forEachLatest(a -> {
        try {
          sink.write(a);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    sink.finish();
  }

  /**
   * Writes the latest version of the articles a search selects to {@code out} in {@code format},
   * in the search's order (best first; newest first without free text), one article at a time;
   * at most {@link SearchQuery#limit()} articles. Does not close {@code out}.
   *
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the free text is not valid query syntax
   */
  public void export(ExportFormat format, boolean places, Writer out, SearchQuery selection)
      throws IOException {
    Objects.requireNonNull(selection, "selection");
    Exporter.Sink sink = format.exporter(places).open(out);
    for (var hit : search(selection).hits()) {
      Optional<AnalyzedArticle> a = store.load(hit.id());
      if (a.isPresent()) {
        sink.write(a.get());
      }
    }
    sink.finish();
  }

  /**
   * The stored stories, in creation order (a story merged into another is listed inside it; see
   * {@link org.sitrep.store.StoryTables}). Stories are stored and grow as articles arrive
   * ({@link #analyze} adds each new article to its story); before reading, any stored article
   * that is in no story yet is added ({@link #updateStories}), so a store analysed before stories
   * were stored gets them built once, on first use.
   */
  public ImmutableList<Story> stories() {
    return stories(RunListener.SILENT);
  }

  /** {@link #stories()}, telling {@code listener} when stories had to be built or caught up. */
  public ImmutableList<Story> stories(RunListener listener) {
    catchUpUnlessBusy(listener);
    return store.stories().stories();
  }

  /**
   * The story with this id, or empty; the id of a story merged into another leads to that one.
   * Catches up first, as {@link #stories()} does.
   */
  public Optional<Story> story(String id) {
    return story(id, RunListener.SILENT);
  }

  /** {@link #story(String)}, telling {@code listener} when stories had to be built. */
  public Optional<Story> story(String id, RunListener listener) {
    catchUpUnlessBusy(listener);
    return store.stories().story(id);
  }

  /**
   * Adds every stored article that is in no story yet to its story, oldest first ({@link
   * StoryClusterer#ORDER}: publication date, undated last, then id), one transaction per
   * article. After {@link #analyze} that is the run's new articles; for a store analysed before
   * stories were stored, every article (the listener hears that stories are being built once);
   * after a killed run, the articles it stored but did not reach. Because a run's articles are
   * added in that order, analysing a corpus into an empty store gives the same stories as
   * building them from the stored corpus. An article re-analysed or stored in a new version keeps
   * its story.
   *
   * @return the articles added
   */
  public int updateStories(RunListener listener) {
    return updateStories(listener, 0);
  }

  /**
   * Catches stories up before a read, unless stories are being updated right now (an analysis
   * adding its articles): then the read returns what is stored without waiting, and the analysis
   * adds the rest.
   */
  private void catchUpUnlessBusy(RunListener listener) {
    if (storiesLock.tryLock()) {
      try {
        updateStories(listener, 0);
      } finally {
        storiesLock.unlock();
      }
    }
  }

  /** {@link #updateStories(RunListener)} after a run that stored {@code expected} new articles. */
  private int updateStories(RunListener listener, int expected) {
    storiesLock.lock();
    try {
      StoryTables tables = store.stories();
      if (!tables.anyUnassigned()) {
        return 0; // the usual case before a read: two counts, not a scan of every article
      }
      List<StoryTables.Unassigned> todo = new ArrayList<>(tables.unassigned());
      if (todo.isEmpty()) {
        return 0;
      }
      boolean never = tables.articlesAdded() == 0;
      if (never && todo.size() > expected) {
        listener.message("stories: building the stories of " + todo.size() + " stored article(s)"
            + " once (the store was analysed before stories were stored)");
      } else if (todo.size() > expected) {
        listener.message("stories: adding " + todo.size() + " stored article(s) that are in no"
            + " story yet");
      }
      todo.sort(Comparator.comparing(StoryTables.Unassigned::published,
          Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoryTables.Unassigned::id));
      StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.sitrep(), tables);
      int added = 0;
      for (StoryTables.Unassigned u : todo) {
        Optional<AnalyzedArticle> a = store.load(u.id());
        if (a.isPresent() && clusterer.addNew(StoryArticle.from(a.get())).isPresent()) {
          added++;
        }
      }
      return added;
    } finally {
      storiesLock.unlock();
    }
  }

  /**
   * What a stored story page is: its form and the code that computed it. The fusion and report
   * code is not part of the analysis version, so the page records the build it came from (the
   * jar's size and time, or the class folder's); a new build computes every page again.
   */
  static final String PAGE_KIND = "page " + Sitrep.RELEASE + " " + build();

  private final Object pages = new Object();

  /**
   * A story's page: its members, fused events with their reports, contradictions, timeline and
   * framing ({@link StoryJson#of}), as {@code encoder} writes it. Read from the store when it was
   * computed from the story and articles as they are now ({@link
   * org.sitrep.store.StoryViews#fingerprint}), else computed (every article of the story read and
   * its events fused) and stored for the next read.
   *
   * @param encoder writes the page document as text; always the same for one kind of page
   */
  public String storyPage(Story story, Function<Object, String> encoder) {
    StoryViews.Stamp stamp = store.storyViews().current(story.id()).orElseThrow(() ->
        new IllegalArgumentException("no story '" + story.id() + "' is stored"));
    return storyPage(stamp, null, encoder);
  }

  /**
   * {@link #storyPage(Story, Function)} for the story of {@code stamp}: {@code story} when the
   * caller read it after the stamp (a story read before it may be older than its fingerprint),
   * else null, and the story is read when its page must be computed.
   */
  private String storyPage(StoryViews.Stamp stamp, Story story,
      Function<Object, String> encoder) {
    String fingerprint = stamp.fingerprint();
    Optional<String> stored = store.storyViews().get(stamp.storyId(), PAGE_KIND, fingerprint);
    if (stored.isPresent()) {
      return stored.get();
    }
    // one page computed at a time: a story of a thousand articles holds them all in memory
    synchronized (pages) {
      stored = store.storyViews().get(stamp.storyId(), PAGE_KIND, fingerprint);
      if (stored.isPresent()) {
        return stored.get();
      }
      return computePage(story != null ? story : readStory(stamp), fingerprint, encoder);
    }
  }

  /** The story of a stamp, read after it; it cannot vanish (stories are never deleted). */
  private Story readStory(StoryViews.Stamp stamp) {
    return store.stories().story(stamp.storyId()).orElseThrow(() ->
        new IllegalStateException("story " + stamp.storyId() + " vanished while it was read"));
  }

  /** Computes a story's page and its parts and stores them; the caller holds {@code pages}. */
  private String computePage(Story story, String fingerprint, Function<Object, String> encoder) {
    List<AnalyzedArticle> articles = articles(story);
    Map<String, Object> page = page(story, articles, StoryFusion.standard().fuse(story, articles));
    String body = encoder.apply(page);
    store.storyViews().put(story.id(), PAGE_KIND, fingerprint, body,
        StoryPageParts.split(page, encoder));
    return body;
  }

  /** Members a page of {@link #storyMembers} holds. */
  public static final int STORY_MEMBERS_PER_PAGE = StoryPageParts.MEMBERS_PER_PAGE;
  /** Reports a page of {@link #storyReports} holds. */
  public static final int STORY_REPORTS_PER_PAGE = StoryPageParts.REPORTS_PER_PAGE;

  /** The forms of a situation report ({@link #storyReport}). */
  public enum ReportFormat { MD, HTML }

  /**
   * A situation report on a story ({@link SituationReport}) as Markdown or as one self-contained
   * HTML page: stored with the story as its page is ({@link #storyPage}), under the same
   * fingerprint, so it is computed again only when the story or one of its articles changed.
   */
  public String storyReport(Story story, ReportFormat format) {
    Objects.requireNonNull(format, "format");
    StoryViews views = store.storyViews();
    String kind = "report " + format.name().toLowerCase(Locale.ROOT) + PAGE_KIND.substring(4);
    StoryViews.Stamp stamp = views.current(story.id()).orElseThrow(() ->
        new IllegalArgumentException("no story '" + story.id() + "' is stored"));
    String fingerprint = stamp.fingerprint();
    Optional<String> stored = views.get(stamp.storyId(), kind, fingerprint);
    if (stored.isPresent()) {
      return stored.get();
    }
    synchronized (pages) {
      stored = views.get(stamp.storyId(), kind, fingerprint);
      if (stored.isPresent()) {
        return stored.get();
      }
      // read after the stamp: never older than the fingerprint it is stored under
      Story current = readStory(stamp);
      List<AnalyzedArticle> articles = articles(current);
      SituationReport report = SituationReport.of(current, articles,
          StoryFusion.standard().fuse(current, articles));
      String text = format == ReportFormat.HTML ? new HtmlReport().render(report)
          : new MarkdownReport().render(report);
      views.put(stamp.storyId(), kind, fingerprint, text);
      return text;
    }
  }

  /**
   * Where a story id leads (itself, or the story it was merged into) with the fingerprint of what
   * its page is computed from ({@link StoryViews#current}), or empty when no story has that id.
   * Catches stories up first, as {@link #stories()} does. A few indexed reads: the story itself
   * is not read, so a request for a stored page costs the same for any story size.
   */
  public Optional<StoryViews.Stamp> storyStamp(String id) {
    catchUpUnlessBusy(RunListener.SILENT);
    return store.storyViews().current(id);
  }

  /**
   * The head of a story's page: the page of {@link #storyPage} with its long lists cut to their
   * first page, members ({@value StoryPageParts#MEMBERS_PER_PAGE} a page) and each fused event's
   * reports ({@value StoryPageParts#REPORTS_PER_PAGE} a page), each followed by its total and
   * number of pages ({@code members_total}, {@code members_pages}; {@code reports_total}, {@code
   * reports_pages}). Stored with the story as the page is, with its ETag.
   *
   * @param stamp the story's, as {@link #storyStamp} gave it
   * @param has whether the caller already has the part with this ETag: then its body is not
   *     read, and the part returned has none
   */
  public StoryViews.Part storyHead(StoryViews.Stamp stamp, Predicate<String> has,
      Function<Object, String> encoder) {
    return storyPart(stamp, StoryPageParts.HEAD, has, encoder).orElseThrow(
        () -> new IllegalStateException("story " + stamp.storyId() + " has no stored head"));
  }

  /**
   * Page {@code page} (from 1) of a story's members: {@code {story, page, pages, total, items,
   * next_page}}, items as the page's {@code members}; empty when the story has fewer pages.
   * See {@link #storyHead} for {@code stamp} and {@code has}.
   */
  public Optional<StoryViews.Part> storyMembers(StoryViews.Stamp stamp, int page,
      Predicate<String> has, Function<Object, String> encoder) {
    checkArgument(page >= 1, "pages count from 1, got %s", page);
    return storyPart(stamp, StoryPageParts.members(page), has, encoder);
  }

  /**
   * Page {@code page} (from 1) of the reports of one fused event of a story: {@code {story,
   * event, page, pages, total, items, next_page}}; empty when the story has no fused event of
   * that id or the event fewer pages. See {@link #storyHead} for {@code stamp} and {@code has}.
   */
  public Optional<StoryViews.Part> storyReports(StoryViews.Stamp stamp, String eventId, int page,
      Predicate<String> has, Function<Object, String> encoder) {
    checkArgument(page >= 1, "pages count from 1, got %s", page);
    return storyPart(stamp, StoryPageParts.reports(eventId, page), has, encoder);
  }

  /**
   * A stored part of a story's page ({@link StoryPageParts}), computing the page first when it
   * is missing or stale. A page stored before its parts were (schema 8) has no head: it is
   * computed again. The story is read only to compute its page, and after its stamp, so a page
   * is never stored under a fingerprint newer than what it was computed from.
   */
  private Optional<StoryViews.Part> storyPart(StoryViews.Stamp stamp, String part,
      Predicate<String> has, Function<Object, String> encoder) {
    StoryViews views = store.storyViews();
    String id = stamp.storyId();
    String fingerprint = stamp.fingerprint();
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<StoryViews.Part> found = views.part(id, PAGE_KIND, part, fingerprint, has);
      if (found.isPresent()) {
        return found;
      }
      if (!part.equals(StoryPageParts.HEAD)
          && views.part(id, PAGE_KIND, StoryPageParts.HEAD, fingerprint, e -> true)
              .isPresent()) {
        return Optional.empty(); // the page is current and has no such part
      }
      synchronized (pages) {
        if (views.part(id, PAGE_KIND, StoryPageParts.HEAD, fingerprint, e -> true).isEmpty()) {
          Optional<Story> story = store.stories().story(id);
          if (story.isPresent()) {
            computePage(story.get(), fingerprint, encoder);
          }
        }
      }
      // read again: the story may have changed meanwhile (then the page just stored is stale),
      // or been merged into another, whose page then answers
      StoryViews.Stamp now = views.current(id).orElseThrow(() ->
          new IllegalStateException("story " + stamp.storyId() + " vanished while it was read"));
      id = now.storyId();
      fingerprint = now.fingerprint();
    }
    throw new IllegalStateException("the page of story " + id + " kept changing while"
        + " it was read");
  }

  /**
   * Computes and stores the page of every story whose stored page is missing or stale (see
   * {@link #storyPage}), so that the first read of each is quick too; the server calls it when
   * it starts. Catches stories up first.
   *
   * @return the pages computed
   */
  public int refreshStoryPages(Function<Object, String> encoder, RunListener listener) {
    catchUpUnlessBusy(listener);
    // stamps first, stories after: a story is then never older than the fingerprint its page is
    // stored under (one read of the stories table, not one per story)
    Map<String, String> current = store.storyViews().currentFingerprints();
    // the head's fingerprint: a page stored before its parts were (schema 8) has none
    Map<String, String> stored = store.storyViews().partFingerprints(PAGE_KIND,
        StoryPageParts.HEAD);
    List<String> stale = current.entrySet().stream()
        .filter(e -> !e.getValue().equals(stored.get(e.getKey()))).map(Map.Entry::getKey)
        .toList();
    if (stale.isEmpty()) {
      return 0;
    }
    listener.message("stories: computing the pages of " + stale.size() + " stor"
        + (stale.size() == 1 ? "y" : "ies") + " that changed");
    Map<String, Story> stories = new java.util.HashMap<>();
    for (Story s : store.stories().stories()) {
      stories.put(s.id(), s);
    }
    int computed = 0;
    for (String id : stale) {
      Story s = stories.get(id);
      if (s != null) {
        storyPage(new StoryViews.Stamp(id, current.get(id)), s, encoder);
        computed++;
      }
    }
    return computed;
  }

  /**
   * A story's page: {@link StoryJson#of} plus {@code fused_event_places}, where each fused event
   * happened for the story map: {event, code, name, precision, latitude, longitude,
   * corroboration, reports} for every fused event whose place (the most precise its reports
   * give) has coordinates.
   */
  static Map<String, Object> page(Story story, List<AnalyzedArticle> articles, FusedStory fused) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(StoryJson.of(story, articles, fused));
    List<Map<String, Object>> places = new ArrayList<>();
    for (FusedEvent e : fused.events()) {
      PlaceOut p = e.place();
      if (p != null && p.latitude() != null && p.longitude() != null) {
        Map<String, Object> o = new java.util.LinkedHashMap<>();
        o.put("event", e.id());
        o.put("code", e.code());
        o.put("name", p.resolvedName() != null ? p.resolvedName() : p.name());
        o.put("precision", p.precision());
        o.put("latitude", p.latitude());
        o.put("longitude", p.longitude());
        o.put("corroboration", e.corroboration());
        o.put("reports", e.reports().size());
        places.add(o);
      }
    }
    m.put("fused_event_places", places);
    return m;
  }

  private static String build() {
    try {
      java.io.File code = new java.io.File(StoryFusion.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      return Hashing.sha256().hashString(code.getName() + "|" + code.length() + "|"
          + code.lastModified(), java.nio.charset.StandardCharsets.UTF_8).toString()
          .substring(0, 12);
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // no file to tell builds apart: pages then last until the release changes
      return "unknown";
    }
  }

  /**
   * The latest stored version of each of a story's articles, in the story's order; an article
   * deleted since the story was clustered is left out.
   */
  public ImmutableList<AnalyzedArticle> articles(Story story) {
    ImmutableList.Builder<AnalyzedArticle> out = ImmutableList.builder();
    for (String id : story.articleIds()) {
      store.load(id).ifPresent(out::add);
    }
    return out.build();
  }

  /** The index, opened and reconciled with the store on first use. */
  private synchronized SearchIndex index(RunListener listener) {
    if (index == null) {
      SearchIndex opened = SearchIndex.open(location.indexDir());
      try {
        reconciled = opened.reconcile(store);
      } catch (RuntimeException e) {
        opened.close();
        throw e;
      }
      index = opened;
      if (reconciled > 0) {
        listener.message("index caught up with the store (" + reconciled + " article(s))");
      }
    }
    return index;
  }

  /** Closes the index (committing it) and the store. */
  @Override
  public synchronized void close() {
    try {
      if (index != null) {
        index.close();
        index = null;
      }
    } finally {
      store.close();
    }
  }

  /**
   * Stores and indexes each analysed article; skips articles already stored with the same content
   * and analysis version. Counts what each save did ({@code saves} is only touched from {@link
   * #accept}, which the batch calls from one thread).
   */
  private record StoreSink(ArticleStore store, SearchIndex index, String analysisVersion,
      Map<Status, Integer> saves) implements Batch.Sink {
    @Override
    public boolean wants(Article a) {
      return store.status(a.id(), a.contentHash(), analysisVersion) != Status.UNCHANGED;
    }

    @Override
    public String accept(AnalyzedArticle a) {
      SaveResult r = store.save(a);
      saves.merge(r.outcome(), 1, Integer::sum);
      if (r.outcome() != Status.UNCHANGED) {
        index.index(a.withVersion(r.version()));
      }
      return r.outcome().name().toLowerCase(Locale.ROOT) + " v" + r.version();
    }
  }
}
