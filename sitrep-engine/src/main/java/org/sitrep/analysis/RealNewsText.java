package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.core.Span;
import org.sitrep.core.ResourceLines;

/**
 * Text matching for {@link RealNewsEvaluator}: relaxed name keys, whitespace- and case-insensitive
 * search that reports offsets into the original text, quote prefixes, time values, and the words
 * and countries of actor descriptions. Stateless; the function-word list is loaded once.
 */
final class RealNewsText {
  private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[\\s;,/()\\[\\]]+");
  private static final Pattern ZONE = Pattern.compile("(Z|[+-]\\d\\d(:?\\d\\d)?)$");
  private static final Pattern SECONDS = Pattern.compile("(T\\d\\d:\\d\\d):00(\\.0+)?$");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
  private static final Set<String> PARTS_OF_DAY = Set.of("MO", "AF", "EV", "NI");
  /** Quote marks and punctuation trimmed from both ends of a quote before prefix matching. */
  private static final String QUOTE_TRIM = "\"'«»‹›.,;:!?…—–- ";
  /** The shortest system quote that may stand for the start of a longer gold quote. */
  static final int MIN_PARTIAL_QUOTE = 12;
  private static final Set<String> FUNCTION_WORDS = load("realnews-function-words.txt");

  private RealNewsText() {}

  /** {@code s} without parenthetical remarks ("Cairo (dateline)" → "Cairo"), stripped. */
  static String withoutRemarks(String s) {
    return SPACES.matcher(REMARK.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
  }

  /**
   * The relaxed key of a name: lower case, without diacritics, dots and a leading "the", with
   * hyphens and other punctuation as spaces, curly apostrophes straight and a final possessive
   * dropped, so "U.S." = "US", "PONT-SONDÉ" = "Pont Sonde", "the Korea Times" = "Korea Times",
   * "People’s Power Party" = "People's Power Party".
   */
  static String nameKey(String name) {
    String s = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    s = foldApostrophes(s).toLowerCase(Locale.ROOT).replace('ı', 'i').replace(".", "");
    s = NOT_NAME.matcher(s).replaceAll(" ").strip();
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    }
    s = s.replace(" '", " ").replace("' ", " ");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    s = s.startsWith("the ") ? s.substring(4) : s;
    return s.replaceAll("^'+|'+$", "");
  }

  /**
   * Quote text for prefix matching: quotation marks and apostrophes of every style made straight,
   * whitespace collapsed, lower case, and quote marks and punctuation trimmed from both ends.
   */
  static String quoteKey(String quote) {
    String s = SPACES.matcher(foldQuotes(quote).toLowerCase(Locale.ROOT).replace('ı', 'i'))
        .replaceAll(" ");
    int from = 0;
    int to = s.length();
    while (from < to && QUOTE_TRIM.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && QUOTE_TRIM.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * Whether a system quote is the gold quote whose first words are {@code goldPrefix}: the system
   * text starts with the prefix (both through {@link #quoteKey}), or it is at least {@value
   * #MIN_PARTIAL_QUOTE} characters long and the prefix starts with it, as when the system split the
   * quotation around its attribution before the prefix ends.
   */
  static boolean quoteMatches(String goldPrefix, String systemQuote) {
    String g = quoteKey(goldPrefix);
    String s = quoteKey(systemQuote);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    return s.startsWith(g) || s.length() >= MIN_PARTIAL_QUOTE && g.startsWith(s);
  }

  /**
   * Whether a system's TIMEX3 value equals a gold one after normalisation: case, a time zone and
   * zero seconds are ignored ({@code 2024-12-03T22:30:00Z} = {@code 2024-12-03T22:30}), and a day
   * with a part of day ({@code 2024-12-04TMO}) counts for the gold day alone.
   */
  static boolean sameTimeValue(String gold, String system) {
    if (gold == null || system == null) {
      return false;
    }
    String g = timeValue(gold);
    String s = timeValue(system);
    if (g.equals(s)) {
      return true;
    }
    return DAY.matcher(g).matches() && s.length() == g.length() + 3 && s.startsWith(g + "T")
        && PARTS_OF_DAY.contains(s.substring(g.length() + 1));
  }

  private static String timeValue(String v) {
    String s = v.strip().toUpperCase(Locale.ROOT);
    if (s.contains("T")) {
      s = ZONE.matcher(s).replaceAll("");
      s = SECONDS.matcher(s).replaceAll("$1");
    }
    return s;
  }

  /**
   * The content words of an actor description or name, through {@link #nameKey} each, without
   * the function words of {@code realnews-function-words.txt}.
   */
  static Set<String> contentWords(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : nameKey(s.replace('-', ' ')).split(" ")) {
      String t = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w.replace("'", "");
      if (!t.isEmpty() && !FUNCTION_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The ISO3 codes of the countries a description names by a name or demonym of one to three
   * words ("Thai soldier" → THA, "South Korean police" → KOR), per the actor dictionary.
   */
  static Set<String> countries(String s, ActorDictionary dictionary) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_SPLIT.split(foldApostrophes(s))) {
      String t = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      if (!t.isBlank()) {
        words.add(t);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (int n = 1; n <= 3 && i + n <= words.size(); n++) {
        dictionary.country(String.join(" ", words.subList(i, i + n))).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String foldApostrophes(String s) {
    return s.replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('´', '\'');
  }

  private static String foldQuotes(String s) {
    return foldApostrophes(s).replace('“', '"').replace('”', '"').replace('„', '"')
        .replace('‚', '\'');
  }

  /**
   * An article text prepared for search that ignores case, runs of whitespace (non-breaking spaces
   * included) and the style of quote marks, reporting occurrences as spans of the original text.
   */
  static final class Searchable {
    private final String text;
    private final String folded;
    private final int[] origin;

    Searchable(String text) {
      this.text = text;
      StringBuilder b = new StringBuilder(text.length());
      int[] at = new int[text.length()];
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            at[b.length()] = i;
            b.append(' ');
          }
        } else {
          at[b.length()] = i;
          b.append(fold(c));
        }
      }
      this.folded = b.toString();
      this.origin = at;
    }

    /** The original text. */
    String text() {
      return text;
    }

    /** Every non-overlapping occurrence of {@code needle}, in text order; none for a blank one. */
    List<Span> find(String needle) {
      String n = fold(needle);
      ImmutableList.Builder<Span> out = ImmutableList.builder();
      if (n.isEmpty()) {
        return out.build();
      }
      for (int i = folded.indexOf(n); i >= 0; i = folded.indexOf(n, i + n.length())) {
        out.add(Span.of(origin[i], origin[i + n.length() - 1] + 1));
      }
      return out.build();
    }

    /** Whether {@code needle} occurs at all. */
    boolean contains(String needle) {
      String n = fold(needle);
      return !n.isEmpty() && folded.contains(n);
    }

    private static String fold(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
          }
        } else {
          b.append(fold(c));
        }
      }
      return b.toString().strip();
    }

    private static char fold(char c) {
      return switch (c) {
        case '’', '‘', '`', '´', '‚' -> '\'';
        case '“', '”', '„' -> '"';
        default -> Character.toLowerCase(c);
      };
    }
  }

  private static Set<String> load(String resource) {
    return ResourceLines.of(RealNewsText.class, resource).stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
  }
}
