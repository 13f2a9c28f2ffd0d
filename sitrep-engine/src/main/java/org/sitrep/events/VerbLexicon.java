package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO event lexicon: verbs and their patterns from {@code cameo-verbs.tsv} (derived from the
 * PETRARCH CAMEO dictionary by {@code scripts/events/derive_verbs.py}), and event nouns from
 * {@code cameo-nominals.tsv}. Immutable and shared. {@code cameo-verb-overrides.tsv} corrects the
 * default codes PETRARCH gives verbs of going and facing (040), from the CAMEO codebook; loading
 * fails on an override for a verb the dictionary lacks, so a typo cannot go unnoticed.
 *
 * <p>A verb's code is its dictionary default unless one of its block's patterns matches: pattern
 * words must occur in order after the verb (object side, within {@link #WINDOW} tokens) and before
 * it (subject side). The pattern with the most words wins; a pattern coded {@code ---} suppresses
 * the event ("killed in an accident"), and a verb coded {@code ---} codes only through its
 * patterns ("restore" alone is nothing, "restore ties" is 050).
 */
final class VerbLexicon {
  static final int WINDOW = 10;
  /** Marks a pattern that suppresses coding, or a verb that codes only through patterns. */
  static final String NONE = "---";

  private static final Set<String> AUXILIARIES = ImmutableSet.of("be", "have", "do", "will",
      "would", "shall", "should", "can", "could", "may", "might", "must", "get");

  private record Entry(List<String> words, String code, String block) {}

  private record Pattern(List<List<List<String>>> before, List<List<List<String>>> after,
      String code) {
    int size() {
      return before.size() + after.size();
    }
  }

  private static final VerbLexicon SHARED = load();

  private final ImmutableListMultimap<String, Entry> verbs;
  private final ImmutableListMultimap<String, Pattern> patterns;
  private final ImmutableMap<String, String> nominals;
  private final ImmutableSet<String> nominalHeads;
  /** Per verb block, the words that can start one of its coded patterns. */
  private final ImmutableSetMultimap<String, String> patternKeys;

  private VerbLexicon(ImmutableListMultimap<String, Entry> verbs,
      ImmutableListMultimap<String, Pattern> patterns, ImmutableMap<String, String> nominals) {
    this.verbs = verbs;
    this.patterns = patterns;
    this.nominals = nominals;
    ImmutableSet.Builder<String> heads = ImmutableSet.builder();
    for (String n : nominals.keySet()) {
      heads.add(n.substring(n.lastIndexOf(' ') + 1));
    }
    this.nominalHeads = heads.build();
    ImmutableSetMultimap.Builder<String, String> keys = ImmutableSetMultimap.builder();
    for (Map.Entry<String, Pattern> e : patterns.entries()) {
      Pattern pat = e.getValue();
      List<List<List<String>>> elements = pat.after().isEmpty() ? pat.before() : pat.after();
      if (NONE.equals(pat.code()) || elements.isEmpty()) {
        continue;
      }
      for (List<String> alternative : elements.get(0)) {
        keys.put(e.getKey(), alternative.get(0)); // a coded pattern can only match with this word
      }
    }
    this.patternKeys = keys.build();
  }

  static VerbLexicon get() {
    return SHARED;
  }

  /** True when token {@code i} could state an event: a lexicon verb or event noun. */
  boolean candidate(Parse p, int i) {
    String pos = p.token(i).pos();
    if (pos.startsWith("VB")) {
      return !AUXILIARIES.contains(p.lemma(i))
          && (verbs.containsKey(p.lemma(i)) || verbs.containsKey(p.lower(i)));
    }
    return pos.startsWith("NN") && nounCode(p, i) != null;
  }

  /**
   * Cheap pre-parse test on a sentence: a token that {@link #candidate(org.sitrep.nlp.Token) could
   * state an event}, where a verb that codes only through patterns ("restore") counts only when
   * the sentence has a word that can start one of its coded patterns ("ties").
   */
  boolean anyCandidate(List<org.sitrep.nlp.Token> tokens) {
    Set<String> words = null;
    for (org.sitrep.nlp.Token t : tokens) {
      if (!candidate(t)) {
        continue;
      }
      List<String> blocks = patternOnlyBlocks(t);
      if (blocks.isEmpty()) {
        return true;
      }
      if (words == null) {
        words = new HashSet<>();
        for (org.sitrep.nlp.Token w : tokens) {
          words.add(w.word().toLowerCase(Locale.ROOT));
          words.add(w.lemma().toLowerCase(Locale.ROOT));
        }
      }
      for (String block : blocks) {
        for (String key : patternKeys.get(block)) {
          if (words.contains(key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The blocks of a verb token whose every entry codes only through patterns, else empty. */
  private List<String> patternOnlyBlocks(org.sitrep.nlp.Token t) {
    if (!t.pos().startsWith("VB")) {
      return List.of();
    }
    List<String> blocks = new ArrayList<>();
    for (String key : List.of(t.lemma().toLowerCase(Locale.ROOT),
        t.word().toLowerCase(Locale.ROOT))) {
      for (Entry e : verbs.get(key)) {
        if (!NONE.equals(e.code())) {
          return List.of();
        }
        blocks.add(e.block());
      }
    }
    return blocks;
  }

  /** Cheap pre-parse test on a bare token: lemma or word in the lexicon. */
  boolean candidate(org.sitrep.nlp.Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.pos().startsWith("VB")) {
      return !AUXILIARIES.contains(lemma) && (verbs.containsKey(lemma)
          || verbs.containsKey(t.word().toLowerCase(Locale.ROOT)));
    }
    return t.pos().startsWith("NN") && nominalHeads.contains(lemma);
  }

  /**
   * The CAMEO code of verb {@code i}, or null when it is not an event verb or a pattern suppresses
   * it.
   */
  String verbCode(Parse p, int i) {
    Entry best = null;
    for (String key : List.of(p.lemma(i), p.lower(i))) {
      for (Entry e : verbs.get(key)) {
        if (matchesPhrase(p, i, e.words()) && (best == null
            || e.words().size() > best.words().size())) {
          best = e;
        }
      }
    }
    if (best == null) {
      return null;
    }
    Pattern bestPattern = null;
    for (Pattern pat : patterns.get(best.block())) {
      if ((bestPattern == null || pat.size() > bestPattern.size()) && matches(p, i, pat)) {
        bestPattern = pat;
      }
    }
    String code = bestPattern == null ? best.code() : bestPattern.code();
    return NONE.equals(code) ? null : code;
  }

  /** The CAMEO code of event noun {@code i}, preferring a compound ("phone call"), or null. */
  String nounCode(Parse p, int i) {
    for (int c : p.children(i)) {
      String rel = p.base(c);
      if ((rel.equals("compound") || rel.equals("amod")) && c == i - 1) {
        String code = nominals.get(p.lemma(c) + " " + p.lemma(i));
        if (code != null) {
          return code;
        }
      }
    }
    if (i > 0 && p.head(i - 1) == i) {
      String code = nominals.get(p.lower(i - 1) + " " + p.lemma(i));
      if (code != null) {
        return code;
      }
    }
    return nominals.get(p.lemma(i));
  }

  private static boolean matchesPhrase(Parse p, int i, List<String> words) {
    for (int k = 1; k < words.size(); k++) {
      int j = i + k;
      if (j >= p.size() || !(p.lower(j).equals(words.get(k)) || p.lemma(j).equals(words.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Parse p, int i, Pattern pat) {
    return inOrder(p, Math.min(p.size(), i + 1), Math.min(p.size(), i + 1 + WINDOW), pat.after())
        && inOrder(p, Math.max(0, i - WINDOW), i, pat.before());
  }

  /** Each element (alternatives of word sequences) found in order within [from, to). */
  private static boolean inOrder(Parse p, int from, int to, List<List<List<String>>> elements) {
    int at = from;
    for (List<List<String>> alternatives : elements) {
      int found = -1;
      for (int j = at; j < to && found < 0; j++) {
        for (List<String> seq : alternatives) {
          if (sequenceAt(p, j, to, seq)) {
            found = j + seq.size();
            break;
          }
        }
      }
      if (found < 0) {
        return false;
      }
      at = found;
    }
    return true;
  }

  private static boolean sequenceAt(Parse p, int j, int to, List<String> seq) {
    if (j + seq.size() > to) {
      return false;
    }
    for (int k = 0; k < seq.size(); k++) {
      String w = seq.get(k);
      String word = p.lower(j + k);
      if (!(word.equals(w) || p.lemma(j + k).equals(w) || word.equals(w + "s")
          || word.equals(w + "es"))) {
        return false;
      }
    }
    return true;
  }

  private static VerbLexicon load() {
    Map<String, List<List<String>>> synsets = new HashMap<>();
    List<String[]> patternRows = new ArrayList<>();
    ImmutableListMultimap.Builder<String, Entry> verbs = ImmutableListMultimap.builder();
    Map<String, String> overrides = new HashMap<>();
    for (String line : lines("cameo-verb-overrides.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length < 2 || !f[1].matches("---|[0-9A-F]{3,4}")) {
        throw new IllegalStateException("cameo-verb-overrides.tsv: bad line: " + line);
      }
      overrides.put(f[0], f[1]);
    }
    Set<String> overridden = new HashSet<>();
    for (String line : lines("cameo-verbs.tsv")) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "S" -> {
          List<List<String>> members = new ArrayList<>();
          for (String m : f[2].split("\\|")) {
            members.add(List.of(m.split(" ")));
          }
          synsets.put(f[1], members);
        }
        case "V" -> {
          List<String> words = List.of(f[1].split(" "));
          String code = overrides.getOrDefault(f[1], f[2]);
          if (overrides.containsKey(f[1])) {
            overridden.add(f[1]);
          }
          verbs.put(words.get(0), new Entry(words, code, f[3]));
        }
        case "P" -> patternRows.add(f);
        default -> throw new IllegalStateException("cameo-verbs.tsv: bad line: " + line);
      }
    }
    if (!overridden.containsAll(overrides.keySet())) {
      Set<String> unknown = new HashSet<>(overrides.keySet());
      unknown.removeAll(overridden);
      throw new IllegalStateException("cameo-verb-overrides.tsv: verbs not in cameo-verbs.tsv: "
          + unknown);
    }
    ImmutableListMultimap.Builder<String, Pattern> patterns = ImmutableListMultimap.builder();
    for (String[] f : patternRows) {
      patterns.put(f[1], new Pattern(elements(f[2], synsets), elements(f[3], synsets), f[4]));
    }
    ImmutableMap.Builder<String, String> nominals = ImmutableMap.builder();
    for (String line : lines("cameo-nominals.tsv")) {
      String[] f = line.split("\t", -1);
      nominals.put(f[0], f[1]);
    }
    return new VerbLexicon(verbs.build(), patterns.build(), nominals.buildKeepingLast());
  }

  private static List<List<List<String>>> elements(String words,
      Map<String, List<List<String>>> synsets) {
    List<List<List<String>>> out = new ArrayList<>();
    for (String w : words.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("&")) {
        out.add(synsets.getOrDefault(w.substring(1), List.of(List.of(w.substring(1)
            .toLowerCase(Locale.ROOT)))));
      } else {
        out.add(List.of(List.of(w)));
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = VerbLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
