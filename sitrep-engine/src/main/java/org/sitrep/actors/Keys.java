package org.sitrep.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of an actor name: case, accents, dots, apostrophes, hyphens and spacing do not
 * count, so "U.S." = "US", "Hay'at" = "Hayat", "al-Nusra" = "Al Nusra". scripts/actors/derive.py
 * mirrors it.
 */
final class Keys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['’‘ʼ`.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^0-9a-z]+");

  private Keys() {}

  /** The key of {@code name}; empty when it has no Latin letter or digit. */
  static String key(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = DROPPED.matcher(s.toLowerCase(Locale.ROOT).replace('ı', 'i')).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").strip();
  }

  /** {@code key} without a leading "the". */
  static String withoutThe(String key) {
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
