package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestSupport;
import org.sitrep.app.DataLocation;
import org.sitrep.app.SitrepService;

/**
 * The HTTP API against a running server on a random loopback port, with java.net.http as the
 * client, over a store filled by ingesting invented articles through the API itself (the web app in
 * a real browser: {@link WebAppBrowserTest}). CoreNLP is the
 * test run's shared one ({@link TestSupport#sitrepWithEvents()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiServerTest {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();

  /** Invented reports; the names, places and outlets do not exist. */
  static final String CLASHES = "Clashes near Port Velan leave twelve soldiers dead\n\n"
      + "PORT VELAN — Fighters of the Velan Liberation Front attacked an army checkpoint near Port"
      + " Velan on Thursday, killing 12 soldiers, the Marrovian Defence Ministry said.\n\n"
      + "\"We will answer this attack,\" Defence Minister Ilsa Brandvold told reporters on"
      + " Friday.\n\nResidents said the ceasefire agreed in January had collapsed.\n";
  static final String TALKS = "Envoys meet in Geneva to revive ceasefire talks\n\n"
      + "GENEVA — United Nations envoy Corin Maddox met delegations from Marrovia and the Velan"
      + " Liberation Front in Geneva on Monday to revive a ceasefire, officials said.\n\n"
      + "\"Both sides want the fighting to stop,\" Maddox said after the meeting.\n";
  /** A hostile article: markup, event handlers, script URLs, an SVG script, an RTL override. */
  static final String HOSTILE = "Harmless headline <script>document.title='PWNED1'</script>\n\n"
      + "A reporter wrote <img src=x onerror=\"document.title='PWNED2'\"> and <a href=\""
      + "javascript:document.title='PWNED3'\">this link</a> in Port Velan on Tuesday, officials"
      + " said. <svg onload=\"document.title='PWNED4'\"><script>document.title='PWNED5'</script>"
      + "</svg> Then \u202Egnp.exe\u202C and a lone surrogate \uD800 end the story.\n";

  @TempDir static Path tmp;
  SitrepService app;
  ApiServer server;
  ApiServer readOnly;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    app = SitrepService.open(DataLocation.embedded(tmp.resolve("data")),
        TestSupport::sitrepWithEvents);
    server = ApiServer.start(app, new ApiConfig("127.0.0.1", 0, TOKEN, 64 * 1024, 100_000));
    readOnly = ApiServer.start(app, new ApiConfig("127.0.0.1", 0, null, 64 * 1024, 100_000));
    String batch = line("api-clashes", "Northern Ledger", "2031-03-14", null, CLASHES) + "\n"
        + line("api-talks", "Lakeside Wire", "2031-03-17", "https://example.org/talks", TALKS)
        + "\n";
    HttpResponse<String> r = post(server, "/api/articles", batch, "application/x-ndjson", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(r.body());
    assertThat(report.get("stored_new").asInt()).isEqualTo(2);
    HttpResponse<String> one = post(server, "/api/articles", line("api-hostile", "Evil <b>Wire</b>",
        "2031-03-18", "javascript:document.title='PWNED6'", HOSTILE), "application/json", TOKEN);
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
  }

  @AfterAll
  void stop() {
    server.close();
    readOnly.close();
    app.close();
  }

  static String line(String id, String source, String published, String url, String text)
      throws IOException {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    m.put("source", source);
    m.put("published", published);
    if (url != null) {
      m.put("url", url);
    }
    m.put("text", text);
    return JSON.writeValueAsString(m);
  }

  HttpResponse<String> get(ApiServer s, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(ApiServer s, String path, String body, String type, String token)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static URI uri(ApiServer s, String path) {
    return URI.create("http://127.0.0.1:" + s.port() + path);
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  static void assertProblem(HttpResponse<String> r, int status, String detailPart)
      throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("detail").asText()).contains(detailPart).doesNotContain("\n")
        .doesNotContain("at org.");
  }

  @Test
  void articlesAreListedWithCursorPaging() throws Exception {
    JsonNode first = json(get(server, "/api/articles?limit=2"));
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("items").get(0).get("id").asText()).isEqualTo("api-clashes");
    String cursor = first.get("next_cursor").asText();
    JsonNode second = json(get(server, "/api/articles?limit=2&cursor=" + cursor));
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("id").asText()).isEqualTo("api-talks");
    assertThat(second.get("next_cursor").isNull()).isTrue();
    assertProblem(get(server, "/api/articles?cursor=garbage!"), 400, "cursor");
    assertProblem(get(server, "/api/events?cursor=" + cursor), 400, "cursor");
    assertProblem(get(server, "/api/articles?limit=0"), 400, "limit");
    assertProblem(get(server, "/api/articles?limit=ten"), 400, "limit");
  }

  @Test
  void anArticleComesWithEveryLayer() throws Exception {
    HttpResponse<String> r = get(server, "/api/articles/api-clashes");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = json(r);
    assertThat(a.get("text").asText()).isEqualTo(CLASHES);
    for (String layer : List.of("structure", "entities", "times", "numbers", "actors",
        "affiliations", "places", "quotes", "claims", "events")) {
      assertThat(a.has(layer)).as(layer).isTrue();
    }
    assertThat(a.get("entities").size()).isPositive();
    assertThat(a.get("source").asText()).isEqualTo("Northern Ledger");
    assertProblem(get(server, "/api/articles/nope"), 404, "nope");
    assertProblem(get(server, "/api/articles/api-clashes?version=9"), 404, "version 9");
  }

  @Test
  void etagsAnswerUnchangedBodiesWith304() throws Exception {
    HttpResponse<String> r = get(server, "/api/articles/api-talks");
    String etag = r.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get(server, "/api/articles/api-talks", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(get(server, "/api/articles/api-talks", "If-None-Match", "\"other\"").statusCode())
        .isEqualTo(200);
  }

  @Test
  void responsesAreGzippedWhenTheClientAcceptsIt() throws Exception {
    HttpRequest req = HttpRequest.newBuilder(uri(server, "/api/articles/api-clashes"))
        .header("Accept-Encoding", "gzip").GET().build();
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
    assertThat(JSON.readTree(plain).get("id").asText()).isEqualTo("api-clashes");
  }

  @Test
  void searchFiltersByTextEntityDateAndOutlet() throws Exception {
    JsonNode all = json(get(server, "/api/search?q=ceasefire"));
    assertThat(all.get("total_hits").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode byOutlet = json(get(server, "/api/search?q=ceasefire&source=lakeside%20wire"));
    assertThat(ids(byOutlet)).containsExactly("api-talks");
    JsonNode byDate = json(get(server, "/api/search?from=2031-03-15&to=2031-03-17"));
    assertThat(ids(byDate)).containsExactly("api-talks");
    JsonNode paged = json(get(server, "/api/search?limit=1"));
    assertThat(paged.get("items")).hasSize(1);
    JsonNode next = json(get(server, "/api/search?limit=1&cursor="
        + paged.get("next_cursor").asText()));
    assertThat(ids(next)).doesNotContainAnyElementsOf(ids(paged));
    assertProblem(get(server, "/api/search?from=yesterday"), 400, "from must be a date");
    assertProblem(get(server, "/api/search?q=%22unclosed"), 400, "");
    assertProblem(get(server, "/api/search?from=2031-03-20&to=2031-03-01"), 400, "empty");
  }

  @Test
  void eventsFilterByActorRootDateAndOutlet() throws Exception {
    JsonNode all = json(get(server, "/api/events?limit=200"));
    assertThat(all.get("items").size()).isPositive();
    JsonNode first = all.get("items").get(0);
    JsonNode event = first.get("event");
    assertThat(event.get("code").asText()).isNotBlank();
    String root = event.get("root").asText();
    JsonNode byRoot = json(get(server, "/api/events?limit=200&root=" + root));
    assertThat(byRoot.get("items")).allSatisfy(i ->
        assertThat(i.get("event").get("root").asText()).isEqualTo(root));
    JsonNode byOutlet = json(get(server, "/api/events?source=Lakeside%20Wire"));
    assertThat(byOutlet.get("items")).allSatisfy(i ->
        assertThat(i.get("article_id").asText()).isEqualTo("api-talks"));
    JsonNode none = json(get(server, "/api/events?from=2040-01-01"));
    assertThat(none.get("items")).isEmpty();
    String actor = event.hasNonNull("source") ? event.get("source").asText()
        : event.get("target").asText();
    JsonNode byActor = json(get(server, "/api/events?actor="
        + java.net.URLEncoder.encode(actor, StandardCharsets.UTF_8)));
    assertThat(byActor.get("items").size()).isPositive();
    // Paging by key walks every event once.
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(get(server, "/api/events?limit=1"
          + (cursor == null ? "" : "&cursor=" + cursor)));
      page.get("items").forEach(i -> seen.add(i.get("article_id").asText() + "#"
          + i.get("ordinal").asInt()));
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
    } while (cursor != null && seen.size() < 500);
    assertThat(seen).hasSize(all.get("items").size()).doesNotHaveDuplicates();
    assertProblem(get(server, "/api/events?root=fight"), 400, "CAMEO root");
  }

  @Test
  void quotesAndActorsAreListed() throws Exception {
    JsonNode quotes = json(get(server, "/api/quotes"));
    assertThat(quotes.get("items").size()).isPositive();
    assertThat(quotes.get("items").get(0).get("quote").get("text").asText()).isNotBlank();
    JsonNode talks = json(get(server, "/api/quotes?source=lakeside%20wire"));
    assertThat(talks.get("items")).allSatisfy(i ->
        assertThat(i.get("article_id").asText()).isEqualTo("api-talks"));
    JsonNode actors = json(get(server, "/api/actors?limit=5"));
    assertThat(actors.get("items").size()).isPositive();
    String name = actors.get("items").get(0).get("canonical_name").asText();
    HttpResponse<String> one = get(server, "/api/actors/"
        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    assertThat(json(one).get("canonical_name").asText()).isEqualTo(name);
    assertProblem(get(server, "/api/actors/Nobody%20Atall"), 404, "Nobody Atall");
  }

  @Test
  void ingestNeedsTheTokenAndAReadOnlyServerRefusesIt() throws Exception {
    String body = line("api-denied", null, null, null, "A short invented note about nothing.");
    assertProblem(post(server, "/api/articles", body, "application/json", null), 401,
        "Authorization");
    assertProblem(post(server, "/api/articles", body, "application/json", "wrong-token-000000"),
        401, "Authorization");
    assertProblem(post(readOnly, "/api/articles", body, "application/json", TOKEN), 403,
        "read-only");
    assertThat(get(server, "/api/articles/api-denied").statusCode()).isEqualTo(404);
    assertProblem(post(server, "/api/articles", "{\"id\": \"x\"}", "application/json", TOKEN), 400,
        "missing \"text\"");
    assertProblem(post(server, "/api/articles", "x".repeat(70 * 1024), "application/json", TOKEN),
        413, "");
  }

  @Test
  void theSameUploadAgainChangesNothing() throws Exception {
    HttpResponse<String> r = post(server, "/api/articles", line("api-talks", "Lakeside Wire",
        "2031-03-17", "https://example.org/talks", TALKS), "application/json", TOKEN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("unchanged").asInt()).isEqualTo(1);
    assertThat(json(r).get("analysed").asInt()).isZero();
  }

  @Test
  void openApiIsGeneratedFromTheRoutes() throws Exception {
    JsonNode doc = json(get(server, "/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    for (Route r : server.routes()) {
      JsonNode op = doc.get("paths").get(r.path()).get(r.method().name().toLowerCase(
          java.util.Locale.ROOT));
      assertThat(op).as(r.path()).isNotNull();
      assertThat(op.get("operationId").asText()).isEqualTo(r.operationId());
      for (Param p : r.params()) {
        assertThat(op.get("parameters").findValuesAsText("name")).contains(p.name());
      }
    }
    assertThat(doc.get("paths").get("/api/articles").get("post").get("security")).isNotNull();
  }

  @Test
  void unknownPathsAndMethodsAreProblems() throws Exception {
    assertProblem(get(server, "/api/nothing-here"), 404, "/openapi.json");
    // Jetty refuses a traversing path before any route sees it; still a problem, never a file.
    for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
        "/js/main.js/..%2f..%2fpom.xml")) {
      HttpResponse<String> r = get(server, path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertProblem(r, r.statusCode(), "");
      assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void hostileTextComesBackEscapedUnderAStrictPolicy() throws Exception {
    HttpResponse<String> r = get(server, "/api/articles/api-hostile");
    assertThat(r.statusCode()).isEqualTo(200);
    // The raw body holds no markup at all: every '<', '>' and '&' is a JSON escape.
    assertThat(r.body()).doesNotContain("<").doesNotContain(">")
        .containsIgnoringCase("\\u003cscript");
    JsonNode a = json(r);
    assertThat(a.get("text").asText()).contains("<script>document.title='PWNED1'</script>",
        "onerror=", "javascript:document.title");
    assertThat(a.get("url").asText()).isEqualTo("javascript:document.title='PWNED6'");
    for (String path : List.of("/", "/js/main.js", "/app.css", "/api/articles/api-hostile",
        "/api/nothing")) {
      HttpResponse<String> page = get(server, path);
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(path).contains("default-src 'none'", "script-src 'self'",
          "frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
    // The page itself has no inline script, and no script ever parses strings as markup.
    String html = get(server, "/").body();
    assertThat(html).containsPattern("<script type=\"module\" src=\"/js/main.js\"></script>")
        .doesNotContainPattern("<script>|<script [^ts]|\\son[a-z]+=");
    for (String[] file : WebApp.FILES.values()) {
      if (!file[0].endsWith(".js")) {
        continue;
      }
      String js = new String(WebApp.read(file[0]), StandardCharsets.UTF_8);
      assertThat(js).as(file[0]).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
          "document.write", "eval(", "new Function", "DOMParser", "createContextualFragment");
      assertThat(get(server, "/" + file[0]).statusCode()).as(file[0]).isEqualTo(200);
    }
    assertThat(new String(WebApp.read("js/dom.js"), StandardCharsets.UTF_8)).contains("safeUrl");
  }

  @Test
  void exportsStreamAllOrASearchedSelection() throws Exception {
    HttpResponse<String> all = get(server, "/api/export");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
    assertThat(all.body().lines().count()).isEqualTo(3);
    HttpResponse<String> one = get(server, "/api/export?source=Lakeside%20Wire");
    assertThat(one.body().lines().toList()).singleElement().satisfies(l ->
        assertThat(JSON.readTree(l).get("id").asText()).isEqualTo("api-talks"));
    HttpResponse<String> csv = get(server, "/api/export?format=acled-csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse("")).contains("event_date");
    assertThat(json(get(server, "/api/export?format=geojson")).get("type").asText())
        .isEqualTo("FeatureCollection");
    assertProblem(get(server, "/api/export?format=xml"), 400, "format");
    assertProblem(get(server, "/api/export?places=true"), 400, "geojson");
    assertProblem(get(server, "/api/export?q=%22open"), 400, "");
  }

  /**
   * Readers polling an article while a new version of it is ingested each see one whole version:
   * every mention's text is the text at its span, and the version number goes only up.
   */
  @Test
  void readsDuringAnIngestSeeWholeArticles() throws Exception {
    String v1 = "Talks in Lakeport stall\n\nNegotiator Dara Quint left Lakeport on Monday after"
        + " talks stalled, aides said.\n";
    String v2 = "Talks in Lakeport resume\n\nAfter a pause, negotiator Dara Quint returned to"
        + " Lakeport on Wednesday and talks resumed with envoy Pell Arkwright, aides said.\n";
    try (SitrepService own = SitrepService.open(DataLocation.embedded(tmp.resolve("concurrent")),
        TestSupport::sitrepWithEvents);
        ApiServer server = ApiServer.start(own, new ApiConfig("127.0.0.1", 0, TOKEN, 64 * 1024,
            100_000))) {
      readWhileIngesting(server, v1, v2);
    }
  }

  private void readWhileIngesting(ApiServer server, String v1, String v2) throws Exception {
    assertThat(post(server, "/api/articles", line("api-concurrent", null, "2031-04-01", null, v1),
        "application/json", TOKEN).statusCode()).isEqualTo(200);
    var ingest = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return post(server, "/api/articles", line("api-concurrent", null, "2031-04-01", null, v2),
            "application/json", TOKEN).statusCode();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    int lastVersion = 0;
    int reads = 0;
    while (!ingest.isDone() || reads < 5) {
      JsonNode a = json(get(server, "/api/articles/api-concurrent"));
      String text = a.get("text").asText();
      assertThat(text).isIn(v1, v2);
      assertThat(a.get("version").asInt()).isEqualTo(text.equals(v1) ? 1 : 2)
          .isGreaterThanOrEqualTo(lastVersion);
      lastVersion = a.get("version").asInt();
      for (JsonNode e : a.get("entities")) {
        for (JsonNode m : e.get("mentions")) {
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
              .isEqualTo(m.get("text").asText());
        }
      }
      reads++;
    }
    assertThat(ingest.get()).isEqualTo(200);
    assertThat(json(get(server, "/api/articles/api-concurrent")).get("version").asInt())
        .isEqualTo(2);
  }

  @Test
  void aClientOverTheRateLimitGets429() throws Exception {
    try (ApiServer limited = ApiServer.start(app, new ApiConfig("127.0.0.1", 0, null, 1024, 3))) {
      for (int i = 0; i < 3; i++) {
        assertThat(get(limited, "/api/version").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> r = get(limited, "/api/version");
      assertProblem(r, 429, "requests a minute");
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
    }
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("id").asText()));
    return out;
  }

  @Test
  void storiesAreListedAndEachShowsFusedEventsAndFraming() throws Exception {
    JsonNode all = json(get(server, "/api/stories?limit=100"));
    java.util.Set<String> ids = new java.util.HashSet<>();
    all.get("items").forEach(st -> st.get("articles").forEach(a -> ids.add(a.asText())));
    assertThat(ids).containsExactlyInAnyOrder("api-clashes", "api-talks", "api-hostile");
    String clashes = storyOf(all, "api-clashes");

    JsonNode story = json(get(server, "/api/stories/" + clashes));
    assertThat(story.get("id").asText()).isEqualTo(clashes);
    assertThat(story.get("members").get(0).get("outlet").asText()).isNotBlank();
    assertThat(story.get("fused_events").size()).isPositive();
    assertThat(story.get("fused_events").get(0).get("reports").size()).isPositive();
    assertThat(story.has("contradictions")).isTrue();
    assertThat(story.get("timeline").has("days")).isTrue();
    assertThat(story.get("framing").has("outlets")).isTrue();
    assertThat(story.get("fused_event_places").isArray()).isTrue();
    story.get("fused_event_places").forEach(p -> {
      assertThat(p.get("latitude").isNumber()).isTrue();
      assertThat(p.get("longitude").isNumber()).isTrue();
    });
    // the page is stored with the story: the same page again, until the story changes
    assertThat(get(server, "/api/stories/" + clashes).body())
        .isEqualTo(get(server, "/api/stories/" + clashes).body());

    JsonNode first = json(get(server, "/api/stories?limit=1"));
    assertThat(first.get("items").size()).isEqualTo(1);
    if (all.get("items").size() > 1) {
      JsonNode next = json(get(server, "/api/stories?limit=1&cursor="
          + first.get("next_cursor").asText()));
      assertThat(next.get("items").get(0).get("id").asText())
          .isNotEqualTo(first.get("items").get(0).get("id").asText());
    }
  }

  @Test
  void aStoryReportIsOneInertPageWithArticleTextEscaped() throws Exception {
    String hostile = storyOf(json(get(server, "/api/stories?limit=100")), "api-hostile");

    HttpResponse<String> html = get(server, "/api/stories/" + hostile + "/report");
    assertThat(html.statusCode()).as(html.body()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Security-Policy").orElse(""))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
    // The hostile article joins the Port Velan story: its outlet's markup is shown as text, and
    // nothing in it becomes an element or a link.
    assertThat(html.body()).contains("Evil &lt;b&gt;Wire&lt;/b&gt;").doesNotContain("<b>")
        .doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg onload")
        .doesNotContain("href=\"javascript").doesNotContain("onerror=\"")
        .doesNotContain("onload=\"");

    HttpResponse<String> md = get(server, "/api/stories/" + hostile + "/report?format=md");
    assertThat(md.statusCode()).isEqualTo(200);
    assertThat(md.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(md.body()).contains("Northern Ledger").doesNotContain("<b>");
  }

  @Test
  void unknownStoriesAndReportFormatsAreProblems() throws Exception {
    assertProblem(get(server, "/api/stories/s-nothing-here"), 404, "no story 's-nothing-here'");
    String any = json(get(server, "/api/stories?limit=1")).get("items").get(0).get("id").asText();
    assertProblem(get(server, "/api/stories/" + any + "/report?format=pdf"), 400,
        "format must be html or md");
  }

  @Test
  void aStoryIsSentInPagesEachWithItsStoredETag() throws Exception {
    String clashes = storyOf(json(get(server, "/api/stories?limit=100")), "api-clashes");
    String base = "/api/stories/" + clashes;
    HttpResponse<String> head = get(server, base);
    JsonNode story = json(head);
    int members = story.get("articles").size();
    assertThat(story.get("members_total").asInt()).isEqualTo(members);
    assertThat(story.get("members_pages").asInt()).isEqualTo(1);
    JsonNode event = story.get("fused_events").get(0);
    assertThat(event.get("reports_total").asInt()).isEqualTo(event.get("reports").size());
    assertThat(event.get("reports_pages").asInt()).isEqualTo(1);

    // the head, a page of members and a page of reports: each with an ETag that a conditional
    // request matches (304, no body) and another ETag does not
    String eventPath = base + "/events/" + java.net.URLEncoder.encode(event.get("id").asText(),
        StandardCharsets.UTF_8) + "/reports";
    for (String path : List.of(base, base + "/members", base + "/members?page=1", eventPath)) {
      HttpResponse<String> r = get(server, path);
      assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      String etag = r.headers().firstValue("ETag").orElseThrow();
      assertThat(etag).matches("\"[0-9a-f]{32}\"");
      // the stored ETag is the digest of what is sent
      assertThat(etag).isEqualTo(org.sitrep.store.StoryViews.etag(
          r.body().getBytes(StandardCharsets.UTF_8)));
      HttpResponse<String> again = get(server, path, "If-None-Match", etag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(get(server, path, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
      assertThat(get(server, path, "If-None-Match", "\"other\", " + etag).statusCode())
          .isEqualTo(304);
      HttpResponse<String> other = get(server, path, "If-None-Match", "\"other\"");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(other.body()).isEqualTo(r.body());
    }

    JsonNode page = json(get(server, base + "/members?page=1"));
    assertThat(page.get("story").asText()).isEqualTo(clashes);
    assertThat(List.of(page.get("page").asInt(), page.get("pages").asInt(),
        page.get("total").asInt())).containsExactly(1, 1, members);
    assertThat(page.get("items")).isEqualTo(story.get("members"));
    assertThat(page.get("next_page").isNull()).isTrue();
    JsonNode reports = json(get(server, eventPath));
    assertThat(reports.get("event").asText()).isEqualTo(event.get("id").asText());
    assertThat(reports.get("items")).isEqualTo(event.get("reports"));

    // the whole page (sitrep story --format json) has the same members and every report
    JsonNode whole = JSON.readTree(ApiServer.storyPage(app, app.story(clashes).orElseThrow()));
    assertThat(whole.get("members")).isEqualTo(story.get("members"));
    assertThat(whole.get("fused_events").get(0).get("reports")).isEqualTo(event.get("reports"));
  }

  @Test
  void badPagesAndUnknownStoriesOrEventsAreProblems() throws Exception {
    String clashes = storyOf(json(get(server, "/api/stories?limit=100")), "api-clashes");
    String base = "/api/stories/" + clashes;
    assertProblem(get(server, base + "/members?page=0"), 400, "page must be between 1 and");
    assertProblem(get(server, base + "/members?page=-3"), 400, "page must be between 1 and");
    assertProblem(get(server, base + "/members?page=two"), 400, "page must be a whole number");
    assertProblem(get(server, base + "/members?page=99999999999"), 400, "page must be a whole");
    assertProblem(get(server, base + "/members?page=2"), 404, "has no page 2 of members");
    assertProblem(get(server, "/api/stories/s-nothing-here/members"), 404,
        "no story 's-nothing-here'");
    assertProblem(get(server, base + "/events/f-nothing-here/reports"), 404,
        "has no fused event 'f-nothing-here'");
    String event = json(get(server, base)).get("fused_events").get(0).get("id").asText();
    assertProblem(get(server, base + "/events/" + java.net.URLEncoder.encode(event,
        StandardCharsets.UTF_8) + "/reports?page=2"), 404, "has no page 2 of reports");
  }

  @Test
  void aStoryReportIsStoredWithTheStory() throws Exception {
    String clashes = storyOf(json(get(server, "/api/stories?limit=100")), "api-clashes");
    org.sitrep.stories.Story story = app.story(clashes).orElseThrow();
    String md = get(server, "/api/stories/" + clashes + "/report?format=md").body();
    assertThat(md).isEqualTo(app.storyReport(story, SitrepService.ReportFormat.MD));
    // read back from the store: the same text, in the form the endpoint sends
    assertThat(get(server, "/api/stories/" + clashes + "/report").body())
        .isEqualTo(app.storyReport(story, SitrepService.ReportFormat.HTML))
        .startsWith("<!DOCTYPE html>");
  }

  /** The id of the listed story holding {@code articleId}. */
  private static String storyOf(JsonNode listing, String articleId) {
    for (JsonNode st : listing.get("items")) {
      for (JsonNode a : st.get("articles")) {
        if (a.asText().equals(articleId)) {
          return st.get("id").asText();
        }
      }
    }
    throw new AssertionError("no story holds " + articleId + ": " + listing);
  }
}
