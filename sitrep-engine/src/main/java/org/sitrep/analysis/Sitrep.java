package org.sitrep.analysis;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorStage;
import org.sitrep.clean.PublicationDateStage;
import org.sitrep.clean.StructureStage;
import org.sitrep.core.Document;
import org.sitrep.core.Loading;
import org.sitrep.core.Pipeline;
import org.sitrep.entities.EntityStage;
import org.sitrep.events.EventStage;
import org.sitrep.framing.FramingStage;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoStage;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.nlp.NlpStage;
import org.sitrep.numbers.NumberStage;
import org.sitrep.quotes.QuoteStage;
import org.sitrep.reference.ReferenceStage;
import org.sitrep.time.TimeStage;

/**
 * Sitrep's standard analysis: structure → publication date → CoreNLP → entities, times, numbers →
 * actors, references (pronouns, "the group"), places, quotes and claims → framing (actor labels
 * and loaded terms); {@link #withEvents} adds events.
 * One instance per process is enough; {@link #analyze} is thread-safe.
 *
 * <pre>{@code
 * Sitrep sitrep = Sitrep.create(NlpSettings.sitrep());
 * AnalyzedArticle out = sitrep.analyze(Article.ofText("a1", text));
 * }</pre>
 */
public final class Sitrep {
  /**
   * The release version, for people ({@code sitrep --version}, eval headers). What the store
   * compares is {@link #analysisVersion()}, which changes with every rule, lexicon or library
   * change that could change the output, release or not.
   */
  public static final String RELEASE = "0.1.0";

  private final Pipeline pipeline;
  private final String analysisVersion;

  private Sitrep(Pipeline pipeline, String analysisVersion) {
    this.pipeline = pipeline;
    this.analysisVersion = analysisVersion;
  }

  /**
   * The standard analysis over the process-wide CoreNLP for {@code settings}: structure, date,
   * entities, times, numbers, actors, places, quotes and claims.
   */
  public static Sitrep create(NlpSettings settings) {
    return assemble(settings, null, false);
  }

  /**
   * The standard analysis plus events from dependency parses: what {@code sitrep analyze} runs
   * unless told {@code --no-events}. The parser loads on first use and costs about as much as
   * the rest of the analysis together, which is why {@link #create} leaves it out.
   */
  public static Sitrep withEvents(NlpSettings settings) {
    return assemble(settings, null, true);
  }

  /**
   * The standard analysis with a user's actor dictionary on top of the built-in one (see
   * {@code ActorDictionary.withUserOverlay} for the file format), with or without events.
   */
  public static Sitrep withActorOverlay(NlpSettings settings, Path actorOverlay, boolean events) {
    return assemble(settings, java.util.Objects.requireNonNull(actorOverlay, "actorOverlay"),
        events);
  }

  /**
   * Loads what the analysis needs and chains its stages. The loads that do not depend on each
   * other run side by side ({@link Loading}): CoreNLP's models, the gazetteer and the analysis
   * version's digest each in a thread of their own, the actor dictionary (with the user's overlay,
   * whose errors thus still come before the models are waited for) in the caller's. One after the
   * other they kept one core busy for most of a short run's start-up.
   */
  private static Sitrep assemble(NlpSettings settings, Path actorOverlay, boolean events) {
    CompletableFuture<CoreNlp> nlp =
        Loading.inBackground("sitrep-load-corenlp", () -> CoreNlp.shared(settings));
    CompletableFuture<Gazetteer> places =
        Loading.inBackground("sitrep-load-gazetteer", Gazetteer::shared);
    CompletableFuture<String> version =
        Loading.inBackground("sitrep-load-version", AnalysisVersion::current);
    ActorDictionary dictionary = actorOverlay == null ? ActorDictionary.builtIn()
        : ActorDictionary.withUserOverlay(actorOverlay);
    Loading.join(places);
    ActorStage actors = ActorStage.create(dictionary);
    Pipeline.Builder b = stages(Loading.join(nlp), actors);
    String v = Loading.join(version);
    return new Sitrep((events ? withEvents(b, actors) : b).build(),
        actorOverlay == null ? v : AnalysisVersion.withActorOverlay(v, actorOverlay));
  }

  /** The standard stage chain over a loaded CoreNLP, to be validated by {@code build()}. */
  public static Pipeline.Builder standard(CoreNlp nlp) {
    return stages(nlp, ActorStage.create());
  }

  /**
   * Events, then their participants' actor codes from the actors stage's own coder (so a user
   * overlay codes event participants too).
   */
  private static Pipeline.Builder withEvents(Pipeline.Builder b, ActorStage actors) {
    return b.then(EventStage.create(actors.dictionary())).then(EventActorStage.using(actors.coder()));
  }

  private static Pipeline.Builder stages(CoreNlp nlp, ActorStage actors) {
    return Pipeline.startingWith(Article.LAYER)
        .then(StructureStage.create())
        .then(PublicationDateStage.create())
        .then(NlpStage.using(nlp))
        .then(EntityStage.create(Gazetteer.shared(), actors.dictionary()))
        .then(TimeStage.create())
        .then(NumberStage.create())
        .then(actors)
        .then(ReferenceStage.create())
        .then(GeoStage.create())
        .then(QuoteStage.create())
        .then(FramingStage.create());
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /**
   * The analysis version this instance records with every article it analyses: {@link
   * AnalysisVersion#current()}, plus the user actor dictionary's digest when there is one.
   */
  public String analysisVersion() {
    return analysisVersion;
  }

  /** Runs every stage on one article. */
  public Document run(Article article) {
    return pipeline.run(Document.of(Article.LAYER, article));
  }

  /** Runs every stage on one article and returns it in the output schema. */
  public AnalyzedArticle analyze(Article article) {
    return AnalyzedArticle.from(run(article), analysisVersion);
  }
}
