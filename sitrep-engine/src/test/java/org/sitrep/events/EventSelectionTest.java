package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which events an article keeps ({@link EventSelection}) and which reports are one event ({@link
 * EventMerger}), on events built by hand over invented sentences.
 */
class EventSelectionTest {
  private static final String TEXT = "Raiders stormed the depot in Gondor, killing 12 people. "
      + "Officials warned of campaigns targeting the economy and the military. "
      + "Sanctions on Gondor were lifted. Arnor lifted sanctions on Gondor. "
      + "Forty people were killed in an airstrike on Dale. "
      + "Witnesses said Arnor jets bombed the village. "
      + "Markets reopened. Rohan shelled Esgaroth.";

  /** Where the sentences of TEXT start. */
  private static final List<Integer> STARTS = sentenceStarts();

  private static List<Integer> sentenceStarts() {
    List<Integer> out = new java.util.ArrayList<>();
    out.add(0);
    for (int i = TEXT.indexOf(". "); i >= 0; i = TEXT.indexOf(". ", i + 1)) {
      out.add(i + 2);
    }
    return out;
  }

  private static int at(String s) {
    int i = TEXT.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException(s);
    }
    return i;
  }

  /** An event of the sentence starting with {@code sentence}, triggered by {@code trigger}. */
  private static Event event(String sentence, String trigger, String source, String sourceId,
      String target, String targetId, String code, List<Figure> figures) {
    int s = at(sentence);
    int e = TEXT.indexOf('.', s) + 1;
    int t = TEXT.indexOf(trigger, s);
    return new Event(code + t, s, e, trigger, t, t + trigger.length(), source, sourceId, target,
        targetId, code, code.substring(0, 2), 4, -9.0, null, null, null, null, null, "unknown",
        DateBasis.UNKNOWN, null, null, "asserted", null, figures);
  }

  private static Figure forty() {
    int s = at("Forty");
    return new Figure(FigureKind.KILLED, "Forty", s, s + 5, BigDecimal.valueOf(40),
        BigDecimal.valueOf(40), false);
  }

  private static Figure twelve() {
    int s = at("12");
    return new Figure(FigureKind.KILLED, "12", s, s + 2, BigDecimal.valueOf(12),
        BigDecimal.valueOf(12), false);
  }

  @Test
  void aKillingWithNoSourceWhoseTollTheAttackCarriesIsNoSecondEvent() {
    Event stormed = event("Raiders", "stormed", "Raiders", null, "Gondor", "e1", "180",
        List.of(twelve()));
    Event killing = event("Raiders", "killing", null, null, "12 people", null, "190",
        List.of(twelve()));
    assertThat(EventSelection.select(List.of(stormed, killing))).containsExactly(stormed);
  }

  @Test
  void aKillingWithASourceOfItsOwnStays() {
    Event stormed = event("Raiders", "stormed", "Raiders", null, "Gondor", "e1", "180",
        List.of(twelve()));
    Event killing = event("Raiders", "killing", "Raiders", null, "12 people", null, "1823",
        List.of(twelve()));
    assertThat(EventSelection.select(List.of(stormed, killing)))
        .containsExactly(stormed, killing);
  }

  @Test
  void aKillingWithNoSourceAndATollNoOtherEventCarriesStays() {
    Event killing = event("Raiders", "killing", null, null, "12 people", null, "190",
        List.of(twelve()));
    assertThat(EventSelection.select(List.of(killing))).containsExactly(killing);
  }

  @Test
  void aReportWithNoSourceIsAMentionOfTheLaterOneThatNamesIt() {
    Event passive = event("Sanctions", "lifted", null, null, "Gondor", "e1", "0351", List.of());
    Event active = event("Arnor lifted", "lifted", "Arnor", "e2", "Gondor", "e1", "0351",
        List.of());
    List<Event> out = EventMerger.merge(List.of(passive, active));
    assertThat(out).hasSize(1);
    Event one = out.get(0);
    assertThat(one.sourceName()).isEqualTo("Arnor");
    assertThat(one.id()).isEqualTo(active.id());
    assertThat(one.mentions()).containsExactly(Mention.of(passive));
  }

  @Test
  void aLaterReportWithNoSourceIsAMentionOfTheEarlierOne() {
    Event active = event("Arnor lifted", "lifted", "Arnor", "e2", "Gondor", "e1", "0351",
        List.of());
    Event passive = event("Sanctions", "lifted", null, null, "Gondor", "e1", "0351", List.of());
    List<Event> out = EventMerger.merge(List.of(active, passive));
    assertThat(out).extracting(Event::id).containsExactly(active.id());
    assertThat(out.get(0).mentions()).containsExactly(Mention.of(passive));
  }

  @Test
  void aReportWithNoSourceAndAnotherCodeStaysApart() {
    Event passive = event("Sanctions", "lifted", null, null, "Gondor", "e1", "163", List.of());
    Event active = event("Arnor lifted", "lifted", "Arnor", "e2", "Gondor", "e1", "0351",
        List.of());
    assertThat(EventMerger.merge(List.of(passive, active))).hasSize(2);
  }

  @Test
  void aTollWithNoDoerGoesOnTheAttackOfTheNextSentence() {
    Event airstrike = event("Forty", "airstrike", null, null, "Dale", "e3", "195",
        List.of(forty()));
    Event bombed = event("Witnesses", "bombed", "Arnor jets", null, "the village", null, "195",
        List.of());
    List<Event> out = EventMerger.attachTolls(List.of(airstrike, bombed), STARTS);
    assertThat(out).extracting(Event::id).containsExactly(bombed.id());
    assertThat(out.get(0).figures()).containsExactly(forty());
    assertThat(out.get(0).mentions()).containsExactly(Mention.of(airstrike));
  }

  @Test
  void aTollStaysApartFromAnAttackFurtherAwayOrOfAnotherRoot() {
    Event airstrike = event("Forty", "airstrike", null, null, "Dale", "e3", "195",
        List.of(forty()));
    Event shelled = event("Rohan", "shelled", "Rohan", "e4", "Esgaroth", "e5", "195", List.of());
    Event accused = event("Witnesses", "said", "Witnesses", null, null, null, "112", List.of());
    assertThat(EventMerger.attachTolls(List.of(airstrike, accused, shelled), STARTS))
        .containsExactly(airstrike, accused, shelled);
  }

  @Test
  void aDeathIsNoAttackForATollToGoOn() {
    // "the number of people killed" read as the people killing: a death, not the attack
    Event airstrike = event("Forty", "airstrike", null, null, "Dale", "e3", "195",
        List.of(forty()));
    Event killed = event("Forty", "killed", "people", null, null, null, "190", List.of());
    Event bombed = event("Witnesses", "bombed", "Arnor jets", null, "the village", null, "195",
        List.of());
    List<Event> out = EventMerger.attachTolls(List.of(killed, airstrike, bombed), STARTS);
    assertThat(out).extracting(Event::id).containsExactly(killed.id(), bombed.id());
    assertThat(out.get(1).figures()).containsExactly(forty());
  }

}
