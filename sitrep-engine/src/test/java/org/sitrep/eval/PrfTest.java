package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfTest {

  @Test
  void scoresFromCounts() {
    Prf prf = new Prf(6, 2, 4);
    assertThat(prf.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(prf.recall()).isCloseTo(0.6, within(1e-12));
    assertThat(prf.f1()).isCloseTo(2 * 0.75 * 0.6 / (0.75 + 0.6), within(1e-12));
    assertThat(prf.gold()).isEqualTo(10);
    assertThat(prf.predicted()).isEqualTo(8);
  }

  @Test
  void ofDerivesFalsePositivesAndNegatives() {
    assertThat(Prf.of(3, 5, 4)).isEqualTo(new Prf(3, 2, 1));
    assertThatThrownBy(() -> Prf.of(6, 5, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 matches");
  }

  @Test
  void nothingExpectedAndNothingFoundIsPerfect() {
    assertThat(Prf.ZERO.precision()).isEqualTo(1.0);
    assertThat(Prf.ZERO.recall()).isEqualTo(1.0);
    assertThat(Prf.ZERO.f1()).isEqualTo(1.0);
  }

  @Test
  void predictingNothingScoresZeroEverywhere() {
    Prf silent = Prf.of(0, 0, 7);
    assertThat(silent.precision()).isZero();
    assertThat(silent.recall()).isZero();
    assertThat(silent.f1()).isZero();
  }

  @Test
  void plusMicroAverages() {
    Prf sum = new Prf(1, 0, 0).plus(new Prf(0, 1, 9));
    assertThat(sum).isEqualTo(new Prf(1, 1, 9));
    assertThat(sum.recall()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void metricsUseStableNames() {
    assertThat(new Prf(1, 1, 0).metrics("x.strict"))
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("x.strict.p", 0.5, "x.strict.r", 1.0, "x.strict.f1", 2.0 / 3));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> new Prf(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accuracyOfNothingJudgedIsZero() {
    assertThat(Accuracy.ZERO.value()).isZero();
    assertThat(new Accuracy(3, 4).plus(new Accuracy(1, 4)).value()).isEqualTo(0.5);
    assertThatThrownBy(() -> new Accuracy(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
