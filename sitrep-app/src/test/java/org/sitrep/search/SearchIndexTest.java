package org.sitrep.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.store.TestArticles;

class SearchIndexTest {
  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir.resolve("index"));
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** An article with a title, one body paragraph, a boilerplate line and the given entities. */
  static AnalyzedArticle article(String id, String source, String date, String title, String body,
      String... entityNames) {
    String boiler = "Subscribe for alerts";
    String text = title + "\n" + body + "\n" + boiler + "\n";
    List<Section> sections = List.of(new Section("title", 0, title.length(), ""),
        new Section("body", title.length() + 1, title.length() + 1 + body.length(), ""),
        new Section("boilerplate", text.indexOf(boiler), text.indexOf(boiler) + boiler.length(),
            "newsletter prompt"));
    List<Entity> entities = new ArrayList<>();
    for (String name : entityNames) {
      int at = text.indexOf(name);
      entities.add(new Entity("e" + (entities.size() + 1), name, EntityType.PERSON, null,
          List.of(), at < 0 ? List.of() : List.of(new Mention(at, at + name.length(), name))));
    }
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 1, "hash-" + id + text.hashCode(),
        TestArticles.ANALYSIS, source, null, "text", title, new PublishedDate(date, false, "metadata"),
        null, text, sections, entities, List.of(), List.of(), List.of());
  }

  private void indexSample() {
    index.index(article("raqqa", "Levant Post", "2026-01-05", "Shelling near Raqqa",
        "Shelling killed three civilians in Raqqa, said Amina Darwish of the Civil Defence.",
        "Amina Darwish", "Civil Defence"));
    index.index(article("geneva", "Alpine Times", "2026-01-07", "Ceasefire talks resume",
        "Envoys met in Geneva as a ceasefire held for a second day. Darwish did not attend.",
        "Geneva"));
    index.index(article("undated", "levant post", null, "Aid convoy reaches town",
        "A convoy of 40 trucks reached the town; no ceasefire was mentioned by the Civil Defence.",
        "Civil Defence"));
    index.index(TestArticles.rich("qaraqosh"));
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void freeTextIsStemmedAndHighlightedWithGuillemets() {
    indexSample();

    SearchResults r = index.search(SearchQuery.forText("kill"));

    assertThat(ids(r)).containsExactly("raqqa");
    assertThat(r.totalHits()).isEqualTo(1);
    SearchHit hit = r.hits().get(0);
    assertThat(hit.title()).isEqualTo("Shelling near Raqqa");
    assertThat(hit.source()).isEqualTo("Levant Post");
    assertThat(hit.published()).isEqualTo("2026-01-05");
    assertThat(hit.version()).isEqualTo(1);
    assertThat(hit.score()).isPositive();
    assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("«killed»"));
  }

  @Test
  void allWordsAreRequiredAndPhrasesWork() {
    indexSample();

    assertThat(ids(index.search(SearchQuery.forText("ceasefire convoy")))).containsExactly("undated");
    assertThat(ids(index.search(SearchQuery.forText("\"three civilians\"")))).containsExactly("raqqa");
    assertThat(ids(index.search(SearchQuery.forText("\"civilians three\"")))).isEmpty();
    assertThat(ids(index.search(SearchQuery.forText("convoy OR Geneva"))))
        .containsExactlyInAnyOrder("undated", "geneva");
  }

  @Test
  void titleMatchesRankFirstAndBoilerplateIsNotIndexed() {
    indexSample();

    assertThat(ids(index.search(SearchQuery.forText("ceasefire"))).get(0)).isEqualTo("geneva");
    assertThat(index.search(SearchQuery.forText("subscribe")).totalHits()).isZero();
    // The rich article's boilerplate line holds "newsletter"; its dateline holds "Nineveh".
    assertThat(index.search(SearchQuery.forText("newsletter")).totalHits()).isZero();
    assertThat(ids(index.search(SearchQuery.forText("depot \uD83D\uDE81"))))
        .containsExactly("qaraqosh");
  }

  @Test
  void entityFilterMatchesWholeNamesAnyCaseOrWordsInOrder() {
    indexSample();

    assertThat(ids(search(null, "amina DARWISH", null, null, null))).containsExactly("raqqa");
    assertThat(ids(search(null, "darwish", null, null, null))).containsExactly("raqqa");
    assertThat(ids(search(null, "Civil Defence", null, null, null)))
        .containsExactlyInAnyOrder("raqqa", "undated");
    assertThat(ids(search(null, "lina hadad", null, null, null))).containsExactly("qaraqosh");
    // Words must come from one entity's name, in order.
    assertThat(ids(search(null, "darwish civil", null, null, null))).isEmpty();
    assertThat(ids(search(null, "darwish amina", null, null, null))).isEmpty();
  }

  @Test
  void dateRangeIsInclusiveAndExcludesUndatedArticles() {
    indexSample();

    assertThat(ids(search(null, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7), null)))
        .containsExactly("geneva", "raqqa");
    assertThat(ids(search(null, null, LocalDate.of(2026, 1, 6), null, null)))
        .containsExactly("qaraqosh", "geneva");
    assertThat(ids(search(null, null, null, LocalDate.of(2026, 1, 5), null)))
        .containsExactly("raqqa");
  }

  @Test
  void withoutFreeTextHitsAreNewestFirstWithLeadSnippets() {
    indexSample();

    SearchResults all = index.search(new SearchQuery(null, null, null, null, null, 10));

    assertThat(ids(all)).containsExactly("qaraqosh", "geneva", "raqqa", "undated");
    assertThat(all.hits().get(2).snippets()).hasSize(1);
    assertThat(all.hits().get(2).snippets().get(0)).startsWith("Shelling near Raqqa")
        .doesNotContain("«");
  }

  @Test
  void sourceFilterIgnoresCase() {
    indexSample();

    assertThat(ids(search(null, null, null, null, "LEVANT POST")))
        .containsExactlyInAnyOrder("raqqa", "undated");
    assertThat(ids(search(null, null, null, null, "Levant"))).isEmpty();
  }

  @Test
  void sourceFilterReadsTheResolvedOutletNotTheMetadata() {
    // The outlet from the address (no metadata source) and the user's --source over metadata.
    index.index(article("by-url", null, "2026-01-05", "Bridge shelled", "Shelling hit the bridge.")
        .withOutlet("Brenmark Courier", "url", null));
    index.index(article("by-user", "Levant Post", "2026-01-06", "Convoy hit", "A convoy was hit.")
        .withOutlet("Delta Herald", "user", null));

    assertThat(ids(search(null, null, null, null, "brenmark courier"))).containsExactly("by-url");
    assertThat(ids(search(null, null, null, null, "Delta Herald"))).containsExactly("by-user");
    assertThat(ids(search(null, null, null, null, "Levant Post"))).isEmpty();
    assertThat(search("convoy", null, null, null, null).hits().get(0).source())
        .isEqualTo("Delta Herald");
  }

  @Test
  void criteriaCombine() {
    indexSample();

    assertThat(ids(search("ceasefire", "civil defence", null, null, "levant post")))
        .containsExactly("undated");
    assertThat(ids(search("ceasefire", "civil defence", LocalDate.of(2026, 1, 1), null, null)))
        .isEmpty();
    assertThat(ids(search("ceasefire OR shelling", null, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 1, 31), "levant post"))).containsExactly("raqqa");
  }

  @Test
  void totalCountsAllMatchesBeyondTheLimit() {
    for (int i = 0; i < 7; i++) {
      index.index(article("a" + i, "S", "2026-01-0" + (i + 1), "Report " + i, "Talks went on."));
    }

    SearchResults r = index.search(new SearchQuery("talks", null, null, null, null, 3));

    assertThat(r.hits()).hasSize(3);
    assertThat(r.totalHits()).isEqualTo(7);
  }

  @Test
  void reindexingAnIdReplacesItsDocument() {
    index.index(article("x", "S", "2026-01-01", "Old title", "Old words here."));
    index.index(article("x", "S", "2026-01-02", "New title", "Fresh words here.").withVersion(2));

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.search(SearchQuery.forText("old")).totalHits()).isZero();
    SearchHit hit = index.search(SearchQuery.forText("fresh")).hits().get(0);
    assertThat(hit.version()).isEqualTo(2);
    assertThat(hit.published()).isEqualTo("2026-01-02");
  }

  @Test
  void committedDocumentsSurviveReopening() {
    indexSample();
    index.commit();
    index.close();
    index = SearchIndex.open(dir.resolve("index"));

    assertThat(index.size()).isEqualTo(4);
    assertThat(ids(index.search(SearchQuery.forText("convoy")))).containsExactly("undated");
  }

  @Test
  void badInputGivesClearErrors() {
    indexSample();

    assertThatThrownBy(() -> index.search(SearchQuery.forText("drone AND (strike")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot parse search text 'drone AND (strike'")
        .hasMessageContaining("backslash");
    assertThatThrownBy(() -> new SearchQuery("x", null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchQuery(null, null, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 1), null, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is after");
    assertThatThrownBy(() -> SearchIndex.open(dir.resolve("index")))
        .isInstanceOf(SearchException.class).hasMessageContaining("locked");
    AnalyzedArticle broken = new AnalyzedArticle(1, "b", 1, "h", "v", null, null, "text", null,
        new PublishedDate(null, false, null), null, "short",
        List.of(new Section("body", 0, 99, "")), List.of(), List.of(), List.of(), List.of());
    assertThatThrownBy(() -> index.index(broken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lies outside");
    // Text made only of stop words matches nothing rather than failing.
    assertThat(index.search(SearchQuery.forText("the of")).totalHits()).isZero();
    // Escaped special characters are fine, and blank criteria mean "any".
    assertThat(index.search(new SearchQuery("Raqqa\\:", " ", null, null, "", 5)).totalHits())
        .isEqualTo(1);
  }

  @Test
  void concurrentIndexingAndSearching() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 25; i++) {
          index.index(article("t" + thread + "-" + i, "S", "2026-01-01", "Update " + i,
              "Fighting continued near the river."));
          index.search(SearchQuery.forText("fighting"));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(index.search(SearchQuery.forText("fighting")).totalHits()).isEqualTo(100);
  }

  private SearchResults search(String text, String entity, LocalDate from, LocalDate to,
      String source) {
    return index.search(new SearchQuery(text, entity, from, to, source, 10));
  }
}
