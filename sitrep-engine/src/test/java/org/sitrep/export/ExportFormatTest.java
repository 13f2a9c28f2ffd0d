package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.Json;

class ExportFormatTest {
  @Test
  void labelsNameTheFormats() {
    assertThat(ExportFormat.labels()).containsExactly("jsonl", "acled-csv", "cameo-tsv", "geojson");
    assertThat(ExportFormat.byLabel("cameo-tsv")).isEqualTo(ExportFormat.CAMEO_TSV);
    assertThatThrownBy(() -> ExportFormat.byLabel("ACLED-CSV"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown export format 'ACLED-CSV'")
        .hasMessageContaining("acled-csv");
  }

  @Test
  void placeFeaturesAreGeoJsonOnly() {
    assertThatThrownBy(() -> ExportFormat.ACLED_CSV.exporter(true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("geojson");
  }

  @Test
  void jsonlWritesOneParsableLinePerArticle() {
    String out = Run.export(ExportFormat.JSONL.exporter(false), Fixtures.article("a"),
        Fixtures.bare("b"));
    List<String> lines = out.lines().toList();
    assertThat(out).endsWith("}\n");
    assertThat(lines).hasSize(2);
    assertThat(Json.fromLine(lines.get(0))).isEqualTo(Fixtures.article("a"));
    assertThat(Json.fromLine(lines.get(1)).id()).isEqualTo("b");
  }

  @Test
  void rowFormatsRefuseWritesAfterFinish() throws Exception {
    Exporter.Sink sink = ExportFormat.CAMEO_TSV.exporter(false).open(new StringWriter());
    sink.finish();
    assertThatThrownBy(() -> sink.write(Fixtures.bare("x")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void quotingFollowsEachFormat() {
    assertThat(Delimited.csv("plain")).isEqualTo("plain");
    assertThat(Delimited.csv("a,b")).isEqualTo("\"a,b\"");
    assertThat(Delimited.csv("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
    assertThat(Delimited.csv("line\r\nbreak")).isEqualTo("\"line\r\nbreak\"");
    assertThat(Delimited.csv(null)).isEmpty();
    assertThat(Delimited.tsv("a\tb\\c\nd\re")).isEqualTo("a\\tb\\\\c\\nd\\re");
    assertThat(Delimited.tsv("a, \"b\"")).isEqualTo("a, \"b\"");
  }

  @Test
  void datesKeepOnlyWhatIsKnown() {
    assertThat(Facts.datePrefix("2026-01-09T03:00")).isEqualTo("2026-01-09");
    assertThat(Facts.datePrefix("2024-12")).isEqualTo("2024-12");
    assertThat(Facts.datePrefix("2026-W02")).isEqualTo("2026");
    assertThat(Facts.datePrefix("XXXX-01-09")).isNull();
    assertThat(Facts.datePrefix(null)).isNull();
  }
}
