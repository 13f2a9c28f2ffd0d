package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Span;
import org.sitrep.eval.SpanMatcher.Compatibility;
import org.sitrep.eval.SpanMatcher.Pair;

class SpanMatcherTest {

  @Test
  void exactPairsOnlyIdenticalSpans() {
    List<Span> gold = List.of(Span.of(0, 5), Span.of(10, 15));
    List<Span> predicted = List.of(Span.of(10, 15), Span.of(0, 4));
    assertThat(SpanMatcher.exact(gold, predicted, Compatibility.ANY)).containsExactly(new Pair(1, 0));
  }

  @Test
  void overlappingAlsoPairsPartialOverlaps() {
    List<Span> gold = List.of(Span.of(0, 5), Span.of(10, 15));
    List<Span> predicted = List.of(Span.of(10, 15), Span.of(3, 8), Span.of(20, 25));
    assertThat(SpanMatcher.overlapping(gold, predicted, Compatibility.ANY))
        .containsExactly(new Pair(0, 1), new Pair(1, 0));
  }

  @Test
  void nestedGoldIsMatchedOneToOneExactFirst() {
    // "Airbus parent EADS" around "Airbus" and "EADS"; the system found "Airbus" only.
    List<Span> gold = List.of(Span.of(0, 6), Span.of(0, 18), Span.of(14, 18));
    List<Span> predicted = List.of(Span.of(0, 6));
    assertThat(SpanMatcher.overlapping(gold, predicted, Compatibility.ANY))
        .containsExactly(new Pair(0, 0));
  }

  @Test
  void largerOverlapWinsWhenNothingIsExact() {
    List<Span> gold = List.of(Span.of(0, 4), Span.of(6, 20));
    List<Span> predicted = List.of(Span.of(2, 18));
    assertThat(SpanMatcher.overlapping(gold, predicted, Compatibility.ANY))
        .containsExactly(new Pair(1, 0));
  }

  @Test
  void greedyLeavesTheSecondGoldForTheSecondPrediction() {
    List<Span> gold = List.of(Span.of(0, 10), Span.of(8, 20));
    List<Span> predicted = List.of(Span.of(0, 9), Span.of(9, 20));
    assertThat(SpanMatcher.overlapping(gold, predicted, Compatibility.ANY))
        .containsExactly(new Pair(0, 0), new Pair(1, 1));
  }

  @Test
  void duplicatePredictionMatchesOnce() {
    List<Span> gold = List.of(Span.of(3, 7));
    List<Span> predicted = List.of(Span.of(3, 7), Span.of(3, 7));
    assertThat(SpanMatcher.exact(gold, predicted, Compatibility.ANY)).hasSize(1);
    assertThat(SpanMatcher.overlapping(gold, predicted, Compatibility.ANY)).hasSize(1);
  }

  @Test
  void incompatiblePairsAreNeverMade() {
    List<Span> gold = List.of(Span.of(0, 5));
    List<Span> predicted = List.of(Span.of(0, 5), Span.of(1, 5));
    Compatibility onlySecond = (g, p) -> p == 1;
    assertThat(SpanMatcher.exact(gold, predicted, onlySecond)).isEmpty();
    assertThat(SpanMatcher.overlapping(gold, predicted, onlySecond)).containsExactly(new Pair(0, 1));
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertThat(SpanMatcher.overlapping(List.of(Span.of(0, 5)), List.of(Span.of(5, 9)), Compatibility.ANY))
        .isEmpty();
  }

  @Test
  void emptyListsGiveNoPairs() {
    assertThat(SpanMatcher.overlapping(List.of(), List.of(Span.of(0, 1)), Compatibility.ANY)).isEmpty();
    assertThat(SpanMatcher.overlapping(List.of(Span.of(0, 1)), List.of(), Compatibility.ANY)).isEmpty();
  }
}
