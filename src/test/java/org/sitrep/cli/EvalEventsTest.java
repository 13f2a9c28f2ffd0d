package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval events} end to end on three invented sentences with a tiny PETRARCH-format
 * dictionary (loads CoreNLP and the dependency parser once), and its refusal of missing files.
 */
class EvalEventsTest {
  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void scoresSitrepAndTheBaselineAndRecordsFloors() throws IOException {
    Path set = tmp.resolve("set.jsonl");
    Files.writeString(set, """
        {"id":"t1","text":"Veloria accused Karsland of shelling border villages on Monday.","date":"20200302","expected":[{"source":"VEL","target":"KAR","code":"112"}]}
        {"id":"t2","text":"The Karsland foreign minister met Veloria's president in Geneva.","date":"20200303","expected":[{"source":"KARGOV","target":"VELGOV","code":"040"}]}
        {"id":"t3","text":"It rained heavily in the capital on Tuesday.","date":"20200304","expected":[],"expect_no_event":true}
        """);
    Path actors = tmp.resolve("actors.txt");
    Files.writeString(actors, """
        <!-- invented actors for a test -->
        VELORIA [VEL]
        +VELORIAN
        KARSLAND [KAR] # a comment
        """);
    Path agents = tmp.resolve("agents.txt");
    Files.writeString(agents, """
        FOREIGN_MINISTER [~GOV]
        PRESIDENT [~GOV]
        """);
    Path floors = tmp.resolve("floors.properties");
    CliRun r = run("eval", "events", set.toString(), "--actors", actors.toString(), "--agents",
        agents.toString(), "--threads", "1", "--update", floors.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("== Sitrep").contains("== baseline")
        .contains("events: 3 sentences, 2 gold").contains("exact code").contains("CAMEO root")
        .contains("P", "R", "F1");
    assertThat(Files.readString(floors)).contains("events.exact.f1=").contains("events.root.f1=");

    // A floor of another task in the same file is not this run's business.
    Files.writeString(floors, "timex.strict.f1=0.99\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun check = run("eval", "events", set.toString(), "--actors", actors.toString(), "--agents",
        agents.toString(), "--system", "sitrep", "--threads", "1", "--check", floors.toString());
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("all met").doesNotContain("timex.");
  }

  @Test
  void missingFilesExitTwoWithAMessage() throws IOException {
    CliRun r = run("eval", "events", tmp.resolve("absent.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").contains("absent.jsonl");

    Path set = Files.writeString(tmp.resolve("set.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
    CliRun noDictionary = run("eval", "events", set.toString());
    assertThat(noDictionary.code()).isEqualTo(2);
    assertThat(noDictionary.err()).contains("no actor dictionary").contains("--actors");
  }

  @Test
  void unknownTaskIsRejected() {
    CliRun r = run("eval", "weather", "x.jsonl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown task 'weather'");
  }
}
