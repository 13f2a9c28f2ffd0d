package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalysisVersion;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Json;
import org.sitrep.analysis.Sitrep;
import picocli.CommandLine;

/**
 * Versions on the command line: {@code --version}, {@code --help} everywhere, and {@code analyze}
 * re-analysing stored articles exactly when the analysis version or the content changed.
 */
class CliVersionTest {
  @TempDir Path tmp;

  @Test
  void versionPrintsTheReleaseAndTheAnalysisVersion() {
    CliRun r = CliRun.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("sitrep " + Sitrep.RELEASE)
        .contains("analysis version " + AnalysisVersion.current());
  }

  @Test
  void everySubcommandAnswersHelp() {
    CommandLine root = Main.commandLine();
    assertThat(root.getSubcommands()).isNotEmpty();
    for (String name : root.getSubcommands().keySet()) {
      CliRun r = CliRun.run(name, "--help");
      assertThat(r.code()).as(name + " --help: " + r.err()).isZero();
      assertThat(r.out()).as(name).contains("Usage: sitrep " + name);
      assertThat(CliRun.run(name, "-h").code()).as(name + " -h").isZero();
    }
  }

  @Test
  void analyzeSkipsUnchangedAndReanalysesWhatAnOlderVersionStored() throws IOException,
      SQLException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("talks.txt"), "Talks resume in Veldmark\n\nDelegates from Ostrava"
        + " and Veldmark met on Monday, officials said.\n");
    Files.writeString(in.resolve("truce.txt"), "Truce holds in Kadrina\n\nThe truce in Kadrina held"
        + " on Tuesday, residents said.\n");
    Path data = tmp.resolve("data");
    CliRun first = CliRun.run("analyze", "--no-events", "--data", data.toString(), in.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("stored: 2 new, 0 re-analysed (analysis version changed), 0"
        + " re-analysed (content changed), 0 skipped unchanged");

    CliRun second = CliRun.run("analyze", "--no-events", "--data", data.toString(), in.toString());
    assertThat(second.err()).contains("0 article(s) analysed, 2 unchanged")
        .contains("stored: 0 new, 0 re-analysed (analysis version changed), 0 re-analysed"
            + " (content changed), 2 skipped unchanged");

    // What an upgrade looks like to the store: the row was written by another analysis version.
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath()
        .resolve("sitrep") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        PreparedStatement ps = c.prepareStatement(
            "UPDATE article_versions SET analysis_version = ? WHERE article_id = ?")) {
      ps.setString(1, "0.0.9-old");
      ps.setString(2, "talks");
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    Files.writeString(in.resolve("truce.txt"), "Truce holds in Kadrina\n\nThe truce in Kadrina held"
        + " on Wednesday, residents said.\n");
    CliRun third = CliRun.run("analyze", "--no-events", "--data", data.toString(), in.toString());
    assertThat(third.code()).as(third.err()).isZero();
    assertThat(third.err()).contains("reanalyse v1").contains("changed v2")
        .contains("stored: 0 new, 1 re-analysed (analysis version changed), 1 re-analysed"
            + " (content changed), 0 skipped unchanged");

    CliRun export = CliRun.run("export", "--data", data.toString(), "--format", "jsonl");
    assertThat(export.out().lines().map(Json::fromLine).map(AnalyzedArticle::analysisVersion))
        .containsOnly(AnalysisVersion.current());
  }

  @Test
  void aUserActorDictionaryIsPartOfTheRunsAnalysisVersion() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("overlay-in"));
    Files.writeString(in.resolve("brigades.txt"), "Brigades withdraw from Kufra\n\n"
        + "The Southern Dawn Brigades said on Monday that its fighters had left Kufra.\n");
    Path overlay = tmp.resolve("actors.tsv");
    Files.writeString(overlay, "Southern Dawn Brigades\tSDB\tLBYREB\t\tLBY\n");
    Path data = tmp.resolve("overlay-data");
    assertThat(CliRun.run("analyze", "--no-events", "--data", data.toString(), in.toString())
        .code()).isZero();
    CliRun with = CliRun.run("analyze", "--no-events", "--data", data.toString(), "--actors",
        overlay.toString(), in.toString());
    assertThat(with.err()).contains("1 re-analysed (analysis version changed)")
        .contains("analysis version " + AnalysisVersion.current() + "+actors-");
  }
}
