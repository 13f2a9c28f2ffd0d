package org.sitrep.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestSupport;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.app.DataLocation;
import org.sitrep.app.SitrepService;
import org.sitrep.store.ArticleStore;

/**
 * A story's stored page is looked up by the story's revision (schema 10), not by reading its
 * members' versions: against a running server with a real client, its ETag stays while nothing
 * changed (304), and changes when a member article is stored in a new version or analysed again,
 * or when an article joins the story; an article of another story leaves it as it was.
 */
class StoryRevisionApiTest {
  private static final String TOKEN = "test-token-revision-0123456789";
  @TempDir Path tmp;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aStorysETagChangesExactlyWhenItOrAMemberArticleChanges() throws Exception {
    DataLocation data = DataLocation.embedded(tmp.resolve("data"));
    String story;
    String head;
    String members;
    try (SitrepService app = SitrepService.open(data, TestSupport::sitrepWithEvents);
        ApiServer server = ApiServer.start(app, config())) {
      ingest(server, ApiServerTest.line("rev-clashes", "Northern Ledger", "2031-03-14", null,
          ApiServerTest.CLASHES));
      story = storyOf(server, "rev-clashes");
      head = etag(server, "/api/stories/" + story, null, 200);
      members = etag(server, "/api/stories/" + story + "/members", null, 200);
      etag(server, "/api/stories/" + story, head, 304);

      // an article of another story: this story's page is the same
      ingest(server, ApiServerTest.line("rev-weather", "Lakeside Wire", "2031-06-02", null,
          "Orchard growers in Tamsel count a record apricot harvest\n\nTAMSEL — Growers in the"
              + " valley of Tamsel picked a record apricot harvest this summer, the cooperative"
              + " said on Monday, after a mild spring without frost.\n"));
      assertThat(storyOf(server, "rev-weather")).isNotEqualTo(story);
      etag(server, "/api/stories/" + story, head, 304);
      etag(server, "/api/stories/" + story + "/members", members, 304);

      // a member stored in a new version: its new headline is on the story's page
      ingest(server, ApiServerTest.line("rev-clashes", "Northern Ledger", "2031-03-14", null,
          ApiServerTest.CLASHES.replace("leave twelve soldiers dead",
              "leave fourteen soldiers dead")));
      HttpResponse<String> changed = get(server, "/api/stories/" + story, head);
      assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
      assertThat(changed.body()).contains("fourteen soldiers");
      String next = changed.headers().firstValue("ETag").orElseThrow();
      assertThat(next).isNotEqualTo(head);
      etag(server, "/api/stories/" + story, next, 304);
      head = next;
    }

    // the member analysed again (same content, another analysis), as a later run would
    try (ArticleStore store = ArticleStore.openEmbedded(data.dir())) {
      AnalyzedArticle a = store.load("rev-clashes").orElseThrow()
          .withOutlet("Southern Ledger", "user", null);
      store.save(new AnalyzedArticle(a.schema(), a.id(), a.version(), a.contentHash(),
          a.analysisVersion() + "-again", a.source(), a.url(), a.format(), a.title(),
          a.published(), a.dateline(), a.text(), a.structure(), a.entities(), a.times(),
          a.numbers(), a.warnings(), a.actors(), a.affiliations(), a.places(), a.quotes(),
          a.claims(), a.events(), a.outlet(), a.outletFrom(), a.wire(), a.framing()));
    }
    try (SitrepService app = SitrepService.open(data, TestSupport::sitrepWithEvents);
        ApiServer server = ApiServer.start(app, config())) {
      HttpResponse<String> reanalysed = get(server, "/api/stories/" + story, head);
      assertThat(reanalysed.statusCode()).as(reanalysed.body()).isEqualTo(200);
      assertThat(reanalysed.body()).contains("Southern Ledger");
      String next = reanalysed.headers().firstValue("ETag").orElseThrow();
      assertThat(next).isNotEqualTo(head);
      HttpResponse<String> page = get(server, "/api/stories/" + story + "/members", members);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Southern Ledger");
      etag(server, "/api/stories/" + story, next, 304);

      // an article joining the story: its page lists it
      ingest(server, ApiServerTest.line("rev-clashes-2", "Lakeside Wire", "2031-03-15", null,
          ApiServerTest.CLASHES.replace("Thursday", "Friday").replace("twelve", "twenty")
              .replace("12 soldiers", "20 soldiers")));
      assertThat(storyOf(server, "rev-clashes-2")).isEqualTo(story);
      HttpResponse<String> grown = get(server, "/api/stories/" + story, next);
      assertThat(grown.statusCode()).isEqualTo(200);
      assertThat(ApiServerTest.JSON.readTree(grown.body()).get("articles").toString())
          .contains("rev-clashes-2");
    }
  }

  private static ApiConfig config() {
    return new ApiConfig("127.0.0.1", 0, TOKEN, 64 * 1024, 100_000);
  }

  private void ingest(ApiServer server, String line) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(ApiServerTest.uri(server,
        "/api/articles")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString(line, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(ApiServer server, String path, String ifNoneMatch)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(ApiServerTest.uri(server, path)).GET();
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The ETag of a response that must have {@code status} (a 304 repeats the one sent). */
  private String etag(ApiServer server, String path, String ifNoneMatch, int status)
      throws Exception {
    HttpResponse<String> r = get(server, path, ifNoneMatch);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
    return r.headers().firstValue("ETag").orElseThrow();
  }

  /** The id of the listed story holding {@code articleId}. */
  private String storyOf(ApiServer server, String articleId) throws Exception {
    JsonNode listing = ApiServerTest.JSON.readTree(get(server, "/api/stories?limit=100", null)
        .body());
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
