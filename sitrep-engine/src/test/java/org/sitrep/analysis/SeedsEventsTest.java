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
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.quotes.Quote;

/**
 * Events, quotes and actors a careful reader finds in {@code ../shared/seeds} (skipped with a
 * message when absent). Covers what works today; the note lists what does not yet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsEventsTest {
  private final Map<String, AnalyzedArticle> seeds = new HashMap<>();

  @BeforeAll
  void analyse() {
    var dir = TestSupport.shared("seeds");
    assumeTrue(dir.isPresent(), "../shared/seeds is absent: seed event tests skipped");
    Ingestor.withDefaults().read(List.of(dir.get())).forEach(r -> {
      AnalyzedArticle a = TestSupport.sitrepWithEvents().analyze(((IngestResult.Ok) r).article());
      seeds.put(a.id().substring(0, 3), a);
    });
  }

  @Test
  void phoneCallWithItsDateAndCodedActors() {
    assertThat(seeds.get("000").events()).anySatisfy(e -> {
      assertThat(e.code()).isEqualTo("041");
      assertThat(e.source()).isEqualTo("Masoud Barzani");
      assertThat(e.target()).isEqualTo("Ahmed al-Sharaa");
      assertThat(e.targetCode()).isEqualTo("SYRGOV");
      assertThat(e.date()).isEqualTo("2026-01-09");
      assertThat(seeds.get("000").text().substring(e.start(), e.end())).isEqualTo(e.sentence());
    });
  }

  @Test
  void clashesCarryTheirCasualtyRange() {
    assertThat(seeds.get("000").events()).anySatisfy(e -> {
      assertThat(e.acledType()).isEqualTo("Battles");
      assertThat(e.figures()).anySatisfy(f -> {
        assertThat(f.kind()).isEqualTo(org.sitrep.events.FigureKind.KILLED);
        assertThat(f.min()).isEqualByComparingTo(BigDecimal.valueOf(20));
        assertThat(f.max()).isEqualByComparingTo(BigDecimal.valueOf(99));
        assertThat(f.vague()).isTrue();
      });
    });
  }

  @Test
  void ceasefireWithItsStartTimeAndPlace() {
    assertThat(seeds.get("001").events()).anySatisfy(e -> {
      assertThat(e.trigger()).isEqualTo("ceasefire");
      assertThat(e.date()).isEqualTo("2026-01-09T03:00");
      assertThat(e.place()).isNotNull();
      assertThat(e.place().latitude()).isNotNull();
    });
  }

  @Test
  void theWithdrawalDeadlineAtItsHour() {
    assertThat(seeds.get("001").events()).anySatisfy(e -> {
      assertThat(e.trigger()).isEqualTo("withdraw");
      assertThat(e.source()).isEqualTo("Kurdish-led forces");
      assertThat(e.modality()).isEqualTo("demanded");
      assertThat(e.date()).isEqualTo("2026-01-09T09:00");
      assertThat(e.datePrecision()).isEqualTo("hour");
    });
  }

  @Test
  void theCaptureOfTheCityIsGroundTakenThere() {
    for (String seed : List.of("003", "004")) {
      assertThat(seeds.get(seed).events()).as(seed).anySatisfy(e -> {
        assertThat(e.code()).isEqualTo("192");
        assertThat(e.place()).isNotNull();
        assertThat(e.place().name()).isEqualTo("Aleppo");
        assertThat(e.place().countryCode()).isEqualTo("SY");
      });
    }
  }

  @Test
  void affiliationsAreNotEvents() {
    for (AnalyzedArticle a : seeds.values()) {
      // "U.S.-backed group": the trigger occurs in its sentence only after a hyphen
      assertThat(a.events()).as(a.id()).noneMatch(e -> !java.util.regex.Pattern.compile(
          "(^|[^-\\w])" + java.util.regex.Pattern.quote(e.trigger()) + "\\b")
          .matcher(e.sentence()).find());
    }
  }

  @Test
  void quotesWithTheirSpeakersAndChannels() {
    assertThat(quote("001", "We are working intensively")).satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Tom Barrack");
      assertThat(q.channel()).isEqualTo("on X");
      assertThat(q.kind()).isEqualTo(Quote.DIRECT);
    });
    assertThat(quote("003", "We have decided to hold").speaker()).isEqualTo("Abbas Araghchi");
    assertThat(quote("003", "With God’s permission").speaker()).isEqualTo("Abbas Araghchi");
    assertThat(quote("003", "A position will be formed").speaker()).isEqualTo("Dmitry Peskov");
    assertThat(quote("002", "The fighting, which erupted").speaker()).isEqualTo("state media");
    assertThat(quote("003", "We are watching").speaker()).as("'she said' after her sentence")
        .isEqualTo("Linda Thomas-Greenfield");
    assertThat(quote("004", "the political process").speaker()).as("'He also said' after 'X told Y'")
        .isEqualTo("Hakan Fidan");
    assertThat(quote("004", "More than 400 people").speaker()).isEqualTo("a Syrian war monitor");
  }

  @Test
  void actorsAreCodedAndAffiliationsKept() {
    AnalyzedArticle a = seeds.get("000");
    assertThat(a.actors()).anySatisfy(r -> {
      assertThat(r.name()).isEqualTo("Syrian foreign ministry");
      assertThat(r.cameoCode()).isEqualTo("SYRGOV");
    });
    assertThat(a.affiliations()).anySatisfy(f -> assertThat(f.text()).isEqualTo("Kurdish-led"));
    assertThat(a.places()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Sheikh Maqsoud");
      assertThat(p.resolvedName()).isEqualTo("Aleppo");
    });
  }

  @Test
  void nothingFromBoilerplate() {
    for (AnalyzedArticle a : seeds.values()) {
      List<AnalyzedArticle.Section> furniture = a.structure().stream()
          .filter(s -> !List.of("title", "standfirst", "caption", "heading", "body")
              .contains(s.type())).toList();
      for (AnalyzedArticle.Section s : furniture) {
        assertThat(a.quotes()).noneMatch(q -> q.start() < s.end() && s.start() < q.end());
        assertThat(a.events()).noneMatch(e -> e.start() < s.end() && s.start() < e.end());
        // actors are entities; none may rest on a mention inside boilerplate
        java.util.Set<String> actorIds = new java.util.HashSet<>();
        a.actors().forEach(r -> actorIds.add(r.entityId()));
        assertThat(a.entities()).filteredOn(en -> actorIds.contains(en.id()))
            .allSatisfy(en -> assertThat(en.mentions()).noneMatch(
                m -> m.start() < s.end() && s.start() < m.end()));
      }
    }
    assertThat(seeds.get("004").quotes()).noneMatch(q -> q.text().contains("selectively"));
  }

  private Quote quote(String seed, String prefix) {
    return seeds.get(seed).quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + seed
            + ": " + seeds.get(seed).quotes().stream().map(Quote::text).toList()));
  }
}
