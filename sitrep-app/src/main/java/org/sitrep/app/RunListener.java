package org.sitrep.app;

import org.sitrep.analysis.Batch;
import org.sitrep.ingest.Article;

/**
 * Hears how an analysis run goes: a message now and then ("index caught up…") and each article as
 * it completes. Called from one thread at a time.
 */
public interface RunListener extends Batch.Listener {
  /** A listener that ignores everything (the server's ingest). */
  RunListener SILENT = new RunListener() {
    @Override
    public void message(String text) {}

    @Override
    public void done(Article article, Batch.Outcome outcome) {}
  };

  /** A line worth telling the user. */
  void message(String text);
}
