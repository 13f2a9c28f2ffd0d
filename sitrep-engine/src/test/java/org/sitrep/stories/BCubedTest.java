package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** B-cubed on toy clusterings whose scores are worked out by hand in each test. */
class BCubedTest {
  @Test
  void splitAndMergeAtOnce() {
    // gold {a,b,c} {d,e}; system {a,b} {c,d,e}
    // precision: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15; recall: a 2/3, b 2/3, c 1/3, d 2/2,
    // e 2/2 -> 11/15; F1 11/15
    var gold = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");
    var system = Map.of("a", "S1", "b", "S1", "c", "S2", "d", "S2", "e", "S2");
    BCubed.Score s = BCubed.score(gold, system);
    assertThat(s.precision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.recall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.f1()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.items()).isEqualTo(5);
  }

  @Test
  void allSingletonsArePreciseButMissRecall() {
    // gold {a,b} {c}; system all apart: precision 1; recall a 1/2, b 1/2, c 1 -> 2/3; F1 0.8
    BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"),
        Map.of("a", "1", "b", "2", "c", "3"));
    assertThat(s.precision()).isCloseTo(1, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void oneBigClusterHasFullRecall() {
    // gold {a,b} {c}; system all together: precision a 2/3, b 2/3, c 1/3 -> 5/9; recall 1;
    // F1 = 2 * 5/9 / (14/9) = 5/7
    BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "x", "c", "y"),
        Map.of("a", "1", "b", "1", "c", "1"));
    assertThat(s.precision()).isCloseTo(5.0 / 9, within(1e-9));
    assertThat(s.recall()).isCloseTo(1, within(1e-9));
    assertThat(s.f1()).isCloseTo(5.0 / 7, within(1e-9));
  }

  @Test
  void labelsNeedNotMatchOnlyTheGrouping() {
    BCubed.Score s = BCubed.score(Map.of("a", "x", "b", "x"), Map.of("a", "q", "b", "q"));
    assertThat(s.f1()).isCloseTo(1, within(1e-9));
  }

  @Test
  void differentItemsAreRejected() {
    assertThatThrownBy(() -> BCubed.score(Map.of("a", "x"), Map.of("b", "x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same items");
    assertThatThrownBy(() -> BCubed.score(Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
