package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-built documents for stage tests, without CoreNLP: a crude tokenizer with a small tag
 * lexicon, sentences split at ". ", and entities given by name.
 */
public final class TestDocs {
  private static final Pattern TOKEN =
      // An abbreviation ("U.N.") is one token, so that its dots end no sentence.
      Pattern.compile("(?:\\p{Lu}\\.){2,}(?![\\p{L}-])|\\p{L}[\\p{L}\\p{N}.'’-]*\\p{L}|\\p{L}"
          + "|\\p{N}+|\\S");
  private static final Set<String> VERBS = Set.of("said", "was", "is", "were", "are", "has",
      "clashed", "denied", "attacked", "warned", "will", "deployed", "met", "rejected", "say",
      "released", "fired", "struck", "jailed", "marched", "fled", "gathered", "ended", "watched",
      "withdrew", "stayed", "spoke", "stopped", "left", "ran", "arrived", "wrote", "shelled",
      "killed", "walked");
  /** Past participles, as the tagger often tags a verb right after a noun phrase. */
  private static final Set<String> PARTICIPLES = Set.of("bombed", "stationed");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "of", "near", "from", "at",
      "with", "to");

  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private String published;

  private TestDocs(String text) {
    this.text = text;
  }

  public static TestDocs text(String text) {
    return new TestDocs(text);
  }

  public TestDocs published(String isoDate) {
    this.published = isoDate;
    return this;
  }

  /** An entity whose mentions are every occurrence of each surface form. */
  public TestDocs entity(EntityType type, String subtype, String name, List<String> roles,
      String... forms) {
    List<Mention> mentions = new ArrayList<>();
    for (String form : forms.length == 0 ? new String[] {name} : forms) {
      int from = 0;
      int at;
      while ((at = text.indexOf(form, from)) >= 0) {
        mentions.add(new Mention(at, at + form.length(), form));
        from = at + form.length();
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mention of " + name);
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    entities.add(new Entity("e" + (entities.size() + 1), name, type, subtype, roles, mentions));
    return this;
  }

  public TestDocs entity(EntityType type, String subtype, String name) {
    return entity(type, subtype, name, List.of());
  }

  public Document build() {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String w = m.group();
      current.add(new Token(m.start(), m.end(), w, tag(w), w, "O"));
      if (w.equals(".") || w.equals("!") || w.equals("?")) {
        sentences.add(new Sentence(current.get(0).start(), m.end(), current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      sentences.add(new Sentence(current.get(0).start(), current.get(current.size() - 1).end(),
          current));
    }
    Published date = published == null ? Published.unknown()
        : new Published(published, false, "metadata", List.of());
    return Document.of(Article.LAYER, Article.ofText("t", text))
        .with(Published.LAYER, date)
        .with(NlpAnalysis.LAYER, new NlpAnalysis(sentences, List.of()))
        .with(Entities.LAYER, new Entities(entities));
  }

  private static String tag(String w) {
    if (!Character.isLetter(w.codePointAt(0))) {
      return w.matches("\\p{N}+") ? "CD" : ".";
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    if (VERBS.contains(lower)) {
      return lower.equals("will") ? "MD" : lower.endsWith("s") && !lower.equals("was") ? "VBZ"
          : "VBD";
    }
    if (PARTICIPLES.contains(lower)) {
      return "VBN";
    }
    if (PREPOSITIONS.contains(lower)) {
      return lower.equals("to") ? "TO" : "IN";
    }
    if (lower.equals("the") || lower.equals("a")) {
      return "DT";
    }
    return Character.isUpperCase(w.codePointAt(0)) ? "NNP" : "NN";
  }
}
