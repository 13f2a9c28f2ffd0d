package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Outlet;
import org.sitrep.ingest.OutletOrigin;

/** The outlet fields of the output record, and records written before they existed. */
class AnalyzedArticleOutletTest {
  private static AnalyzedArticle bare(String source) {
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, "a1", 0, "h", "v", source, null, "text",
        null, new PublishedDate(null, false, null), null, "The port reopened.", List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void recordsWithoutOutletFieldsTakeTheirSourceAsMetadata() {
    AnalyzedArticle a = bare("Valley Times");
    assertThat(List.of(a.outlet(), a.outletFrom())).containsExactly("Valley Times", "metadata");
    assertThat(a.wire()).isNull();
    AnalyzedArticle none = bare(null);
    assertThat(none.outlet()).isNull();
    assertThat(none.outletFrom()).isEqualTo("unknown");
  }

  @Test
  void jsonCarriesOutletOutletFromAndWireAndReadsOldLines() {
    AnalyzedArticle a = bare("Valley Times").withOutlet("Harbour Gazette", "user", "Reuters");
    String line = Json.toLine(a);
    assertThat(line).contains("\"outlet\":\"Harbour Gazette\",\"outlet_from\":\"user\","
        + "\"wire\":\"Reuters\"");
    assertThat(Json.fromLine(line)).isEqualTo(a);
    String old = line.replace(",\"outlet\":\"Harbour Gazette\",\"outlet_from\":\"user\","
        + "\"wire\":\"Reuters\"", "");
    AnalyzedArticle read = Json.fromLine(old);
    assertThat(List.of(read.outlet(), read.outletFrom())).containsExactly("Valley Times",
        "metadata");
  }

  @Test
  void anUnknownOriginNeverKeepsAName() {
    AnalyzedArticle a = bare(null).withOutlet("Guess", "unknown", null);
    assertThat(a.outlet()).isNull();
    assertThat(OutletOrigin.ofLabel("URL")).isEqualTo(OutletOrigin.URL);
    assertThat(Article.ofText("x", "y").outlet()).isEqualTo(Outlet.UNKNOWN);
  }
}
