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
 * path: {@code speech-verbs.txt} (verb forms to lemma), {@code characterising-verbs.txt} (verbs
 * of "X denounced it as “…”"), {@code speech-nouns.txt} ("his remarks that “…”") and {@code channels.txt} (channel patterns). Each file documents its format at its top. The role and organisation nouns that refer
 * back belong to the reference stage ({@code org/sitrep/reference/}).
 */
final class Lexicon {
  private static final Lexicon INSTANCE = new Lexicon();

  /** Lower-cased verb form to lemma. */
  final Map<String, String> speechVerbs;
  /** Lower-cased forms of the verbs that characterise with "as" before a quotation. */
  final Set<String> characterising;
  /** Nouns for what someone said ("remarks", "words"), from {@code speech-nouns.txt}. */
  final Set<String> speechNouns;
  final List<Pattern> channels;

  private Lexicon() {
    ImmutableMap.Builder<String, String> verbs = ImmutableMap.builder();
    for (String line : lines("speech-verbs.txt")) {
      String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
      for (String f : forms) {
        verbs.put(f, forms[0]);
      }
    }
    speechVerbs = verbs.buildKeepingLast();
    ImmutableSet.Builder<String> chars = ImmutableSet.builder();
    for (String line : lines("characterising-verbs.txt")) {
      chars.add(line.toLowerCase(Locale.ROOT).split("\\s+"));
    }
    characterising = chars.build();
    speechNouns = ImmutableSet.copyOf(lines("speech-nouns.txt").stream()
        .map(w -> w.strip().toLowerCase(Locale.ROOT)).toList());
    ImmutableList.Builder<Pattern> ch = ImmutableList.builder();
    for (String line : lines("channels.txt")) {
      ch.add(Pattern.compile(line));
    }
    channels = ch.build();
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
