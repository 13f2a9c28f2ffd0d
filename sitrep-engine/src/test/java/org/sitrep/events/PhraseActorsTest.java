package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/** The actors of a participant's phrase ({@link PhraseActors}), on invented sentences. */
class PhraseActorsTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs countries(String tagged) {
    return Docs.create().sentence(tagged).entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .entity("Velorian", EntityType.GROUP, "NATIONALITY");
  }

  private static List<Event> triggered(Docs docs, String trigger) {
    return STAGE.process(docs.build()).events().stream()
        .filter(e -> e.trigger().startsWith(trigger)).toList();
  }

  @Test
  void whatTheSubjectMovesOfItsOwnIsNoTarget() {
    List<Event> out = triggered(countries("Arnor/NNP withdrew/VBD/withdraw its/PRP$ "
        + "troops/NNS/troop from/IN Gondor/NNP ./."), "withdrew");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::sourceName).containsOnly("Arnor");
    assertThat(out).extracting(Event::targetName).containsOnly("Gondor");
  }

  @Test
  void aSentenceWhoseOnlyActorIsAResolvedItIsRead() {
    Docs docs = countries("Arnor/NNP expelled/VBD/expel two/CD Gondor/NNP "
        + "diplomats/NNS/diplomat ./.").sentence("It/PRP also/RB threatened/VBD/threaten "
        + "new/JJ sanctions/NNS/sanction ./.");
    List<Event> out = triggered(docs, "threatened");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::sourceName).containsOnly("Arnor");
  }

  @Test
  void aNationalityOnAPlaceOrVehicleIsItsCountryAndOnAnAbstractNounIsNot() {
    List<Event> shelled = triggered(countries("Gondor/NNP shelled/VBD/shell Velorian/JJ "
        + "towns/NNS/town ./."), "shelled");
    assertThat(shelled).isNotEmpty();
    assertThat(shelled).extracting(Event::targetName).containsOnly("Velorian");
    List<Event> lifted = triggered(countries("Gondor/NNP lifted/VBD/lift a/DT blockade/NN "
        + "on/IN Velorian/JJ lorries/NNS/lorry ./."), "lifted");
    assertThat(lifted).isNotEmpty();
    assertThat(lifted).extracting(Event::targetName).containsOnly("Velorian");
    List<Event> praised = triggered(countries("Gondor/NNP praised/VBD/praise Velorian/JJ "
        + "unity/NN ./."), "praised");
    assertThat(praised).extracting(Event::targetName).doesNotContain("Velorian");
  }
}
