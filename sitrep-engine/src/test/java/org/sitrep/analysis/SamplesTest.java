package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.TestSupport;
import org.sitrep.entities.EntityType;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;

/**
 * The bundled sample corpus (every input format) through the whole analysis, checked against
 * what docs/samples/EXPECTED.md says a careful reader finds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplesTest {
  private final Map<String, AnalyzedArticle> byId = new HashMap<>();
  private final List<IngestResult.Failed> failures = new ArrayList<>();

  @BeforeAll
  void analyse() {
    Ingestor.withDefaults().read(List.of(TestSupport.samples())).forEach(r -> {
      if (r instanceof IngestResult.Ok ok) {
        AnalyzedArticle a = TestSupport.sitrep().analyze(ok.article());
        byId.put(a.id(), a);
      } else {
        failures.add((IngestResult.Failed) r);
      }
    });
  }

  private ArticleAssertions article(String id) {
    assertThat(byId).containsKey(id);
    return ArticleAssertions.of(byId.get(id));
  }

  @Test
  void everyFormatIsReadAndNothingComesFromFurniture() {
    assertThat(failures).isEmpty();
    assertThat(byId).hasSize(13);
    assertThat(byId.values()).extracting(AnalyzedArticle::format)
        .contains("text", "html", "rss", "atom", "jsonl");
    byId.values().forEach(a -> ArticleAssertions.of(a).spansMatchText().nothingFromFurniture());
  }

  @Test
  void resultsDoNotDependOnWhatWasAnalysedBefore() {
    Ingestor.withDefaults().read(List.of(TestSupport.samples().resolve("text"))).forEach(r -> {
      AnalyzedArticle again = TestSupport.sitrep().analyze(((IngestResult.Ok) r).article());
      assertThat(again).as(again.id()).isEqualTo(byId.get(again.id()));
    });
  }

  @Test
  void statedDateFurnitureAndCeasefireTimes() {
    AnalyzedArticle a = byId.get("sabha-ceasefire-phone-call");
    assertThat(a.title()).isEqualTo(
        "Libya’s foreign minister, UN envoy discuss Sabha truce as withdrawal deadline nears");
    assertThat(a.published().value()).isEqualTo("2027-08-13");
    assertThat(a.published().inferred()).isFalse();
    assertThat(a.dateline()).isEqualTo("TRIPOLI, Libya");
    ArticleAssertions s = article("sabha-ceasefire-phone-call");
    assertThat(s.typeOf("3 min read")).isEqualTo("boilerplate");
    assertThat(s.typeOf("Families displaced by the fighting")).isEqualTo("caption");
    assertThat(s.time("02:00 after midnight")).isEqualTo("2027-08-13T02:00");
    assertThat(s.time("8 am")).isEqualTo("2027-08-14T08:00");
    assertThat(s.time("June 12")).isEqualTo("2027-06-12");
    assertThat(s.entity(EntityType.PERSON, "Hatem al-Zawi").roles())
        .contains("Libyan Foreign Minister");
    assertThat(s.entity(EntityType.ORGANIZATION, "RRU").name())
        .isEqualTo("Rapid Response Units");
    assertThat(s.number("tens of").vague()).isTrue();
  }

  @Test
  void dateInferredFromCaptionAndWeekdays() {
    AnalyzedArticle a = byId.get("sabha-offensive-begins");
    assertThat(a.published().value()).isEqualTo("2027-08-12");
    assertThat(a.published().inferred()).isTrue();
    ArticleAssertions s = article("sabha-offensive-begins");
    assertThat(s.timeAfter("Earlier on Thursday")).isEqualTo("2027-08-12");
    assertThat(s.time("Tuesday")).isEqualTo("2027-08-10");
  }

  @Test
  void noDateNoEvidenceLeavesWeekdaysUnresolved() {
    AnalyzedArticle a = byId.get("rru-explainer");
    assertThat(a.published().value()).isNull();
    assertThat(a.times()).filteredOn(t -> t.text().contains("Friday"))
        .allSatisfy(t -> assertThat(t.value()).startsWith("XXXX-WXX"));
  }

  @Test
  void htmlMetadataAndMainText() {
    AnalyzedArticle a = byId.get("meridian-post-sabha-truce");
    assertThat(a.source()).isEqualTo("The Meridian Post");
    assertThat(a.title()).isEqualTo(
        "Sabha truce holds through first day as RRU weighs Saturday deadline");
    assertThat(a.published().value()).isEqualTo("2027-08-13T18:30:00+02:00");
    assertThat(a.text()).doesNotContain("cookie").doesNotContain("Subscribe to");
  }

  @Test
  void feedAndJsonlArticles() {
    assertThat(byId.values()).filteredOn(a -> a.format().equals("rss")).hasSize(2);
    assertThat(byId.values()).filteredOn(a -> a.format().equals("atom")).hasSize(2);
    AnalyzedArticle undated = byId.values().stream()
        .filter(a -> "RRU fighters leave Sebha's Tayuri district as deadline passes"
            .equals(a.title())).findFirst().orElseThrow();
    assertThat(undated.published().inferred()).isTrue();
    assertThat(undated.published().value()).isEqualTo("2027-08-14");
  }
}
