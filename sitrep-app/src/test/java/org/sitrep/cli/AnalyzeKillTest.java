package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Json;

/**
 * Killing {@code sitrep analyze} half-way loses nothing already stored, and a re-run stores every
 * article exactly once.
 */
class AnalyzeKillTest {
  @TempDir Path tmp;

  @Test
  void rerunAfterKillStoresEveryArticleExactlyOnce() throws Exception {
    Path data = tmp.resolve("data");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "analyze", "--threads", "1", "--data", data.toString(), "samples")
        .redirectErrorStream(true).start();
    List<String> seen = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        seen.add(line);
        if (line.startsWith("[5/13]")) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("the child was killed half-way, not after finishing")
        .anyMatch(l -> l.startsWith("[5/13]")).noneMatch(l -> l.contains("article(s) analysed"));

    CliRun rerun = CliRun.run("analyze", "--data", data.toString(), "samples");
    assertThat(rerun.code()).as(rerun.err()).isZero();
    assertThat(rerun.err()).containsPattern("\\d+ unchanged");
    assertThat(rerun.err()).doesNotContain(" 0 unchanged");
    CliRun export = CliRun.run("export", "--data", data.toString());
    List<String> ids = export.out().lines().map(Json::fromLine).map(AnalyzedArticle::id).toList();
    assertThat(ids).hasSize(13).doesNotHaveDuplicates();
    assertThat(CliRun.run("stats", "--data", data.toString()).out())
        .contains("articles:  13 (13 versions)");
  }
}
