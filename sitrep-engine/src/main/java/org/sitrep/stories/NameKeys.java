package org.sitrep.stories;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared across outlets. Two keys per name: the {@link #key} ignores case,
 * diacritics, dots, apostrophes, hyphens and a leading "the" ("Yoon Suk-yeol" = "Yoon Suk Yeol",
 * "U.S." = "US"); the {@link #skeleton} also ignores vowels and the letters h, w and y after each
 * word's first letter and doubled letters, so transliteration variants of one name meet
 * ("Qasimiyeh" / "Qasimieh", "Mahmoud" / "Mahmud"). Skeletons are only given for names of at
 * least {@value #MIN_SKELETON_LETTERS} letters, where an accidental collision is unlikely.
 */
final class NameKeys {
  private NameKeys() {}

  static final int MIN_SKELETON_LETTERS = 6;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern DROPPED = Pattern.compile("[.'’‘`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The comparison key of a name, or "" when it holds no letter or digit. */
  static String key(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = POSSESSIVE.matcher(s).replaceAll("");
    s = DROPPED.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** The consonant skeleton of a {@link #key}, or null when the key is too short to have one. */
  static String skeleton(String key) {
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetter(key.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_SKELETON_LETTERS) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String word : key.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      char last = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (i > 0 && "aeiouhwy".indexOf(c) >= 0) {
          continue;
        }
        if (c != last) {
          out.append(c);
        }
        last = c;
      }
    }
    return "~" + out;
  }
}
