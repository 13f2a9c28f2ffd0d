package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed precision, recall and F1 of a clustering against gold (Bagga and Baldwin 1998): for
 * each item, precision is the share of its system cluster that shares its gold cluster, recall
 * the share of its gold cluster that shares its system cluster (the item itself included in
 * both); both are averaged over all items, and F1 is their harmonic mean. Stateless.
 */
public final class BCubed {
  private BCubed() {}

  /**
   * A score.
   *
   * @param precision mean per-item precision, in [0, 1]
   * @param recall mean per-item recall, in [0, 1]
   * @param items the number of items scored
   */
  public record Score(double precision, double recall, int items) {
    /** The harmonic mean of precision and recall (0 when both are 0). */
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /**
   * Scores {@code system} against {@code gold}, both maps from item to cluster label.
   *
   * @throws IllegalArgumentException if the two maps do not hold the same items, or are empty
   */
  public static Score score(Map<String, String> gold, Map<String, String> system) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(system, "system");
    checkArgument(!gold.isEmpty(), "nothing to score: no items");
    checkArgument(gold.keySet().equals(system.keySet()),
        "gold and system must cluster the same items (%s gold, %s system)", gold.size(),
        system.size());
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> systemSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String s = system.get(e.getKey());
      goldSize.merge(g, 1, Integer::sum);
      systemSize.merge(s, 1, Integer::sum);
      both.merge(g + '\u0000' + s, 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String s = system.get(e.getKey());
      double common = both.get(g + '\u0000' + s);
      p += common / systemSize.get(s);
      r += common / goldSize.get(g);
    }
    return new Score(p / gold.size(), r / gold.size(), gold.size());
  }
}
