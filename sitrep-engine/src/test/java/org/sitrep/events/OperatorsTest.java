package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Sources of attacks told through nouns and weapons ({@link Operators}), on invented sentences: an
 * attack noun takes its source from an actor modifying it, a weapon stands for its operator (named
 * in its phrase or at an earlier mention), and a weapon with no operator is no source.
 */
class OperatorsTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs countries() {
    return Docs.create()
        .entity("Norland", EntityType.LOCATION, "COUNTRY")
        .entity("Vastria", EntityType.LOCATION, "COUNTRY")
        .entity("Arel", EntityType.LOCATION, "CITY")
        .entity("Tarsan", EntityType.GROUP, "NATIONALITY")
        .entity("Velorian", EntityType.GROUP, "NATIONALITY");
  }

  private static List<Event> triggered(Docs docs, String trigger) {
    return STAGE.process(docs.build()).events().stream()
        .filter(e -> e.trigger().startsWith(trigger)).toList();
  }

  @Test
  void anAgentNounBeforeAnAttackNounIsItsSource() {
    List<Event> out = triggered(countries().sentence("Junta/NN/junta airstrikes/NNS/airstrike "
        + "against/IN the/DT rebels/NNS/rebel continued/VBD/continue ./."), "airstrikes");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Junta");
    assertThat(out.get(0).targetName()).isEqualTo("rebels");
  }

  @Test
  void anAttackNounAsSubjectGivesItsSourceToTheKilling() {
    List<Event> out = STAGE.process(countries().sentence("A/DT military/JJ airstrike/NN "
        + "killed/VBD/kill five/CD villagers/NNS/villager in/IN Arel/NNP ./.").build()).events();
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::sourceName).contains("military");
  }

  @Test
  void aNationalityBeforeAnAttackNounIsItsSourceButALabourStrikeHasNone() {
    List<Event> out = triggered(countries().sentence("The/DT Tarsan/JJ shelling/NN of/IN "
        + "Arel/NNP continued/VBD/continue ./."), "shelling");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Tarsan");
    List<Event> byForce = triggered(countries().sentence("A/DT strike/NN by/IN Vastria/NNP 's/POS "
        + "air/NN force/NN hit/VBD/hit a/DT depot/NN in/IN Norland/NNP ./."), "strike");
    assertThat(byForce).extracting(Event::sourceName).contains("Vastria");
    List<Event> labour = triggered(countries().sentence("Dockers/NNS/docker in/IN Arel/NNP "
        + "began/VBD/begin a/DT labour/NN strike/NN ./."), "strike");
    assertThat(labour).extracting(Event::sourceName).doesNotContain("labour");
  }

  @Test
  void aWeaponWithANationalityIsThatNationsAttack() {
    List<Event> out = triggered(countries().sentence("Velorian/JJ drones/NNS/drone "
        + "struck/VBD/strike a/DT bus/NN in/IN Arel/NNP ./."), "struck");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Velorian");
    List<Event> owned = triggered(countries().sentence("Norland/NNP 's/POS F-16s/NNS/f-16 "
        + "bombed/VBD/bomb a/DT bridge/NN in/IN Vastria/NNP ./."), "bombed");
    assertThat(owned).extracting(Event::sourceName).contains("Norland");
  }

  @Test
  void anAttackLaunchedIsNoTarget() {
    List<Event> out = triggered(countries().sentence("Norland/NNP threatened/VBD/threaten to/TO "
        + "launch/VB/launch a/DT military/JJ offensive/NN against/IN Vastria/NNP ./."),
        "threatened");
    assertThat(out).extracting(Event::targetName).doesNotContain("military");
  }

  @Test
  void aWordForTheKindOfAttackIsNoSource() {
    List<Event> out = triggered(countries().sentence("It/PRP was/VBD/be the/DT worst/JJS "
        + "terrorist/JJ attack/NN in/IN Vastria/NNP ./."), "attack");
    assertThat(out).extracting(Event::sourceName).doesNotContain("terrorist");
  }

  @Test
  void aWeaponCompoundIsNoAgent() {
    List<Event> out = triggered(countries().sentence("A/DT Velorian/JJ F-16/NN fighter/NN "
        + "jet/NN bombed/VBD/bomb targets/NNS/target in/IN Vastria/NNP ./."), "bombed");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::sourceName).containsOnly("Velorian");
    List<Event> unowned = triggered(countries().sentence("A/DT fighter/NN jet/NN "
        + "bombed/VBD/bomb targets/NNS/target in/IN Vastria/NNP ./."), "bombed");
    assertThat(unowned).extracting(Event::sourceName).doesNotContain("fighter", "fighter jet");
  }

  @Test
  void aWeaponMadeByANationIsNotThatNationsAttack() {
    List<Event> out = triggered(countries().sentence("A/DT Tarsan-made/JJ missile/NN "
        + "sold/VBN/sell to/IN Norland/NNP hit/VBD/hit a/DT market/NN in/IN Arel/NNP ./."),
        "hit");
    assertThat(out).extracting(Event::sourceName).doesNotContain("Tarsan", "Tarsan-made",
        "missile", "Tarsan-made missile", "Norland");
  }

  @Test
  void aWeaponTakesTheOwnerOfItsEarlierMention() {
    Docs docs = countries()
        .sentence("Norland/NNP readied/VBD/ready six/CD jets/NNS/jet near/IN the/DT "
            + "border/NN on/IN Monday/NNP ./.")
        .sentence("The/DT jets/NNS/jet dropped/VBD/drop two/CD bombs/NNS/bomb on/IN a/DT "
            + "road/NN near/IN Arel/NNP ,/, Vastria/NNP said/VBD/say ./.");
    List<Event> out = triggered(docs, "dropped");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Norland");
  }

  @Test
  void aWeaponInARelativeClauseOwnersSentenceTakesItsOwner() {
    List<Event> out = STAGE.process(countries().sentence("Of/IN the/DT six/CD jets/NNS/jet "
        + "that/WDT Norland/NNP deployed/VBD/deploy ,/, one/CD of/IN the/DT aircraft/NN "
        + "bombed/VBD/bomb a/DT depot/NN in/IN Vastria/NNP ./.").build()).events();
    assertThat(out).extracting(Event::sourceName).contains("Norland");
  }

  @Test
  void aWeaponWithNoOperatorIsNoSource() {
    List<Event> out = triggered(countries().sentence("Two/CD missiles/NNS/missile hit/VBD/hit "
        + "the/DT centre/NN of/IN Arel/NNP on/IN Sunday/NNP ./."), "hit");
    assertThat(out).extracting(Event::sourceName).doesNotContain("missiles", "Two missiles");
    // an interceptor named before the missiles is not their owner
    List<Event> intercepted = triggered(countries()
        .sentence("Vastria/NNP intercepted/VBD/intercept two/CD missiles/NNS/missile ./.")
        .sentence("The/DT missiles/NNS/missile hit/VBD/hit a/DT school/NN in/IN Arel/NNP ./."),
        "hit");
    assertThat(intercepted).extracting(Event::sourceName).doesNotContain("Vastria", "missiles");
  }

  @Test
  void aWeaponFiredIsNoTarget() {
    List<Event> out = triggered(countries()
        .sentence("Velorian/JJ jets/NNS/jet dropped/VBD/drop two/CD bombs/NNS/bomb on/IN "
            + "a/DT road/NN in/IN Vastria/NNP ./."), "dropped");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Velorian");
    assertThat(out).extracting(Event::targetName).doesNotContain("bombs", "two bombs");
  }
}
