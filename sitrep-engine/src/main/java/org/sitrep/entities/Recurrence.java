package org.sitrep.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A name the article uses for an entity names it wherever it recurs. CoreNLP's tagger decides each
 * occurrence on its own and misses some (a company's name opening a headline, a surname alone in
 * a later paragraph). So every later or earlier occurrence of a tagged name, and of the surname of
 * a person tagged with a full name, and of a company's name without its legal form ("X" of "X
 * Inc."), of a village's or town's name without that noun ("X" of "X Village"), and of a family name
 * written first ("Kang" of "Kang Min-seo"), becomes a mention of the same type when it stands alone: the
 * same words, written the same way, as proper nouns, not part of a longer name and not already
 * tagged. A capitalised ordinary word opening a sentence is left alone. Stateless and thread-safe.
 */
final class Recurrence {
  /** A romanised East Asian given name: "Min-seo", "Jae-won" (not "Jean-Pierre"). */
  private static final java.util.regex.Pattern FAMILY_FIRST =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  Recurrence(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  void apply(String text, NlpAnalysis nlp, List<Cand> cands) {
    Map<String, EntityType> names = new LinkedHashMap<>();
    for (Cand c : cands) {
      if (c.type == EntityType.GROUP) {
        continue;
      }
      String surface = text.substring(c.start, c.end).strip();
      if (surface.length() < 2 || !Entity.isProperName(surface)) {
        continue;
      }
      names.putIfAbsent(surface, c.type);
      String[] words = surface.split("\\s+");
      if (c.type == EntityType.ORGANIZATION && words.length > 1 && lexicon.companySuffixes
          .contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT))) {
        // "Zelkova Inc." is "Zelkova" later on.
        names.putIfAbsent(surface.substring(0, surface.lastIndexOf(words[words.length - 1]))
            .strip(), EntityType.ORGANIZATION);
      }
      if (c.type == EntityType.LOCATION && words.length > 1
          && Settlements.isSettlementNoun(lexicon, words[words.length - 1])) {
        // "Zawgyi Village" is "Zawgyi" later on.
        names.putIfAbsent(Settlements.stem(surface), EntityType.LOCATION);
      }
      if (c.type == EntityType.PERSON && words.length > 1) {
        String last = words[words.length - 1];
        if (last.length() > 2 && Character.isUpperCase(last.charAt(0))) {
          names.putIfAbsent(last, EntityType.PERSON);
        }
        if (FAMILY_FIRST.matcher(last).matches() && words[0].length() > 1) {
          // "Kang Min-seo": a hyphenated given name with a lower-case second syllable is written
          // after the family name, which recurs alone ("Kang said").
          names.putIfAbsent(words[0], EntityType.PERSON);
        }
      }
    }
    List<Cand> added = new ArrayList<>();
    for (Sentence s : nlp.sentences()) {
      List<Token> tk = s.tokens();
      for (Map.Entry<String, EntityType> n : names.entrySet()) {
        String[] words = n.getKey().split("\\s+");
        for (int i = 0; i + words.length <= tk.size(); i++) {
          if (!matches(tk, i, words)) {
            continue;
          }
          int from = tk.get(i).start();
          int to = tk.get(i + words.length - 1).end();
          if (i > 0 && NameChains.nameToken(tk.get(i - 1))
              || i + words.length < tk.size() && NameChains.nameToken(tk.get(i + words.length))
              || i == 0 && words.length == 1 && gazetteer.isCommonWord(words[0])
              || cands.stream().anyMatch(c -> c.overlaps(from, to))
              || added.stream().anyMatch(c -> c.overlaps(from, to))) {
            continue;
          }
          added.add(new Cand(from, to, n.getValue(), null, false));
        }
      }
    }
    cands.addAll(added);
  }

  private static boolean matches(List<Token> tk, int i, String[] words) {
    for (int k = 0; k < words.length; k++) {
      Token t = tk.get(i + k);
      if (!t.word().equals(words[k]) || !t.properNoun()) {
        return false;
      }
    }
    return true;
  }
}
