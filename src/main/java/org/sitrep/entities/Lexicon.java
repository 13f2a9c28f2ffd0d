package org.sitrep.entities;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.ResourceLines;

/**
 * The word lists behind the entity rules, loaded once from {@code org/sitrep/entities/*.tsv|txt}
 * on the class path. Each file documents its source at its top.
 */
final class Lexicon {
  final Map<String, String> placeNouns;
  final Map<String, String> orgHeads;
  final Set<String> roles;
  final Set<String> groups;

  private static final Lexicon INSTANCE = new Lexicon();

  private Lexicon() {
    placeNouns = pairs("place-nouns.tsv");
    orgHeads = pairs("org-heads.tsv");
    roles = ImmutableSet.copyOf(lines("roles.txt"));
    groups = ImmutableSet.copyOf(lines("groups.txt"));
  }

  static Lexicon get() {
    return INSTANCE;
  }

  private static Map<String, String> pairs(String name) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String line : lines(name)) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException(name + ": expected noun<TAB>subtype, got '" + line + "'");
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
