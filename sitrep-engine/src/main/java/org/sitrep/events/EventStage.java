package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.Actors;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.numbers.Numbers;
import org.sitrep.quotes.Quotes;
import org.sitrep.reference.References;
import org.sitrep.time.Times;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts events — who did what to whom, when, where, how sure — from an article's sentences.
 *
 * <p>Only sentences that need it are dependency-parsed: those with an event verb or noun from the
 * CAMEO lexicon (a verb that codes only through patterns, such as "restore", only with a word that
 * can start one of them, such as "ties") and at least one entity (or a word such as "the pair" or "she" that may refer back
 * to actors already named, or a definite description such as "the group" or "the security
 * forces"), of at most {@value DependencyParser#MAX_TOKENS} tokens
 * (longer "sentences" are tables or run-on text and yield nothing), at least half of whose tokens
 * contain a letter. Besides entities, times and numbers the stage reads the actors stage's kinds,
 * so that "the group" can refer back to a non-state organisation, the reference layer, so that a
 * pronoun is whom the article's one resolver says it is, and the quotes layer, so that "I" and
 * "we" inside a quotation are its speaker and the speaker's side (see {@code QuoteVoices}). The parser is CoreNLP's
 * neural dependency parser over the NLP layer's own tokens, loaded once per process on first use.
 * Repeated reports of one event inside the article are one event with several {@link Mention}s.
 * See {@link Event} for the record, {@code EventExtractor} for the rules and {@code
 * EventWords} for their word lists.
 *
 * <p>Stateless and thread-safe. A sentence the rules cannot handle is skipped with a log message,
 * never failing the article.
 */
public final class EventStage implements Stage<Events> {
  private static final Logger LOG = LoggerFactory.getLogger(EventStage.class);

  private final SentenceParser parser;
  private final VerbLexicon lexicon = VerbLexicon.get();
  private final EventWords words = EventWords.get();
  private final AgentNouns agents;
  private final EventExtractor extractor;
  private final Counterparts counterparts = new Counterparts(words);
  private final TollSentences tolls = new TollSentences(words);

  private EventStage(SentenceParser parser, ActorDictionary actors) {
    this.parser = parser;
    this.agents = new AgentNouns(actors, words);
    this.extractor = new EventExtractor(lexicon, CameoTable.get(), words, agents);
  }

  /**
   * The stage with CoreNLP's English UD dependency parser, shared per process, and the built-in
   * actor dictionary.
   */
  public static EventStage create() {
    return create(ActorDictionary.builtIn());
  }

  /**
   * The stage with CoreNLP's English UD dependency parser, shared per process, deciding which
   * unnamed noun phrases are actors ("security forces", "border guards") from {@code actors}'
   * agent table: pass the actors stage's dictionary, so that the participants the events find
   * are those its coder then codes.
   *
   * @throws NullPointerException if {@code actors} is null
   */
  public static EventStage create(ActorDictionary actors) {
    return new EventStage(tokens -> DependencyParser.shared().parse(tokens),
        Objects.requireNonNull(actors, "actors"));
  }

  /** The stage over another parser and the built-in actor dictionary; for tests. */
  static EventStage using(SentenceParser parser) {
    return new EventStage(Objects.requireNonNull(parser, "parser"), ActorDictionary.builtIn());
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Published.LAYER, NlpAnalysis.LAYER, Entities.LAYER, Times.LAYER,
        Numbers.LAYER, Actors.LAYER, References.LAYER, Quotes.LAYER);
  }

  @Override
  public Layer<Events> produces() {
    return Events.LAYER;
  }

  @Override
  public Events process(Document document) {
    Article article = document.get(Article.LAYER);
    NlpAnalysis nlp = document.get(NlpAnalysis.LAYER);
    ArticleContext ctx = new ArticleContext(article.id(), article.text(),
        document.get(Entities.LAYER), document.get(References.LAYER),
        document.get(Quotes.LAYER).quotes(), nlp.sentences(),
        document.get(Times.LAYER).inText(), document.get(Numbers.LAYER).mentions(),
        document.get(Published.LAYER).value(), agents::word);
    List<Event> events = new ArrayList<>();
    Set<Integer> tollOnly = new HashSet<>();
    for (Sentence s : nlp.sentences()) {
      if (!needsParse(s, ctx)) {
        continue;
      }
      if (!ctx.anyEntityIn(s.start(), s.end()) && !refersBack(s, ctx)) {
        tollOnly.add(s.start()); // read only to lend its toll (TollSentences)
      }
      try {
        Optional<Parse> parse = parser.parse(s.tokens());
        if (parse.isPresent()) {
          events.addAll(extractor.extract(parse.get(), s, ctx));
        }
      } catch (RuntimeException e) {
        LOG.warn("article {}: sentence at {} skipped by the event rules: {}", article.id(),
            s.start(), e.toString());
      }
    }
    return new Events(counterparts.keep(TollSentences.keepFolded(EventMerger.attachTolls(
        EventMerger.merge(EventSelection.select(events)),
        nlp.sentences().stream().map(Sentence::start).toList()), tollOnly)));
  }

  private boolean refersBack(Sentence s, ArticleContext ctx) {
    List<Token> tokens = s.tokens();
    // a back-reference can only point at someone named before this sentence
    boolean earlier = !ctx.lastGroup.isEmpty() || ctx.resolvedWithin(s.start(), s.end())
        || ctx.personNamedBefore(s.start());
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (earlier && words.refersBack(w)) {
        return true;
      }
      if ((w.equals("it") || w.equals("they") || w.equals("them"))
          && !ctx.pronounReferents(tokens.get(i).start(), tokens.get(i).end()).isEmpty()) {
        return true; // "It also expelled two envoys": the reference layer says who "it" is
      }
      // "the group", "the security forces": an actor with no name
      for (int d = i - 1; d >= Math.max(0, i - 3); d--) {
        if (agents.definite(tokens.get(d).word().toLowerCase(Locale.ROOT), w)
            && tokens.get(i).pos().startsWith("NN")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean needsParse(Sentence s, ArticleContext ctx) {
    if (s.tokens().isEmpty() || s.tokens().size() > DependencyParser.MAX_TOKENS
        || !(ctx.anyEntityIn(s.start(), s.end()) || refersBack(s, ctx)
            || tolls.statesToll(s, ctx))) {
      return false;
    }
    int lettered = 0;
    for (Token t : s.tokens()) {
      if (t.word().codePoints().anyMatch(Character::isLetter)) {
        lettered++;
      }
    }
    if (2 * lettered < s.tokens().size()) {
      return false; // mostly symbols and numbers: a table or garbage, not a sentence
    }
    return lexicon.anyCandidate(s.tokens());
  }
}
