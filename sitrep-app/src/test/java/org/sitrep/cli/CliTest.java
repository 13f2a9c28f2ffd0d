package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestSupport;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Json;

/** The command line end to end, in process (CoreNLP is loaded once for the whole test run). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliTest {
  @TempDir static Path tmp;
  Path data;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @BeforeAll
  void analyseTextSamples() {
    TestSupport.sitrep();
    data = tmp.resolve("data");
    CliRun r = run("analyze", "--data", data.toString(), "samples/text");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("4 article(s) analysed, 0 unchanged, 0 failed");
  }

  @Test
  void rerunChangesNothing() {
    CliRun r = run("analyze", "--data", data.toString(), "samples/text");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("0 article(s) analysed, 4 unchanged, 0 failed");
    assertThat(run("stats", "--data", data.toString()).out()).contains("articles:  4 (4 versions)");
  }

  @Test
  void changedContentBecomesANewVersion() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("edit"));
    Files.writeString(dir.resolve("note.txt"), "Talks resume in Geneva\n\nDelegates met in Geneva on"
        + " Monday, officials said.\n");
    Path store = tmp.resolve("versions");
    assertThat(run("analyze", "--data", store.toString(), dir.toString()).code()).isZero();
    Files.writeString(dir.resolve("note.txt"), "Talks resume in Geneva\n\nDelegates met in Geneva on"
        + " Tuesday, officials said.\n");
    CliRun r = run("analyze", "--data", store.toString(), dir.toString());
    assertThat(r.err()).contains("changed v2");
    assertThat(run("show", "--data", store.toString(), "note", "--version", "1").out())
        .contains("Monday");
    assertThat(run("show", "--data", store.toString(), "note").out()).contains("version 2");
  }

  @Test
  void exportWritesOneParsableObjectPerArticle() {
    CliRun r = run("export", "--data", data.toString(), "--format", "jsonl");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    AnalyzedArticle a = Json.fromLine(lines.get(0));
    assertThat(a.schema()).isEqualTo(AnalyzedArticle.SCHEMA);
    assertThat(a.version()).isEqualTo(1);
    assertThat(a.text()).isNotEmpty();
  }

  @Test
  void searchCombinesTextEntityDateAndSource() {
    CliRun r = run("search", "--data", data.toString(), "ceasefire");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("sabha-ceasefire-phone-call").contains("«");
    CliRun byEntity = run("search", "--data", data.toString(), "--entity", "RRU", "--from",
        "2027-08-12", "--to", "2027-08-13");
    assertThat(byEntity.out()).contains("sabha-ceasefire-phone-call")
        .contains("sabha-offensive-begins").doesNotContain("almaty-detainee-deal");
    assertThat(run("search", "--data", data.toString(), "--from", "tomorrow").code()).isEqualTo(2);
  }

  @Test
  void showIsReadable() {
    CliRun r = run("show", "--data", data.toString(), "sabha-offensive-begins");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("published: 2027-08-12  [inferred:")
        .contains("caption").contains("Fezzan Security Command").contains("→ [20, 99] vague");
    assertThat(r.out()).containsPattern("(?m)^actors:\n(.*\n)*.*LBYGOV")
        .containsPattern("(?m)^places:\n(.*\n)*.*Sabha .*CITY.*LY")
        .containsPattern("(?m)^quotes:\n(.*\n)*.*Mabrouk al-Fitouri \\(told reporters\\)")
        .containsPattern("(?m)^events:\n(.*\n)*.* 19\\d .*\\[.*killed tens of\\]");
    CliRun missing = run("show", "--data", data.toString(), "no-such-article");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no stored article 'no-such-article'")
        .doesNotContain("Exception");
  }

  @Test
  void badInputsAreReportedAndTheRestIsStored() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(dir.resolve("good.txt"), "Ceasefire holds in Kadugli\n\nThe truce held on"
        + " Monday, residents said.\n");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, 9, 0, 0, 7});
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"ok-1\",\"text\":\"Talks began.\"}\n"
        + "{not json\n");
    Path store = tmp.resolve("mixed-data");
    CliRun r = run("analyze", "--data", store.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("empty file").contains("binary file")
        .contains("feed.jsonl#line 2").contains("2 article(s) analysed").doesNotContain("at org.");
    assertThat(run("stats", "--data", store.toString()).out()).contains("articles:  2");
  }

  @Test
  void usageAndMissingInputs() throws IOException {
    assertThat(run("analyze", "--bogus").code()).isEqualTo(2);
    assertThat(run("analyze", "--no-store", "samples/text").code()).isEqualTo(2);
    CliRun missing = run("analyze", "--data", tmp.resolve("m").toString(), "no/such/path");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file or directory");
    Path empty = Files.createDirectories(tmp.resolve("empty-dir"));
    CliRun none = run("analyze", "--data", tmp.resolve("n").toString(), empty.toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no article files");
    assertThat(run("stats", "--data", tmp.resolve("never").toString()).err())
        .contains("run 'sitrep analyze PATH' first");
  }

  @Test
  void aUserActorDictionaryCodesActorsTheBuiltInOneLacks() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("overlay-in"));
    Files.writeString(dir.resolve("brigades.txt"), "Brigades withdraw from Kufra\n\n"
        + "The Southern Dawn Brigades said on Monday that its fighters had left Kufra.\n");
    Path overlay = tmp.resolve("actors.tsv");
    Files.writeString(overlay, "Southern Dawn Brigades\tSDB\tLBYREB\t\tLBY\n");
    CliRun r = run("analyze", "--no-store", "--format", "jsonl", "--actors", overlay.toString(),
        dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    AnalyzedArticle a = Json.fromLine(r.out().lines().findFirst().orElseThrow());
    assertThat(a.actors()).anySatisfy(actor -> {
      assertThat(actor.name()).isEqualTo("Southern Dawn Brigades");
      assertThat(actor.cameoCode()).isEqualTo("LBYREB");
    });
    Files.writeString(overlay, "only one column\n");
    CliRun bad = run("analyze", "--no-store", "--format", "jsonl", "--actors", overlay.toString(),
        dir.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("cannot use actor dictionary").doesNotContain("at org.");
  }

  @Test
  void noStorePrintsJsonLines() {
    CliRun r = run("analyze", "--no-store", "--format", "jsonl", "samples/jsonl");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(Json::fromLine).map(AnalyzedArticle::id).toList()).hasSize(3);
  }

  @Test
  void eventsAreExtractedByDefaultAndSkippedOnRequest() {
    CliRun with = run("analyze", "--no-store", "--format", "jsonl", "samples/text");
    assertThat(with.code()).isZero();
    int events = with.out().lines().map(Json::fromLine).mapToInt(a -> a.events().size()).sum();
    assertThat(events).isPositive();
    assertThat(with.err()).contains(", " + events + " events, ");
    CliRun without = run("analyze", "--no-store", "--format", "jsonl", "--no-events",
        "samples/text");
    assertThat(without.code()).isZero();
    assertThat(without.out().lines().map(Json::fromLine).mapToInt(a -> a.events().size()).sum())
        .isZero();
  }

  @Test
  void theUsersSourceIsTheOutletInJsonLinesAndInTheAcledCsv() {
    CliRun printed = run("analyze", "--no-store", "--format", "jsonl", "--no-events", "--source",
        "Valley Times", "samples/jsonl");
    assertThat(printed.code()).as(printed.err()).isZero();
    List<AnalyzedArticle> lines = printed.out().lines().map(Json::fromLine).toList();
    assertThat(lines).hasSize(3).allSatisfy(a -> {
      assertThat(a.outlet()).isEqualTo("Valley Times");
      assertThat(a.outletFrom()).isEqualTo("user");
    });
    assertThat(printed.out()).contains("\"outlet\":\"Valley Times\",\"outlet_from\":\"user\"");

    Path store = tmp.resolve("outlets");
    CliRun r = run("analyze", "--data", store.toString(), "--source", "Valley Times",
        "samples/text");
    assertThat(r.code()).as(r.err()).isZero();
    List<AnalyzedArticle> stored = run("export", "--data", store.toString(), "--format", "jsonl")
        .out().lines().map(Json::fromLine).toList();
    assertThat(stored).hasSize(4).allSatisfy(a -> {
      assertThat(a.outlet()).isEqualTo("Valley Times");
      assertThat(a.outletFrom()).isEqualTo("user");
    });
    String csv = run("export", "--data", store.toString(), "--format", "acled-csv").out();
    List<String> rows = List.of(csv.split("\r\n")).subList(1, csv.split("\r\n").length);
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).contains(",Valley Times,"));
  }

  @Test
  void withoutASourceTheOutletComesFromTheMetadataAndABlankSourceIsRefused() {
    CliRun printed = run("analyze", "--no-store", "--format", "jsonl", "--no-events",
        "samples/jsonl");
    assertThat(printed.out().lines().map(Json::fromLine).map(AnalyzedArticle::outletFrom))
        .containsOnly("metadata");
    CliRun blank = run("analyze", "--no-store", "--format", "jsonl", "--source", " ",
        "samples/jsonl");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("--source needs an outlet name").doesNotContain("at org.");
  }
}
