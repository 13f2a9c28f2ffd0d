package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Layer<String> INPUT = Layer.of("input", String.class);
  private static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);
  private static final Layer<String> SHOUT = Layer.of("shout", String.class);
  private static final Layer<String> REPORT = Layer.of("report", String.class);

  /** A tiny stage computing its layer from the document with a function. */
  private record Fake<T>(String name, Set<Layer<?>> requires, Layer<T> produces,
      Function<Document, T> fn) implements Stage<T> {
    @Override
    public T process(Document document) {
      return fn.apply(document);
    }
  }

  private static final Fake<Integer> LENGTH_STAGE =
      new Fake<>("length", Set.of(INPUT), LENGTH, d -> d.get(INPUT).length());
  private static final Fake<String> SHOUT_STAGE = new Fake<>("shout", Set.of(INPUT), SHOUT,
      d -> d.get(INPUT).toUpperCase(java.util.Locale.ROOT));
  private static final Fake<String> REPORT_STAGE = new Fake<>("report", Set.of(LENGTH, SHOUT),
      REPORT, d -> d.get(SHOUT) + "/" + d.get(LENGTH));

  @Test
  void runAddsEachStageLayerInOrder() {
    Pipeline p = Pipeline.startingWith(INPUT)
        .then(LENGTH_STAGE).then(SHOUT_STAGE).then(REPORT_STAGE).build();

    Document out = p.run(Document.of(INPUT, "abc"));

    assertThat(out.layers().keySet()).containsExactly(INPUT, LENGTH, SHOUT, REPORT);
    assertThat(out.get(REPORT)).isEqualTo("ABC/3");
    assertThat(p.input()).isSameAs(INPUT);
    assertThat(p.stages()).containsExactly(LENGTH_STAGE, SHOUT_STAGE, REPORT_STAGE);
  }

  @Test
  void buildRejectsAStageWhoseRequiredLayerNothingEarlierProduces() {
    // REPORT needs SHOUT, which only a later stage produces.
    Pipeline.Builder b = Pipeline.startingWith(INPUT)
        .then(LENGTH_STAGE).then(REPORT_STAGE).then(SHOUT_STAGE);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage 'report'")
        .hasMessageContaining("requires layer 'shout'");
  }

  @Test
  void buildRejectsARequirementThatNoStageProducesAtAll() {
    Layer<String> nowhere = Layer.of("nowhere", String.class);
    Pipeline.Builder b = Pipeline.startingWith(INPUT)
        .then(new Fake<>("needy", Set.of(INPUT, nowhere), SHOUT, d -> ""));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage 'needy' requires layer 'nowhere'")
        .hasMessageContaining("input");
  }

  @Test
  void buildRejectsTwoProducersOfOneLayer() {
    Pipeline.Builder b = Pipeline.startingWith(INPUT)
        .then(SHOUT_STAGE).then(new Fake<>("whisper", Set.of(INPUT), SHOUT, d -> "x"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage 'whisper' produces layer 'shout'")
        .hasMessageContaining("already produced");
  }

  @Test
  void buildRejectsAStageProducingTheInputLayer() {
    Pipeline.Builder b = Pipeline.startingWith(INPUT)
        .then(new Fake<>("echo", Set.of(), INPUT, d -> "x"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stage 'echo' produces layer 'input'");
  }

  @Test
  void buildRejectsDuplicateStageNames() {
    Pipeline.Builder b = Pipeline.startingWith(INPUT)
        .then(LENGTH_STAGE).then(new Fake<>("length", Set.of(INPUT), SHOUT, d -> "x"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two stages are named 'length'");
  }

  @Test
  void runRejectsADocumentWithoutTheInputLayer() {
    Pipeline p = Pipeline.startingWith(INPUT).then(LENGTH_STAGE).build();
    assertThatThrownBy(() -> p.run(Document.of(SHOUT, "abc")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input");
  }

  @Test
  void timingsCountCallsPerStageInStageOrder() {
    Pipeline p = Pipeline.startingWith(INPUT).then(LENGTH_STAGE).then(SHOUT_STAGE).build();
    assertThat(p.timings()).extracting(Pipeline.StageTiming::calls).containsExactly(0L, 0L);

    p.run(Document.of(INPUT, "a"));
    p.run(Document.of(INPUT, "bb"));
    p.run(Document.of(INPUT, "ccc"));

    assertThat(p.timings()).extracting(Pipeline.StageTiming::stage)
        .containsExactly("length", "shout");
    assertThat(p.timings()).extracting(Pipeline.StageTiming::calls).containsExactly(3L, 3L);
    assertThat(p.timings()).allSatisfy(t -> assertThat(t.nanos()).isNotNegative());
  }

  @Test
  void aThrowingStageBecomesAnAnalysisExceptionNamingIt() {
    IllegalStateException boom = new IllegalStateException("boom");
    Pipeline p = Pipeline.startingWith(INPUT)
        .then(LENGTH_STAGE)
        .then(new Fake<String>("faulty", Set.of(LENGTH), SHOUT, d -> {
          throw boom;
        }))
        .build();

    assertThatThrownBy(() -> p.run(Document.of(INPUT, "abc")))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("stage 'faulty' failed")
        .hasMessageContaining("boom")
        .hasCause(boom)
        .satisfies(e -> assertThat(((AnalysisException) e).stage()).isEqualTo("faulty"));
    // The failed call still counts, so a benchmark sees where time went.
    assertThat(p.timings()).extracting(Pipeline.StageTiming::calls).containsExactly(1L, 1L);
  }

  @Test
  void aStageReturningNullIsReportedAsAnAnalysisExceptionNamingIt() {
    Pipeline p = Pipeline.startingWith(INPUT)
        .then(new Fake<String>("silent", Set.of(INPUT), SHOUT, d -> null)).build();
    assertThatThrownBy(() -> p.run(Document.of(INPUT, "abc")))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("stage 'silent'");
  }

  @Test
  void aStageReturningNullFailsNamingItsLayer() {
    Pipeline p = Pipeline.startingWith(INPUT)
        .then(new Fake<String>("silent", Set.of(INPUT), SHOUT, d -> null)).build();
    assertThatThrownBy(() -> p.run(Document.of(INPUT, "abc")))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("shout");
  }
}
