package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Json;
import org.sitrep.app.DataLocation;
import org.sitrep.app.SitrepService;
import org.sitrep.store.ArticleStore;

/**
 * The web app's own endpoints (search facets, the base map) over HTTP, against a server over the
 * pre-analysed sample corpus and hostile article that the browser test uses (no language models).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebRoutesTest {
  @TempDir static Path tmp;
  SitrepService app;
  ApiServer server;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  /** A read-only server over the web app fixture corpus. */
  static SitrepService fixtureService(Path data) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data);
        InputStream raw = WebRoutesTest.class.getResourceAsStream("web-corpus.jsonl.gz");
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
            StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        store.save(Json.fromLine(line));
      }
    }
    return SitrepService.open(DataLocation.embedded(data), () -> {
      throw new IllegalStateException("this test's server is read-only");
    });
  }

  @BeforeAll
  void start() throws Exception {
    app = fixtureService(tmp.resolve("data"));
    server = ApiServer.start(app, new ApiConfig("127.0.0.1", 0, null, 1 << 20, 100_000));
  }

  @AfterAll
  void stop() {
    server.close();
    app.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void facetsCountOutletsActorsEventTypesAndDaysOfTheBestHits() throws Exception {
    HttpResponse<String> r = get("/api/search/facets?q=ceasefire");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode f = json.readTree(r.body());
    assertThat(f.get("articles_counted").asInt()).isPositive()
        .isLessThanOrEqualTo(WebRoutes.FACET_ARTICLES);
    assertThat(f.get("articles_counted").asLong()).isEqualTo(f.get("total_hits").asLong());
    for (String facet : new String[] {"outlets", "actors", "event_types", "days"}) {
      assertThat(f.get(facet).size()).as(facet).isPositive()
          .isLessThanOrEqualTo(WebRoutes.FACET_VALUES);
      int count = f.get(facet).get(0).get("count").asInt();
      assertThat(count).as(facet).isBetween(1, f.get("articles_counted").asInt());
    }
    // Most frequent first; days in date order.
    JsonNode actors = f.get("actors");
    assertThat(actors.get(0).get("count").asInt())
        .isGreaterThanOrEqualTo(actors.get(actors.size() - 1).get("count").asInt());
    JsonNode days = f.get("days");
    assertThat(days.get(0).get("value").asText())
        .isLessThanOrEqualTo(days.get(days.size() - 1).get("value").asText());
    // Narrowing by an outlet leaves only that outlet.
    String outlet = f.get("outlets").get(0).get("value").asText();
    JsonNode narrowed = json.readTree(get("/api/search/facets?q=ceasefire&source="
        + java.net.URLEncoder.encode(outlet, StandardCharsets.UTF_8)).body());
    assertThat(narrowed.get("outlets").size()).isEqualTo(1);
    assertThat(get("/api/search/facets?from=2030-01-02&to=2030-01-01").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/search/facets?q=%22unbalanced").statusCode()).isEqualTo(400);
  }

  @Test
  void theBaseMapIsDrawnForABoxAndBadBoxesAreProblems() throws Exception {
    HttpResponse<String> r = get("/api/basemap?west=5&south=20&east=25&north=34&width=400"
        + "&height=280");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode m = json.readTree(r.body());
    assertThat(m.get("land").asText()).startsWith("M").endsWith("Z");
    assertThat(m.get("borders").asText()).startsWith("M");
    assertThat(m.get("width").asInt()).isEqualTo(400);
    assertThat(m.get("attribution").asText()).contains("Natural Earth");
    JsonNode world = json.readTree(get("/api/basemap").body());
    assertThat(world.get("width").asInt()).isEqualTo(720);
    for (String bad : new String[] {"west=10&east=5", "north=91", "width=5", "west=abc",
        "width=100000"}) {
      HttpResponse<String> p = get("/api/basemap?" + bad);
      assertThat(p.statusCode()).as(bad).isEqualTo(400);
      assertThat(p.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    JsonNode doc = json.readTree(get("/openapi.json").body());
    assertThat(doc.get("paths").has("/api/basemap")).isTrue();
    assertThat(doc.get("paths").has("/api/search/facets")).isTrue();
    assertThat(doc.get("paths").get("/api/basemap").get("get").get("parameters").get(0)
        .get("schema").get("type").asText()).isEqualTo("number");
  }
}
