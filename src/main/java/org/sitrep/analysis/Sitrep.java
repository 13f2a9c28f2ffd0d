package org.sitrep.analysis;

import org.sitrep.actors.ActorStage;
import org.sitrep.clean.PublicationDateStage;
import org.sitrep.clean.StructureStage;
import org.sitrep.core.Document;
import org.sitrep.core.Pipeline;
import org.sitrep.entities.EntityStage;
import org.sitrep.events.EventStage;
import org.sitrep.geo.GeoStage;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.nlp.NlpStage;
import org.sitrep.numbers.NumberStage;
import org.sitrep.quotes.QuoteStage;
import org.sitrep.time.TimeStage;

/**
 * Sitrep's standard analysis: structure → publication date → CoreNLP → entities, times, numbers →
 * actors, places, quotes and claims, events.
 * One instance per process is enough; {@link #analyze} is thread-safe.
 *
 * <pre>{@code
 * Sitrep sitrep = Sitrep.create(NlpSettings.sitrep());
 * AnalyzedArticle out = sitrep.analyze(Article.ofText("a1", text));
 * }</pre>
 */
public final class Sitrep {
  /** The analysis version recorded with every stored article; bump when output changes. */
  public static final String VERSION = "0.1.0";

  private final Pipeline pipeline;

  private Sitrep(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The standard pipeline over the process-wide CoreNLP for {@code settings}. */
  public static Sitrep create(NlpSettings settings) {
    return new Sitrep(standard(CoreNlp.shared(settings)));
  }

  /**
   * The foundation only (structure, date, CoreNLP, entities, times, numbers), without actors,
   * places, quotes and events; what {@code sitrep bench} compares with plain CoreNLP NER.
   */
  public static Sitrep foundation(NlpSettings settings) {
    return new Sitrep(foundationStages(CoreNlp.shared(settings)).build());
  }

  private static Pipeline.Builder foundationStages(CoreNlp nlp) {
    return Pipeline.startingWith(Article.LAYER)
        .then(StructureStage.create())
        .then(PublicationDateStage.create())
        .then(NlpStage.using(nlp))
        .then(EntityStage.create())
        .then(TimeStage.create())
        .then(NumberStage.create());
  }

  /** The standard stage chain over a loaded CoreNLP; validated at build time. */
  public static Pipeline standard(CoreNlp nlp) {
    return foundationStages(nlp)
        .then(ActorStage.create())
        .then(GeoStage.create())
        .then(QuoteStage.create())
        .then(EventStage.create())
        .build();
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** Runs every stage on one article. */
  public Document run(Article article) {
    return pipeline.run(Document.of(Article.LAYER, article));
  }

  /** Runs every stage on one article and returns it in the output schema. */
  public AnalyzedArticle analyze(Article article) {
    return AnalyzedArticle.from(run(article), VERSION);
  }
}
