package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Batch;
import org.sitrep.ingest.Article;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.TestArticles;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryArticle;
import org.sitrep.stories.StoryClusterer;

/**
 * The service's stored stories: a store filled without stories (as before they were stored)
 * gets them built once on first read, saying so, and the same stories as clustering the corpus in
 * memory; articles stored later join on the next read, without a rebuild.
 */
class StoredStoriesTest {
  @TempDir Path dir;

  private static final class Messages implements RunListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void message(String text) {
      lines.add(text);
    }

    @Override
    public void done(Article article, Batch.Outcome outcome) {}
  }

  @Test
  void aStoreWithoutStoriesGetsThemBuiltOnceThenGrows() {
    List<AnalyzedArticle> all = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      all.add(TestArticles.generated(i));
    }
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      all.subList(0, 20).forEach(store::save);
    }
    StoryClusterer memory = StoryClusterer.sitrep();
    memory.addAll(all.subList(0, 20).stream().map(StoryArticle::from).toList());
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> {
      throw new AssertionError("reading stories must not load the analysis");
    })) {
      Messages first = new Messages();
      List<Story> stories = app.stories(first);
      assertThat(first.lines).singleElement().asString()
          .contains("building the stories of 20 stored article(s) once");
      assertThat(stories).isEqualTo(memory.stories());
      Messages second = new Messages();
      assertThat(app.stories(second)).isEqualTo(stories);
      assertThat(second.lines).isEmpty();
    }
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      all.subList(20, 30).forEach(store::save);
    }
    memory.addAll(all.subList(20, 30).stream().map(StoryArticle::from).toList());
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> null)) {
      Messages later = new Messages();
      assertThat(app.stories(later)).isEqualTo(memory.stories());
      assertThat(later.lines).singleElement().asString()
          .contains("adding 10 stored article(s) that are in no story yet");
      String id = memory.stories().get(0).id();
      assertThat(app.story(id)).map(Story::id).contains(id);
      assertThat(app.story("s-none")).isEmpty();
    }
  }

  @Test
  void aStoryPageIsStoredAndComputedAgainOnlyWhenTheStoryOrAnArticleChanges() {
    List<AnalyzedArticle> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(TestArticles.generated(i));
    }
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      all.subList(0, 10).forEach(store::save);
    }
    List<Object> computed = new ArrayList<>();
    // counts the whole pages computed (the encoder also writes each page's parts: its head,
    // with members_total, and its paged lists, with items)
    java.util.function.Function<Object, String> encoder = page -> {
      java.util.Map<?, ?> m = (java.util.Map<?, ?>) page;
      if (m.containsKey("members") && !m.containsKey("members_total")) {
        computed.add(page);
        return "page " + computed.size();
      }
      return "part of page " + computed.size() + ": " + m.keySet();
    };
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> null)) {
      int stories = app.stories().size();
      assertThat(app.refreshStoryPages(encoder, RunListener.SILENT)).isEqualTo(stories);
      assertThat(app.refreshStoryPages(encoder, RunListener.SILENT)).isZero();
      Story first = app.stories().get(0);
      String page = app.storyPage(first, encoder);
      assertThat(computed).hasSize(stories);
      assertThat(app.storyPage(first, encoder)).isEqualTo(page);
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> doc = (java.util.Map<String, Object>) computed.get(0);
      assertThat(doc).containsKeys("members", "fused_events", "timeline", "fused_event_places");
    }
    // one member analysed again (same content, new analysis): its story's page is stale
    Story before;
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> null)) {
      before = app.stories().get(0);
    }
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      AnalyzedArticle member = store.load(before.articleIds().get(0)).orElseThrow();
      AnalyzedArticle a = member.withOutlet("Another Outlet", "user", null);
      store.save(new AnalyzedArticle(a.schema(), a.id(), a.version(), a.contentHash(),
          a.analysisVersion() + "-again", a.source(), a.url(), a.format(), a.title(),
          a.published(), a.dateline(), a.text(), a.structure(), a.entities(), a.times(),
          a.numbers(), a.warnings(), a.actors(), a.affiliations(), a.places(), a.quotes(),
          a.claims(), a.events(), a.outlet(), a.outletFrom(), a.wire(), a.framing()));
    }
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> null)) {
      int was = computed.size();
      app.storyPage(app.story(before.id()).orElseThrow(), encoder);
      assertThat(computed).hasSize(was + 1);
      assertThat(app.refreshStoryPages(encoder, RunListener.SILENT)).isZero();
    }
    // new articles: the stories they join are computed again, the others are not
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      all.subList(10, 12).forEach(store::save);
    }
    try (SitrepService app = SitrepService.open(DataLocation.embedded(dir), () -> null)) {
      int stories = app.stories().size();
      int refreshed = app.refreshStoryPages(encoder, RunListener.SILENT);
      assertThat(refreshed).isPositive().isLessThanOrEqualTo(stories);
    }
  }
}
