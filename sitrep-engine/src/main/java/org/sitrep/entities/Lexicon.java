package org.sitrep.entities;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.ResourceLines;

/**
 * The word lists behind the entity rules, read from {@code org/sitrep/entities/*.tsv|txt}
 * on the class path. Each file documents its source at its top.
 */
final class Lexicon {
  final Map<String, String> placeNouns;
  final Map<String, String> orgHeads;
  /** Capitalised last words of organisation names, ON or OF, from org-name-heads.tsv. */
  final Map<String, String> orgNameHeads;
  final Set<String> roles;
  final Set<String> groups;
  /** Last words of names of buildings and sites ("museum"), from facility-heads.txt. */
  final Set<String> facilityHeads;
  /** Online platforms ("reddit"), from platforms.txt. */
  final Set<String> platforms;
  /** Honorifics ("mr", "dr.") that mark a person's name, from person-cues.tsv. */
  final Set<String> honorifics;
  /** Words opening the names of armed groups ("ansar", "jaysh"), from group-name-words.txt. */
  final Set<String> groupNameWords;
  /** Legal-form suffixes of company names ("inc.", "plc"), from company-suffixes.txt. */
  final Set<String> companySuffixes;
  /** Kinship nouns ("wife", "son") before a person's name, from person-cues.tsv. */
  final Set<String> personNouns;
  /** Lemmas of verbs whose subject is a person ("say", "tell"), from person-cues.tsv. */
  final Set<String> personVerbs;
  /**
   * Words that mark a quoted nickname (CUE, APPOSITIVE, ADVERB) or a described person (NOUN),
   * from nickname-cues.tsv.
   */
  final Map<String, String> nicknameCues;

  private Lexicon() {
    placeNouns = pairs("place-nouns.tsv");
    orgHeads = pairs("org-heads.tsv");
    orgNameHeads = pairs("org-name-heads.tsv");
    roles = ImmutableSet.copyOf(lines("roles.txt"));
    groups = ImmutableSet.copyOf(lines("groups.txt"));
    facilityHeads = ImmutableSet.copyOf(lines("facility-heads.txt"));
    platforms = ImmutableSet.copyOf(lines("platforms.txt"));
    companySuffixes = ImmutableSet.copyOf(lines("company-suffixes.txt"));
    groupNameWords = ImmutableSet.copyOf(lines("group-name-words.txt"));
    Map<String, String> cues = pairs("person-cues.tsv");
    honorifics = cues.entrySet().stream().filter(e -> e.getValue().equals("HONORIFIC"))
        .map(Map.Entry::getKey).collect(ImmutableSet.toImmutableSet());
    personNouns = cues.entrySet().stream().filter(e -> e.getValue().equals("NOUN"))
        .map(Map.Entry::getKey).collect(ImmutableSet.toImmutableSet());
    personVerbs = cues.entrySet().stream().filter(e -> e.getValue().equals("VERB"))
        .map(Map.Entry::getKey).collect(ImmutableSet.toImmutableSet());
    nicknameCues = pairs("nickname-cues.tsv");
    checkState(nicknameCues.containsValue("CUE") && nicknameCues.containsValue("NOUN"),
        "nickname-cues.tsv: expected cue and noun lines");
    checkState(!honorifics.isEmpty() && !personVerbs.isEmpty(),
        "person-cues.tsv: expected honorific and verb lines");
  }

  /**
   * Reads the shipped lists; callers load once and pass the result on.
   *
   * @throws IllegalStateException when a shipped list is missing or malformed (a packaging error)
   */
  static Lexicon load() {
    return new Lexicon();
  }

  private static Map<String, String> pairs(String name) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": expected word<TAB>kind, got '" + line + "'");
      }
      b.put(f[0], f[1].toUpperCase(Locale.ROOT));
    }
    return b.buildKeepingLast();
  }

  private static List<String> lines(String name) {
    return ResourceLines.of(Lexicon.class, name).stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
  }
}
