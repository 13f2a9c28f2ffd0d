package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a "to" clause names ({@link ModalityReader}): an aim when its verb is present, perfect,
 * progressive or non-finite, a deed after a past verb; and an order whose object names the deed
 * ({@link VerbSense}). Invented sentences parsed by CoreNLP's dependency parser.
 */
class PurposeClausesTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs two(String tagged) {
    return Docs.twoCountries(tagged);
  }

  private static List<Event> events(Docs docs) {
    return STAGE.process(docs.build()).events();
  }

  private static List<String> triggers(Docs docs) {
    return events(docs).stream().map(Event::trigger).toList();
  }

  @Test
  void whatAPresentActIsForHasNotHappened() {
    // rebels who compete to provide security have provided none yet
    assertThat(triggers(two("Rebels/NNS/rebel from/IN Gondor/NNP compete/VBP/compete with/IN "
        + "the/DT army/NN of/IN Arnor/NNP to/TO provide/VB/provide security/NN to/IN "
        + "villagers/NNS/villager ./.")))
        .noneMatch(t -> t.startsWith("provide"));
    // what a future act is for
    assertThat(triggers(two("Gondor/NNP will/MD/will send/VB/send troops/NNS/troop to/TO "
        + "attack/VB/attack Arnor/NNP ./.")))
        .noneMatch(t -> t.startsWith("attack"));
    // what an ongoing act aims at
    assertThat(triggers(two("Gondor/NNP is/VBZ/be moving/VBG/move troops/NNS/troop to/TO "
        + "attack/VB/attack Arnor/NNP ./.")))
        .noneMatch(t -> t.startsWith("attack"));
  }

  @Test
  void aMeasureDesignedToThreatenIsNoThreat() {
    assertThat(events(two("The/DT blockade/NN of/IN Arnor/NNP is/VBZ/be designed/VBN/design "
        + "to/TO threaten/VB/threaten Gondor/NNP ./.")))
        .extracting(Event::root).doesNotContain("13");
  }

  @Test
  void whatAPastActWasForStaysADeed() {
    // news coders code what a finished act was for
    assertThat(triggers(two("Arnor/NNP troops/NNS/troop crossed/VBD/cross the/DT border/NN "
        + "to/TO attack/VB/attack rebels/NNS/rebel in/IN Gondor/NNP ./.")))
        .anyMatch(t -> t.startsWith("attack"));
  }

  @Test
  void aDeedInAClauseOfItsOwnBelowAnAimStaysADeed() {
    // the killing is what "since" dates, not what the effort is for
    assertThat(events(two("Arnor/NNP has/VBZ/have worked/VBN/work to/TO calm/VB/calm "
        + "the/DT north/NN since/IN a/DT Gondor/NNP truck/NN bomb/NN killed/VBD/kill "
        + "17/CD people/NNS/person in/IN 2009/CD ./.").number("17", 17, 17L, false)))
        .isNotEmpty();
  }

  @Test
  void whatAPresentPerfectActWasForIsADeed() {
    assertThat(triggers(two("Arnor/NNP has/VBZ/have crossed/VBN/cross the/DT border/NN to/TO "
        + "attack/VB/attack rebels/NNS/rebel in/IN Gondor/NNP ./.")))
        .anyMatch(t -> t.startsWith("attack"));
  }

  @Test
  void whatAnAimActsOnIsStillAnEvent() {
    // the truce holds whatever the observers are there for
    assertThat(events(two("Observers/NNS/observer are/VBP/be posted/VBN/post to/TO "
        + "watch/VB/watch the/DT ceasefire/NN between/IN Arnor/NNP and/CC Gondor/NNP ./.")))
        .extracting(Event::trigger).contains("ceasefire");
  }

  @Test
  void whatGoesOnIsStillADeed() {
    assertThat(triggers(two("Arnor/NNP continues/VBZ/continue to/TO shell/VB/shell "
        + "Gondor/NNP ./.")))
        .anyMatch(t -> t.startsWith("shell"));
  }

  @Test
  void anOrderedStrikeIsTheStrikeAlone() {
    List<Event> out = events(two("Arnor/NNP ordered/VBD/order a/DT missile/NN strike/NN "
        + "against/IN a/DT factory/NN in/IN Gondor/NNP ./."));
    assertThat(out).extracting(Event::root).containsExactly("19");
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    // an order to someone to act is still a demand
    assertThat(triggers(two("Arnor/NNP ordered/VBD/order Gondor/NNP to/TO withdraw/VB/withdraw "
        + "its/PRP$ troops/NNS/troop ./.")))
        .anyMatch(t -> t.startsWith("ordered"));
  }
}
