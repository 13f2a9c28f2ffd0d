package org.sitrep.watch;

import java.util.List;
import org.sitrep.analysis.Batch;
import org.sitrep.ingest.Article;

/**
 * Where the watcher hands new articles: in production {@link ServiceSink} (analyse, store and
 * index through {@link org.sitrep.app.SitrepService}, as {@code sitrep analyze} does); in tests
 * a list. Called from the watcher's one thread.
 */
public interface ArticleSink {
  /** Whether the store already holds an article with this id (any content, any version). */
  boolean stored(String articleId);

  /**
   * Analyses and stores {@code articles}; one outcome per article, in order. Never throws for one
   * bad article: its outcome says {@code failed} and why.
   */
  List<Batch.Outcome> store(List<Article> articles);
}
