package org.sitrep.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.quotes.Quotes;
import org.sitrep.reference.References;

/**
 * The per-article half of framing: the labels the article attaches to each actor (appositions,
 * premodifiers, bracketed definitions, descriptions the reference layer resolved; see {@link
 * LabelForm}) and every occurrence of a loaded-language term (lexicon {@code
 * org/sitrep/framing/loaded-terms.tsv}, categories {@link LoadedCategory}), each with its {@link
 * Voice}: the outlet's own narration, or quoted — inside a quote or reported speech of the quotes
 * layer, inside quotation marks, or after a verb that attributes a view ("X considers Y a …") —
 * with the speaker when the text names one. Stories aggregate these per outlet.
 *
 * <p>Rules read CoreNLP's tokens and tags, the entities, actors, references and quotes layers;
 * no parse. Only analysed text is read (no boilerplate). Input with no actors or no loaded words
 * gives an empty layer, never an exception.
 *
 * <p>Stateless and thread-safe.
 */
public final class FramingStage implements Stage<Framing> {
  private final FramingWords words;

  private FramingStage(FramingWords words) {
    this.words = words;
  }

  /** The stage with Sitrep's bundled lexicon and word lists. */
  public static FramingStage create() {
    return new FramingStage(FramingWords.load());
  }

  @Override
  public String name() {
    return "framing";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, NlpAnalysis.LAYER, Entities.LAYER, Actors.LAYER,
        References.LAYER, Quotes.LAYER);
  }

  @Override
  public Layer<Framing> produces() {
    return Framing.LAYER;
  }

  @Override
  public Framing process(Document document) {
    String text = document.get(Article.LAYER).text();
    List<StructureSpan> analysed = new ArrayList<>();
    for (StructureSpan s : document.get(Structure.LAYER).analysed()) {
      if (s.span().end() <= text.length()) {
        analysed.add(s);
      }
    }
    List<Sentence> sentences = document.get(NlpAnalysis.LAYER).sentences().stream()
        .filter(s -> s.end() <= text.length() && !s.tokens().isEmpty())
        .toList();
    List<Entity> entities = document.get(Entities.LAYER).entities();
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    // Actors get labels; so do people and organisations the actors stage did not code, since
    // an outlet's label for an unknown group is exactly what a reader compares.
    Set<String> eligible = new HashSet<>();
    for (ActorRef a : document.get(Actors.LAYER).actors()) {
      if (a.entityId() != null) {
        eligible.add(a.entityId());
      }
    }
    for (Entity e : entities) {
      if (e.type() != EntityType.LOCATION) {
        eligible.add(e.id());
      }
    }
    ArticleText t = new ArticleText(text, analysed, sentences, entities);
    References references = document.get(References.LAYER);
    Voices voices = new Voices(t, document.get(Quotes.LAYER).quotes(), references,
        words.viewVerbs);
    List<ActorLabel> labels = new LabelFinder(t, eligible, words.bareNouns, voices)
        .find(references, byId);
    return new Framing(labels, new TermFinder(t, words, voices, eligible).find(labels, references));
  }
}
