package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.Json;
import org.sitrep.cli.Main;
import org.sitrep.store.ArticleStore;

/**
 * {@code sitrep export} through the command line against a store filled by hand. The store may not
 * keep events, so rows are checked only for what survives storage; the exporters' tests check the
 * events themselves.
 */
class ExportCommandTest {
  @TempDir static Path tmp;
  static Path data;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void fillStore() {
    data = tmp.resolve("data");
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      store.save(Fixtures.article("a1"));
      store.save(Fixtures.bare("b2"));
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void jsonlIsTheDefault() {
    Result r = run("export", "--data", data.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).extracting(l -> Json.fromLine(l).id()).containsExactly("a1", "b2");
    assertThat(run("export", "--data", data.toString(), "--format", "jsonl").out())
        .isEqualTo(r.out());
  }

  @Test
  void acledCsvStartsWithTheHeader() {
    Result r = run("export", "--data", data.toString(), "--format", "acled-csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("event_id_cnty,event_date,year,time_precision,")
        .contains(",tags,timestamp\r\n");
    // Whatever events the store kept are the article's, and the bare article has none.
    String rows = r.out().substring(r.out().indexOf("\r\n") + 2);
    assertThat(rows).satisfiesAnyOf(s -> assertThat(s).isEmpty(),
        s -> assertThat(s).startsWith("a1-1,"));
    assertThat(rows).doesNotContain("b2-");
  }

  @Test
  void cameoTsvStartsWithTheHeader() {
    Result r = run("export", "--data", data.toString(), "--format", "cameo-tsv");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("GLOBALEVENTID\tSQLDATE\t").endsWith("\tModality");
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("a1-"));
  }

  @Test
  void geojsonIsOneFeatureCollection() throws Exception {
    Result r = run("export", "--data", data.toString(), "--format", "geojson", "--places");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode fc = new ObjectMapper().readTree(r.out());
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features")).allSatisfy(
        f -> assertThat(f.at("/properties/article_id").asText()).isEqualTo("a1"));
  }

  @Test
  void unknownFormatIsAUsageError() {
    Result r = run("export", "--data", data.toString(), "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown export format 'xml'").contains("acled-csv");
  }

  @Test
  void placesNeedGeoJson() {
    Result r = run("export", "--data", data.toString(), "--format", "acled-csv", "--places");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--places needs --format geojson");
  }

  @Test
  void helpListsTheFormats() {
    // Subcommands have no --help of their own; a usage error prints their usage.
    Result r = run("export", "--data", data.toString(), "--format", "xml");
    assertThat(r.err()).contains("Output format: jsonl, acled-csv, cameo-tsv, geojson");
  }

  @Test
  void missingDataIsAClearError() {
    Result r = run("export", "--data", tmp.resolve("none").toString(), "--format", "geojson");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no data in").doesNotContain("Exception");
  }
}
