package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.ParallelRunner.Outcome;

class ParallelRunnerTest {

  @Test
  void keepsInputOrderAndSurvivesFailures() {
    List<Integer> inputs = IntStream.range(0, 50).boxed().toList();
    Function<Integer, String> system =
        i -> {
          if (i == 7) {
            throw new IllegalStateException("boom");
          }
          return i == 9 ? null : "r" + i;
        };
    List<Outcome<String>> outcomes = ParallelRunner.run(inputs, system, i -> "doc " + i, 4);

    assertThat(outcomes).hasSize(50);
    assertThat(outcomes.get(0).value()).isEqualTo("r0");
    assertThat(outcomes.get(49).value()).isEqualTo("r49");
    assertThat(outcomes.get(7).failed()).isTrue();
    assertThat(outcomes.get(7).error()).isEqualTo("doc 7: IllegalStateException: boom");
    assertThat(outcomes.get(9).error()).isEqualTo("doc 9: the system returned null");
    assertThat(outcomes.stream().filter(Outcome::failed)).hasSize(2);
  }

  @Test
  void usesSeveralThreads() {
    List<String> threads =
        ParallelRunner.run(
                IntStream.range(0, 8).boxed().toList(),
                i -> {
                  try {
                    Thread.sleep(20);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return Thread.currentThread().getName();
                },
                String::valueOf,
                3)
            .stream()
            .map(Outcome::value)
            .distinct()
            .toList();
    assertThat(threads).hasSizeBetween(2, 3);
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThatThrownBy(() -> ParallelRunner.run(List.of(1), i -> i, String::valueOf, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads must be >= 1");
    assertThat(ParallelRunner.run(List.<Integer>of(), i -> i, String::valueOf, 2)).isEmpty();
  }
}
