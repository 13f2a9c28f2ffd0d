package org.sitrep.entities;

import java.util.Locale;

/**
 * Villages and towns named with their place noun ("Zawgyi Village", "Tarn Town"):
 * the name without the noun names the same settlement ("Zawgyi"), so it recurs and groups with
 * the long form. Only settlement nouns (subtypes VILLAGE and TOWN in {@code place-nouns.tsv}):
 * a province or district often shares its name with its capital, a different place.
 */
final class Settlements {
  private Settlements() {}

  static boolean isSettlementNoun(Lexicon lexicon, String word) {
    String subtype = lexicon.placeNouns.get(word.toLowerCase(Locale.ROOT));
    return "VILLAGE".equals(subtype) || "TOWN".equals(subtype);
  }

  /** The name without its last word (the settlement noun). */
  static String stem(String surface) {
    return surface.strip().replaceAll("\\s+\\S+$", "");
  }
}
