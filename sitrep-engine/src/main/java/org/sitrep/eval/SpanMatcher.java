package org.sitrep.eval;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.core.Span;

/**
 * Pairs predicted spans with gold spans one-to-one, greedily: identical spans first, then
 * overlapping spans by decreasing overlap. Gold may nest ("Airbus parent EADS" around "Airbus"),
 * so each gold and each predicted span takes part in at most one pair, and a duplicated prediction
 * counts once as a match and otherwise as a false positive.
 *
 * <p>Ties are broken by the smaller difference in length, then by text position, so the result does
 * not depend on the order in which a system lists its predictions.
 */
public final class SpanMatcher {

  /** Whether gold item {@code gold} and predicted item {@code predicted} may be paired at all. */
  @FunctionalInterface
  public interface Compatibility {
    /** Any two spans may pair: matching on span alone. */
    Compatibility ANY = (gold, predicted) -> true;

    boolean test(int gold, int predicted);
  }

  /**
   * One pair of the matching.
   *
   * @param gold index into the gold list
   * @param predicted index into the predicted list
   */
  public record Pair(int gold, int predicted) {}

  private SpanMatcher() {}

  /** Pairs only identical spans. The result is ordered by gold index. */
  public static List<Pair> exact(
      List<Span> gold, List<Span> predicted, Compatibility compatibility) {
    return match(gold, predicted, compatibility, true);
  }

  /**
   * Pairs identical spans first, then spans sharing at least one character, largest overlap first.
   * The result is ordered by gold index.
   */
  public static List<Pair> overlapping(
      List<Span> gold, List<Span> predicted, Compatibility compatibility) {
    return match(gold, predicted, compatibility, false);
  }

  private record Candidate(int gold, int predicted, boolean exact, int overlap, int lengthGap, Span at) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparing(Candidate::exact)
          .reversed()
          .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
          .thenComparingInt(Candidate::lengthGap)
          .thenComparing(Candidate::at)
          .thenComparingInt(Candidate::gold)
          .thenComparingInt(Candidate::predicted);

  private static List<Pair> match(
      List<Span> gold, List<Span> predicted, Compatibility compatibility, boolean exactOnly) {
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Span gs = gold.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        Span ps = predicted.get(p);
        boolean exact = gs.equals(ps);
        if ((exact || (!exactOnly && gs.overlaps(ps))) && compatibility.test(g, p)) {
          int overlap = Math.min(gs.end(), ps.end()) - Math.max(gs.start(), ps.start());
          candidates.add(
              new Candidate(g, p, exact, overlap, Math.abs(gs.length() - ps.length()), ps));
        }
      }
    }
    candidates.sort(BEST_FIRST);
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predictedUsed = new boolean[predicted.size()];
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.gold()] && !predictedUsed[c.predicted()]) {
        goldUsed[c.gold()] = true;
        predictedUsed[c.predicted()] = true;
        pairs.add(new Pair(c.gold(), c.predicted()));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::gold));
    return ImmutableList.copyOf(pairs);
  }
}
