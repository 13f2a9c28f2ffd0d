package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Head nouns of places, homes and vehicles ({@code holding-nouns.txt}): with a nationality before
 * them ("Tarsan towns", "Tarsan lorries") they are that country's, and a CAMEO coder codes them as
 * the country when an act is done to them. Immutable and thread-safe.
 */
final class HoldingNouns {
  private static final String RESOURCE = "holding-nouns.txt";
  private static final HoldingNouns STANDARD = load();

  private final ImmutableSet<String> lemmas;

  HoldingNouns(ImmutableSet<String> lemmas) {
    this.lemmas = lemmas;
  }

  /** The bundled list, loaded once. */
  static HoldingNouns standard() {
    return STANDARD;
  }

  /** Whether noun {@code h} is a holding noun, by its lemma. */
  boolean holding(Parse p, int h) {
    return p.token(h).pos().startsWith("NN") && lemmas.contains(p.lemma(h).toLowerCase(Locale.ROOT));
  }

  private static HoldingNouns load() {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    try (InputStream in = HoldingNouns.class.getResourceAsStream(RESOURCE)) {
      checkArgument(in != null, "missing resource %s", RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new HoldingNouns(out.build());
  }
}
