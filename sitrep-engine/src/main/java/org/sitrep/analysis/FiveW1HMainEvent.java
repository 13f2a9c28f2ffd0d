package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.analysis.FiveW1HEvaluator.Answers;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.Times;

/**
 * Sitrep's answer to who, what, when and where of an article's main event.
 *
 * <p>News is written as an inverted pyramid: the headline and the lead state the main event, the
 * body adds detail and background. So every answer is looked for in the headline and lead first
 * and in the rest of the article only when they hold none:
 *
 * <ul>
 *   <li>who: the first person or organisation named in the headline's subject (before its
 *       predicate), else in the lead sentence (the first sentence after the headline), else in
 *       the rest of the headline, else in the lead, else anywhere, as the text names it;
 *   <li>what: the headline's predicate phrase (see {@link FiveW1HPredicate}), else the lead
 *       sentence's, else the headline itself;
 *   <li>when: the first date or time expression of the lead, else of the article;
 *   <li>where: the first location of the headline and lead, else the dateline's place, else the
 *       article's first location.
 * </ul>
 *
 * <p>The event layer is deliberately not used: measured against the Giveme5W1H gold standard, the
 * first coded event's source and place answered who and where worse than these positional rules,
 * because the coded event is often a quoted side event rather than the one the headline reports.
 * Reads the {@link Article}, {@link Entities}, {@link Times} and {@link NlpAnalysis} layers, and
 * {@link Structure} when present (headline span, dateline).
 */
final class FiveW1HMainEvent {
  private static final Set<String> DATES = Set.of("DATE", "TIME");
  private static final Set<EntityType> ACTORS = Set.of(EntityType.PERSON,
      EntityType.ORGANIZATION);
  private static final Set<EntityType> PLACES = Set.of(EntityType.LOCATION);
  /** Longer predicates are clause chains, not the phrase a summary would give. */
  private static final int MAX_WHAT_TOKENS = 8;

  private FiveW1HMainEvent() {}

  /**
   * The answers for an analysed article whose lead (headline, standfirst and first paragraph) ends
   * at {@code leadEnd}; an answer is null when the article offers none.
   *
   * @throws IllegalArgumentException if {@code leadEnd} lies outside the text
   * @throws IllegalStateException if a layer named in the class comment is missing
   */
  static Answers answer(Document doc, int leadEnd) {
    Article article = doc.get(Article.LAYER);
    String text = article.text();
    checkArgument(leadEnd >= 0 && leadEnd <= text.length(), "lead end %s outside [0, %s]", leadEnd,
        text.length());
    Structure structure = doc.has(Structure.LAYER) ? doc.get(Structure.LAYER) : null;
    Span title = titleSpan(article, structure);
    Span lead = Span.of(0, leadEnd);
    Span all = Span.of(0, text.length());
    List<Sentence> sentences = doc.get(NlpAnalysis.LAYER).sentences();
    Span leadSentence = leadSentence(sentences, title.end());
    List<Entity> entities = doc.get(Entities.LAYER).entities();

    Optional<Span> titlePredicate = predicate(sentences, title);
    // The headline's subject is who acts; an actor after its verb is the one acted upon.
    Span titleSubject = titlePredicate.map(p -> Span.of(title.start(), p.start())).orElse(title);
    String who = firstMention(entities, ACTORS, titleSubject)
        .or(() -> firstMention(entities, ACTORS, leadSentence))
        .or(() -> firstMention(entities, ACTORS, title))
        .or(() -> firstMention(entities, ACTORS, lead))
        .or(() -> firstMention(entities, ACTORS, all))
        .map(Mention::text).orElse(null);
    String what = titlePredicate.or(() -> predicate(sentences, leadSentence)).map(p -> p.in(text))
        .or(() -> Optional.ofNullable(article.title()).filter(t -> !t.isBlank()))
        .orElse(null);
    // Only the story's own times: a dateline or stamp date says when it was filed, not when.
    List<TimeExpression> times = doc.get(Times.LAYER).inText().stream()
        .filter(t -> DATES.contains(t.type()))
        .sorted(Comparator.comparingInt(TimeExpression::start)).toList();
    String when = times.stream().filter(t -> lead.contains(t.span())).findFirst()
        .or(() -> times.stream().findFirst()).map(TimeExpression::text).orElse(null);
    String where = firstMention(entities, PLACES, lead).map(Mention::text)
        .or(() -> Optional.ofNullable(structure).map(Structure::datelinePlace))
        .or(() -> firstMention(entities, PLACES, all).map(Mention::text))
        .orElse(null);
    return new Answers(who, what, when, where);
  }

  /**
   * The headline's span: as the structure layer found it, else the article's title where the text
   * opens with it, else empty at the start.
   */
  static Span titleSpan(Article article, Structure structure) {
    if (structure != null && structure.title() != null) {
      return structure.title();
    }
    String title = article.title();
    if (title != null && !title.isBlank() && article.text().startsWith(title)) {
      return Span.of(0, title.length());
    }
    return Span.of(0, 0);
  }

  /**
   * The first sentence starting at or after {@code from}, else an empty span there. Sentences are
   * compared by offset, not list order, so a layer listing them by section still yields the first.
   */
  static Span leadSentence(List<Sentence> sentences, int from) {
    return sentences.stream().filter(s -> s.start() >= from)
        .min(Comparator.comparingInt(Sentence::start))
        .map(s -> Span.of(s.start(), s.end())).orElse(Span.of(from, from));
  }

  private static Optional<Span> predicate(List<Sentence> sentences, Span within) {
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      if (within.overlaps(Span.of(s.start(), s.end()))) {
        s.tokens().stream().filter(t -> within.contains(Span.of(t.start(), t.end())))
            .forEach(tokens::add);
      }
    }
    tokens.sort(Comparator.comparingInt(Token::start));
    return FiveW1HPredicate.find(tokens, MAX_WHAT_TOKENS);
  }

  private static Optional<Mention> firstMention(List<Entity> entities, Set<EntityType> types,
      Span within) {
    return entities.stream().filter(en -> types.contains(en.type()))
        .flatMap(en -> en.mentions().stream()).filter(m -> within.contains(m.span()))
        .min(Comparator.comparingInt(Mention::start));
  }
}
