package org.sitrep.framing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * The framing layer of one article: the labels it attaches to its actors and its loaded terms,
 * each in text order. Nothing comes from boilerplate.
 *
 * @param labels actor labels, in text order
 * @param loadedTerms loaded-language occurrences, in text order
 */
public record Framing(List<ActorLabel> labels, List<LoadedTerm> loadedTerms) {
  public static final Layer<Framing> LAYER = Layer.of("framing", Framing.class);

  public Framing {
    labels = labels == null ? ImmutableList.of() : ImmutableList.copyOf(labels);
    loadedTerms = loadedTerms == null ? ImmutableList.of() : ImmutableList.copyOf(loadedTerms);
  }

  /** No labels and no loaded terms (also what an article analysed without framing carries). */
  public static Framing empty() {
    return new Framing(List.of(), List.of());
  }
}
