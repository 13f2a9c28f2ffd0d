package org.sitrep.events;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Verb + object phrases whose meaning is not the verb's own event ("took office", "took
 * responsibility", "the talks took place", "the strike claimed 20 lives"), from {@code
 * stock-phrases.tsv}: the phrase's code replaces the one the CAMEO lexicon gives the verb, and
 * {@code ---} means the phrase states no event. Immutable and shared.
 */
final class StockPhrases {
  private static final StockPhrases SHARED = load("stock-phrases.tsv");

  /** Code by "verb object" (lemmas). */
  private final ImmutableMap<String, String> phrases;

  private StockPhrases(ImmutableMap<String, String> phrases) {
    this.phrases = phrases;
  }

  static StockPhrases get() {
    return SHARED;
  }

  /**
   * The code verb {@code i} takes as part of a stock phrase with its object: a CAMEO code, {@link
   * VerbLexicon#NONE} when the phrase states no event, or null when it is in no such phrase.
   */
  String code(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.relation(c);
      if (r.equals("obj") || r.equals("nsubj:pass")) {
        String code = phrases.get(p.lemma(i) + " " + p.lemma(c));
        if (code != null) {
          return code;
        }
      }
    }
    return null;
  }

  static StockPhrases load(String resource) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    try (InputStream in = StockPhrases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/events/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !f[2].matches("---|[0-9A-F]{3,4}")) {
          throw new IllegalStateException(resource + ":" + n + ": bad line: " + line);
        }
        out.put(f[0] + " " + f[1], f[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StockPhrases(out.buildOrThrow());
  }
}
