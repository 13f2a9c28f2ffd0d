package org.sitrep.api;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.analysis.AnalysisVersion;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Sitrep;
import org.sitrep.app.IngestReport;
import org.sitrep.app.SitrepService;
import org.sitrep.export.ExportFormat;
import org.sitrep.report.HtmlReport;
import org.sitrep.report.StoryJson;
import org.sitrep.search.SearchHit;
import org.sitrep.search.SearchQuery;
import org.sitrep.search.SearchResults;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.EventFilter;
import org.sitrep.store.QuoteFilter;
import org.sitrep.store.RegistryActor;
import org.sitrep.store.Status;
import org.sitrep.store.StoredItem;
import org.sitrep.store.StoryViews;
import org.sitrep.stories.Story;

/**
 * The API's endpoints over one {@link SitrepService}: the route table the server registers and
 * {@link OpenApi} documents. Handlers only read parameters, call the service and shape JSON.
 */
final class Endpoints {
  private final SitrepService app;
  private final Json json;

  /** Writes a JSON value with an ETag (see {@link ApiServer}). */
  interface Json {
    void send(Context ctx, Object value);
  }

  Endpoints(SitrepService app, Json json) {
    this.app = app;
    this.json = json;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(Route.get("/api/articles", "listArticles", "articles",
        "Stored articles (latest versions), by id: id, version, title, source, published",
        List.of(Params.LIMIT, Params.CURSOR), this::articles));
    r.add(Route.get("/api/articles/{id}", "getArticle", "articles",
        "One article with every annotation layer (output schema 2): structure, entities, times,"
            + " numbers, actors, affiliations, places, quotes, claims, events",
        List.of(Param.path("id", "The article id"), Param.query("version", Param.Type.INTEGER,
            "A stored version (default: the latest)")), this::article));
    r.add(new Route(HandlerType.POST, "/api/articles", "ingestArticles", "articles",
        "Analyse, store and index one article (a JSON object) or a batch (JSON Lines): {id, title,"
            + " text, published, source, url}, every field but text optional. Needs the token.",
        List.of(), true, "One JSON object, or JSON Lines with one object per line", "application/json",
        this::ingest));
    r.add(Route.get("/api/search", "search", "search",
        "Full-text search (Lucene syntax) with filters; snippets mark matches with « »",
        List.of(Param.query("q", Param.Type.STRING, "Free text, Lucene syntax"),
            Param.query("entity", Param.Type.STRING, "Only articles mentioning this entity"),
            Params.FROM, Params.TO, Params.SOURCE, Params.LIMIT, Params.CURSOR), this::search));
    r.add(Route.get("/api/actors", "listActors", "actors",
        "The canonical actor registry, most articles first: kind, country, CAMEO code, aliases",
        List.of(Params.LIMIT, Params.CURSOR), this::actors));
    r.add(Route.get("/api/actors/{name}", "getActor", "actors",
        "One registry actor by name or alias (case, accents and \"al-\" ignored)",
        List.of(Param.path("name", "A name or alias")), this::actor));
    r.add(Route.get("/api/events", "listEvents", "events",
        "Events of the stored articles, by article and order, each with its article's id, title,"
            + " outlet and date",
        List.of(Param.query("actor", Param.Type.STRING, "Source or target: a registry actor's"
                + " name or alias, or a CAMEO actor code"),
            Param.query("root", Param.Type.STRING, "CAMEO root code, two digits (19 = fight)"),
            Param.query("plover", Param.Type.STRING, "PLOVER event type (ASSAULT, PROTEST, …)"),
            Param.query("modality", Param.Type.STRING, "asserted, negated, hypothetical, …"),
            Params.FROM, Params.TO, Params.SOURCE, Params.LIMIT, Params.CURSOR), this::events));
    r.add(Route.get("/api/quotes", "listQuotes", "quotes",
        "Quotes and reported speech of the stored articles, with their speakers",
        List.of(Param.query("speaker", Param.Type.STRING, "The speaker as named, or a registry"
                + " actor's name or alias"),
            Params.FROM, Params.TO, Params.SOURCE, Params.LIMIT, Params.CURSOR), this::quotes));
    r.add(new Route(HandlerType.GET, "/api/export", "export", "export",
        "Every stored article, or those a search selects (up to 1000, with any of q, entity,"
            + " from, to, source), as JSON Lines, ACLED CSV, CAMEO TSV or GeoJSON, streamed",
        List.of(Param.query("format", Param.Type.STRING, "jsonl (default), acled-csv, cameo-tsv"
                + " or geojson"),
            Param.query("places", Param.Type.STRING, "true: with geojson, also one feature per"
                + " resolved place"),
            Param.query("q", Param.Type.STRING, "Free text, Lucene syntax"),
            Param.query("entity", Param.Type.STRING, "Only articles mentioning this entity"),
            Params.FROM, Params.TO, Params.SOURCE), false, null, "text/plain", this::export));
    r.add(Route.get("/api/stories", "listStories", "stories",
        "Stories of the stored corpus (stored, grown as articles are stored), in creation order:"
            + " id, title, articles, first, last, outlets",
        List.of(Params.LIMIT, Params.CURSOR), this::stories));
    r.add(Route.get("/api/stories/{id}", "getStory", "stories",
        "One story: its articles and why each joined, fused events with corroboration by"
            + " independent sources, contradictions with their sources, a timeline with per-day"
            + " counts, framing per outlet, and where each fused event happened"
            + " (fused_event_places); stored with the story and computed again only when the story"
            + " or an article of it changed",
        List.of(STORY_ID), this::story));
    r.add(Route.get("/api/stories/{id}/members", "getStoryMembers", "stories",
        "One page of a story's articles and why each joined, as the story's members, "
            + MEMBERS_PER_PAGE + " a page: {story, page, pages, total, items, next_page};"
            + " stored with the story, with its ETag",
        List.of(STORY_ID, PAGE), this::storyMembers));
    r.add(Route.get("/api/stories/{id}/events/{event}/reports", "getFusedEventReports", "stories",
        "One page of the reports of one fused event of a story, " + REPORTS_PER_PAGE + " a page:"
            + " {story, event, page, pages, total, items, next_page}; stored with the story, with"
            + " its ETag",
        List.of(STORY_ID, Param.path("event", "A fused event id, as the story lists them"), PAGE),
        this::storyReports));
    r.add(new Route(HandlerType.GET, "/api/stories/{id}/report", "getStoryReport", "stories",
        "A situation report on one story: one self-contained HTML page (no script, nothing"
            + " loaded from elsewhere, article text escaped) or Markdown",
        List.of(STORY_ID, Param.query("format", Param.Type.STRING, "html (default) or md")),
        false, null, "text/html", this::storyReport));
    r.add(Route.get("/api/stats", "stats", "store",
        "Counts of stored articles and annotations, and the most-mentioned entities", List.of(),
        ctx -> json.send(ctx, app.stats())));
    r.add(Route.get("/api/version", "version", "store",
        "The release and the analysis version", List.of(),
        ctx -> json.send(ctx, Map.of("release", Sitrep.RELEASE,
            "analysis_version", AnalysisVersion.current()))));
    r.addAll(new WebRoutes(app, json).routes());
    return ImmutableList.copyOf(r);
  }

  private static final Param STORY_ID = Param.path("id", "A story id, as /api/stories lists it");

  private void stories(Context ctx) {
    int limit = Params.limit(ctx);
    int offset = Cursor.offset("stories", Params.string(ctx, "cursor"));
    List<Story> all = app.stories();
    List<Story> rest = all.subList(Math.min(offset, all.size()), all.size());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", rest.subList(0, Math.min(limit, rest.size())).stream()
        .map(StoryJson::summary).toList());
    body.put("next_cursor", rest.size() > limit ? Cursor.ofOffset("stories", offset + limit)
        : null);
    json.send(ctx, body);
  }

  private static final int MEMBERS_PER_PAGE = SitrepService.STORY_MEMBERS_PER_PAGE;
  private static final int REPORTS_PER_PAGE = SitrepService.STORY_REPORTS_PER_PAGE;

  private static final Param PAGE = Param.query("page", Param.Type.INTEGER,
      "The page, from 1 (default 1); the story gives the number of pages");

  private void story(Context ctx) {
    // the head of the page stored with the story, computed again only when the story changed
    // (SitrepService.storyHead); a client that has it gets a 304 without the body being read
    ApiServer.sendStored(ctx, app.storyHead(stampOf(ctx), ApiServer.clientHas(ctx),
        ApiServer.PAGE_ENCODER));
  }

  private void storyMembers(Context ctx) {
    StoryViews.Stamp story = stampOf(ctx);
    int page = page(ctx);
    ApiServer.sendStored(ctx, app.storyMembers(story, page, ApiServer.clientHas(ctx),
        ApiServer.PAGE_ENCODER).orElseThrow(() -> ApiException.notFound("story '"
            + story.storyId() + "' has no page " + page + " of members; members_pages in"
            + " /api/stories/" + story.storyId() + " says how many it has")));
  }

  private void storyReports(Context ctx) {
    StoryViews.Stamp story = stampOf(ctx);
    String event = ctx.pathParam("event");
    int page = page(ctx);
    ApiServer.sendStored(ctx, app.storyReports(story, event, page, ApiServer.clientHas(ctx),
        ApiServer.PAGE_ENCODER).orElseThrow(() -> page > 1 && app.storyReports(story, event, 1,
            e -> true, ApiServer.PAGE_ENCODER).isPresent()
            ? ApiException.notFound("fused event '" + event + "' of story '" + story.storyId()
                + "' has no page " + page + " of reports; its reports_pages says how many")
            : ApiException.notFound("story '" + story.storyId() + "' has no fused event '"
                + event + "'; /api/stories/" + story.storyId() + " lists them")));
  }

  /**
   * The story a path's id leads to, as its stamp: a few indexed reads, the story itself unread
   * (its stored page's parts are read by the stamp's fingerprint).
   */
  private StoryViews.Stamp stampOf(Context ctx) {
    String id = ctx.pathParam("id");
    return app.storyStamp(id).orElseThrow(() ->
        ApiException.notFound("no story '" + id + "'; /api/stories lists them"));
  }

  private static int page(Context ctx) {
    Integer page = Params.integer(ctx, "page", 1, 1_000_000);
    return page == null ? 1 : page;
  }

  private void storyReport(Context ctx) {
    String format = Params.string(ctx, "format");
    if (format != null && !format.equals("html") && !format.equals("md")) {
      throw ApiException.badRequest("format must be html or md, got '" + format + "'");
    }
    Story story = storyOf(ctx);
    // stored with the story as its page is, computed again only when the story changed
    if ("md".equals(format)) {
      ctx.contentType("text/markdown; charset=utf-8");
      ctx.result(app.storyReport(story, SitrepService.ReportFormat.MD));
    } else {
      // The report's own policy: its inline style applies, nothing loads, nothing runs.
      ctx.header("Content-Security-Policy", HtmlReport.CONTENT_SECURITY_POLICY);
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(app.storyReport(story, SitrepService.ReportFormat.HTML));
    }
  }

  private Story storyOf(Context ctx) {
    String id = ctx.pathParam("id");
    return app.story(id).orElseThrow(() ->
        ApiException.notFound("no story '" + id + "'; /api/stories lists them"));
  }

  private void articles(Context ctx) {
    int limit = Params.limit(ctx);
    String after = Cursor.id("articles", Params.string(ctx, "cursor"));
    List<ArticleSummary> page = app.articles(after, limit + 1);
    json.send(ctx, page(page, limit, a -> Cursor.ofId("articles", a.id())));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Integer version = Params.integer(ctx, "version", 1, Integer.MAX_VALUE);
    AnalyzedArticle a = (version == null ? app.article(id) : app.article(id, version))
        .orElseThrow(() -> ApiException.notFound("no stored article '" + id + "'"
            + (version == null ? "" : " at version " + version)));
    json.send(ctx, a);
  }

  private void search(Context ctx) {
    int limit = Params.limit(ctx);
    int offset = Cursor.offset("search", Params.string(ctx, "cursor"));
    if (offset + limit + 1 > SearchQuery.MAX_LIMIT) {
      throw ApiException.badRequest("search pages reach " + SearchQuery.MAX_LIMIT
          + " hits at most; narrow the query");
    }
    SearchQuery q;
    try {
      q = new SearchQuery(Params.string(ctx, "q"), Params.string(ctx, "entity"),
          Params.date(ctx, "from"), Params.date(ctx, "to"), Params.string(ctx, "source"),
          offset + limit + 1);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    SearchResults results = app.search(q);
    List<SearchHit> hits = results.hits().subList(Math.min(offset, results.hits().size()),
        results.hits().size());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_hits", results.totalHits());
    body.put("items", hits.subList(0, Math.min(limit, hits.size())));
    body.put("next_cursor", hits.size() > limit ? Cursor.ofOffset("search", offset + limit) : null);
    json.send(ctx, body);
  }

  private void actors(Context ctx) {
    int limit = Params.limit(ctx);
    int offset = Cursor.offset("actors", Params.string(ctx, "cursor"));
    if ((long) offset + limit + 1 > 100_000) {
      throw ApiException.badRequest("actor pages reach 100000 actors at most");
    }
    List<RegistryActor> all = app.actors(offset + limit + 1);
    List<RegistryActor> rest = all.subList(Math.min(offset, all.size()), all.size());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", rest.subList(0, Math.min(limit, rest.size())));
    body.put("next_cursor", rest.size() > limit ? Cursor.ofOffset("actors", offset + limit) : null);
    json.send(ctx, body);
  }

  private void actor(Context ctx) {
    String name = ctx.pathParam("name");
    if (name.isBlank()) {
      throw ApiException.badRequest("actor name must not be blank");
    }
    json.send(ctx, app.actor(name).orElseThrow(() ->
        ApiException.notFound("no actor known as '" + name + "'; /api/actors lists them")));
  }

  private void events(Context ctx) {
    int limit = Params.limit(ctx);
    StoredItem.Key after = Cursor.key("events", Params.string(ctx, "cursor"));
    EventFilter f;
    try {
      f = new EventFilter(Params.string(ctx, "actor"), Params.string(ctx, "root"),
          Params.string(ctx, "plover"), Params.date(ctx, "from"), Params.date(ctx, "to"),
          Params.string(ctx, "source"), Params.string(ctx, "modality"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    json.send(ctx, items(app.events(f, after, limit + 1), limit, "events", "event"));
  }

  private void quotes(Context ctx) {
    int limit = Params.limit(ctx);
    StoredItem.Key after = Cursor.key("quotes", Params.string(ctx, "cursor"));
    QuoteFilter f;
    try {
      f = new QuoteFilter(Params.string(ctx, "speaker"), Params.date(ctx, "from"),
          Params.date(ctx, "to"), Params.string(ctx, "source"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    json.send(ctx, items(app.quotes(f, after, limit + 1), limit, "quotes", "quote"));
  }

  private void ingest(Context ctx) {
    IngestReport report;
    try {
      report = app.ingest(ctx.bodyAsBytes());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    if (report.run().outcomes().isEmpty()) {
      throw ApiException.badRequest("no article could be read: "
          + String.join("; ", report.unreadable()));
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    for (Batch.Outcome o : report.run().outcomes()) {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("id", o.id());
      a.put("status", o.status());
      a.put("detail", o.detail());
      articles.add(a);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("analysed", report.run().analysed());
    body.put("stored_new", report.run().saves(Status.NEW));
    body.put("stored_changed", report.run().saves(Status.CHANGED));
    body.put("reanalysed", report.run().saves(Status.REANALYSE));
    body.put("unchanged", report.run().unchanged());
    body.put("failed", report.run().failed().size());
    body.put("articles", articles);
    body.put("unreadable", report.unreadable());
    body.put("analysis_version", report.run().analysisVersion());
    ctx.status(report.run().failed().isEmpty() ? 200 : 207);
    json.send(ctx, body);
  }

  private void export(Context ctx) throws java.io.IOException {
    ExportFormat format;
    try {
      String label = Params.string(ctx, "format");
      format = label == null ? ExportFormat.JSONL : ExportFormat.byLabel(label);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("format: " + e.getMessage());
    }
    String placesParam = Params.string(ctx, "places");
    if (placesParam != null && !placesParam.equals("true") && !placesParam.equals("false")) {
      throw ApiException.badRequest("places must be true or false, got '" + placesParam + "'");
    }
    boolean places = "true".equals(placesParam);
    if (places && format != ExportFormat.GEOJSON) {
      throw ApiException.badRequest("places=true needs format=geojson");
    }
    String text = Params.string(ctx, "q");
    String entity = Params.string(ctx, "entity");
    java.time.LocalDate from = Params.date(ctx, "from");
    java.time.LocalDate to = Params.date(ctx, "to");
    String source = Params.string(ctx, "source");
    SearchQuery selection = null;
    if (text != null || entity != null || from != null || to != null || source != null) {
      try {
        selection = new SearchQuery(text, entity, from, to, source, SearchQuery.MAX_LIMIT);
        // Parsed before the first byte goes out, so a bad query is still a clean 400.
        app.search(new SearchQuery(text, entity, from, to, source, 1));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    }
    String[] type = switch (format) {
      case JSONL -> new String[] {"application/x-ndjson", "jsonl"};
      case ACLED_CSV -> new String[] {"text/csv; charset=utf-8", "csv"};
      case CAMEO_TSV -> new String[] {"text/tab-separated-values; charset=utf-8", "tsv"};
      case GEOJSON -> new String[] {"application/geo+json", "geojson"};
    };
    ctx.contentType(type[0]);
    ctx.header("Content-Disposition", "attachment; filename=\"sitrep-" + format.label() + "."
        + type[1] + "\"");
    java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8));
    if (selection == null) {
      app.export(format, places, out);
    } else {
      app.export(format, places, out, selection);
    }
    out.flush();
  }

  /** A page of {@code limit + 1} fetched rows: the first {@code limit}, and a cursor if more. */
  private static <T> Map<String, Object> page(List<T> rows, int limit,
      Function<T, String> cursorOf) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<T> items = rows.subList(0, Math.min(limit, rows.size()));
    body.put("items", items);
    body.put("next_cursor", rows.size() > limit ? cursorOf.apply(items.get(items.size() - 1))
        : null);
    return body;
  }

  private static <T> Map<String, Object> items(List<StoredItem<T>> rows, int limit,
      String listing, String field) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (StoredItem<T> s : rows.subList(0, Math.min(limit, rows.size()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article_id", s.articleId());
      m.put("version", s.version());
      m.put("ordinal", s.ordinal());
      m.put("title", s.title());
      m.put("source", s.source());
      m.put("published", s.published());
      m.put(field, s.item());
      items.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("next_cursor", rows.size() > limit
        ? Cursor.ofKey(listing, rows.get(limit - 1).key()) : null);
    return body;
  }
}
