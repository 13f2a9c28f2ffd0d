package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.sitrep.reference.ReferenceStage;
import org.sitrep.reference.References;

/**
 * Builds analysed documents by hand, without CoreNLP: paragraphs with their structure type, a crude
 * tokeniser, part-of-speech tags from a small lookup (good enough for the invented test sentences,
 * and deliberately CoreNLP-shaped: quotation marks become {@code ``} and {@code ''}), and entities
 * declared by name and aliases, whose mentions are found by exact match.
 */
final class TestDocs {
  private static final Pattern TOKEN = Pattern.compile(
      "[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*|['’]s\\b|[“”\"«»„]|\\S");
  private static final Map<String, String> TAGS = new HashMap<>();

  static {
    tag("DT", "the a an this these those every all some any no");
    tag("IN", "of in on at for from by with over about after before during as into that than "
        + "against since because if while across near until");
    tag("TO", "to");
    tag("CC", "and or but");
    tag("PRP", "he she it they we i you him them us");
    tag("PRP$", "his its their our my her");
    tag("MD", "will would can could must should may might shall");
    tag("RB", "not never also later earlier again very still already overnight now finally");
    tag("VBD", "was were had did said told wrote held read met sent took gave made saw came went "
        + "began fought left kept stood spoke knew thought found brought shot hit fled led won lost "
        + "rebuilt");
    tag("VBZ", "is has does says tells holds stays");
    tag("VBP", "are have do");
    tag("VBN", "been");
    tag("VB", "be");
    tag("JJ", "regional useful closed open bad cold reckless workable responsible new next "
        + "eminently");
    tag("NN", "morning evening building thing need bread water");
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "yesterday", "overnight");

  private static void tag(String pos, String words) {
    for (String w : words.split(" ")) {
      TAGS.put(w, pos);
    }
  }

  private record Declared(EntityType type, String name, String subtype, List<String> roles,
      List<String> aliases) {}

  private final StringBuilder text = new StringBuilder();
  private final List<StructureSpan> spans = new ArrayList<>();
  private final List<Declared> declared = new ArrayList<>();
  private final Map<String, String> overrides = new HashMap<>();

  static TestDocs body(String... paragraphs) {
    TestDocs d = new TestDocs();
    for (String p : paragraphs) {
      d.para(StructureType.BODY, p);
    }
    return d;
  }

  TestDocs para(StructureType type, String paragraph) {
    if (text.length() > 0) {
      text.append('\n');
    }
    int start = text.length();
    text.append(paragraph);
    spans.add(StructureSpan.of(type, start, text.length()));
    return this;
  }

  /** Tags every occurrence of {@code word} as {@code pos}, as CoreNLP would in context. */
  TestDocs tagged(String word, String pos) {
    overrides.put(word, pos);
    return this;
  }

  TestDocs person(String name, String... aliases) {
    return entity(EntityType.PERSON, name, List.of(), aliases);
  }

  TestDocs personWithRole(String name, String role, String... aliases) {
    return entity(EntityType.PERSON, name, List.of(role), aliases);
  }

  TestDocs org(String name, String... aliases) {
    return entity(EntityType.ORGANIZATION, name, List.of(), aliases);
  }

  /** An organisation with a known subtype ({@code MINISTRY}, {@code ARMED_GROUP}, …). */
  TestDocs orgOfKind(String name, String subtype, String... aliases) {
    declared.add(new Declared(EntityType.ORGANIZATION, name, subtype, List.of(), List.of(aliases)));
    return this;
  }

  TestDocs place(String name, String... aliases) {
    return entity(EntityType.LOCATION, name, List.of(), aliases);
  }

  private TestDocs entity(EntityType type, String name, List<String> roles, String... aliases) {
    declared.add(new Declared(type, name, null, roles, List.of(aliases)));
    return this;
  }

  String text() {
    return text.toString();
  }

  Document build() {
    String t = text.toString();
    Article article = Article.ofText("test", t);
    Structure structure = new Structure(spans, null, null, null, null);
    List<Entity> entities = entities(t);
    return withReferences(Document.of(Article.LAYER, article)
        .with(Structure.LAYER, structure)
        .with(NlpAnalysis.LAYER, new NlpAnalysis(sentences(t, entities), List.of()))
        .with(Entities.LAYER, new Entities(entities)));
  }

  /** Adds the layers the quote stage reads after entities: no actors, and the references. */
  static Document withReferences(Document doc) {
    Document withActors = doc.with(Actors.LAYER, new Actors(List.of(), List.of()));
    return withActors.with(References.LAYER, REFERENCES.process(withActors));
  }

  private static final ReferenceStage REFERENCES = ReferenceStage.create();

  private List<Entity> entities(String t) {
    boolean[] taken = new boolean[t.length()];
    List<Object[]> found = new ArrayList<>();
    for (Declared d : declared) {
      List<String> forms = new ArrayList<>(d.aliases());
      forms.add(d.name());
      forms.sort(Comparator.comparingInt(String::length).reversed());
      List<Mention> mentions = new ArrayList<>();
      for (String form : forms) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(form) + "(?![\\w-])").matcher(t);
        while (m.find()) {
          if (!analysed(m.start()) || anyTaken(taken, m.start(), m.end())) {
            continue;
          }
          Arrays.fill(taken, m.start(), m.end(), true);
          mentions.add(new Mention(m.start(), m.end(), m.group()));
        }
      }
      if (!mentions.isEmpty()) {
        mentions.sort(Comparator.comparingInt(Mention::start));
        found.add(new Object[] {d, mentions});
      }
    }
    found.sort(Comparator.comparingInt(o -> ((List<Mention>) o[1]).get(0).start()));
    List<Entity> out = new ArrayList<>();
    for (Object[] o : found) {
      Declared d = (Declared) o[0];
      @SuppressWarnings("unchecked")
      List<Mention> ms = (List<Mention>) o[1];
      out.add(new Entity("e" + (out.size() + 1), d.name(), d.type(), d.subtype(), d.roles(), ms));
    }
    return out;
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean analysed(int offset) {
    for (StructureSpan s : spans) {
      if (s.span().contains(offset)) {
        return s.type().isAnalysed();
      }
    }
    return false;
  }

  private List<Sentence> sentences(String t, List<Entity> entities) {
    List<Sentence> out = new ArrayList<>();
    for (StructureSpan span : spans) {
      if (!span.type().isAnalysed()) {
        continue;
      }
      Matcher m = TOKEN.matcher(t).region(span.span().start(), span.span().end());
      List<Token> current = new ArrayList<>();
      boolean open = false;
      boolean ended = false;
      while (m.find()) {
        String w = m.group();
        String word = w;
        String pos;
        if (w.equals("“") || w.equals("«") || w.equals("„") || (w.equals("\"") && !open)) {
          word = "``";
          pos = "``";
          open = true;
        } else if (w.equals("”") || w.equals("»") || w.equals("\"")) {
          word = "''";
          pos = "''";
          open = false;
        } else {
          pos = overrides.getOrDefault(w, pos(w, current.isEmpty()));
        }
        boolean closingMark = pos.equals("''");
        if (ended && !closingMark) {
          out.add(sentence(current));
          current = new ArrayList<>();
          ended = false;
        }
        current.add(new Token(m.start(), m.end(), word, pos, word.toLowerCase(Locale.ROOT),
            ner(m.start(), w, entities)));
        if (pos.equals(".")) {
          ended = true;
        }
      }
      if (!current.isEmpty()) {
        out.add(sentence(current));
      }
    }
    return out;
  }

  private static Sentence sentence(List<Token> tokens) {
    return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
  }

  private static String pos(String w, boolean first) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (w.equals(".") || w.equals("!") || w.equals("?")) {
      return ".";
    }
    if (w.equals(",") || w.equals(":") || w.equals(";")) {
      return w;
    }
    if (w.equals("-")) {
      return "HYPH";
    }
    if (lower.equals("'s") || lower.equals("’s")) {
      return "POS";
    }
    if (!Character.isLetterOrDigit(w.codePointAt(0))) {
      return "SYM";
    }
    if (Character.isDigit(w.codePointAt(0))) {
      return "CD";
    }
    String known = TAGS.get(lower);
    if (known != null && (first || Character.isLowerCase(w.codePointAt(0)) || known.startsWith("PRP")
        || known.equals("DT"))) {
      return known;
    }
    if (Character.isUpperCase(w.codePointAt(0))) {
      return "NNP";
    }
    if (lower.endsWith("ed")) {
      return "VBD";
    }
    if (lower.endsWith("ing")) {
      return "VBG";
    }
    if (lower.endsWith("s") && !lower.endsWith("ss")) {
      return "NNS";
    }
    return "NN";
  }

  private static String ner(int start, String w, List<Entity> entities) {
    if (DAYS.contains(w.toLowerCase(Locale.ROOT))) {
      return "DATE";
    }
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() <= start && start < m.end()) {
          return e.type() == EntityType.PERSON ? "PERSON"
              : e.type() == EntityType.ORGANIZATION ? "ORGANIZATION" : "LOCATION";
        }
      }
    }
    return "O";
  }
}
