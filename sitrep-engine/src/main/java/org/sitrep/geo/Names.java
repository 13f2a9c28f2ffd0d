package org.sitrep.geo;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a place name. Two spellings that differ only in case, diacritics, apostrophes,
 * dots, hyphens or spacing get the same key: "Şanlıurfa" and "SANLIURFA" are "sanliurfa", "Deir
 * ez-Zor" and "Deir ez Zor" are "deir ez zor". scripts/gazetteer/derive.py mirrors this function
 * (it only uses it to drop duplicate variants, so a divergence costs size, not correctness).
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['’‘ʼʻʿʾ`´′.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^0-9a-z]+");
  private static final Pattern ACRONYM = Pattern.compile("(?:[A-Z]\\.?){2,6}");

  /** Letters that Unicode decomposition leaves alone but readers treat as plain Latin letters. */
  private static final ImmutableMap<Character, String> LETTERS =
      ImmutableMap.<Character, String>builder()
          .put('ı', "i")
          .put('ł', "l")
          .put('ø', "o")
          .put('đ', "d")
          .put('ð', "d")
          .put('ħ', "h")
          .put('ß', "ss")
          .put('æ', "ae")
          .put('œ', "oe")
          .put('þ', "th")
          .put('ŀ', "l")
          .buildOrThrow();

  /**
   * Transliterations of the Arabic definite article, sun-letter assimilations included ("as
   * Suwayda", "ar Raqqa", "ad Dawr"). The derivation script indexes Arab-world names without it; a
   * query keeps it unless nothing matches with it.
   */
  private static final ImmutableSet<String> ARABIC_ARTICLES =
      ImmutableSet.of(
          "al", "el", "ad", "adh", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "er",
          "es", "esh", "et", "ez", "en", "ech", "eth", "ul", "il");

  /** Words naming the kind of a region ("Idlib province", "Kyiv oblast"). */
  private static final ImmutableSet<String> REGION_WORDS =
      ImmutableSet.of(
          "province", "governorate", "region", "oblast", "prefecture", "state", "district",
          "county", "department", "voivodeship", "emirate");

  private Names() {}

  /** The key of {@code name}: never null, empty when the name has no Latin letter or digit. */
  static String key(String name) {
    String ascii = asciiKey(name);
    return ascii != null ? ascii : unicodeKey(name);
  }

  /**
   * The key of a plain-ASCII name in one pass, or {@code null} for any other name. Same result as
   * {@link #unicodeKey}; exists because loading the gazetteer keys some 200,000 names.
   */
  private static String asciiKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingSpace && key.length() > 0) {
          key.append(' ');
        }
        pendingSpace = false;
        key.append(c);
      } else if (c != '\'' && c != '`' && c != '.') {
        pendingSpace = true;
      }
    }
    return key.toString();
  }

  private static String unicodeKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder mapped = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = LETTERS.get(c);
      if (replacement == null) {
        mapped.append(c);
      } else {
        mapped.append(replacement);
      }
    }
    s = DROPPED.matcher(mapped).replaceAll("");
    return SEPARATORS.matcher(s).replaceAll(" ").trim();
  }

  /** The key without a leading "the", or {@code null} when it has none. */
  static String withoutThe(String key) {
    return strippedPrefix(key, "the");
  }

  /** The key without a leading Arabic article, or {@code null} when it has none. */
  static String withoutArabicArticle(String key) {
    int space = key.indexOf(' ');
    return space > 0 && ARABIC_ARTICLES.contains(key.substring(0, space))
        ? rest(key, space)
        : null;
  }

  /** The key without a trailing word naming a kind of region, or {@code null} when it has none. */
  static String withoutRegionWord(String key) {
    int space = key.lastIndexOf(' ');
    return space > 0 && REGION_WORDS.contains(key.substring(space + 1))
        ? key.substring(0, space)
        : null;
  }

  /** The key with its spaces removed, so that "deir ez zor" and "deir ezzor" meet. */
  static String squashed(String key) {
    return key.replace(" ", "");
  }

  /**
   * The letters of {@code raw} when it is written as an acronym ("US", "U.S.", "UAE"), else {@code
   * null}. Case matters here: "us" is a pronoun, "US" a country.
   */
  static String acronym(String raw) {
    String trimmed = raw.strip();
    return ACRONYM.matcher(trimmed).matches() ? trimmed.replace(".", "") : null;
  }

  private static String strippedPrefix(String key, String word) {
    return key.startsWith(word + " ") ? rest(key, word.length()) : null;
  }

  private static String rest(String key, int space) {
    String rest = key.substring(space + 1);
    return rest.length() >= 3 ? rest : null;
  }
}
