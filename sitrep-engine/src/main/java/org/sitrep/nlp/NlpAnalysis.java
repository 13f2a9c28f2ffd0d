package org.sitrep.nlp;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * CoreNLP's reading of an article's analysed text: sentences with tagged tokens, and the entity and
 * time mentions it found. Offsets point into the original article text.
 *
 * @param sentences sentences in order
 * @param mentions entity, numeric and temporal mentions in order
 */
public record NlpAnalysis(List<Sentence> sentences, List<NerSpan> mentions) {
  public static final Layer<NlpAnalysis> LAYER = Layer.of("nlp", NlpAnalysis.class);

  public NlpAnalysis {
    sentences = ImmutableList.copyOf(sentences);
    mentions = ImmutableList.copyOf(mentions);
  }

  /** The number of tokens over all sentences. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
