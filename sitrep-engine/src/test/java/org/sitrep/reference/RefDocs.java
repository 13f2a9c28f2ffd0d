package org.sitrep.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
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

/**
 * Builds analysed documents by hand, without CoreNLP: paragraphs of space-separated
 * {@code word/TAG} tokens (a sentence ends after {@code ./.}), entities declared by name whose
 * mentions are found by exact match, with type, subtype, roles and actor kind.
 */
final class RefDocs {
  private record Declared(EntityType type, String subtype, List<String> roles, ActorKind kind) {}

  private final StringBuilder text = new StringBuilder();
  private final List<StructureSpan> spans = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final Map<String, Declared> entities = new LinkedHashMap<>();

  static RefDocs create() {
    return new RefDocs();
  }

  RefDocs body(String tagged) {
    return para(StructureType.BODY, tagged);
  }

  RefDocs para(StructureType type, String tagged) {
    if (text.length() > 0) {
      text.append("\n\n");
    }
    int start = text.length();
    List<Token> current = new ArrayList<>();
    for (String item : tagged.trim().split("\\s+")) {
      int slash = item.lastIndexOf('/');
      String word = item.substring(0, slash);
      String pos = item.substring(slash + 1);
      if (text.length() > start && !pos.equals(".") && !pos.equals(",") && !pos.equals("POS")) {
        text.append(' ');
      }
      int s = text.length();
      text.append(word);
      current.add(new Token(s, text.length(), word, pos, word.toLowerCase(Locale.ROOT), "O"));
      if (pos.equals(".")) {
        sentences.add(sentence(current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(sentence(current));
    }
    spans.add(StructureSpan.of(type, start, text.length()));
    return this;
  }

  private static Sentence sentence(List<Token> tokens) {
    return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
  }

  RefDocs person(String name, String... roles) {
    entities.put(name, new Declared(EntityType.PERSON, null, List.of(roles), null));
    return this;
  }

  RefDocs org(String name, String subtype, ActorKind kind) {
    entities.put(name, new Declared(EntityType.ORGANIZATION, subtype, List.of(), kind));
    return this;
  }

  RefDocs place(String name, String subtype) {
    entities.put(name, new Declared(EntityType.LOCATION, subtype, List.of(), null));
    return this;
  }

  String text() {
    return text.toString();
  }

  /** Whether {@code name} at {@code at} is part of a longer declared name ("Lee" in "Lee Mi-ra"). */
  private boolean insideLongerName(String t, String name, int at) {
    for (String other : entities.keySet()) {
      if (other.length() <= name.length() || !other.contains(name)) {
        continue;
      }
      for (int o = t.indexOf(other); o >= 0; o = t.indexOf(other, o + 1)) {
        if (o <= at && at + name.length() <= o + other.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The document up to the actors layer, which is what the reference stage reads. */
  Document build() {
    String t = text.toString();
    List<Entity> list = new ArrayList<>();
    List<ActorRef> actors = new ArrayList<>();
    for (Map.Entry<String, Declared> e : entities.entrySet()) {
      List<Mention> mentions = new ArrayList<>();
      for (int at = t.indexOf(e.getKey()); at >= 0; at = t.indexOf(e.getKey(), at + 1)) {
        if (!insideLongerName(t, e.getKey(), at)) {
          mentions.add(new Mention(at, at + e.getKey().length(), e.getKey()));
        }
      }
      String id = "e" + (list.size() + 1);
      Declared d = e.getValue();
      list.add(new Entity(id, e.getKey(), d.type(), d.subtype(), d.roles(), mentions));
      if (d.kind() != null) {
        actors.add(new ActorRef(id, e.getKey(), d.kind(), null, null, "test"));
      }
    }
    return Document.of(Article.LAYER, Article.ofText("t", t))
        .with(Structure.LAYER, new Structure(spans, null, null, null, null))
        .with(NlpAnalysis.LAYER, new NlpAnalysis(sentences, List.of()))
        .with(Entities.LAYER, new Entities(list))
        .with(Actors.LAYER, new Actors(actors, List.of()));
  }
}
