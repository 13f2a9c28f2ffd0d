package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.geo.PlaceRef;
import org.sitrep.geo.Places;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * What {@link ActorCoder} reads of one article: its text and date, the entity mentions in text
 * order, the actors layer by entity, the countries of resolved places, part-of-speech tags and
 * sentence spans; and the words around an offset within its sentence and line. Immutable.
 */
final class ArticleView {
  /** One entity mention, located. */
  record Located(int start, int end, Entity entity) {}

  private final String text;
  private final LocalDate date;
  private final ImmutableList<Located> mentions;
  private final ImmutableMap<String, ActorRef> actors;
  private final ImmutableMap<String, String> placeCountries;
  /** Part-of-speech tags by token start offset; empty when the article has no NLP layer. */
  private final ImmutableMap<Integer, String> tags;
  /** Sentence spans in text order; empty when the article has no NLP layer. */
  private final ImmutableList<Span> sentences;

  private ArticleView(String text, LocalDate date, List<Entity> entities, List<ActorRef> actors,
      List<PlaceRef> places, NlpAnalysis nlp) {
    this.text = checkNotNull(text, "text");
    this.date = date;
    Map<Integer, String> pos = new HashMap<>();
    List<Span> spans = new ArrayList<>();
    if (nlp != null) {
      for (Sentence s : nlp.sentences()) {
        spans.add(Span.of(s.start(), s.end()));
        for (Token t : s.tokens()) {
          pos.putIfAbsent(t.start(), t.pos());
        }
      }
    }
    spans.sort(null);
    this.tags = ImmutableMap.copyOf(pos);
    this.sentences = ImmutableList.copyOf(spans);
    List<Located> located = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        located.add(new Located(m.start(), m.end(), e));
      }
    }
    located.sort(Comparator.comparingInt(Located::start));
    this.mentions = ImmutableList.copyOf(located);
    Map<String, ActorRef> byId = new HashMap<>();
    for (ActorRef a : actors) {
      if (a.entityId() != null) {
        byId.putIfAbsent(a.entityId(), a);
      }
    }
    this.actors = ImmutableMap.copyOf(byId);
    Map<String, String> countries = new HashMap<>();
    for (PlaceRef p : places) {
      // A place resolved under another name ("Africa" read as a town's alias) is too uncertain
      // to give a participant its country.
      if (p.resolved() && p.countryCode() != null && p.resolvedName() != null
          && Keys.key(p.resolvedName()).equals(Keys.key(p.name()))) {
        countries.putIfAbsent(p.entityId(), p.countryCode());
      }
    }
    this.placeCountries = ImmutableMap.copyOf(countries);
  }

  /** The view of an article from its layers (places and NLP tokens when the document has them). */
  static ArticleView of(Document doc) {
    return new ArticleView(doc.get(Article.LAYER).text(),
        doc.get(Published.LAYER).date().orElse(null), doc.get(Entities.LAYER).entities(),
        doc.get(Actors.LAYER).actors(),
        doc.has(Places.LAYER) ? doc.get(Places.LAYER).places() : List.of(),
        doc.has(NlpAnalysis.LAYER) ? doc.get(NlpAnalysis.LAYER) : null);
  }

  String text() {
    return text;
  }

  /** The article's date, or null when unknown. */
  LocalDate date() {
    return date;
  }

  /** The part-of-speech tag of the token starting at {@code start}, or null. */
  String tag(int start) {
    return tags.get(start);
  }

  /** The ISO2 country of a place entity resolved under its own name, or null. */
  String placeCountry(String entityId) {
    return placeCountries.get(entityId);
  }

  /** Whether the word at {@code start} may modify a following noun: unknown, a noun or adjective. */
  boolean modifierAt(int start) {
    String pos = tags.get(start);
    return pos == null || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN")
        || pos.equals("VBG") || pos.equals("HYPH");
  }

  /**
   * The words before {@code offset}, at most {@code chars} characters back and never before the
   * start of its sentence or line: the words around a phrase belong to its sentence.
   */
  List<Word> before(int offset, int chars) {
    int from = Math.max(0, offset - chars);
    from = Math.max(from, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
    Span s = sentenceAt(offset - 1);
    if (s != null) {
      from = Math.max(from, s.start());
    }
    return Word.in(text, Math.min(from, offset), offset);
  }

  /** The words after {@code offset}, within {@code chars} characters, its sentence and line. */
  List<Word> after(int offset, int chars) {
    int to = Math.min(text.length(), offset + chars);
    int line = text.indexOf('\n', offset);
    if (line >= 0) {
      to = Math.min(to, line);
    }
    Span s = sentenceAt(offset);
    if (s != null) {
      to = Math.min(to, s.end());
    }
    return Word.in(text, offset, Math.max(offset, to));
  }

  private Span sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }

  /** Whether a person's mention covers {@code offset} ("King [Abdullah II]"). */
  boolean inPerson(int offset) {
    for (Located l : mentions) {
      if (l.start() > offset) {
        break;
      }
      if (offset < l.end() && l.entity().type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** The first entity mention starting at {@code offset}, or null. */
  Located mentionAt(int offset) {
    for (Located l : mentions) {
      if (l.start() == offset) {
        return l;
      }
      if (l.start() > offset) {
        break;
      }
    }
    return null;
  }

  /**
   * The entity that heads the span: one whose mention the span lies in, or one whose mention
   * ends the span ("the Vostrian envoy Ana Lenk"); null for "Ana Lenk's coalition".
   */
  Entity entityHeading(Span span) {
    for (Located l : mentions) {
      if (l.start() >= span.end()) {
        break;
      }
      if (l.start() <= span.start() && span.end() <= l.end()
          || l.start() >= span.start() && l.end() == span.end()) {
        return l.entity();
      }
    }
    return null;
  }

  /** An entity of the article whose name is {@code name} (by key), or null. */
  Entity entityNamed(String name) {
    String key = Keys.key(name);
    for (Located l : mentions) {
      if (Keys.key(l.entity().name()).equals(key)) {
        return l.entity();
      }
    }
    return null;
  }

  /** The actors layer's actor for {@code e}, or null. */
  ActorRef actor(Entity e) {
    return e == null ? null : actors.get(e.id());
  }
}
