package org.sitrep.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Buildings and sites (facility-heads.txt) are places, with their short forms. CoreNLP tags "the
 * Marlow National Museum" as an organisation and a later "the Marlow" as another one; a reader
 * takes both, and "the Marlow museum", for the one building where things happened.
 *
 * <ul>
 *   <li>A name of two or more capitalised words ending in a facility word is a place.
 *   <li>A capitalised name followed by a lower-case facility word ("the Marlow museum", "the Wat
 *       Phra temple") is a place with the word included, when the name alone is no place the
 *       gazetteer knows (a "Tunis museum" is a museum in Tunis) or it is the distinctive word of
 *       a facility the article names in full.
 *   <li>A one-word mention that is the distinctive word of exactly one facility name in the article
 *       (its words other than the facility word and generic ones such as "National") is a short
 *       form of that facility and joins it.
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class Facilities {
  /** Words that do not tell one facility from another: "the National Museum". */
  private static final Set<String> GENERIC = Set.of("national", "royal", "grand", "great", "old",
      "new", "presidential", "state", "central", "city", "international", "memorial", "main",
      "holy", "the", "of");

  private final Set<String> heads;
  private final Gazetteer gazetteer;

  Facilities(Lexicon lexicon, Gazetteer gazetteer) {
    this.heads = lexicon.facilityHeads;
    this.gazetteer = gazetteer;
  }

  void apply(String text, NlpAnalysis nlp, List<Cand> cands) {
    // 1. Full names ending in a capitalised facility word.
    for (Sentence s : nlp.sentences()) {
      List<Token> tk = s.tokens();
      for (int i = 1; i < tk.size(); i++) {
        Token h = tk.get(i);
        if (!h.capitalised() || !heads.contains(h.word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int first = nameStart(tk, i);
        if (first == i) {
          continue;
        }
        int from = tk.get(first).start();
        int to = h.end();
        if (cands.stream().anyMatch(c -> c.overlaps(from, to) && (c.start < from || c.end > to)
            || c.type == EntityType.PERSON && c.overlaps(from, to))) {
          continue;
        }
        NameChains.put(cands, new Cand(from, to, EntityType.LOCATION, null, true));
      }
    }
    Map<String, String> distinctive = distinctiveWords(text, cands);
    // 2. "the Marlow museum": a name and a lower-case facility word.
    for (Sentence s : nlp.sentences()) {
      List<Token> tk = s.tokens();
      for (int i = 1; i < tk.size(); i++) {
        Token h = tk.get(i);
        if (h.capitalised() || !heads.contains(h.word())) {
          continue;
        }
        int first = nameStart(tk, i);
        if (first == i) {
          continue;
        }
        int from = tk.get(first).start();
        int to = h.end();
        String name = text.substring(from, tk.get(i - 1).end());
        String full = distinctive.get(Names.key(name));
        if (full == null && (gazetteer.isKnownPlace(name) || gazetteer.country(name).isPresent()
            || cands.stream().anyMatch(c -> c.overlaps(from, to)
            && c.type != EntityType.LOCATION && c.type != EntityType.ORGANIZATION))) {
          continue;
        }
        if (cands.stream().anyMatch(c -> c.overlaps(from, to) && (c.start < from || c.end > to))) {
          continue;
        }
        Cand c = new Cand(from, to, EntityType.LOCATION, null, true);
        c.aliasOf = full;
        NameChains.put(cands, c);
      }
    }
    // 3. "the Marlow": the distinctive word alone.
    for (Cand c : cands) {
      String full = distinctive.get(Names.key(text.substring(c.start, c.end)));
      // A place the tagger read and the gazetteer knows stays that place.
      String word = text.substring(c.start, c.end);
      if (full != null && c.type != EntityType.PERSON && !word.contains(" ")
          && !(c.type == EntityType.LOCATION && gazetteer.isKnownPlace(word))) {
        c.type = EntityType.LOCATION;
        c.subtype = null;
        c.aliasOf = full;
        c.ruled = true;
      }
    }
  }

  /** The first token of the capitalised name before head {@code i}, or {@code i} when none. */
  private static int nameStart(List<Token> tk, int i) {
    int first = i;
    while (first > 0 && capitalisedName(tk.get(first - 1))) {
      first--;
    }
    return first;
  }

  /** Distinctive word (key) → key of the one facility name it picks out. */
  private Map<String, String> distinctiveWords(String text, List<Cand> cands) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> ambiguous = new ArrayList<>();
    for (Cand c : cands) {
      String surface = text.substring(c.start, c.end);
      String[] words = surface.split("\\s+");
      // Proper names only ("Marlow National Museum"): "the Sabha airport" is the airport of a
      // town, and "Sabha" is still the town.
      String last = words[words.length - 1];
      if (c.type != EntityType.LOCATION || words.length < 2 || !Character.isUpperCase(last.charAt(0))
          || !heads.contains(last.toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < words.length - 1; i++) {
        if (!GENERIC.contains(words[i].toLowerCase(Locale.ROOT))) {
          rest.add(words[i]);
        }
      }
      if (rest.size() != 1) {
        continue;
      }
      String key = Names.key(rest.get(0));
      String full = Names.key(surface);
      String before = out.putIfAbsent(key, full);
      if (before != null && !before.equals(full)) {
        ambiguous.add(key);
      }
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  private static boolean capitalisedName(Token t) {
    return t.capitalised() && t.properNoun() && !t.word().equals("'s");
  }
}
