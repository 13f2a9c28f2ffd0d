package org.sitrep.actors;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.PhraseReader.Agent;
import org.sitrep.actors.PhraseReader.Hit;
import org.sitrep.actors.PhraseReader.HitType;
import org.sitrep.core.Span;

/**
 * The words around a participant's phrase that complete it, as a reader takes them: the agent
 * after an actor ("Israel's high court", "Palestinian prisoners"), the actor of an "of X" or "in
 * X" after an agent ("the army of X", "a court in X"), a possessor ("X's cabinet"), a demonym
 * right before ("Iraqi [Kurds]") and the capitalised words that complete a dictionary name
 * ("Vostrian" + "Patriotic Front"). Reads only within the phrase's sentence and line. Stateless
 * and thread-safe.
 */
final class Surroundings {
  private static final int EXTENSION_WORDS = 4;
  /** Function words that end a phrase's extension: the next words belong to the clause. */
  static final ImmutableSet<String> STOP = ImmutableSet.of("and", "or", "but", "nor",
      "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "that",
      "which", "who", "whom", "whose", "has", "have", "had", "is", "are", "was", "were", "be",
      "been", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do",
      "does", "said", "says", "its", "their", "his", "her", "our", "as", "than", "after",
      "before", "since", "while", "when", "if", "not");

  private static final ImmutableSet<String> PLACE_PREPOSITIONS =
      ImmutableSet.of("of", "in", "across", "throughout");
  /**
   * Participles that place an agent before "in X": "a militia based in X". Not "deployed" or
   * "stationed": troops deployed in X are mostly another state's.
   */
  private static final ImmutableSet<String> PLACED = ImmutableSet.of("based");
  /** Compass words before a country's name that leave the country whole: "in southern X". */
  private static final ImmutableSet<String> COMPASS = ImmutableSet.of("north", "south", "east",
      "west", "northern", "southern", "eastern", "western", "central", "northeastern",
      "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
      "southwest");

  private final PhraseReader reader;

  Surroundings(PhraseReader reader) {
    this.reader = reader;
  }

  /**
   * The agent right after an actor's words: a possessive's head ("X's air force") or the noun
   * the actor qualifies ("Palestinian prisoners", "Kabul government").
   */
  Agent agentAfter(ArticleView view, int end) {
    Agent possessive = possessiveAgent(view, end);
    if (possessive != null) {
      return possessive;
    }
    return extension(view, end, 0);
  }

  /** The agent after "'s" at {@code end}, or null. */
  Agent possessiveAgent(ArticleView view, int end) {
    List<Word> after = view.after(end, 80);
    if (after.isEmpty() || after.get(0).start() != end || !after.get(0).possessive()) {
      return null;
    }
    return extension(view, end, 1);
  }

  /**
   * The longest run of up to four nouns and adjectives after {@code end} (from word {@code skip})
   * that ends in an agent noun.
   */
  private Agent extension(ArticleView view, int end, int skip) {
    String text = view.text();
    List<Word> after = view.after(end, 80);
    if (after.size() <= skip || !after.get(skip).isWord()
        || !text.substring(end, after.get(skip).start()).replace("'s", "").replace("’s", "")
            .isBlank()) {
      return null;
    }
    int limit = skip;
    while (limit < after.size() && limit - skip < EXTENSION_WORDS && after.get(limit).isWord()
        && !STOP.contains(after.get(limit).lower()) && view.modifierAt(after.get(limit).start())
        && !(limit > skip && participleAfterNoun(view, after.get(limit - 1), after.get(limit)))) {
      limit++;
    }
    for (int last = limit - 1; last >= skip; last--) {
      Agent a = reader.agentEndingAt(after, last, skip);
      if (a != null) {
        return a;
      }
      if (after.get(last).capitalised() && !view.inPerson(after.get(last).start())) {
        return null; // "Egypt's Muslim Brotherhood": a name, not an agent, heads the phrase
      }
    }
    return null;
  }

  /**
   * Whether {@code word} is a participle right after the noun {@code previous}: the verb of the
   * clause or a reduced relative ("X's air force bombed rebel positions", "troops stationed
   * there"), which ends the noun phrase; a participle before its noun ("armed forces") does not.
   */
  private static boolean participleAfterNoun(ArticleView view, Word previous, Word word) {
    String pos = view.tag(word.start());
    String before = view.tag(previous.start());
    return pos != null && before != null && before.startsWith("NN")
        && (pos.equals("VBN") || pos.equals("VBG"));
  }

  /**
   * The actor of "of X", "in X", "across X", "throughout X" or "based in X" after {@code end},
   * for an agent with no actor of its own ("students across Vostria", "a militia based in X").
   */
  Hit complement(ArticleView view, int end) {
    return complement(view, end, PLACE_PREPOSITIONS);
  }

  /**
   * The actor of "P X" after {@code end} for a preposition P of {@code prepositions}, or null. A
   * participle of placement may come first ("based in X"), and a compass word between the
   * preposition and the name ("in southern X").
   */
  Hit complement(ArticleView view, int end, Set<String> prepositions) {
    LocalDate date = view.date();
    List<Word> after = view.after(end, 120);
    int i = 0;
    if (after.size() > 1 && PLACED.contains(after.get(0).lower())) {
      i++;
    }
    if (after.size() < i + 2 || !prepositions.contains(after.get(i).lower())) {
      return null;
    }
    i++;
    if (after.get(i).lower().equals("the") && after.size() > i + 1) {
      i++;
    }
    Hit h = reader.hitAt(after, i, view, date);
    if (h == null && COMPASS.contains(after.get(i).lower()) && after.size() > i + 1) {
      h = reader.hitAt(after, i + 1, view, date); // "in southern X", "in South X"
    }
    if (h == null) {
      return null;
    }
    // A capital after "in" is where the agent is, not its government.
    return h.type() == HitType.CAPITAL ? new Hit(h.from(), h.to(), HitType.PLACE, h.code(),
        h.kind(), h.country(), "place: " + Word.join(after, h.from(), h.to())) : h;
  }

  /**
   * A named actor of the dictionary made of up to three capitalised words right before the span
   * and the span's own words ("Vostrian" + "Patriotic Front"), or null.
   */
  Hit namedWithLeftWords(ArticleView view, Span span) {
    List<Word> before = view.before(span.start(), 60);
    int n = before.size();
    if (n == 0 || !view.text().substring(before.get(n - 1).end(), span.start()).isBlank()) {
      return null;
    }
    Hit found = null;
    for (int k = 1; k <= 3 && k <= n && before.get(n - k).isWord()
        && before.get(n - k).capitalised(); k++) {
      String name = Word.join(before, n - k, n) + " " + span.in(view.text());
      Optional<ActorEntry> entry = reader.dictionary().lookup(name, view.date());
      if (entry.isPresent() && entry.get().cameoCode() != null
          && entry.get().kind() != ActorKind.PERSON) {
        ActorEntry a = entry.get();
        found = new Hit(0, 0, HitType.NAMED, a.cameoCode(), a.kind(), a.country(),
            "dictionary: " + a.name());
      }
    }
    return found;
  }

  /** A country or demonym right before {@code start} ("Iraqi" before "Kurds"), or null. */
  Hit countryBefore(ArticleView view, int start) {
    List<Word> before = view.before(start, 60);
    int n = before.size();
    if (n == 0 || !view.text().substring(before.get(n - 1).end(), start).isBlank()) {
      return null;
    }
    for (int from = Math.max(0, n - 3); from < n; from++) {
      Hit h = reader.lexicalHit(before, from, n, view.date());
      if (h != null && h.type() == HitType.COUNTRY) {
        return h;
      }
    }
    return null;
  }

  /**
   * Whether the word right before {@code start} is "ethnic" ("ethnic Albanians"): the demonym
   * that follows names an ethnicity rather than a state.
   */
  boolean ethnicBefore(ArticleView view, int start) {
    List<Word> before = view.before(start, 20);
    int n = before.size();
    return n > 0 && before.get(n - 1).lower().equals("ethnic")
        && view.text().substring(before.get(n - 1).end(), start).isBlank();
  }

  /** The actor of "X's" right before {@code start}, or null. */
  Hit possessor(ArticleView view, int start) {
    List<Word> before = view.before(start, 100);
    int n = before.size();
    if (n < 2 || !before.get(n - 1).possessive()
        || !view.text().substring(before.get(n - 1).end(), start).isBlank()) {
      return null;
    }
    for (int from = Math.max(0, n - 1 - PhraseReader.NAME_WORDS); from < n - 1; from++) {
      Hit h = reader.hitAt(before, from, view, view.date());
      if (h != null && h.to() == n - 1) {
        return h;
      }
    }
    return null;
  }
}
