package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Document;
import org.sitrep.core.Pipeline;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

class PublicationDateStageTest {
  // 2026-01-07 is a Wednesday.
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);

  private static Article article(String text, String published) {
    return new Article("p1", null, null, null, published, text, SourceFormat.TEXT, "", List.of(),
        List.of());
  }

  /** A structure reading the whole text as one body paragraph. */
  private static Structure allBody(String text, LocalDate stated) {
    return new Structure(List.of(StructureSpan.of(StructureType.BODY, 0, text.length())), null,
        null, null, stated);
  }

  private static Published run(Article article, Structure structure) {
    return PublicationDateStage.create().process(
        Document.of(Article.LAYER, article).with(Structure.LAYER, structure));
  }

  private static Published infer(String text) {
    return run(article(text, null), allBody(text, null));
  }

  @Test
  void metadataDateWinsOverEverythingInTheText() {
    String text = "Officials met on Jan. 2, 2026 and again on Thursday.";
    Published p = run(article(text, "2026-01-09T08:15:00Z"),
        allBody(text, LocalDate.of(2026, 1, 3)));

    assertThat(p.value()).isEqualTo("2026-01-09T08:15:00Z");
    assertThat(p.inferred()).isFalse();
    assertThat(p.basis()).isEqualTo("metadata");
    assertThat(p.warnings()).isEmpty();
    assertThat(p.date()).contains(LocalDate.of(2026, 1, 9));
  }

  @Test
  void aNumericDateOnAPublicationLineIsStated() {
    String text = "Floods cut the valley road\nNordwire24-07-2027\nRescuers reached the valley on"
        + " Thursday.";
    int line = text.indexOf("Nordwire");
    int body = text.indexOf("Rescuers");
    Structure structure = new Structure(List.of(StructureSpan.of(StructureType.TITLE, 0, line - 1),
        new StructureSpan(StructureType.BOILERPLATE,
            org.sitrep.core.Span.of(line, body - 1), "publication line"),
        StructureSpan.of(StructureType.BODY, body, text.length())), null, null, null, null);
    Published p = run(article(text, null), structure);
    assertThat(p.value()).isEqualTo("2027-07-24");
    assertThat(p.inferred()).isFalse();
  }

  @Test
  void aFullDateInTheDatelineIsStated() {
    String numeric = "4-2-2029 (TESSALY) - Gunmen attacked a convoy on Saturday, officials said.";
    assertThat(run(article(numeric, null), allBody(numeric, null)).value()).isEqualTo("2029-02-04");
    String named = "TESSALY, March 3, 2029 - Gunmen attacked a convoy, officials said.";
    Published p = run(article(named, null), allBody(named, null));
    assertThat(p.value()).isEqualTo("2029-03-03");
    assertThat(p.inferred()).isFalse();
    // A date further into the paragraph is not a dateline: inferred, as before.
    String later = "Gunmen attacked a convoy on March 3, 2029, officials said.";
    assertThat(run(article(later, null), allBody(later, null)).inferred()).isTrue();
  }

  @Test
  void statedDateInTheTextComesNext() {
    String text = "Officials met on Jan. 2, 2026 and again on Thursday.";
    Published p = run(article(text, null), allBody(text, LocalDate.of(2026, 1, 3)));

    assertThat(p.value()).isEqualTo("2026-01-03");
    assertThat(p.inferred()).isFalse();
    assertThat(p.basis()).isEqualTo("publication line in text");
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void inferredFromTheLatestExplicitDate() {
    Published p = infer("Talks began on 2 January 2026. Satellite images from Jan. 7, 2026 show"
        + " new trenches; an earlier image dated 2025-12-30 showed none.");

    assertThat(p.value()).isEqualTo("2026-01-07");
    assertThat(p.inferred()).isTrue();
    assertThat(p.basis()).startsWith("inferred: ")
        .contains("latest explicit date 2026-01-07")
        .contains("Jan. 7, 2026")
        .doesNotContain("later");
    assertThat(p.warnings()).singleElement().asString().contains("2026-01-07");
  }

  @Test
  void aWeekdayJustAfterTheAnchorMovesTheDateForward() {
    Published p = infer("A photo taken on Jan. 7, 2026 shows the site. Envoys met on Thursday.");

    assertThat(p.value()).isEqualTo(WEDNESDAY.plusDays(1).toString());
    assertThat(p.inferred()).isTrue();
    assertThat(p.basis()).contains("latest explicit date 2026-01-07")
        .contains("Thursday, 1 day(s) later");
  }

  @Test
  void aWeekdayTwoDaysAheadIsTheFurthestShift() {
    Published p = infer("A photo taken on Jan. 7, 2026 shows the site. Envoys met on Friday.");
    assertThat(p.value()).isEqualTo("2026-01-09");
  }

  @Test
  void aWeekdayThreeDaysAheadIsReadAsLastWeekAndLeavesTheAnchor() {
    // Saturday lies 3 days after Wednesday: too far, so it is the Saturday before.
    Published p = infer("A photo taken on Jan. 7, 2026 shows the site. Envoys met on Saturday.");
    assertThat(p.value()).isEqualTo(WEDNESDAY.toString());
    assertThat(p.basis()).doesNotContain("Saturday");
  }

  @Test
  void aWeekdayBeforeTheAnchorLeavesIt() {
    Published p = infer("A photo taken on Jan. 7, 2026 shows the site. Envoys met on Tuesday.");
    assertThat(p.value()).isEqualTo(WEDNESDAY.toString());
    assertThat(p.inferred()).isTrue();
  }

  @Test
  void theLatestOfSeveralWeekdaysWins() {
    Published p = infer("On Jan. 7, 2026 the strike hit. On Thursday aid came; on Friday talks"
        + " resumed; on Tuesday the warnings began.");
    assertThat(p.value()).isEqualTo("2026-01-09");
    assertThat(p.basis()).contains("Friday, 2 day(s) later");
  }

  @Test
  void datesAndWeekdaysInBoilerplateAreNotEvidence() {
    String boiler = "Most read: Storm hits coast on Friday, Jan. 30, 2026";
    String body = "A photo taken on Jan. 7, 2026 shows the site.";
    String text = boiler + "\n" + body;
    int b = boiler.length() + 1;
    Structure structure = new Structure(List.of(
        StructureSpan.of(StructureType.BOILERPLATE, 0, boiler.length(), "related link"),
        StructureSpan.of(StructureType.BODY, b, text.length())), null, null, null, null);

    Published p = run(article(text, null), structure);
    assertThat(p.value()).isEqualTo("2026-01-07");
  }

  @Test
  void noEvidenceGivesNoDateAndAWarning() {
    Published p = infer("Envoys met on Thursday and again on March 10, officials said.");

    assertThat(p.value()).isNull();
    assertThat(p.inferred()).isFalse();
    assertThat(p.basis()).isEqualTo("none");
    assertThat(p.warnings()).singleElement().asString().contains("relative dates");
    assertThat(p.date()).isEmpty();
  }

  @Test
  void emptyTextGivesNoDate() {
    Published p = run(article("", null), new Structure(List.of(), null, null, null, null));
    assertThat(p.value()).isNull();
    assertThat(p.basis()).isEqualTo("none");
  }

  @Test
  void worksBehindTheStructureStageInAPipeline() {
    String text = "Ceasefire holds for a second day\n"
        + "Residents inspect a damaged bridge on Jan. 7, 2026. (Photo: AFP)\n"
        + "BAGHDAD (Reuters) - The truce agreed on Wednesday held through Thursday, officials"
        + " said.\n";
    Pipeline pipeline = Pipeline.startingWith(Article.LAYER)
        .then(StructureStage.create()).then(PublicationDateStage.create()).build();

    Published p = pipeline.run(Document.of(Article.LAYER, Article.ofText("p2", text)))
        .get(Published.LAYER);

    assertThat(p.value()).isEqualTo("2026-01-08");
    assertThat(p.inferred()).isTrue();
    assertThat(p.basis()).contains("(caption: \"Jan. 7, 2026\")");
  }

  @Test
  void publishedDateOfADateTimeValue() {
    assertThat(new Published("2026-01-09T08:15:00Z", false, "metadata", List.of()).date())
        .contains(LocalDate.of(2026, 1, 9));
  }
}
