package org.sitrep.actors;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a text with its offsets, as {@link ActorCoder} reads noun phrases: abbreviations with
 * their dots ("U.S."), hyphenated and apostrophised names whole ("al-Nusra", "Hay'at"), a
 * possessive "'s" split off as a word of its own, and every other mark a one-character word.
 */
record Word(int start, int end, String text) {
  /**
   * A lower-case Arabic article and hyphen before a name: al-, el-, ad-, an-, ar-, ash-, …; not
   * as- or at-, which English words start with ("as-yet", "at-risk").
   */
  private static final Pattern ARTICLE =
      Pattern.compile("(?:al|el|ad|an|ar|ash|az|ud|ul)-\\p{L}{2}");
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}|['’]s(?![\\p{L}\\p{N}])|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*|\\S");

  /** The words of {@code text} between {@code from} and {@code to}. */
  static List<Word> in(String text, int from, int to) {
    ImmutableList.Builder<Word> out = ImmutableList.builder();
    Matcher m = TOKEN.matcher(text).region(from, to);
    while (m.find()) {
      String w = m.group();
      int n = w.length();
      if (n > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
        out.add(new Word(m.start(), m.end() - 2, w.substring(0, n - 2)));
        out.add(new Word(m.end() - 2, m.end(), w.substring(n - 2)));
      } else {
        out.add(new Word(m.start(), m.end(), w));
      }
    }
    return out.build();
  }

  /** A letter or digit starts it (not a mark, not the possessive). */
  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** Starts with a capital letter or a digit: a name can start or end here. */
  boolean capitalised() {
    int c = text.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /**
   * Starts a name: capitalised, or an Arabic article joined by a hyphen to a name, as English
   * news writes many group and place names in lower case ("al-Qaeda", "al-Shabaab", "ar-Raqqa").
   */
  boolean nameStart() {
    return capitalised() || ARTICLE.matcher(text).lookingAt();
  }

  /**
   * Could be part of a name: capitalised, and not a hyphenated modifier whose last part is lower
   * case ("Syrian-backed").
   */
  boolean namePart() {
    if (!isWord() || !capitalised()) {
      return false;
    }
    int hyphen = text.lastIndexOf('-');
    return hyphen < 0 || hyphen + 1 >= text.length()
        || !Character.isLowerCase(text.codePointAt(hyphen + 1));
  }

  boolean possessive() {
    return text.equals("'s") || text.equals("’s");
  }

  /** The word in lower case. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Words {@code [from, to)} joined by spaces, a possessive attached to the word before it. */
  static String join(List<Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !words.get(i).possessive()) {
        b.append(' ');
      }
      b.append(words.get(i).text());
    }
    return b.toString();
  }
}
