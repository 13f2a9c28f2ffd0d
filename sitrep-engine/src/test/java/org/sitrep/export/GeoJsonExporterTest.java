package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GeoJsonExporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneLonLatPointPerLocatedEvent() throws Exception {
    String out = Run.export(ExportFormat.GEOJSON.exporter(false), Fixtures.article("a1"));
    JsonNode fc = JSON.readTree(out);
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = fc.get("features");
    // The phone call has no place.
    assertThat(features).hasSize(2);
    JsonNode clash = features.get(0);
    assertThat(clash.get("id").asText()).isEqualTo("a1-1");
    assertThat(clash.get("geometry").toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[37.16117,36.20124]}");
    JsonNode p = clash.get("properties");
    assertThat(p.get("article_id").asText()).isEqualTo("a1");
    assertThat(p.get("outlet").asText()).isEqualTo("Wire, \"Daily\"");
    assertThat(p.get("url").asText()).isEqualTo("https://example.org/a1");
    assertThat(p.get("date").asText()).isEqualTo("2026-01-09T03:00");
    assertThat(p.get("code").asText()).isEqualTo("190");
    assertThat(p.get("plover").asText()).isEqualTo("FIGHT");
    assertThat(p.get("acled_type").asText()).isEqualTo("Battles");
    assertThat(p.get("source").asText()).isEqualTo("Syrian army");
    assertThat(p.get("source_code").asText()).isEqualTo("SYRMIL");
    assertThat(p.get("target").asText()).isEqualTo("Free Army");
    assertThat(p.get("target_code").asText()).isEqualTo("SYRREB");
    assertThat(p.get("modality").asText()).isEqualTo("reported");
    assertThat(p.get("sentence").asText()).isEqualTo(Fixtures.CLASH);
    assertThat(p.get("figures").toString()).isEqualTo("[{\"kind\":\"killed\",\"text\":\"tens of\","
        + "\"min\":20,\"max\":99,\"vague\":true},{\"kind\":\"wounded\",\"text\":\"12\",\"min\":12,"
        + "\"max\":12,\"vague\":false}]");
    JsonNode raid = features.get(1);
    assertThat(raid.get("id").asText()).isEqualTo("a1-3");
    assertThat(raid.at("/properties/target_code").isNull()).isTrue();
    assertThat(raid.at("/properties/place_precision").asText()).isEqualTo("COUNTRY");
  }

  @Test
  void placeFeaturesAggregatePerArticle() throws Exception {
    String out = Run.export(ExportFormat.GEOJSON.exporter(true), Fixtures.article("a1"));
    JsonNode features = JSON.readTree(out).get("features");
    assertThat(features).hasSize(4);
    // Aleppo (2 mentions) and Halab (1) are one gazetteer point; the unresolved place has none.
    JsonNode aleppo = features.get(2).get("properties");
    assertThat(aleppo.get("kind").asText()).isEqualTo("place");
    assertThat(aleppo.get("name").asText()).isEqualTo("Aleppo");
    assertThat(aleppo.get("names").toString()).isEqualTo("[\"Aleppo\",\"Halab\"]");
    assertThat(aleppo.get("precision").asText()).isEqualTo("CITY");
    assertThat(aleppo.get("count").asInt()).isEqualTo(3);
    JsonNode syria = features.get(3);
    assertThat(syria.at("/properties/name").asText()).isEqualTo("Syria");
    assertThat(syria.at("/properties/count").asInt()).isEqualTo(1);
    assertThat(syria.at("/geometry/coordinates").toString()).isEqualTo("[38.5,35.0]");
  }

  @Test
  void streamsSeveralArticlesIntoOneValidDocument() throws Exception {
    String out = Run.export(ExportFormat.GEOJSON.exporter(false), Fixtures.article("a"),
        Fixtures.bare("b"), Fixtures.article("c"));
    JsonNode features = JSON.readTree(out).get("features");
    assertThat(features).extracting(f -> f.get("id").asText())
        .containsExactly("a-1", "a-3", "c-1", "c-3");
  }

  @Test
  void emptyExportIsAnEmptyCollection() {
    assertThat(Run.export(ExportFormat.GEOJSON.exporter(true)))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
  }

  @Test
  void writesNothingAfterFinish() throws Exception {
    StringWriter out = new StringWriter();
    Exporter.Sink sink = ExportFormat.GEOJSON.exporter(false).open(out);
    sink.finish();
    sink.finish();
    assertThatThrownBy(() -> sink.write(Fixtures.bare("x")))
        .isInstanceOf(IllegalStateException.class);
    JSON.readTree(out.toString());
  }
}
