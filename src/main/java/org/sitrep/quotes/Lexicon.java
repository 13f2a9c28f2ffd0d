package org.sitrep.quotes;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.core.ResourceLines;

/**
 * The word lists behind quote attribution, loaded once from {@code org/sitrep/quotes/} on the class
 * path: {@code speech-verbs.txt} (verb forms to lemma), {@code channels.txt} (channel patterns),
 * {@code role-nouns.txt} and {@code org-nouns.tsv}. Each file documents its format at its top.
 */
final class Lexicon {
  private static final Lexicon INSTANCE = new Lexicon();

  /** Lower-cased verb form to lemma. */
  final Map<String, String> speechVerbs;
  final List<Pattern> channels;
  final Set<String> roleNouns;
  /**
   * Lower-cased noun that refers back to an organisation, to the subtypes it fits ({@link
   * #UNKNOWN_SUBTYPE} for an organisation of unknown subtype).
   */
  final Map<String, Set<String>> orgNouns;

  /** Stands for a null entity subtype in {@link #orgNouns}. */
  static final String UNKNOWN_SUBTYPE = "-";

  private Lexicon() {
    ImmutableMap.Builder<String, String> verbs = ImmutableMap.builder();
    for (String line : lines("speech-verbs.txt")) {
      String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
      for (String f : forms) {
        verbs.put(f, forms[0]);
      }
    }
    speechVerbs = verbs.buildKeepingLast();
    ImmutableList.Builder<Pattern> ch = ImmutableList.builder();
    for (String line : lines("channels.txt")) {
      ch.add(Pattern.compile(line));
    }
    channels = ch.build();
    roleNouns = ImmutableSet.copyOf(lines("role-nouns.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    ImmutableMap.Builder<String, Set<String>> orgs = ImmutableMap.builder();
    for (String line : lines("org-nouns.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("org-nouns.tsv: expected noun<TAB>subtypes, got: " + line);
      }
      orgs.put(cols[0].strip().toLowerCase(Locale.ROOT),
          ImmutableSet.copyOf(cols[1].strip().split("\\s*,\\s*")));
    }
    orgNouns = orgs.buildOrThrow();
  }

  static Lexicon get() {
    return INSTANCE;
  }

  /** The lemma of a speech verb form, or null when {@code word} is none. */
  String speechLemma(String word) {
    return speechVerbs.get(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> lines(String name) {
    return ResourceLines.of(Lexicon.class, name);
  }
}
