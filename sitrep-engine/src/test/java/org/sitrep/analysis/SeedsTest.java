package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.TestSupport;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;

/**
 * What a careful reader finds in the five real articles of {@code ../shared/seeds}. Skipped, with
 * a message, when that folder is absent (it is not part of this repository).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsTest {
  private final Map<String, ArticleAssertions> seeds = new HashMap<>();
  private final Map<String, AnalyzedArticle> raw = new HashMap<>();

  @BeforeAll
  void analyse() {
    var dir = TestSupport.shared("seeds");
    assumeTrue(dir.isPresent(), "../shared/seeds is absent: seed tests skipped");
    Ingestor.withDefaults().read(List.of(dir.get())).forEach(r -> {
      assertThat(r).isInstanceOf(IngestResult.Ok.class);
      AnalyzedArticle a = TestSupport.sitrep().analyze(((IngestResult.Ok) r).article());
      raw.put(a.id().substring(0, 3), a);
      seeds.put(a.id().substring(0, 3), ArticleAssertions.of(a));
    });
    assertThat(seeds).hasSize(5);
  }

  @Test
  void everyAnnotationIsASpanOfTheTextAndNoneComesFromFurniture() {
    seeds.values().forEach(s -> s.spansMatchText().nothingFromFurniture());
  }

  @Test
  void titles() {
    assertThat(raw.get("000").title())
        .isEqualTo("President Barzani, US envoy stress the need for deescalation in Aleppo");
    assertThat(raw.get("001").title())
        .isEqualTo("Ceasefire takes hold in Aleppo; US pushes to extend truce");
    assertThat(raw.get("002").title())
        .isEqualTo("Aleppo offensive against US-backed terrorists begins");
    assertThat(raw.get("003").title()).as("a lede is not a headline").isNull();
    assertThat(raw.get("004").title()).isNull();
  }

  @Test
  void publicationDatesStatedInferredAndAbsent() {
    assertThat(raw.get("000").published().value()).isEqualTo("2026-01-09");
    assertThat(raw.get("000").published().inferred()).isFalse();
    AnalyzedArticle.PublishedDate inferred = raw.get("002").published();
    assertThat(inferred.value()).isEqualTo("2026-01-08");
    assertThat(inferred.inferred()).isTrue();
    assertThat(inferred.basis()).contains("2026-01-07").contains("Thursday");
    assertThat(raw.get("003").published().value()).isNull();
    assertThat(raw.get("004").published().value()).isNull();
    assertThat(raw.get("004").warnings()).anyMatch(w -> w.contains("unresolved"));
  }

  @Test
  void boilerplateCaptionsDatelineAndPullQuote() {
    ArticleAssertions s0 = seeds.get("000");
    assertThat(s0.typeOf("3 min read")).isEqualTo("boilerplate");
    assertThat(s0.typeOf("NEWSLETTER")).isEqualTo("boilerplate");
    assertThat(s0.typeOf("Get the latest updates")).isEqualTo("boilerplate");
    assertThat(s0.typeOf("From left: President Masoud Barzani")).isEqualTo("caption");
    assertThat(s0.typeOf("ERBIL, Kurdistan")).isEqualTo("dateline");
    assertThat(raw.get("000").dateline()).isEqualTo("ERBIL, Kurdistan Region of Iraq");
    assertThat(s0.typeOf("Earlier in the day, President Barzani held"))
        .isEqualTo("standfirst");
    ArticleAssertions s1 = seeds.get("001");
    assertThat(s1.typeOf("\"Out of complete concern")).as("pull quote before the dateline")
        .isEqualTo("boilerplate");
    assertThat(s1.typeOf("Smoke rising near")).isEqualTo("caption");
    assertThat(seeds.get("002").typeOf("Security forces deploy")).isEqualTo("caption");
    ArticleAssertions s4 = seeds.get("004");
    assertThat(s4.typeOf("JOIN US ON TELEGRAM")).isEqualTo("boilerplate");
    assertThat(s4.typeOf("Follow our coverage")).isEqualTo("boilerplate");
    assertThat(s4.typeOf("Other Topics of Interest")).isEqualTo("boilerplate");
    assertThat(s4.typeOf("Joe Biden Issues Pardon")).isEqualTo("boilerplate");
    assertThat(s4.typeOf("The US President stated")).isEqualTo("boilerplate");
    assertThat(s4.typeOf("More than 400 people")).isEqualTo("body");
    s4.noEntity("Joe Biden").noEntity("Hunter").noEntity("Kyivpost_official");
  }

  @Test
  void peopleWithCanonicalNamesAndRoles() {
    Entity barzani = seeds.get("000").entity(EntityType.PERSON, "Barzani");
    assertThat(barzani.name()).isEqualTo("Masoud Barzani");
    assertThat(barzani.roles()).contains("President");
    Entity barrack = seeds.get("000").entity(EntityType.PERSON, "Tom Barrack");
    assertThat(barrack.roles()).contains("US Special Envoy for Syria");
    assertThat(barrack.mentions()).extracting(m -> m.text()).contains("Barrack");
    Entity sharaa = seeds.get("000").entity(EntityType.PERSON, "Sharaa");
    assertThat(sharaa.name()).isEqualTo("Ahmed al-Sharaa");
    assertThat(seeds.get("003").entity(EntityType.PERSON, "Hakan Fidan").roles())
        .contains("Turkish Foreign Minister");
    assertThat(seeds.get("004").entity(EntityType.PERSON, "Matthew Miller").roles())
        .contains("State Department spokesman");
    assertThat(seeds.get("001").entity(EntityType.PERSON, "Mazloum Abdi").roles())
        .contains("SDF Commander");
  }

  @Test
  void organisationsIncludingSecurityForcesAndMinistries() {
    Entity asayish = seeds.get("000").entity(EntityType.ORGANIZATION, "Asayish");
    assertThat(asayish.subtype()).isEqualTo("SECURITY_FORCE");
    seeds.values().forEach(s -> assertThat(raw.values().stream()
        .flatMap(a -> a.entities().stream())
        .filter(e -> e.type() == EntityType.PERSON && e.name().equals("Asayish"))).isEmpty());
    Entity sdf = seeds.get("001").entity(EntityType.ORGANIZATION, "SDF");
    assertThat(sdf.name()).isEqualTo("Syrian Democratic Forces");
    assertThat(seeds.get("001").entity(EntityType.ORGANIZATION, "Syrian defense ministry")
        .subtype()).isEqualTo("MINISTRY");
    assertThat(seeds.get("004").entity(EntityType.ORGANIZATION, "PKK").name())
        .isEqualTo("Kurdistan Workers’ Party");
  }

  @Test
  void placesIncludingNeighbourhoodsAndSpellingVariants() {
    assertThat(seeds.get("000").entity(EntityType.LOCATION, "Sheikh Maqsoud").subtype())
        .isEqualTo("NEIGHBORHOOD");
    assertThat(seeds.get("000").entity(EntityType.LOCATION, "Ashrafiyeh").subtype())
        .isEqualTo("NEIGHBORHOOD");
    assertThat(seeds.get("002").entity(EntityType.LOCATION, "Ashrafieh").subtype())
        .isEqualTo("NEIGHBORHOOD");
    assertThat(seeds.get("001").entity(EntityType.LOCATION, "Bani Zeid").subtype())
        .isEqualTo("NEIGHBORHOOD");
    assertThat(seeds.get("000").entity(EntityType.LOCATION, "Suwayda")).isNotNull();
    assertThat(seeds.get("000").entity(EntityType.LOCATION, "Aleppo").subtype()).isEqualTo("CITY");
    assertThat(seeds.get("000").entity(EntityType.LOCATION, "Syria").subtype())
        .isEqualTo("COUNTRY");
    assertThat(seeds.get("002").entity(EntityType.LOCATION, "Sheikh Maqsoud").mentions())
        .as("both uses, one of which CoreNLP reads as a person").hasSize(2);
  }

  @Test
  void relativeDatesResolved() {
    assertThat(seeds.get("000").timeAfter("Barzani on Friday")).isEqualTo("2026-01-09");
    assertThat(seeds.get("000").time("Wednesday")).isEqualTo("2026-01-07");
    assertThat(seeds.get("000").time("March 10")).isEqualTo("2025-03-10");
    assertThat(seeds.get("000").time("Sunday")).as("a past meeting").isEqualTo("2026-01-04");
    assertThat(seeds.get("001").time("03:00 after midnight")).isEqualTo("2026-01-09T03:00");
    assertThat(seeds.get("001").time("9 am")).isEqualTo("2026-01-09T09:00");
    assertThat(seeds.get("001").time("March 10")).isEqualTo("2025-03-10");
    assertThat(seeds.get("002").timeAfter("Earlier on Thursday")).isEqualTo("2026-01-08");
    assertThat(seeds.get("002").time("Tuesday")).isEqualTo("2026-01-06");
    assertThat(seeds.get("004").time("Sunday")).as("no reference date").isEqualTo("XXXX-WXX-7");
  }

  @Test
  void vagueQuantities() {
    var tens = seeds.get("000").number("tens of");
    assertThat(tens.min()).isEqualByComparingTo(BigDecimal.valueOf(20));
    assertThat(tens.max()).isEqualByComparingTo(BigDecimal.valueOf(99));
    assertThat(tens.vague()).isTrue();
    assertThat(seeds.get("000").number("hundreds of").min())
        .isEqualByComparingTo(BigDecimal.valueOf(200));
    assertThat(seeds.get("004").number("More than 400").min())
        .isEqualByComparingTo(BigDecimal.valueOf(401));
    assertThat(seeds.get("003").number("around 200").max())
        .isEqualByComparingTo(BigDecimal.valueOf(220));
  }
}
