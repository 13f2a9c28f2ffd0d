package org.sitrep.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;

/**
 * Resolves an article's references once, for every later stage: third-person pronouns ("he",
 * "she", "it", "they" and their possessives), definite descriptions headed by an organisation noun
 * ("the group", "the ministry", "the militia", "the army"), definite or possessive phrases headed
 * by a role noun ("the president", "Norland's foreign minister"), "the pair", "the statement"
 * (its issuer: the organisation last named) and a bare surname several people named in full share
 * (the bearer named last; a pronoun standing for that surname refers to the bearer too). Each {@link
 * Reference} carries its span, the entity or entities it refers to with the antecedent mention's
 * span, and the {@link ReferenceRule} that chose them.
 *
 * <p>The rules, cheap stand-ins for coreference (which costs plain CoreNLP several times Sitrep's
 * whole analysis):
 * <ul>
 *   <li>agreement: "he" and "she" want a person whose gender the text does not contradict (a title
 *       or gendered role: "Mr", "spokeswoman"; {@code gender-words.txt}); "it" an organisation;
 *       "they" entities named together ("X and Y") or an armed or security body; descriptions an
 *       organisation whose subtype the noun fits ({@code description-nouns.tsv}), never a state
 *       body for "the group"; role nouns a person given that role ({@code role-nouns.txt});
 *   <li>recency with subject preference: a pronoun takes the first agreeing entity of the last
 *       sentence that names one — English puts the subject first, and "X told Y …. He said" is X;
 *   <li>paragraph boundaries: a pronoun reaches back at most two paragraphs and never across a
 *       heading; "they" stays within its paragraph and the previous sentence;
 *   <li>no antecedent inside furniture or quotations: mentions in the title, headings, captions
 *       and boilerplate, and inside quotation marks, are not antecedents for the story's text;
 *   <li>a description resolves to the most recent organisation introduced with its noun ("X, a
 *       militia"), else whose name holds the noun, else of a fitting subtype; an indefinite phrase
 *       ("a minister") refers to no one.
 * </ul>
 * What does not resolve is left out; a reader then keeps the phrase as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceStage implements Stage<References> {
  private final ReferenceWords words;

  private ReferenceStage(ReferenceWords words) {
    this.words = words;
  }

  /** The stage with Sitrep's bundled word lists. */
  public static ReferenceStage create() {
    return new ReferenceStage(ReferenceWords.load());
  }

  @Override
  public String name() {
    return "references";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, NlpAnalysis.LAYER, Entities.LAYER, Actors.LAYER);
  }

  @Override
  public Layer<References> produces() {
    return References.LAYER;
  }

  @Override
  public References process(Document document) {
    String text = document.get(Article.LAYER).text();
    List<StructureSpan> paragraphs = new ArrayList<>();
    for (StructureSpan s : document.get(Structure.LAYER).analysed()) {
      if (s.span().end() <= text.length()) {
        paragraphs.add(s);
      }
    }
    List<Sentence> sentences = document.get(NlpAnalysis.LAYER).sentences().stream()
        .filter(s -> s.end() <= text.length() && !s.tokens().isEmpty())
        .toList();
    Map<String, ActorKind> kinds = new HashMap<>();
    for (ActorRef a : document.get(Actors.LAYER).actors()) {
      if (a.entityId() != null) {
        kinds.putIfAbsent(a.entityId(), a.kind());
      }
    }
    return new References(new Resolver(text, paragraphs, sentences,
        document.get(Entities.LAYER).entities(), kinds, words).resolveAll());
  }
}
