package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Counts behind precision, recall and F1 for one matching of predicted against gold items.
 *
 * <p>Zero denominators: when nothing was expected and nothing was predicted (all three counts zero)
 * every score is 1.0, since the system made no mistake. Otherwise a zero denominator scores 0.0, so
 * that a system which predicts nothing can never pass a precision floor.
 *
 * @param truePositives predicted items matched to a gold item, {@code >= 0}
 * @param falsePositives predicted items left unmatched, {@code >= 0}
 * @param falseNegatives gold items left unmatched, {@code >= 0}
 */
public record Prf(long truePositives, long falsePositives, long falseNegatives) {

  /** All counts zero: the neutral element of {@link #plus}. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    checkArgument(
        truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0,
        "counts must be >= 0, got tp=%s fp=%s fn=%s",
        truePositives,
        falsePositives,
        falseNegatives);
  }

  /** Counts from the number of matches and the sizes of the two lists that were matched. */
  public static Prf of(long matched, long predicted, long gold) {
    checkArgument(
        matched <= predicted && matched <= gold,
        "%s matches cannot come from %s predicted and %s gold items",
        matched,
        predicted,
        gold);
    return new Prf(matched, predicted - matched, gold - matched);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** The harmonic mean of precision and recall, computed from the counts to avoid rounding. */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /** Number of gold items. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  /** Number of predicted items. */
  public long predicted() {
    return truePositives + falsePositives;
  }

  /**
   * The three scores under stable metric names: {@code prefix.p}, {@code prefix.r} and {@code
   * prefix.f1}.
   */
  public Map<String, Double> metrics(String prefix) {
    return ImmutableMap.of(prefix + ".p", precision(), prefix + ".r", recall(), prefix + ".f1", f1());
  }

  /** Micro-averaging: the counts of both, summed. */
  public Prf plus(Prf o) {
    return new Prf(
        truePositives + o.truePositives,
        falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  private double ratio(long numerator, long denominator) {
    if (truePositives == 0 && falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
