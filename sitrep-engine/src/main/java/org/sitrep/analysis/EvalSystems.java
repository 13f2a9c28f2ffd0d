package org.sitrep.analysis;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.analysis.FiveW1HEvaluator.Answers;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityEvaluator;
import org.sitrep.entities.Mention;
import org.sitrep.eval.EvalDoc;
import org.sitrep.events.EventEvaluator;
import org.sitrep.events.EventEvaluator.Coded;
import org.sitrep.events.Events;
import org.sitrep.events.PetrarchActorCoder;
import org.sitrep.events.PetrarchVerbCoder;
import org.sitrep.events.PloverEvaluator;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NerSpan;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.quotes.QuoteEvaluator;
import org.sitrep.quotes.Quotes;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.TimexEvaluator;
import org.sitrep.time.Times;

/**
 * The systems {@code sitrep eval} compares: Sitrep's whole pipeline, and plain CoreNLP on the raw
 * text with the same reference date. Both are measured by the same evaluator on the same data.
 */
public final class EvalSystems {
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  /** CoreNLP NER types that name no actor. */
  private static final Set<String> NOT_ACTORS = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT", "EMAIL", "URL");
  private static final Set<String> LOCATIONS = Set.of("LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");

  private EvalSystems() {}

  /** The evaluation document as an article, its creation time as metadata publication date. */
  static Article article(EvalDoc doc) {
    return new Article(doc.id(), null, null, null, doc.dct() == null ? null : doc.dct().toString(),
        doc.text(), SourceFormat.TEXT, "eval", List.of(), List.of());
  }

  public static TimexEvaluator.Annotator timex(Sitrep sitrep) {
    return doc -> sitrep.run(article(doc)).get(Times.LAYER).expressions();
  }

  public static TimexEvaluator.Annotator timex(CoreNlp plain) {
    return doc -> {
      List<TimeExpression> out = new ArrayList<>();
      for (NerSpan m : plain.analyse(doc.text(), doc.dct()).mentions()) {
        if (TEMPORAL.contains(m.type()) && m.timexType() != null) {
          out.add(new TimeExpression(m.start(), m.end(), doc.text().substring(m.start(), m.end()),
              m.timexType(), m.timexValue()));
        }
      }
      return out;
    };
  }

  /**
   * Sitrep's named entities: every mention of each {@linkplain Entity#named named} person,
   * organisation and place; descriptions typed for the actors ("the Syrian defense ministry") are
   * not named entities and are not scored.
   */
  public static EntityEvaluator.Annotator entities(Sitrep sitrep) {
    return doc -> {
      List<EntityEvaluator.Predicted> out = new ArrayList<>();
      for (Entity e : sitrep.run(article(doc)).get(Entities.LAYER).entities()) {
        if (!e.named()) {
          continue;
        }
        String type = switch (e.type()) {
          case PERSON -> "PER";
          case ORGANIZATION -> "ORG";
          case LOCATION -> "LOC";
          case GROUP -> null;
        };
        if (type != null) {
          for (Mention m : e.mentions()) {
            out.add(new EntityEvaluator.Predicted(m.start(), m.end(), type));
          }
        }
      }
      return out;
    };
  }

  public static EntityEvaluator.Annotator entities(CoreNlp plain) {
    return doc -> {
      List<EntityEvaluator.Predicted> out = new ArrayList<>();
      for (NerSpan m : plain.analyse(doc.text(), doc.dct()).mentions()) {
        String type = switch (m.type()) {
          case "PERSON" -> "PER";
          case "ORGANIZATION" -> "ORG";
          case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
          default -> null;
        };
        if (type != null) {
          out.add(new EntityEvaluator.Predicted(m.start(), m.end(), type));
        }
      }
      return out;
    };
  }

  /**
   * Sitrep's events as {@code sitrep analyze} outputs them (the standard pipeline with events):
   * each stated event's {@code source_code}, {@code target_code} and {@code code} exactly as in
   * the JSON, scored by {@link EventEvaluator#asOutput}.
   */
  public static EventEvaluator.Annotator events(Sitrep sitrep) {
    return doc -> EventEvaluator.asOutput(sitrep.analyze(article(doc)).events().stream()
        .map(e -> new EventEvaluator.Output(e.sourceCode(), e.targetCode(), e.code(),
            e.modality()))
        .toList());
  }

  /**
   * Sitrep's events for PLOVER gold records, as {@code sitrep analyze} outputs them: each event's
   * PLOVER type, CAMEO code and actors with their codes, modality regardless.
   */
  public static PloverEvaluator.Annotator plover(Sitrep sitrep) {
    return doc -> sitrep.analyze(article(doc)).events().stream()
        .map(e -> new PloverEvaluator.Predicted(e.plover(), e.code(), e.source(), e.sourceCode(),
            e.target(), e.targetCode()))
        .toList();
  }

  /**
   * The trivial PLOVER baseline: one event per sentence, of the fixed {@code type} (e.g. {@link
   * PloverEvaluator#majorityType}), whose source and target are the first two CoreNLP named-entity
   * mentions that Sitrep's actor dictionary codes (to different codes; see {@link
   * #dictionaryCode}); an actor it cannot find stays uncoded.
   */
  public static PloverEvaluator.Annotator ploverBaseline(CoreNlp plain, ActorDictionary actors,
      String type) {
    return doc -> {
      List<String[]> coded = codedMentions(plain, doc, (name, date) ->
          dictionaryCode(actors, name, date));
      String[] s = coded.size() > 0 ? coded.get(0) : new String[2];
      String[] t = coded.size() > 1 ? coded.get(1) : new String[2];
      return List.of(new PloverEvaluator.Predicted(type, null, s[0], s[1], t[0], t[1]));
    };
  }

  /**
   * The code Sitrep's actor dictionary gives a name on {@code date}: a known actor's CAMEO code,
   * else the country a country name or demonym names ("Hungarian" → HUN); null when neither.
   */
  public static String dictionaryCode(ActorDictionary actors, String name, LocalDate date) {
    String code = actors.lookup(name, date).map(ActorEntry::cameoCode).orElse(null);
    return code != null ? code : actors.country(name).orElse(null);
  }

  /**
   * The CoreNLP named-entity mentions of {@code doc} that {@code coder} codes, as {name, code},
   * in text order, one per code.
   */
  private static List<String[]> codedMentions(CoreNlp plain, EvalDoc doc,
      BiFunction<String, LocalDate, String> coder) {
    List<String[]> coded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NerSpan m : plain.analyse(doc.text(), doc.dct()).mentions()) {
      if (NOT_ACTORS.contains(m.type())) {
        continue;
      }
      String name = doc.text().substring(m.start(), m.end());
      String c = coder.apply(name, doc.dct());
      if (c != null && seen.add(c)) {
        coded.add(new String[] {name, c});
      }
    }
    return coded;
  }

  /**
   * Sitrep's events for PETRARCH-style tests: the standard pipeline, each event's actors coded with
   * the test's dictionaries by {@link EventEvaluator#coded}.
   */
  public static EventEvaluator.Annotator events(Sitrep sitrep, PetrarchActorCoder actors) {
    return EventEvaluator.coded(doc -> sitrep.run(article(doc)).get(Events.LAYER).events(),
        actors);
  }

  /**
   * Sitrep's events scored with all the test's dictionaries: as {@link #events(Sitrep,
   * PetrarchActorCoder)}, but the event codes come from the test's verb dictionary where it knows
   * the trigger, and actors the entities miss are found in the sentence text; see {@link
   * EventEvaluator#coded(java.util.function.Function, PetrarchActorCoder, PetrarchVerbCoder)}.
   */
  public static EventEvaluator.Annotator events(Sitrep sitrep, PetrarchActorCoder actors,
      PetrarchVerbCoder verbs) {
    return EventEvaluator.coded(doc -> sitrep.run(article(doc)).get(Events.LAYER).events(),
        actors, verbs);
  }

  /**
   * The trivial event baseline: the first two CoreNLP named-entity mentions of the sentence that
   * {@code actors} codes (to different actors; given a name and the document date), as source and
   * target, with one fixed event code, e.g. {@link #majorityCode}. It knows no verbs at all, so it
   * shows how much of the score actor coding and the class prior alone would give. The coder is
   * Sitrep's dictionary ({@link #dictionaryCode}) or the test's ({@code PetrarchActorCoder::code}).
   */
  public static EventEvaluator.Annotator eventsBaseline(CoreNlp plain,
      BiFunction<String, LocalDate, String> actors, String code) {
    return doc -> {
      List<String[]> coded = codedMentions(plain, doc, actors);
      return coded.size() < 2 ? List.of()
          : List.of(new Coded(coded.get(0)[1], coded.get(1)[1], code));
    };
  }

  /**
   * The gold file's most frequent CAMEO root, and within it its most frequent code: the best a
   * system that always answers one code can do on the roots. Null when the file has no events.
   */
  public static String majorityCode(List<EventEvaluator.GoldDoc> docs) {
    Multiset<String> roots = HashMultiset.create();
    Multiset<String> codes = HashMultiset.create();
    for (EventEvaluator.GoldDoc d : docs) {
      for (Coded c : d.expected()) {
        roots.add(c.code().length() >= 2 ? c.code().substring(0, 2) : c.code());
        codes.add(c.code());
      }
    }
    if (roots.isEmpty()) {
      return null;
    }
    String root = Multisets.copyHighestCountFirst(roots).iterator().next();
    return Multisets.copyHighestCountFirst(codes).elementSet().stream()
        .filter(c -> c.startsWith(root)).findFirst().orElse(root);
  }

  /** Sitrep's answers about each article's main event; see {@code FiveW1HMainEvent}. */
  public static FiveW1HEvaluator.Annotator fiveW1H(Sitrep sitrep) {
    return gold -> {
      FiveW1HArticle a = FiveW1HArticle.of(gold);
      return FiveW1HMainEvent.answer(sitrep.run(a.article()), a.leadEnd());
    };
  }

  /**
   * The plain 5W baseline on the same text as Sitrep: who is the first CoreNLP PERSON or
   * ORGANIZATION mention in the title and lead, where the first location, when the first DATE
   * (each falling back to the whole text when the lead has none), what the title.
   */
  public static FiveW1HEvaluator.Annotator fiveW1H(CoreNlp plain) {
    return gold -> {
      FiveW1HArticle a = FiveW1HArticle.of(gold);
      String text = a.article().text();
      List<NerSpan> mentions = plain.analyse(text, gold.published()).mentions();
      return new Answers(
          first(mentions, text, a.leadEnd(), t -> t.equals("PERSON") || t.equals("ORGANIZATION")),
          a.article().title(), first(mentions, text, a.leadEnd(), "DATE"::equals),
          first(mentions, text, a.leadEnd(), LOCATIONS::contains));
    };
  }

  private static String first(List<NerSpan> mentions, String text, int leadEnd,
      Predicate<String> type) {
    NerSpan inLead = null;
    NerSpan any = null;
    for (NerSpan m : mentions) {
      if (type.test(m.type())) {
        if (any == null || m.start() < any.start()) {
          any = m;
        }
        if (m.end() <= leadEnd && (inLead == null || m.start() < inLead.start())) {
          inLead = m;
        }
      }
    }
    NerSpan pick = inLead != null ? inLead : any;
    return pick == null ? null : text.substring(pick.start(), pick.end());
  }

  /** Sitrep's quotes and speakers, from its quotes layer. */
  public static QuoteEvaluator.Annotator quotes(Sitrep sitrep) {
    return QuoteEvaluator.sitrep(a -> sitrep.run(a).get(Quotes.LAYER));
  }

  /**
   * Plain CoreNLP's quotes and speakers (quote annotator with its attribution, which needs coref),
   * from a pipeline of {@code settings}, e.g. {@link NlpSettings#corenlpWithQuotes()}.
   */
  public static QuoteEvaluator.Annotator quotesBaseline(NlpSettings settings) {
    return QuoteEvaluator.plainCoreNlp(settings);
  }
}
