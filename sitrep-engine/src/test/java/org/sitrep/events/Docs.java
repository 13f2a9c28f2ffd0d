package org.sitrep.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.numbers.NumberMention;
import org.sitrep.numbers.Numbers;
import org.sitrep.quotes.QuoteStage;
import org.sitrep.quotes.Quotes;
import org.sitrep.reference.ReferenceStage;
import org.sitrep.reference.References;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.Times;

/**
 * Builds analysed documents by hand, without CoreNLP's tagger or NER: tokens as {@code word/TAG}
 * or {@code word/TAG/lemma}, one sentence per call, entities, times and numbers by their text.
 */
final class Docs {
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final Map<String, Object[]> entities = new LinkedHashMap<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<NumberMention> numbers = new ArrayList<>();
  private final Map<String, ActorKind> kinds = new LinkedHashMap<>();
  private final Map<String, String> roles = new LinkedHashMap<>();
  private String published = "2026-01-09";
  private String id = "t";

  static Docs create() {
    return new Docs();
  }

  /** One sentence in which the invented countries Arnor and Gondor are country entities. */
  static Docs twoCountries(String tagged) {
    return create().sentence(tagged).entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY");
  }

  /** Adds a sentence of space-separated {@code word/TAG[/lemma]} tokens. */
  Docs sentence(String tagged) {
    if (text.length() > 0) {
      text.append(' ');
    }
    List<Token> tokens = new ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.indexOf('/', 1);
      String word = item.substring(0, slash);
      String[] rest = item.substring(slash + 1).split("/");
      String pos = rest[0];
      String lemma = rest.length > 1 ? rest[1] : word.toLowerCase(Locale.ROOT);
      if (!tokens.isEmpty() && !isPunct(pos)) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      tokens.add(new Token(start, text.length(), word, pos, lemma, "O"));
    }
    sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
    return this;
  }

  private static boolean isPunct(String pos) {
    return pos.equals(".") || pos.equals(",") || pos.equals("POS");
  }

  /** Every occurrence of {@code name} becomes a mention of one entity. */
  Docs entity(String name, EntityType type) {
    entities.put(name, new Object[] {type, null});
    return this;
  }

  Docs entity(String name, EntityType type, String subtype) {
    entities.put(name, new Object[] {type, subtype});
    return this;
  }

  /** The entity named {@code name} (added by {@link #entity}) is an actor of this kind. */
  Docs actor(String name, ActorKind kind) {
    kinds.put(name, kind);
    return this;
  }

  /** The entity named {@code name} (added by {@link #entity}) holds this role ("foreign minister"). */
  Docs role(String name, String role) {
    roles.put(name, role);
    return this;
  }

  /** The first occurrence of {@code expression} is a DATE or TIME with {@code value}. */
  Docs time(String expression, String type, String value) {
    int at = text.indexOf(expression);
    times.add(new TimeExpression(at, at + expression.length(), expression, type, value));
    return this;
  }

  Docs number(String expression, long min, Long max, boolean vague) {
    int at = text.indexOf(expression);
    numbers.add(new NumberMention(at, at + expression.length(), expression,
        BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(max), vague));
    return this;
  }

  /** The article id (default "t"). */
  Docs id(String articleId) {
    id = articleId;
    return this;
  }

  Docs published(String date) {
    published = date;
    return this;
  }

  String text() {
    return text.toString();
  }

  Document build() {
    String t = text.toString();
    List<Entity> list = new ArrayList<>();
    List<ActorRef> actors = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, Object[]> e : entities.entrySet()) {
      List<Mention> mentions = new ArrayList<>();
      for (int at = t.indexOf(e.getKey()); at >= 0; at = t.indexOf(e.getKey(), at + 1)) {
        mentions.add(new Mention(at, at + e.getKey().length(), e.getKey()));
      }
      String id = "e" + n++;
      list.add(new Entity(id, e.getKey(), (EntityType) e.getValue()[0],
          (String) e.getValue()[1],
          roles.containsKey(e.getKey()) ? List.of(roles.get(e.getKey())) : List.of(), mentions));
      if (kinds.containsKey(e.getKey())) {
        actors.add(new ActorRef(id, e.getKey(), kinds.get(e.getKey()), null, null, "test"));
      }
    }
    Document doc = Document.of(Article.LAYER, Article.ofText(id, t))
        .with(Structure.LAYER, new Structure(
            List.of(StructureSpan.of(StructureType.BODY, 0, t.length())), null, null, null, null))
        .with(Published.LAYER, new Published(published, false, "test", List.of()))
        .with(NlpAnalysis.LAYER, new NlpAnalysis(sentences, List.of()))
        .with(Entities.LAYER, new Entities(list))
        .with(Times.LAYER, new Times(times))
        .with(Numbers.LAYER, new Numbers(numbers))
        .with(Actors.LAYER, new Actors(actors, List.of()));
    doc = doc.with(References.LAYER, ReferenceStage.create().process(doc));
    return doc.with(Quotes.LAYER, QuoteStage.create().process(doc));
  }
}
