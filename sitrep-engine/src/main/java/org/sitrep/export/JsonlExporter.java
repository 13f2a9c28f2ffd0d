package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Json;

/** Sitrep's schema as JSON Lines: one article per line, {@code \n}-terminated. */
final class JsonlExporter implements Exporter {
  @Override
  public Sink open(Writer out) {
    Objects.requireNonNull(out, "out");
    return new RowSink(out) {
      @Override
      void rows(AnalyzedArticle article, Writer w) throws IOException {
        w.write(Json.toLine(article));
        w.write('\n');
      }
    };
  }
}
