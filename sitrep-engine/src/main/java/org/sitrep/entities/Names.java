package org.sitrep.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation for matching mentions of one entity; never used for display. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Names() {}

  /** Lower case, no diacritics, straight apostrophes, no leading "the", no possessive. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ')
        .toLowerCase(Locale.ROOT).strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.matches("(?:\\p{L}\\.){2,}")) {
      s = s.replace(".", "");
    }
    return s.replaceAll("[-‐‑–]", " ").replaceAll("\\s+", " ").strip();
  }

  /** The last word of a person's name with any Arabic article dropped: "Omar al-Hassan" → "hassan". */
  static String surname(String name) {
    String[] words = key(name.replaceAll("(?i)\\b(al|el|as|ash|ad|ar|at|az|an)[-‐]", "$1 "))
        .split(" ");
    return words[words.length - 1];
  }

  /** Initials of the capitalised words: "Syrian Democratic Forces" → "SDF". */
  static String initials(String name) {
    return initials(name, false);
  }

  /**
   * Initials of a name's words, upper-cased: of the capitalised words only ("Ministry of
   * Defence" → "MD", as organisations abbreviate), or of every word when {@code smallWords}
   * ("Voice of Arcadia" → "VOA", as broadcasters and papers often do).
   */
  static String initials(String name, boolean smallWords) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && (smallWords || Character.isUpperCase(w.charAt(0)))) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  /** True for an all-capitals token of two or more letters, as acronyms are written. */
  static boolean isAcronym(String s) {
    String t = s.replace(".", "");
    return t.length() >= 2 && t.length() <= 8 && t.chars().allMatch(Character::isUpperCase);
  }
}
