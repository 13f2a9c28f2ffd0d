package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clauses that describe a party rather than report a deed of the story ({@link
 * DescriptiveClauses}, {@link BackgroundParticiples}), on invented sentences parsed by CoreNLP's
 * dependency parser.
 */
class BackgroundClausesTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs two(String tagged) {
    return Docs.twoCountries(tagged);
  }

  private static List<String> triggers(Docs docs) {
    return STAGE.process(docs.build()).events().stream().map(Event::trigger).toList();
  }

  @Test
  void aPresentPerfectRelativeClauseOverYearsDescribesItsParty() {
    List<String> out = triggers(two("Arnor/NNP troops/NNS/troop attacked/VBD/attack "
        + "militants/NNS/militant who/WP have/VBP/have fought/VBN/fight Gondor/NNP for/IN "
        + "years/NNS/year ./."));
    assertThat(out).contains("attacked");
    assertThat(out).noneMatch(t -> t.startsWith("fought"));
  }

  @Test
  void aPresentRelativeClauseDescribesItsParty() {
    List<String> out = triggers(two("Arnor/NNP condemned/VBD/condemn gangs/NNS/gang "
        + "that/WDT attack/VBP/attack traders/NNS/trader in/IN Gondor/NNP ./."));
    assertThat(out).contains("condemned");
    assertThat(out).noneMatch(t -> t.startsWith("attack"));
  }

  @Test
  void aRelativeClauseOnAnEventGivesItsToll() {
    List<Event> out = STAGE.process(two("Arnor/NNP shelled/VBD/shell Gondor/NNP as/IN "
        + "clashes/NNS/clash that/WDT have/VBP/have killed/VBN/kill 12/CD civilians/NNS/civilian "
        + "escalated/VBD/escalate ./.").number("12", 12, 12L, false).build()).events();
    assertThat(out.stream().flatMap(e -> e.figures().stream()).map(Figure::text))
        .contains("12");
  }

  @Test
  void aPastRelativeClauseStillReportsItsDeed() {
    List<String> out = triggers(two("Arnor/NNP arrested/VBD/arrest the/DT men/NNS/man who/WP "
        + "attacked/VBD/attack the/DT embassy/NN of/IN Gondor/NNP ./."));
    assertThat(out).contains("attacked");
  }

  @Test
  void aParliamentDominatedByAPartyIsNoAttack() {
    List<String> out = triggers(two("Arnor/NNP voters/NNS/voter elected/VBD/elect a/DT "
        + "parliament/NN dominated/VBN/dominate by/IN allies/NNS/ally of/IN Gondor/NNP ./."));
    assertThat(out).noneMatch(t -> t.startsWith("dominated"));
  }
}
