package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeStartWithTheValueInTheMessage() {
    assertThatThrownBy(() -> Span.of(-1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span start must be >= 0, got -1");
  }

  @Test
  void rejectsEndBeforeStartNamingBoth() {
    assertThatThrownBy(() -> Span.of(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span end 4 must be >= start 5");
  }

  @Test
  void emptySpanIsAllowed() {
    Span s = Span.of(7, 7);
    assertThat(s.isEmpty()).isTrue();
    assertThat(s.length()).isZero();
    assertThat(s.contains(7)).isFalse();
  }

  @Test
  void containsOffsetIsHalfOpen() {
    Span s = Span.of(2, 5);
    assertThat(s.contains(1)).isFalse();
    assertThat(s.contains(2)).isTrue();
    assertThat(s.contains(4)).isTrue();
    assertThat(s.contains(5)).isFalse();
  }

  @Test
  void containsSpanIncludesEqualAndTouchingInnerBounds() {
    Span s = Span.of(2, 8);
    assertThat(s.contains(Span.of(2, 8))).isTrue();
    assertThat(s.contains(Span.of(3, 5))).isTrue();
    assertThat(s.contains(Span.of(8, 8))).isTrue();
    assertThat(s.contains(Span.of(1, 5))).isFalse();
    assertThat(s.contains(Span.of(5, 9))).isFalse();
  }

  @Test
  void overlapsNeedsASharedCharacter() {
    Span s = Span.of(2, 5);
    assertThat(s.overlaps(Span.of(4, 9))).isTrue();
    assertThat(Span.of(4, 9).overlaps(s)).isTrue();
    assertThat(s.overlaps(Span.of(0, 3))).isTrue();
    assertThat(s.overlaps(Span.of(3, 4))).isTrue();
    // Adjacent spans touch but do not overlap.
    assertThat(s.overlaps(Span.of(5, 9))).isFalse();
    assertThat(s.overlaps(Span.of(0, 2))).isFalse();
  }

  @Test
  void inReturnsTheCoveredText() {
    assertThat(Span.of(6, 11).in("Hello world!")).isEqualTo("world");
    assertThat(Span.of(12, 12).in("Hello world!")).isEmpty();
  }

  @Test
  void inRejectsASpanOutsideTheText() {
    assertThatThrownBy(() -> Span.of(3, 20).in("short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span [3,20) lies outside a text of length 5");
  }

  @Test
  void ordersByStartThenEnd() {
    List<Span> spans = new ArrayList<>(List.of(Span.of(4, 6), Span.of(1, 9), Span.of(1, 3)));
    Collections.sort(spans);
    assertThat(spans).containsExactly(Span.of(1, 3), Span.of(1, 9), Span.of(4, 6));
  }

  @Test
  void printsAsHalfOpenInterval() {
    assertThat(Span.of(3, 10)).hasToString("[3,10)");
    assertThat(Span.of(3, 10).length()).isEqualTo(7);
  }
}
