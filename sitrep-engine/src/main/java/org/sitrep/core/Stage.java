package org.sitrep.core;

import java.util.Set;

/**
 * One step of analysis: reads the layers it {@linkplain #requires() requires} from a document and
 * returns the value of the single layer it {@linkplain #produces() produces}.
 *
 * <p>Contract: a stage is stateless once built, thread-safe, and pure — the same document gives an
 * equal result, and nothing is left on the stage or the document. That lets one instance serve a
 * CLI, a server and a Spark executor unchanged. All positions in the result are {@link Span}s into
 * the article's original text.
 *
 * @param <T> the type of the produced layer's value
 */
public interface Stage<T> {

  /** A short name used in timings and error messages, e.g. {@code "entities"}. */
  String name();

  /** The layers this stage reads. Checked by {@link Pipeline} at build time. */
  Set<Layer<?>> requires();

  /** The layer this stage produces. */
  Layer<T> produces();

  /**
   * Analyses one document. May throw an unchecked exception on a defect; the pipeline wraps it in
   * an {@link AnalysisException} naming the stage, and the caller, which knows the article, reports
   * it with the article's id. Problems in the input itself should be reported
   * as warnings in the result, not as exceptions.
   */
  T process(Document document);
}
