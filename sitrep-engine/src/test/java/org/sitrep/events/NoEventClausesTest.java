package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clauses that report no event of their own ({@link PresentParticiples}, {@link StockPhrases})
 *, on invented sentences
 * parsed by CoreNLP's dependency parser.
 */
class NoEventClausesTest {
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
  void aPresentParticipleDescribingANounIsNoEvent() {
    // what the campaigns are about is no attack by anyone
    assertThat(triggers(two("Arnor/NNP condemned/VBD/condemn campaigns/NNS/campaign "
        + "targeting/VBG/target the/DT army/NN of/IN Gondor/NNP ./.")))
        .doesNotContain("targeting");
    // "the weeks leading up to the vote": a stretch of time, not an act
    assertThat(triggers(two("Arnor/NNP arrested/VBD/arrest critics/NNS/critic in/IN the/DT "
        + "weeks/NNS/week leading/VBG/lead up/RP to/IN the/DT vote/NN in/IN Gondor/NNP ./.")))
        .containsExactly("arrested");
    // nor is what a party modified by it wants: the protest is the event
    assertThat(triggers(two("Protesters/NNS/protester demanding/VBG/demand the/DT release/NN "
        + "of/IN prisoners/NNS/prisoner marched/VBD/march in/IN Arnor/NNP ./.")))
        .doesNotContain("demanding");
  }

  @Test
  void anIngClauseAfterACommaStaysAnEvent() {
    List<Event> out = events(two("Arnor/NNP troops/NNS/troop stormed/VBD/storm a/DT "
        + "village/NN in/IN Gondor/NNP ,/, killing/VBG/kill 12/CD people/NNS/people ./.")
        .number("12", 12, 12L, false));
    assertThat(out).isNotEmpty();
    assertThat(out.stream().flatMap(e -> e.figures().stream()).map(Figure::text))
        .contains("12");
  }

  @Test
  void takingOfficeIsNoSeizure() {
    assertThat(events(two("The/DT president/NN of/IN Arnor/NNP took/VBD/take office/NN in/IN "
        + "2019/CD ./."))).isEmpty();
    assertThat(events(two("The/DT commander/NN of/IN Arnor/NNP took/VBD/take full/JJ "
        + "responsibility/NN for/IN the/DT failure/NN ./."))).isEmpty();
    // "took" with anything else is still coded
    assertThat(triggers(two("Arnor/NNP took/VBD/take two/CD soldiers/NNS/soldier of/IN "
        + "Gondor/NNP prisoner/NN ./."))).contains("took");
  }

  @Test
  void livesClaimedAreAKillingNotAnAccusation() {
    List<Event> out = events(two("Arnor/NNP shelling/NN claimed/VBD/claim 30/CD lives/NNS/life "
        + "in/IN Gondor/NNP ./.").number("30", 30, 30L, false));
    assertThat(out).extracting(Event::root).doesNotContain("11");
    assertThat(out.stream().flatMap(e -> e.figures().stream()).map(Figure::kind))
        .contains(FigureKind.KILLED);
  }

  @Test
  void whatAnAccusationAllegesIsNoEventOfItsOwn() {
    List<Event> out = events(two("Arnor/NNP accused/VBD/accuse Gondor/NNP of/IN "
        + "shelling/VBG/shell border/NN villages/NNS/village ./."));
    assertThat(out).extracting(Event::root).containsExactly("11");
    // the same act stated by the article is an event
    assertThat(events(two("Gondor/NNP shelled/VBD/shell border/NN villages/NNS/village of/IN "
        + "Arnor/NNP ./."))).extracting(Event::root).containsExactly("19");
  }
}
