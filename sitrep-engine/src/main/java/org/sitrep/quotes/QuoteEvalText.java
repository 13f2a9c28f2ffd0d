package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text matching for {@link QuoteEvaluator}: quote prefixes and speaker names. */
final class QuoteEvalText {
  /** Double and single quotation marks of every style; systems differ in whether they keep them. */
  private static final Pattern MARKS = Pattern.compile("[\"“”„«»‘‚‹›`]|''|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private QuoteEvalText() {}

  /**
   * Quote text without quotation marks, with curly apostrophes straightened and whitespace runs
   * collapsed to one space, stripped.
   */
  static String normalise(String s) {
    String t = s.replace('’', '\'').replace('\u00a0', ' ');
    t = MARKS.matcher(t).replaceAll("");
    return SPACE.matcher(t).replaceAll(" ").strip();
  }

  /** The earliest system quote whose normalised text contains the normalised gold prefix. */
  static QuoteEvaluator.Found match(String goldPrefix, List<QuoteEvaluator.Found> system) {
    String want = normalise(goldPrefix);
    QuoteEvaluator.Found best = null;
    for (QuoteEvaluator.Found f : system) {
      if (normalise(f.text()).contains(want) && (best == null || f.start() < best.start())) {
        best = f;
      }
    }
    return best;
  }

  /**
   * Whether a system's speaker agrees with the gold one: a gold description (lower-case start)
   * must equal it but for case and a leading article; a gold name needs its last word among the
   * system speaker's words.
   */
  static boolean sameSpeaker(String gold, String system) {
    List<String> g = words(gold);
    List<String> s = words(system);
    if (g.isEmpty() || s.isEmpty()) {
      return false;
    }
    if (Character.isLowerCase(gold.strip().codePointAt(0))) {
      return withoutArticle(g).equals(withoutArticle(s));
    }
    return s.contains(g.get(g.size() - 1));
  }

  private static List<String> words(String s) {
    return WORD_BREAK.splitAsStream(s.replace('’', '\'').toLowerCase(Locale.ROOT))
        .map(w -> w.replaceAll("^['-]+|['-]+$", "")).filter(w -> !w.isEmpty()).toList();
  }

  private static List<String> withoutArticle(List<String> words) {
    return words.size() > 1 && ARTICLES.contains(words.get(0)) ? words.subList(1, words.size())
        : words;
  }
}
