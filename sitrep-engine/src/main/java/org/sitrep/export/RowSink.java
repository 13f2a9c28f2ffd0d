package org.sitrep.export;

import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.sitrep.analysis.AnalyzedArticle;

/** A sink for line formats, which have nothing to write after the last article. */
abstract class RowSink implements Exporter.Sink {
  private final Writer out;
  private boolean finished;

  RowSink(Writer out) {
    this.out = out;
  }

  abstract void rows(AnalyzedArticle article, Writer w) throws IOException;

  @Override
  public final void write(AnalyzedArticle article) throws IOException {
    Objects.requireNonNull(article, "article");
    checkState(!finished, "export already finished");
    rows(article, out);
    out.flush();
  }

  @Override
  public final void finish() throws IOException {
    finished = true;
    out.flush();
  }
}
