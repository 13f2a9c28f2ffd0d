package org.sitrep.actors;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;

/**
 * Finds "X-led", "X-backed", "X-affiliated" and "X-aligned" adjectives, the patron X and the named
 * actor they describe.
 */
final class Affiliations {
  private static final Pattern ADJECTIVE = Pattern.compile(
      "(?<![\\p{L}\\p{N}.'’-])(\\p{L}[\\p{L}\\p{N}.'’]*)[-‐‑](?i:(led|backed|affiliated|aligned))"
          + "(?![\\p{L}\\p{N}])");
  private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{Lu}[\\p{L}.'’]*) $");
  private static final Map<String, String> RELATIONS = ImmutableMap.of(
      "led", "led-by", "backed", "backed-by", "affiliated", "affiliated-with",
      "aligned", "aligned-with");
  /** How far after the adjective the described name may start: "X-led security forces (Y)". */
  private static final int MAX_GAP_WORDS = 6;

  private Affiliations() {}

  static List<Affiliation> find(String text, TokenIndex tokens, List<Entity> entities,
      Function<String, String> countryOf, ActorDictionary dictionary, LocalDate date) {
    List<Affiliation> out = new ArrayList<>();
    Map<String, String> ids = ActorStage.idsByKey(entities);
    for (Sentence s : tokens.sentences()) {
      String sentence = text.substring(s.start(), s.end());
      Matcher m = ADJECTIVE.matcher(sentence);
      while (m.find()) {
        int otherStart = s.start() + m.start(1);
        String other = m.group(1);
        Matcher previous = PREVIOUS_WORD.matcher(sentence.substring(0, m.start(1)));
        if (previous.find()) {
          // "Saudi Arabia-led", "Syrian government-backed": the patron's name may take the word
          // before it, when that makes a known name or the word itself is a common noun.
          String longer = previous.group(1) + " " + other;
          if (Character.isLowerCase(other.codePointAt(0)) || countryOf.apply(longer) != null
              || dictionary.lookup(longer, date).isPresent() || ids.containsKey(Keys.key(longer))) {
            other = longer;
            otherStart = s.start() + previous.start(1);
          }
        }
        int adjectiveEnd = s.start() + m.end();
        out.add(new Affiliation(
            described(text, adjectiveEnd, s.end(), entities),
            RELATIONS.get(m.group(2).toLowerCase(java.util.Locale.ROOT)),
            other,
            patron(other, entities, ids, countryOf),
            s.start(), s.end(),
            text.substring(otherStart, adjectiveEnd)));
      }
    }
    return out;
  }

  /** The first named actor after the adjective in the same clause, or null. */
  private static String described(String text, int from, int sentenceEnd, List<Entity> entities) {
    Mention best = null;
    String bestId = null;
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() >= from && m.end() <= sentenceEnd
            && (best == null || m.start() < best.start())) {
          best = m;
          bestId = e.id();
        }
      }
    }
    if (best == null) {
      return null;
    }
    String gap = text.substring(from, best.start());
    boolean sameClause = gap.chars().noneMatch(c -> ",;:.!?\"“”".indexOf(c) >= 0);
    int words = gap.isBlank() ? 0 : gap.strip().split("\\s+").length;
    return sameClause && words <= MAX_GAP_WORDS ? bestId : null;
  }

  /** The entity the patron is: same name, else a place or group of the same country. */
  private static String patron(String other, List<Entity> entities, Map<String, String> ids,
      Function<String, String> countryOf) {
    String byName = ids.get(Keys.key(other));
    if (byName != null) {
      return byName;
    }
    String iso3 = countryOf.apply(other);
    if (iso3 == null) {
      return null;
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION && iso3.equals(countryOf.apply(e.name()))) {
        return e.id();
      }
    }
    return null;
  }
}
