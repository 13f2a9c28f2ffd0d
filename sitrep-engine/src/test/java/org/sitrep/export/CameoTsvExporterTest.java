package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoTsvExporterTest {
  private static final String HEADER = String.join("\t", "GLOBALEVENTID", "SQLDATE", "Actor1Code",
      "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
      "ActionGeo_Long", "DATEADDED", "SOURCEURL", "ArticleId", "SentenceStart", "SentenceEnd",
      "Modality") + "\n";

  @Test
  void writesEveryEventWithEscapedNames() {
    var a = Fixtures.article("a1");
    String tsv = Run.export(ExportFormat.CAMEO_TSV.exporter(false), a);
    int clash = a.text().indexOf(Fixtures.CLASH);
    int call = a.text().indexOf(Fixtures.CALL);
    int raid = a.text().indexOf(Fixtures.RAID);
    String rows = HEADER
        + row("a1-1", "20260109", "SYRMIL", "Syrian army", "SYR", "SYRREB", "Free Army", "SYR", "1",
            "190", "190", "19", "4", "-10", "4", "Aleppo, Syria", "SY", "36.20124", "37.16117",
            "20260109103000", "https://example.org/a1", "a1", clash, clash + Fixtures.CLASH.length(),
            "reported")
        // The call's sentence lies past the lead paragraph's line break; its target has a tab, a
        // backslash and a newline.
        + row("a1-2", "202601", "", "The president", "", "", "his\\tcounter\\\\part\\n", "", "0",
            "040", "040", "04", "1", "1", "", "", "", "", "", "20260109103000",
            "https://example.org/a1", "a1", call, call + Fixtures.CALL.length(), "asserted")
        + row("a1-3", "20260108", "TURMIL", "Turkish troops", "TUR", "", "villagers", "", "0",
            "1823", "182", "18", "4", "-9.5", "1", "Syria", "SY", "35", "38.5", "20260109103000",
            "https://example.org/a1", "a1", raid, raid + Fixtures.RAID.length(), "asserted");
    assertThat(tsv).isEqualTo(rows);
    assertThat(tsv.lines()).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(25));
  }

  @Test
  void outletStandsInForAMissingUrl() {
    var a = Fixtures.article("n");
    var noUrl = new org.sitrep.analysis.AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(),
        a.analysisVersion(), "Wire", null, "text", null,
        new org.sitrep.analysis.AnalyzedArticle.PublishedDate(null, false, null), null, a.text(),
        java.util.List.of(), a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(),
        a.affiliations(), a.places(), a.quotes(), a.claims(), a.events().subList(0, 1));
    String[] row = Run.export(ExportFormat.CAMEO_TSV.exporter(false), noUrl).split("\n")[1]
        .split("\t", -1);
    assertThat(row[19]).isEmpty();
    assertThat(row[20]).isEqualTo("Wire");
    // Without structure the lead is the text's first paragraph: the headline.
    assertThat(row[8]).isEqualTo("0");
  }

  private static String row(Object... fields) {
    StringBuilder b = new StringBuilder();
    for (Object f : fields) {
      b.append(b.length() == 0 ? "" : "\t").append(f);
    }
    return b.append('\n').toString();
  }
}
