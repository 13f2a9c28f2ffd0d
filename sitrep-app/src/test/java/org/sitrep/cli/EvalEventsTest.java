package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval events} end to end on three invented sentences, scoring Sitrep's own output
 * and, in dictionary mode, its events recoded with a tiny PETRARCH-format dictionary (loads
 * CoreNLP and the dependency parser once); {@code sitrep eval plover} on invented PLOVER records;
 * and their refusal of missing files and misplaced options.
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
    // By default: Sitrep's own codes, which know none of these invented countries.
    CliRun own = run("eval", "events", set.toString(), "--threads", "1", "--update",
        floors.toString());
    assertThat(own.code()).as(own.out() + own.err()).isZero();
    assertThat(own.out()).contains("== Sitrep").contains("Sitrep's own output")
        .contains("== baseline").contains("Sitrep's actor dictionary")
        .contains("events: 3 sentences, 2 gold").contains("code only, actors ignored")
        .contains("given none");
    assertThat(Files.readString(floors)).contains("events.exact.f1=")
        .contains("events.noevent.acc=").doesNotContain("events.dict.");

    CliRun r = run("eval", "events", set.toString(), "--dictionaries", "petrarch", "--actors",
        actors.toString(), "--agents", agents.toString(), "--threads", "1", "--update",
        floors.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("== Sitrep").contains("dictionary mode").contains("== baseline")
        .contains("the test's PETRARCH dictionaries")
        .contains("events: 3 sentences, 2 gold").contains("exact code").contains("CAMEO root")
        .contains("P", "R", "F1");
    assertThat(Files.readString(floors)).contains("events.dict.exact.f1=")
        .contains("events.dict.root.f1=").contains("events.exact.f1=");

    // A floor of another task, or of the other mode, in the same file is not this run's business.
    Files.writeString(floors, "timex.strict.f1=0.99\nevents.dict.exact.p=0.99\n",
        java.nio.file.StandardOpenOption.APPEND);
    CliRun check = run("eval", "events", set.toString(), "--system", "sitrep", "--threads", "1",
        "--check", floors.toString());
    assertThat(check.code()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("all met").doesNotContain("timex.");
    Files.writeString(floors, "events.exact.p=0.99\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun dictCheck = run("eval", "events", set.toString(), "--dictionaries", "petrarch",
        "--actors", actors.toString(), "--system", "sitrep", "--threads", "1", "--check",
        floors.toString());
    assertThat(dictCheck.code()).isEqualTo(1);
    assertThat(dictCheck.out()).contains("QUALITY REGRESSION: events.dict.exact.p")
        .doesNotContain("REGRESSION: events.exact.p");
  }

  @Test
  void scoresPloverRecordsWithDetails() throws IOException {
    Path floors = tmp.resolve("floors.properties");
    CliRun r = run("eval", "plover",
        "sitrep-engine/src/test/resources/events/plover-mini.jsonl", "--system",
        "both", "--details", "--threads", "1", "--update", floors.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("== Sitrep").contains("plover: 4 sentences")
        .contains("event type").contains("source country").contains("all code+sector")
        .contains("== baseline").contains("(fixed type ACCUSE").contains("T-DEMAND-0001#4");
    assertThat(Files.readString(floors)).contains("plover.type.acc=")
        .contains("plover.actor.country.f1=").contains("plover.coverage=");
    CliRun baseline = run("eval", "plover",
        "sitrep-engine/src/test/resources/events/plover-mini.jsonl",
        "--system", "baseline", "--threads", "1");
    assertThat(baseline.code()).as(baseline.out() + baseline.err()).isZero();
    assertThat(baseline.out()).contains("== baseline").doesNotContain("== Sitrep");
  }

  @Test
  void missingFilesExitTwoWithAMessage() throws IOException {
    CliRun r = run("eval", "events", tmp.resolve("absent.jsonl").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no such file").contains("absent.jsonl");

    Path set = Files.writeString(tmp.resolve("set.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n");
    CliRun noDictionary = run("eval", "events", set.toString(), "--dictionaries", "petrarch");
    assertThat(noDictionary.code()).isEqualTo(2);
    assertThat(noDictionary.err()).contains("no actor dictionary").contains("--actors");

    CliRun misplaced = run("eval", "events", set.toString(), "--actors", "actors.txt");
    assertThat(misplaced.code()).isEqualTo(2);
    assertThat(misplaced.err()).contains("--dictionaries petrarch");

    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"id\":\"a\",\"seq\":1,"
        + "\"text\":\"x\",\"event\":\"PICNIC\"}\n");
    CliRun badPlover = run("eval", "plover", bad.toString(), "--system", "sitrep");
    assertThat(badPlover.code()).isEqualTo(1);
    assertThat(badPlover.err()).contains("PICNIC").doesNotContain("Exception");
  }

  @Test
  void unknownTaskIsRejected() {
    CliRun r = run("eval", "weather", "x.jsonl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown task 'weather'");
  }
}
