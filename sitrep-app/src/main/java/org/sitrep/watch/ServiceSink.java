package org.sitrep.watch;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Sitrep;
import org.sitrep.app.RunListener;
import org.sitrep.app.SitrepService;
import org.sitrep.ingest.Article;

/**
 * The production {@link ArticleSink}: {@link SitrepService#analyze}, the path {@code sitrep
 * analyze} takes, so outlets, skipping of stored unchanged content and re-analysis on a new
 * analysis version behave the same. The analysis is asked for on the first article, so a cycle
 * that finds nothing new never loads the language models.
 */
public final class ServiceSink implements ArticleSink {
  private final SitrepService service;
  private final Supplier<Sitrep> analysis;
  private final int threads;
  private final RunListener listener;

  /**
   * @param analysis gives the analysis; called on the first store (memoise it)
   * @param threads analysis threads, at least 1
   */
  public ServiceSink(SitrepService service, Supplier<Sitrep> analysis, int threads,
      RunListener listener) {
    this.service = Objects.requireNonNull(service, "service");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.threads = Math.max(1, threads);
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public boolean stored(String articleId) {
    return !service.versions(articleId).isEmpty();
  }

  @Override
  public List<Batch.Outcome> store(List<Article> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    return service.analyze(articles, analysis.get(), threads, listener).outcomes();
  }
}
