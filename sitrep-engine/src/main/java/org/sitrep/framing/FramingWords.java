package org.sitrep.framing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.ResourceLines;

/**
 * The framing stage's word lists, from {@code org/sitrep/framing/}: {@code loaded-terms.tsv} (the
 * loaded-language lexicon), {@code bare-nouns.txt} (descriptions that are no label) and {@code
 * view-verbs.txt} (verbs that attribute a characterisation). Each file documents itself at its top.
 * Immutable once loaded.
 */
final class FramingWords {
  final Map<String, LoadedCategory> terms;
  /** Every term, longest first, as one case-insensitive whole-word alternation. */
  final Pattern termPattern;
  final Set<String> bareNouns;
  final Set<String> viewVerbs;

  FramingWords(Map<String, LoadedCategory> terms, Set<String> bareNouns, Set<String> viewVerbs) {
    this.terms = ImmutableMap.copyOf(terms);
    this.bareNouns = ImmutableSet.copyOf(bareNouns);
    this.viewVerbs = ImmutableSet.copyOf(viewVerbs);
    List<String> forms = new ArrayList<>(this.terms.keySet());
    // Longest first, so that "war crimes" wins over "war crime" at the same place.
    forms.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder alt = new StringBuilder();
    for (String f : forms) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
    }
    // Not after a letter or digit (a hyphen may precede: "pro-regime"), not before one.
    this.termPattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The bundled lists. */
  static FramingWords load() {
    ImmutableMap.Builder<String, LoadedCategory> terms = ImmutableMap.builder();
    for (String line : ResourceLines.of(FramingWords.class, "loaded-terms.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank()) {
        throw new IllegalStateException(
            "loaded-terms.tsv: expected term<TAB>CATEGORY, got: " + line);
      }
      terms.put(normal(cols[0]), LoadedCategory.parse(cols[1].strip()));
    }
    return new FramingWords(terms.buildOrThrow(), lower("bare-nouns.txt"), lower("view-verbs.txt"));
  }

  /** The lexicon entry an occurrence stands for: lower case, single spaces. */
  static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Set<String> lower(String name) {
    return ImmutableSet.copyOf(ResourceLines.of(FramingWords.class, name).stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }
}
