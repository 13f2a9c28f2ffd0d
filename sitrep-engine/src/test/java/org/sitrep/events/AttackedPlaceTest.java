package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/** An attacked town is the target and the place; ground taken is only the place. */
class AttackedPlaceTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(String tagged) {
    return STAGE.process(Docs.create().sentence(tagged)
        .entity("Osgiliath", EntityType.LOCATION, "CITY").build()).events();
  }

  @Test
  void aShelledTownIsTheTargetAndThePlace() {
    List<Event> out = events("Rebels/NNS/rebel shelled/VBD/shell Osgiliath/NNP on/IN "
        + "Monday/NNP ./.");
    assertThat(out).hasSize(1);
    assertThat(out.get(0).targetName()).isEqualTo("Osgiliath");
    assertThat(out.get(0).placeName()).isEqualTo("Osgiliath");
  }

  @Test
  void aCapturedTownIsOnlyThePlace() {
    List<Event> out = events("Rebels/NNS/rebel captured/VBD/capture Osgiliath/NNP ./.");
    assertThat(out).hasSize(1);
    assertThat(out.get(0).targetName()).isNull();
    assertThat(out.get(0).placeName()).isEqualTo("Osgiliath");
  }

  @Test
  void anotherTargetOfTheSameAttackIsWhom() {
    Actor rebels = new Actor("Rebels", null, false);
    Actor town = new Actor("Osgiliath", "e1", false);
    Actor guards = new Actor("guards", null, false);
    Draft onTown = new Draft(1, "190", rebels, town, 1);
    Draft onGuards = new Draft(1, "190", rebels, guards, 1);
    assertThat(AttackedPlace.staysTarget(onTown, List.of(onTown))).isTrue();
    assertThat(AttackedPlace.staysTarget(onTown, List.of(onTown, onGuards))).isFalse();
    assertThat(AttackedPlace.staysTarget(new Draft(1, "192", rebels, town, 1),
        List.of())).isFalse();
    assertThat(AttackedPlace.staysTarget(new Draft(1, "042", rebels, town, 1),
        List.of())).isFalse();
  }

  @Test
  void aMassacreInATownWasDoneToItsPeople() {
    List<Event> out = events("The/DT gang/NN committed/VBD/commit a/DT massacre/NN in/IN "
        + "Osgiliath/NNP ./.").stream().filter(e -> e.trigger().startsWith("massacre")).toList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).targetName()).isEqualTo("Osgiliath");
    assertThat(out.get(0).placeName()).isEqualTo("Osgiliath");
  }

  @Test
  void aMassacreWithATargetKeepsIt() {
    List<Event> out = events("The/DT gang/NN massacred/VBD/massacre villagers/NNS/villager "
        + "in/IN Osgiliath/NNP ./.");
    assertThat(out).extracting(Event::targetName).containsExactly("villagers");
  }
}
