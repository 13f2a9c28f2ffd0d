package org.sitrep.nlp;

import java.util.Set;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.ingest.Article;

/**
 * Runs CoreNLP over the analysed parts of an article (title, standfirst, captions, body), with the
 * article's reference date as SUTime's document date. Boilerplate, the dateline and bylines are
 * blanked to spaces of the same length rather than cut out, so CoreNLP never sees them (a dateline
 * left in breaks parses) and every offset it reports is an offset into the original text.
 */
public final class NlpStage implements Stage<NlpAnalysis> {
  private final CoreNlp nlp;

  private NlpStage(CoreNlp nlp) {
    this.nlp = nlp;
  }

  /** A stage over the given loaded pipeline. */
  public static NlpStage using(CoreNlp nlp) {
    return new NlpStage(nlp);
  }

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, Published.LAYER);
  }

  @Override
  public Layer<NlpAnalysis> produces() {
    return NlpAnalysis.LAYER;
  }

  @Override
  public NlpAnalysis process(Document document) {
    Article article = document.get(Article.LAYER);
    String text = document.get(Structure.LAYER).analysisText(article.text());
    if (text.isBlank()) {
      return new NlpAnalysis(java.util.List.of(), java.util.List.of());
    }
    return nlp.analyse(text, document.get(Published.LAYER).date().orElse(null));
  }
}
