package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Event dates ({@link EventDating}) on invented sentences parsed by CoreNLP's dependency parser.
 * The article is dated Saturday 10 January 2026; "Friday" is the 9th.
 */
class EventDatingTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs two(String tagged) {
    return Docs.twoCountries(tagged).published("2026-01-10");
  }

  private static Event event(Docs docs, String trigger) {
    List<Event> out = STAGE.process(docs.build()).events();
    return out.stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + trigger + " in " + out));
  }

  @Test
  void anAttributiveDateIsTheEventNounsOwn() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP condemned/VBD/condemn the/DT 3/CD May/NNP "
        + "attack/NN on/IN Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09")
        .time("3 May", "DATE", "2025-05-03");
    assertThat(event(docs, "attack")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2025-05-03", DateBasis.CLAUSE);
    assertThat(event(docs, "condemned")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-09", DateBasis.CLAUSE);
  }

  @Test
  void aPossessiveDateIsTheEventNounsOwn() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP condemned/VBD/condemn last/JJ October/NNP "
        + "'s/POS shelling/NN on/IN Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09")
        .time("last October", "DATE", "2025-10");
    assertThat(event(docs, "shelling")).extracting(Event::date, Event::datePrecision,
        Event::dateBasis).containsExactly("2025-10", "month", DateBasis.CLAUSE);
  }

  @Test
  void whatIsCondemnedIsNotDatedByTheCondemnation() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP condemned/VBD/condemn the/DT attack/NN "
        + "on/IN Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(event(docs, "attack")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-10", DateBasis.ARTICLE);
  }

  @Test
  void anOffensiveLaunchedOnADayHappenedThatDay() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP launched/VBD/launch an/DT offensive/NN "
        + "against/IN Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(event(docs, "offensive")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-09", DateBasis.CLAUSE);
  }

  @Test
  void clashesThatEruptedOnADayHappenedThatDay() {
    Docs docs = two("Clashes/NNS/clash between/IN Arnor/NNP and/CC Gondor/NNP "
        + "erupted/VBD/erupt on/IN Friday/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(event(docs, "Clashes")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-09", DateBasis.CLAUSE);
  }

  @Test
  void aPastPerfectClauseIsBackgroundAndTakesNoOtherDate() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP withdrew/VBD/withdraw ,/, but/CC it/PRP "
        + "had/VBD/have attacked/VBN/attack Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::datePrecision,
        Event::dateBasis).containsExactly(null, "unknown", DateBasis.UNKNOWN);
    // A present-tense report shifts nothing back: its past perfect is background too.
    Docs says = two("Officials/NNS/official say/VBP/say Arnor/NNP had/VBD/have "
        + "attacked/VBN/attack Gondor/NNP ./.");
    assertThat(event(says, "attacked")).extracting(Event::dateBasis)
        .isEqualTo(DateBasis.UNKNOWN);
  }

  @Test
  void aReportedPastPerfectTakesTheDateOfTheReport() {
    // "officials said on Friday Arnor had attacked" reports "Arnor has attacked".
    Docs docs = two("Officials/NNS/official said/VBD/say on/IN Friday/NNP that/IN Arnor/NNP "
        + "had/VBD/have attacked/VBN/attack Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    Docs fronted = two("On/IN Friday/NNP ,/, officials/NNS/official said/VBD/say Arnor/NNP "
        + "had/VBD/have attacked/VBN/attack Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(event(fronted, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-09", DateBasis.SENTENCE);
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-09", DateBasis.SENTENCE);
    // With no time in the report, the article's date, said so.
    Docs undated = two("Officials/NNS/official said/VBD/say Arnor/NNP had/VBD/have "
        + "attacked/VBN/attack Gondor/NNP ./.");
    assertThat(event(undated, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2026-01-10", DateBasis.ARTICLE);
    // "previously" still makes it background.
    Docs before = two("Officials/NNS/official said/VBD/say on/IN Friday/NNP that/IN Arnor/NNP "
        + "had/VBD/have previously/RB attacked/VBN/attack Gondor/NNP ./.")
        .time("Friday", "DATE", "2026-01-09");
    assertThat(event(before, "attacked")).extracting(Event::dateBasis)
        .isEqualTo(DateBasis.UNKNOWN);
  }

  @Test
  void aPastPerfectClauseWithItsOwnDateKeepsIt() {
    Docs docs = two("Officials/NNS/official said/VBD/say Arnor/NNP had/VBD/have "
        + "attacked/VBN/attack Gondor/NNP in/IN March/NNP ./.").time("March", "DATE", "2025-03");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly("2025-03", DateBasis.CLAUSE);
  }

  @Test
  void earlierThisMonthIsTheMonth() {
    Docs docs = two("Arnor/NNP attacked/VBD/attack Gondor/NNP earlier/RBR this/DT month/NN ./.")
        .time("this month", "DATE", "2026-01");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::datePrecision,
        Event::dateBasis).containsExactly("2026-01", "month", DateBasis.CLAUSE);
  }

  @Test
  void earlierWithNoDateIsBackground() {
    Docs docs = two("On/IN Friday/NNP ,/, Arnor/NNP said/VBD/say Gondor/NNP "
        + "previously/RB attacked/VBD/attack its/PRP$ border/NN ./.")
        .time("Friday", "DATE", "2026-01-09");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly(null, DateBasis.UNKNOWN);
  }

  @Test
  void aClauseAWeekAfterAnotherIsNotDatedByIt() {
    Docs docs = two("On/IN Friday/NNP ,/, Rhun/NNP protested/VBD/protest a/DT week/NN after/IN "
        + "Arnor/NNP attacked/VBD/attack Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09")
        .entity("Rhun", EntityType.LOCATION, "COUNTRY");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly(null, DateBasis.UNKNOWN);
  }

  @Test
  void priorToIsAPrepositionNotBackground() {
    Docs docs = two("Arnor/NNP attacked/VBD/attack Gondor/NNP prior/RB to/IN the/DT vote/NN ./.");
    assertThat(event(docs, "attacked")).extracting(Event::dateBasis)
        .isEqualTo(DateBasis.ARTICLE);
  }

  @Test
  void anEarlierAttackIsBackground() {
    Docs docs = two("Arnor/NNP recalled/VBD/recall an/DT earlier/JJR attack/NN on/IN "
        + "Gondor/NNP ./.");
    assertThat(event(docs, "attack")).extracting(Event::date, Event::dateBasis)
        .containsExactly(null, DateBasis.UNKNOWN);
  }

  @Test
  void recentlyIsBackgroundButPastAsAPrepositionIsNot() {
    Docs docs = two("Arnor/NNP attacked/VBD/attack Gondor/NNP recently/RB ./.")
        .time("recently", "DATE", "PAST_REF");
    assertThat(event(docs, "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly(null, DateBasis.UNKNOWN);
    Docs past = two("Arnor/NNP tanks/NNS/tank attacked/VBD/attack Gondor/NNP past/IN the/DT "
        + "border/NN ./.");
    assertThat(event(past, "attacked")).extracting(Event::dateBasis)
        .isEqualTo(DateBasis.ARTICLE);
  }


  @Test
  void theArticleDateIsTheFallbackAndSaysSo() {
    assertThat(event(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ./."), "attacked"))
        .extracting(Event::date, Event::dateBasis).containsExactly("2026-01-10", DateBasis.ARTICLE);
    assertThat(event(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ./.").published(null),
        "attacked")).extracting(Event::date, Event::dateBasis)
        .containsExactly(null, DateBasis.UNKNOWN);
  }

  @Test
  void aSentenceDateStillDatesAnEventOfTheNewsOfTheDay() {
    Docs docs = two("On/IN Friday/NNP ,/, officials/NNS/official said/VBD/say Arnor/NNP "
        + "attacked/VBD/attack Gondor/NNP ./.").time("Friday", "DATE", "2026-01-09");
    assertThat(tuple(event(docs, "attacked").date(), event(docs, "attacked").dateBasis()))
        .isEqualTo(tuple("2026-01-09", DateBasis.SENTENCE));
  }
}
