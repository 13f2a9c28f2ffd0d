package org.sitrep.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.sitrep.analysis.AnalyzedArticle;

/** Runs an exporter over articles into a string. */
final class Run {
  private Run() {}

  static String export(Exporter exporter, AnalyzedArticle... articles) {
    StringWriter out = new StringWriter();
    try {
      Exporter.Sink sink = exporter.open(out);
      for (AnalyzedArticle a : articles) {
        sink.write(a);
      }
      sink.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
