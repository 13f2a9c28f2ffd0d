package org.sitrep.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Revision;
import org.sitrep.store.Status;

class ReconcileTest {
  @TempDir Path dir;
  private ArticleStore store;
  private SearchIndex index;

  @BeforeEach
  void open() {
    store = ArticleStore.openEmbedded(dir.resolve("data"));
    index = SearchIndex.open(dir.resolve("data/index"));
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  private void save(AnalyzedArticle a) {
    store.save(a);
  }

  private static AnalyzedArticle article(String id, String body) {
    return SearchIndexTest.article(id, "Wire", "2026-01-03", "Title " + id, body);
  }

  @Test
  void redoesDocumentsIndexedUnderAnEarlierSchema() throws Exception {
    save(article("a", "Airstrike on the bridge."));
    save(article("b", "Talks on the border."));
    assertThat(index.reconcile(store)).isEqualTo(2);
    index.close();
    // A document as schema 1 wrote it: the same revision stamp, no schema field.
    Revision r = store.latestRevisions().get("a");
    try (FSDirectory d = FSDirectory.open(dir.resolve("data/index"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document old = new Document();
      old.add(new StringField(SearchIndex.ID, "a", Field.Store.YES));
      old.add(new StoredField(SearchIndex.VERSION, r.version()));
      old.add(new StoredField(SearchIndex.CONTENT_HASH, r.contentHash()));
      old.add(new StoredField(SearchIndex.ANALYSIS_VERSION, r.analysisVersion()));
      w.updateDocument(new Term(SearchIndex.ID, "a"), old);
    }
    index = SearchIndex.open(dir.resolve("data/index"));

    assertThat(index.reconcile(store)).isEqualTo(1);
    assertThat(index.reconcile(store)).isZero();
    assertThat(index.search(SearchQuery.forText("airstrike")).hits()).singleElement()
        .satisfies(h -> assertThat(h.source()).isEqualTo("Wire"));
  }

  @Test
  void rebuildsADeletedIndexAndThenHasNothingToDo() throws Exception {
    save(article("a", "Airstrike on the bridge."));
    save(article("b", "Talks on the border."));
    save(article("c", "Convoy attacked at dawn."));

    assertThat(index.reconcile(store)).isEqualTo(3);
    assertThat(index.reconcile(store)).isZero();

    index.close();
    MoreFiles.deleteRecursively(dir.resolve("data/index"), RecursiveDeleteOption.ALLOW_INSECURE);
    index = SearchIndex.open(dir.resolve("data/index"));
    assertThat(index.size()).isZero();

    assertThat(index.reconcile(store)).isEqualTo(3);
    assertThat(index.size()).isEqualTo(3);
    SearchHit hit = index.search(SearchQuery.forText("convoy")).hits().get(0);
    assertThat(hit.id()).isEqualTo("c");
    assertThat(hit.version()).isEqualTo(1);
  }

  @Test
  void catchesUpWithNewVersionsReanalysesAndRemovals() {
    save(article("a", "Airstrike on the bridge."));
    save(article("b", "Talks on the border."));
    index.reconcile(store);
    // The store moves on while the index is not told: a crash between store and index.
    AnalyzedArticle a2 = article("a", "Bridge rebuilt after the airstrike.");
    assertThat(store.save(a2).outcome()).isEqualTo(Status.CHANGED);
    AnalyzedArticle b = article("b", "Talks on the border.");
    AnalyzedArticle bRedone = new AnalyzedArticle(b.schema(), b.id(), 0, b.contentHash(), "0.2.0",
        b.source(), b.url(), b.format(), "Retitled talks", b.published(), b.dateline(), b.text(),
        b.structure(), b.entities(), b.times(), b.numbers(), b.warnings());
    assertThat(store.save(bRedone).outcome()).isEqualTo(Status.REANALYSE);
    save(article("d", "Ceasefire declared."));
    index.index(article("ghost", "Never stored in the store."));
    index.commit();

    assertThat(index.reconcile(store)).isEqualTo(4);

    assertThat(index.size()).isEqualTo(3);
    assertThat(index.search(SearchQuery.forText("rebuilt")).hits().get(0).version()).isEqualTo(2);
    assertThat(index.search(SearchQuery.forText("retitled")).hits()).extracting(SearchHit::id)
        .containsExactly("b");
    assertThat(index.search(SearchQuery.forText("ceasefire")).totalHits()).isEqualTo(1);
    assertThat(index.search(SearchQuery.forText("never")).totalHits()).isZero();
    assertThat(index.reconcile(store)).isZero();
  }

  @Test
  void reconciledChangesAreCommitted() {
    save(article("a", "Airstrike on the bridge."));
    index.reconcile(store);
    index.close();
    index = SearchIndex.open(dir.resolve("data/index"));

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.reconcile(store)).isZero();
  }
}
