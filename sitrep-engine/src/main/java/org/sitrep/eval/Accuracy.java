package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The share of judged items that were right, such as matched time expressions whose value equals
 * the gold value. With nothing judged the accuracy is 0.0: an evaluation that matched nothing has
 * shown nothing to be right.
 *
 * @param correct items judged right, {@code 0 <= correct <= total}
 * @param total items judged
 */
public record Accuracy(long correct, long total) {

  /** Nothing judged: the neutral element of {@link #plus}. */
  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy {
    checkArgument(
        correct >= 0 && correct <= total, "need 0 <= correct <= total, got %s of %s", correct, total);
  }

  public double value() {
    return total == 0 ? 0.0 : (double) correct / total;
  }

  /** Both tallies, summed. */
  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }
}
