package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval clusters} on a tiny invented set, and its errors. */
class EvalClustersTest {
  @TempDir Path dir;

  private Path invented() throws Exception {
    Path f = dir.resolve("clusters.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"x1\", \"title\": \"Floods close roads in the Ambry valley\", \"text\": "
            + "\"Heavy rain flooded roads and farms in the Ambry valley near Fennick.\", "
            + "\"published\": \"2031-03-03\", \"source\": \"Weather Desk\", \"cluster_id\": 1}",
        "{\"id\": \"x2\", \"title\": \"Ambry valley floods cut off Fennick\", \"text\": "
            + "\"Floods in the Ambry valley cut off Fennick as roads and farms went under.\", "
            + "\"published\": \"2031-03-04\", \"source\": \"Valley Post\", \"cluster_id\": 1}",
        "{\"id\": \"x3\", \"title\": \"Linfield Rovers win the cup final\", \"text\": "
            + "\"Linfield Rovers beat Castor Athletic in the cup final.\", "
            + "\"published\": \"2031-03-04\", \"source\": \"Sport Daily\", \"cluster_id\": 2}",
        ""));
    return f;
  }

  @Test
  void printsBCubedForSitrepAndTheBaseline() throws Exception {
    CliRun r = CliRun.run("eval", "clusters", invented().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("B3 F1", "Sitrep (words, names, time",
        "baseline: single-pass TF-IDF cosine", "3 articles, 2 gold stories");
  }

  @Test
  void verboseSaysWhyEachArticleJoined() throws Exception {
    CliRun r = CliRun.run("eval", "clusters", invented().toString(), "--system", "sitrep",
        "--verbose");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("s-x1", "gold=1", "score=").doesNotContain("baseline:");
  }

  @Test
  void floorsAreRecordedPerSetAndChecked() throws Exception {
    Path floors = dir.resolve("floors.properties");
    // Another set's clusters floor and another task's floor: neither is this run's to check.
    Files.writeString(floors, "clusters.other-set.f1=0.990\nrealnews.quotes.speaker=0.900\n");
    CliRun rec = CliRun.run("eval", "clusters", invented().toString(), "--system", "sitrep",
        "--update", floors.toString());
    assertThat(rec.code()).as(rec.err()).isZero();
    assertThat(Files.readString(floors)).contains("clusters.clusters.f1=", "clusters.clusters.p=",
        "clusters.other-set.f1=0.990");
    CliRun ok = CliRun.run("eval", "clusters", invented().toString(), "--check",
        floors.toString());
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("all met");
    Files.writeString(floors, "clusters.clusters.f1=1.001\n");
    CliRun low = CliRun.run("eval", "clusters", invented().toString(), "--system", "sitrep",
        "--check", floors.toString());
    assertThat(low.code()).isEqualTo(1);
    assertThat(low.out()).contains("QUALITY REGRESSION: clusters.clusters.f1");
  }

  @Test
  void badInputGivesOneLine() throws Exception {
    CliRun missing = CliRun.run("eval", "clusters", dir.resolve("nope.jsonl").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).contains("no such file").doesNotContain("\n");
    CliRun half = CliRun.run("eval", "clusters", invented().toString(), "--pool", dir.toString());
    assertThat(half.code()).isEqualTo(2);
    assertThat(half.err()).contains("--pool and --pool-gold go together");
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"x1\", \"text\": \"t\"}\n");
    CliRun noLabel = CliRun.run("eval", "clusters", bad.toString());
    assertThat(noLabel.code()).isEqualTo(2);
    assertThat(noLabel.err()).contains("cluster_id").doesNotContain("Exception");
  }
}
