package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.ResourceLines;

/**
 * A cheap reader of proper names for articles that come without Sitrep's entity analysis:
 * maximal runs of capitalised words on one line ("Tel Harun", "Omar al-Kordi", "VALDORA"),
 * split at the function words, weekdays, months and titles listed in {@code
 * name-stopwords.txt}, which are no names themselves. A one-word run that opens a sentence counts only when the same word also
 * appears capitalised inside a sentence, so "Earlier" or "Footage" at a sentence start is no name.
 * Stateless and thread-safe.
 */
final class NameFinder {
  /** A capitalised word, possibly after an Arabic or European particle ("al-Kordi"). */
  private static final Pattern WORD = Pattern.compile(
      "(?:(?:al|el|ad|as|ar|an|bin|ibn|abu|de|van|von)-)?\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]*");
  /**
   * A pronoun or verb contracted with an apostrophe ("I've", "I'm", "IT'S", "Don't", "We'll"):
   * capitalised at a quote's start, never a name. Names with an apostrophe ("O'Regan",
   * "D'Souza") have letters before and after it beyond these endings.
   */
  private static final Pattern CONTRACTION = Pattern.compile(
      "(?i)(?:i|it|he|she|we|you|they|that|there|what|who|let|don|can|won|isn|aren|wasn|weren"
          + "|didn|doesn|hasn|haven|couldn|wouldn|shouldn)['’](?:ve|m|ll|re|d|s|t)");
  private static final Pattern SPACE = Pattern.compile("[ \\u00a0]+");

  private final ImmutableSet<String> stop;

  private NameFinder(ImmutableSet<String> stop) {
    this.stop = stop;
  }

  /** The finder with the shipped stop list. */
  static NameFinder withDefaults() {
    return new NameFinder(ImmutableSet.copyOf(ResourceLines.of(NameFinder.class,
        "name-stopwords.txt")));
  }

  /** Distinct names in {@code text}, in order of first occurrence. */
  ImmutableList<String> find(String text) {
    List<List<String>> runs = new ArrayList<>();
    List<Boolean> initial = new ArrayList<>();
    Set<String> inner = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    List<String> run = new ArrayList<>();
    int runEnd = -1;
    boolean runInitial = false;
    while (m.find()) {
      String w = trimWord(m.group());
      boolean joins = !run.isEmpty() && SPACE.matcher(text.substring(runEnd, m.start())).matches();
      if (!joins) {
        if (!run.isEmpty()) {
          runs.add(run);
          initial.add(runInitial);
        }
        run = new ArrayList<>();
        runInitial = sentenceStart(text, m.start());
      }
      if (!runInitial || !run.isEmpty()) {
        inner.add(w);
      }
      run.add(w);
      runEnd = m.end();
    }
    if (!run.isEmpty()) {
      runs.add(run);
      initial.add(runInitial);
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < runs.size(); i++) {
      List<String> r = runs.get(i);
      // A stop word splits the run: "Norlandic Foreign Minister Jane Roe" names "Norlandic" and
      // "Jane Roe", so that outlets that title a person differently still share the name.
      int from = 0;
      while (from < r.size()) {
        while (from < r.size() && stopWord(r.get(from))) {
          from++;
        }
        int to = from;
        while (to < r.size() && !stopWord(r.get(to))) {
          to++;
        }
        if (to > from) {
          List<String> words = r.subList(from, to);
          boolean opensSentence = initial.get(i) && from == 0;
          String name = String.join(" ", words);
          if (!(words.size() == 1 && opensSentence && !inner.contains(words.get(0)))
              && name.length() > 1) {
            out.add(name);
          }
        }
        from = to;
      }
    }
    return ImmutableList.copyOf(out);
  }

  private boolean stopWord(String w) {
    return stop.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))
        || CONTRACTION.matcher(w).matches();
  }

  private static String trimWord(String w) {
    int end = w.length();
    while (end > 1 && ".-'’".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    String s = w.substring(0, end);
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }

  /** Whether offset {@code at} opens a line or follows sentence-final punctuation. */
  private static boolean sentenceStart(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“'
        || text.charAt(i) == '\'' || text.charAt(i) == '‘' || text.charAt(i) == '(')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '!'
        || text.charAt(i) == '?' || text.charAt(i) == ':' || text.charAt(i) == '-'
        || text.charAt(i) == '—' || text.charAt(i) == '–';
  }
}
