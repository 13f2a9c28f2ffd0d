package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcledCsvExporterTest {
  private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,"
      + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
      + "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,"
      + "longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n";

  @Test
  void writesOneRowPerAcledEventWithTheDocumentedMapping() {
    String csv = Run.export(ExportFormat.ACLED_CSV.exporter(false), Fixtures.article("a1"));
    String clash = "a1-1,2026-01-09,2026,1,Political violence,Battles,Armed clash,Syrian army,,1,"
        + "Free Army,,2,12,,760,,Syria,Aleppo,,,Aleppo,36.20124,37.16117,1,\"Wire, \"\"Daily\"\"\",,"
        + "\"Army units clashed with \"\"Free Army\"\" fighters in Aleppo, killing tens of people,"
        + "\nthe monitor said.\",20,vague fatalities 20-99; wounded 12; modality reported;"
        + " reported by the monitor,\r\n";
    // The phone call (a1-2) has no ACLED type; the raid keeps its event index, 3.
    String raid = "a1-3,2026-01-08,2026,2,Political violence,Violence against civilians,Attack,"
        + "Turkish troops,,8,villagers,,7,78,Civilian targeting,760,,Syria,,,,Syria,35,38.5,3,"
        + "\"Wire, \"\"Daily\"\"\",,Turkish troops raided a village in Syria.,0,,\r\n";
    assertThat(csv).isEqualTo(HEADER + clash + raid);
  }

  @Test
  void emptyExportIsTheHeaderAlone() {
    assertThat(Run.export(ExportFormat.ACLED_CSV.exporter(false), Fixtures.bare("b")))
        .isEqualTo(HEADER);
  }

  @Test
  void protestersAndRioterCodesComeFromTheEventType() {
    var a = Fixtures.article("p");
    var clash = a.events().get(0);
    var protest = new org.sitrep.analysis.EventOut(clash.start(), clash.end(), clash.sentence(),
        "protested", "Syrian army", "e2", null, null, null, null, "141", "14", 3, -6.5, "PROTEST",
        null, "Protests", "Peaceful protest", "2026", "year", org.sitrep.events.DateBasis.ARTICLE, null, "asserted", null,
        java.util.List.of(), clash.id(), clash.triggerStart(), clash.triggerEnd());
    var only = new org.sitrep.analysis.AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(),
        a.analysisVersion(), null, null, "text", null, a.published(), null, a.text(),
        a.structure(), a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(),
        a.affiliations(), a.places(), a.quotes(), a.claims(), java.util.List.of(protest));
    String row = Run.export(ExportFormat.ACLED_CSV.exporter(false), only).split("\r\n", -1)[1];
    assertThat(row).startsWith("p-1,2026,2026,3,Demonstrations,Protests,Peaceful protest,"
        + "Syrian army,,6,,,,60,,");
  }

  @Test
  void interCodesFollowActorKinds() {
    var person = new org.sitrep.actors.ActorRef("e9", "Ahmad", org.sitrep.actors.ActorKind.PERSON,
        "SYR", "SYRGOV", "person");
    var group = new org.sitrep.actors.ActorRef("e8", "Kurds",
        org.sitrep.actors.ActorKind.ETHNIC_RELIGIOUS_GROUP, null, null, "demonym");
    var un = new org.sitrep.actors.ActorRef("e7", "UN",
        org.sitrep.actors.ActorKind.INTERNATIONAL_ORG, null, "IGOUNO", "dictionary: UN");
    assertThat(AcledCsvExporter.inter(person, "SYR", true)).isEqualTo(1);
    assertThat(AcledCsvExporter.inter(group, "SYR", true)).isEqualTo(4);
    assertThat(AcledCsvExporter.inter(group, "SYR", false)).isEqualTo(7);
    assertThat(AcledCsvExporter.inter(un, null, true)).isEqualTo(8);
    assertThat(AcledCsvExporter.inter(null, null, true)).isNull();
  }

  @Test
  void sourceIsTheOutletAndAWireCreditIsTagged() {
    var a = Fixtures.article("w").withOutlet("Valley Times", "user", "Reuters");
    // Rows end with CRLF; a quoted sentence may hold a bare line feed.
    List<String> rows = List.of(Run.export(ExportFormat.ACLED_CSV.exporter(false), a)
        .split("\r\n")).subList(1, 3);
    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).contains(",Valley Times,,"));
    assertThat(rows.get(0)).endsWith("reported by the monitor; wire Reuters,");
    // Unknown outlet: the column stays empty, never "unknown".
    var unknown = Fixtures.article("u").withOutlet(null, "unknown", null);
    assertThat(Run.export(ExportFormat.ACLED_CSV.exporter(false), unknown))
        .contains(",3,,,Turkish troops raided").doesNotContain("unknown");
  }

  @Test
  void isoIsTheNumericCodeOfThePlacesCountry() {
    IsoNumeric iso = IsoNumeric.load();
    assertThat(iso.of("SY")).isEqualTo("760");
    assertThat(iso.of("af")).isEqualTo("4");
    assertThat(iso.of("XK")).isNull();
    assertThat(iso.of(null)).isNull();
  }

  @Test
  void anEventActorWithoutAnActorRecordTakesTheCodeOfItsRole() {
    assertThat(AcledCsvExporter.inter(null, "SYRREB", "SYR", true)).isEqualTo(2);
    assertThat(AcledCsvExporter.inter(null, "REB", "SYR", true)).isEqualTo(2);
    assertThat(AcledCsvExporter.inter(null, "SYRMIL", "SYR", true)).isEqualTo(1);
    assertThat(AcledCsvExporter.inter(null, "IRQMIL", "SYR", true)).isEqualTo(8);
    assertThat(AcledCsvExporter.inter(null, "MILREB", "SYR", true)).isEqualTo(1);
    assertThat(AcledCsvExporter.inter(null, "SYRCVL", "SYR", false)).isEqualTo(7);
    assertThat(AcledCsvExporter.inter(null, "SYR", "SYR", true)).isNull();
    assertThat(AcledCsvExporter.inter(null, null, "SYR", true)).isNull();
    // An actor record wins over the event's code.
    var kurds = new org.sitrep.actors.ActorRef("e8", "Kurds",
        org.sitrep.actors.ActorKind.ETHNIC_RELIGIOUS_GROUP, null, null, "demonym");
    assertThat(AcledCsvExporter.inter(kurds, "SYRREB", "SYR", true)).isEqualTo(4);
  }
}
