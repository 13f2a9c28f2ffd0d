package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Outlet;
import org.sitrep.ingest.OutletOrigin;
import org.sitrep.ingest.SourceFormat;

/**
 * An {@link Article} as Spark moves it between executors: Java-serialisable, every field a
 * string, number or list of them, so that {@link #toArticle()} rebuilds exactly the article that
 * {@link #of(Article)} was given (same id, text, metadata, markup, warnings and outlet).
 *
 * <p>Sitrep's own values are not {@link Serializable} on purpose (they are the engine's immutable
 * model, not a wire format); this record is the job's wire format.
 *
 * @param input which input argument the article came from (its position on the command line)
 * @param file the article's file's position among that input's files, in the order the CLI reads
 *     them
 * @param record the article's position in its file
 */
record PortableArticle(int input, int file, int record, String id, String source, String url,
    String title, String published, String text, String format, String origin,
    List<Markup> markup, List<String> warnings, String outletName, String outletFrom,
    String wire) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One markup span. */
  record Markup(String type, int start, int end, String note) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  PortableArticle {
    markup = List.copyOf(markup);
    warnings = List.copyOf(warnings);
  }

  static PortableArticle of(int input, int file, int record, Article a) {
    List<Markup> markup = new ArrayList<>();
    for (StructureSpan s : a.markup()) {
      markup.add(new Markup(s.type().name(), s.span().start(), s.span().end(), s.note()));
    }
    Outlet o = a.outlet();
    return new PortableArticle(input, file, record, a.id(), a.source(), a.url(), a.title(),
        a.published(), a.text(), a.format().name(), a.origin(), markup, a.warnings(), o.name(),
        o.from().name(), o.wire());
  }

  Article toArticle() {
    List<StructureSpan> spans = new ArrayList<>();
    for (Markup m : markup) {
      spans.add(StructureSpan.of(StructureType.valueOf(m.type()), m.start(), m.end(), m.note()));
    }
    return new Article(id, source, url, title, published, text, SourceFormat.valueOf(format),
        origin, spans, warnings, new Outlet(outletName, OutletOrigin.valueOf(outletFrom), wire));
  }

  /** Input order, as the CLI reads: input argument, file, record. */
  long[] order() {
    return new long[] {input, file, record};
  }
}
