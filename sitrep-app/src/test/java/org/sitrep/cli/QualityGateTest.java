package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.TestSupport;

/**
 * Quality only moves up: Sitrep's figures on the development sets in {@code ../shared/eval} must
 * not fall below those recorded in {@code quality/floors.properties} (for events, Sitrep's own
 * output as {@code sitrep analyze} gives it). Lowering a floor takes a
 * deliberate commit that says why. Skipped, with a message, when the sets are absent.
 *
 * <p>The floors are recorded by this test itself ({@code mvn test -Dtest=QualityGateTest
 * -Dsitrep.floors.update=true}), so that they are measured under the test run's Turkish locale,
 * where CoreNLP's locale-dependent lower-casing moves its scores slightly.
 */
class QualityGateTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"timex, timex-dev.jsonl", "entities, entities-dev.jsonl",
      "events, events-dev.jsonl", "plover, plover-gsr-dev.jsonl", "5w1h, 5w1h-dev.jsonl",
      "clusters, clusters-dev.jsonl", "clusters, realnews-dev"})
  void notBelowRecordedFloors(String task, String file) {
    Optional<Path> set = TestSupport.shared("eval/" + file);
    assumeTrue(set.isPresent(), "../shared/eval/" + file + " is absent: quality gate skipped");
    boolean update = Boolean.getBoolean("sitrep.floors.update");
    CliRun r = CliRun.run("eval", task, set.get().toString(), "--system", "sitrep",
        update ? "--update" : "--check", "quality/floors.properties");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(update ? "recorded floors" : "all met");
  }

  /**
   * The real-news development set, read and analysed as {@code sitrep analyze} would (events
   * included): every check is reported and no {@code realnews.*} figure falls below its floor.
   */
  @org.junit.jupiter.api.Test
  void realNewsNotBelowRecordedFloors() {
    Optional<Path> set = TestSupport.shared("eval/realnews-dev");
    assumeTrue(set.isPresent()
            && java.nio.file.Files.isRegularFile(set.get().resolve("gold.jsonl")),
        "../shared/eval/realnews-dev is absent: real-news quality gate skipped");
    boolean update = Boolean.getBoolean("sitrep.floors.update");
    CliRun r = CliRun.run("eval", "realnews", set.get().toString(), "--system", "sitrep",
        update ? "--update" : "--check", "quality/floors.properties");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(update ? "recorded floors" : "all met")
        .contains("realnews: ", "published date", "entities (relaxed, alias-aware)",
            "aliases", "time expressions", "quotes (by prefix)", "events (gold main events)",
            "furniture").doesNotContain("error:");
  }

  /** Quote speakers on the bundled sample corpus, whose gold ships with the tests. */
  @org.junit.jupiter.api.Test
  void quoteSpeakersNotBelowRecordedFloors() {
    boolean update = Boolean.getBoolean("sitrep.floors.update");
    CliRun r = CliRun.run("eval", "quotes",
        "sitrep-engine/src/test/resources/quotes-gold/samples.jsonl",
        "--system", "sitrep", update ? "--update" : "--check", "quality/floors.properties");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(update ? "recorded floors" : "all met");
  }
}
