package org.sitrep.reference;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.ResourceLines;

/**
 * The word lists behind reference resolution, from {@code org/sitrep/reference/}:
 * {@code description-nouns.tsv}, {@code role-nouns.txt} and {@code gender-words.txt}. Each file
 * documents its format at its top. Immutable once loaded.
 */
final class ReferenceWords {
  /** Stands for a null entity subtype in {@link Noun#subtypes}. */
  static final String UNKNOWN_SUBTYPE = "-";

  /** An organisation noun: the entity subtypes it fits, and whether it excludes state actors. */
  record Noun(Set<String> subtypes, boolean nonState) {}

  /** A person's gender as the text tells it. */
  enum Gender { MALE, FEMALE, UNKNOWN }

  final Map<String, Noun> descriptionNouns;
  final Set<String> roleNouns;
  final Map<String, Gender> genderWords;

  private ReferenceWords(Map<String, Noun> descriptionNouns, Set<String> roleNouns,
      Map<String, Gender> genderWords) {
    this.descriptionNouns = descriptionNouns;
    this.roleNouns = roleNouns;
    this.genderWords = genderWords;
  }

  /** The bundled lists. */
  static ReferenceWords load() {
    ImmutableMap.Builder<String, Noun> nouns = ImmutableMap.builder();
    for (String line : lines("description-nouns.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols.length > 3
          || cols.length == 3 && !cols[2].strip().equals("non-state")) {
        throw new IllegalStateException(
            "description-nouns.tsv: expected noun<TAB>subtypes[<TAB>non-state], got: " + line);
      }
      nouns.put(cols[0].strip().toLowerCase(Locale.ROOT), new Noun(
          ImmutableSet.copyOf(cols[1].strip().split("\\s*,\\s*")), cols.length == 3));
    }
    ImmutableSet<String> roles = ImmutableSet.copyOf(lines("role-nouns.txt").stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList());
    ImmutableMap.Builder<String, Gender> genders = ImmutableMap.builder();
    for (String line : lines("gender-words.txt")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || !(cols[0].equals("male") || cols[0].equals("female"))) {
        throw new IllegalStateException(
            "gender-words.txt: expected male|female<TAB>words, got: " + line);
      }
      Gender g = cols[0].equals("male") ? Gender.MALE : Gender.FEMALE;
      for (String w : cols[1].strip().split("\\s+")) {
        genders.put(w.toLowerCase(Locale.ROOT), g);
      }
    }
    return new ReferenceWords(nouns.buildOrThrow(), roles, genders.buildOrThrow());
  }

  private static List<String> lines(String name) {
    return ResourceLines.of(ReferenceWords.class, name);
  }
}
