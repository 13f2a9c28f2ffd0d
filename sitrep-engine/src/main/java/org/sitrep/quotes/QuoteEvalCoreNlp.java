package org.sitrep.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpSettings;

/**
 * Plain CoreNLP's quote annotator and quote attribution as a {@link QuoteEvaluator.Annotator}. The
 * project's {@code CoreNlp} wrapper keeps only tokens and mentions, so this holds its own pipeline;
 * {@link StanfordCoreNLP#annotate} is thread-safe, so this is too.
 */
final class QuoteEvalCoreNlp {
  private final StanfordCoreNLP pipeline;

  QuoteEvalCoreNlp(NlpSettings settings) {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", settings.annotators()));
    if (!settings.nerModels().isEmpty()) {
      p.setProperty("ner.model", String.join(",", settings.nerModels()));
    }
    p.setProperty("ner.applyFineGrained", Boolean.toString(settings.fineGrained()));
    if (settings.newlineBreaks()) {
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    }
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** The article's top-level quotations with their attributed speakers. */
  List<QuoteEvaluator.Found> quotes(Article article) {
    Annotation ann = new Annotation(article.text());
    pipeline.annotate(ann);
    List<CoreMap> quotes = ann.get(CoreAnnotations.QuotationsAnnotation.class);
    List<QuoteEvaluator.Found> out = new ArrayList<>();
    if (quotes == null) {
      return out;
    }
    for (CoreMap q : quotes) {
      String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
      String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
      out.add(new QuoteEvaluator.Found(
          q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          q.get(CoreAnnotations.TextAnnotation.class),
          canonical != null && !canonical.isBlank() ? canonical : speaker));
    }
    return out;
  }
}
