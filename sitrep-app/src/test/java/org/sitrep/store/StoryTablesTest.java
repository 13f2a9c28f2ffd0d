package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.store.StoreBackend.TestDatabase;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryArticle;
import org.sitrep.stories.StoryClusterer;
import org.sitrep.stories.SyntheticCorpus;

/**
 * Stored stories ({@link StoryTables}), once on H2 and once on PostgreSQL: a clusterer over the
 * tables decides exactly as one in memory, across reopening the store, and merges redirect.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class StoryTablesTest {
  @Parameter StoreBackend backend;
  @TempDir Path dir;
  private TestDatabase db;
  private ArticleStore store;

  @BeforeEach
  void open() {
    db = backend.create(dir);
    store = db.open();
  }

  @AfterEach
  void close() {
    store.close();
    db.close();
  }

  private static List<StoryArticle> corpus(int n) {
    SyntheticCorpus c = new SyntheticCorpus(11);
    List<StoryArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(c.next());
    }
    return out;
  }

  @Test
  void storedClustererDecidesAsTheInMemoryOneAcrossReopening() {
    List<StoryArticle> articles = corpus(120);
    StoryClusterer memory = StoryClusterer.sitrep();
    List<Membership> expected = new ArrayList<>();
    for (StoryArticle a : articles) {
      expected.add(memory.add(a));
    }
    List<Membership> got = new ArrayList<>();
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    for (StoryArticle a : articles.subList(0, 60)) {
      got.add(stored.add(a));
    }
    store.close();
    store = db.open();
    stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    for (StoryArticle a : articles.subList(60, 120)) {
      got.add(stored.add(a));
    }
    assertThat(got).isEqualTo(expected);
    List<Story> stories = store.stories().stories();
    assertThat(stories).isEqualTo(memory.stories());
    assertThat(stories.size()).isGreaterThan(3).isLessThan(120);
  }

  @Test
  void anArticleIsAddedOnce() {
    StoryArticle a = corpus(1).get(0);
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    assertThat(stored.addNew(a)).isPresent();
    assertThat(stored.addNew(a)).isEmpty();
    assertThatThrownBy(() -> stored.add(a)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already added");
    assertThat(store.stories().articlesAdded()).isEqualTo(1);
  }

  @Test
  void storedArticlesInNoStoryAreListedUntilAdded() {
    store.save(TestArticles.full("b1"));
    store.save(TestArticles.full("a1"));
    assertThat(store.stories().unassigned()).extracting(StoryTables.Unassigned::id)
        .containsExactly("a1", "b1");
    assertThat(store.stories().anyUnassigned()).isTrue();
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    stored.add(StoryArticle.from(store.load("a1").orElseThrow()));
    assertThat(store.stories().unassigned()).extracting(StoryTables.Unassigned::id)
        .containsExactly("b1");
    assertThat(store.stories().anyUnassigned()).isTrue();
    stored.add(StoryArticle.from(store.load("b1").orElseThrow()));
    assertThat(store.stories().unassigned()).isEmpty();
    assertThat(store.stories().anyUnassigned()).isFalse();
  }

  @Test
  void aStorysStampMovesOnWhenItOrAMemberChangesAndOnlyThen() {
    store.save(TestArticles.full("a1"));
    store.save(TestArticles.full("b1"));
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    stored.add(StoryArticle.from(store.load("a1").orElseThrow()));
    String id = store.stories().stories().get(0).id();
    StoryViews views = store.storyViews();
    StoryViews.Stamp first = views.current(id).orElseThrow();
    assertThat(first.storyId()).isEqualTo(id);
    assertThat(views.currentFingerprints()).containsEntry(id, first.fingerprint());
    assertThat(views.current("s-nothing")).isEmpty();

    // an article of no story stored again, and a member stored unchanged: no change
    store.save(TestArticles.full("b1").withOutlet("Other Wire", "user", null));
    store.save(TestArticles.full("a1"));
    assertThat(views.current(id)).contains(first);

    // a member analysed again: its story's stamp moves on
    AnalyzedArticle a = TestArticles.full("a1");
    store.save(new AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(),
        a.analysisVersion() + "-again", a.source(), a.url(), a.format(), a.title(),
        a.published(), a.dateline(), a.text(), a.structure(), a.entities(), a.times(),
        a.numbers(), a.warnings(), a.actors(), a.affiliations(), a.places(), a.quotes(),
        a.claims(), a.events(), a.outlet(), a.outletFrom(), a.wire(), a.framing()));
    StoryViews.Stamp reanalysed = views.current(id).orElseThrow();
    assertThat(reanalysed.fingerprint()).isNotEqualTo(first.fingerprint());

    // an article joining it
    stored.add(StoryArticle.from(store.load("b1").orElseThrow()));
    List<Story> stories = store.stories().stories();
    StoryViews.Stamp grown = views.current(id).orElseThrow();
    assertThat(grown.fingerprint()).isNotEqualTo(reanalysed.fingerprint());
    for (Story s : stories) {
      assertThat(views.currentFingerprints()).containsEntry(s.id(),
          views.current(s.id()).orElseThrow().fingerprint());
    }
  }

  @Test
  void aMergeMovesTheStampOfTheStoryMergedInto() {
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    stored.addAll(corpus(60));
    List<Story> before = store.stories().stories();
    String a = before.get(0).id();
    String b = before.get(1).id();
    StoryViews views = store.storyViews();
    String was = views.current(a).orElseThrow().fingerprint();
    store.stories().merge(b, a, "test");
    StoryViews.Stamp merged = views.current(a).orElseThrow();
    assertThat(merged.fingerprint()).isNotEqualTo(was);
    // the merged story's id leads to the other's stamp
    assertThat(views.current(b)).contains(merged);
    assertThat(views.currentFingerprints()).containsEntry(a, merged.fingerprint())
        .doesNotContainKey(b).hasSize(before.size() - 1);
  }

  @Test
  void aMergedStoryRedirectsAndListsItsArticlesInTheOther() {
    List<StoryArticle> articles = corpus(60);
    StoryClusterer stored = new StoryClusterer(StoryClusterer.Settings.sitrep(), store.stories());
    stored.addAll(articles);
    List<Story> before = store.stories().stories();
    Story a = before.get(0);
    Story b = before.get(1);
    store.stories().merge(b.id(), a.id(), "test");
    assertThat(store.stories().resolve(b.id())).isEqualTo(a.id());
    Story merged = store.stories().story(b.id()).orElseThrow();
    assertThat(merged.id()).isEqualTo(a.id());
    assertThat(merged.articleIds()).containsAll(b.articleIds()).containsAll(a.articleIds());
    assertThat(store.stories().stories()).hasSize(before.size() - 1);
    assertThat(store.stories().story("s-nothing")).isEmpty();
  }
}
