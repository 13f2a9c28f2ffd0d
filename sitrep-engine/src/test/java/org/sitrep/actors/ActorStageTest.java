package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

class ActorStageTest {
  private static final ActorStage STAGE = ActorStage.create();

  private static Optional<ActorRef> actor(Actors actors, String name) {
    return actors.actors().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  @Test
  void capitalUsedAsActorIsTheGovernment() {
    Actors actors = STAGE.process(TestDocs.text(
            "Ankara was against the plan. Fighting in Damascus continued. Damascus said it would "
                + "respond.")
        .entity(EntityType.LOCATION, "CITY", "Ankara")
        .entity(EntityType.LOCATION, "CITY", "Damascus")
        .build());
    ActorRef ankara = actor(actors, "Ankara").orElseThrow();
    assertThat(ankara.cameoCode()).isEqualTo("TURGOV");
    assertThat(ankara.kind()).isEqualTo(ActorKind.STATE_GOVERNMENT);
    assertThat(ankara.basis()).startsWith("capital metonymy");
    assertThat(actor(actors, "Damascus").orElseThrow().cameoCode()).isEqualTo("SYRGOV");
  }

  @Test
  void placeAfterPrepositionOrNonCapitalIsNoActor() {
    Actors actors = STAGE.process(TestDocs.text(
            "Fighting in Damascus continued. Aleppo was quiet.")
        .entity(EntityType.LOCATION, "CITY", "Damascus")
        .entity(EntityType.LOCATION, "CITY", "Aleppo")
        .build());
    assertThat(actors.actors()).isEmpty();
  }

  @Test
  void rolesAndInstitutionsCombineCountryAndAgent() {
    Actors actors = STAGE.process(TestDocs.text(
            "Turkish Foreign Minister Orhan Veldet met the Syrian defense ministry. Syrian rebels "
                + "said nothing.")
        .entity(EntityType.PERSON, null, "Orhan Veldet", List.of("Turkish Foreign Minister"))
        .entity(EntityType.ORGANIZATION, "MINISTRY", "Syrian defense ministry")
        .entity(EntityType.GROUP, "NATIONALITY", "Syrian")
        .build());
    ActorRef person = actor(actors, "Orhan Veldet").orElseThrow();
    assertThat(person.kind()).isEqualTo(ActorKind.PERSON);
    assertThat(person.cameoCode()).isEqualTo("TURGOV");
    assertThat(person.country()).isEqualTo("TUR");
    assertThat(person.basis()).isEqualTo("role: Turkish Foreign Minister");
    assertThat(actor(actors, "Syrian defense ministry").orElseThrow().cameoCode())
        .isEqualTo("SYRGOV");
    ActorRef rebels = actor(actors, "Syrian rebels").orElseThrow();
    assertThat(rebels.entityId()).isNull();
    assertThat(rebels.cameoCode()).isEqualTo("SYRREB");
    assertThat(rebels.kind()).isEqualTo(ActorKind.ARMED_NONSTATE);
    // The title before the person's name is a role, not a separate unnamed actor.
    assertThat(actor(actors, "Turkish Foreign Minister")).isEmpty();
    // "Syrian" only qualifies nouns here, so it is no actor of its own.
    assertThat(actor(actors, "Syrian")).isEmpty();
  }

  @Test
  void dictionaryCodesFollowTheArticleDate() {
    String text = "The Taliban said they would talk.";
    Actors before = STAGE.process(TestDocs.text(text).published("2019-03-01")
        .entity(EntityType.ORGANIZATION, null, "Taliban").build());
    Actors after = STAGE.process(TestDocs.text(text).published("2024-03-01")
        .entity(EntityType.ORGANIZATION, null, "Taliban").build());
    assertThat(actor(before, "Taliban").orElseThrow().cameoCode()).isEqualTo("AFGREB");
    assertThat(actor(after, "Taliban").orElseThrow().cameoCode()).isEqualTo("AFGGOV");
    assertThat(actor(after, "Taliban").orElseThrow().basis()).startsWith("dictionary: ");
  }

  @Test
  void affiliationAdjectivesBecomeRelations() {
    String text = "Kurdish-led security forces (Zelvani) clashed with Iranian-backed Iraqi "
        + "militias. Iran denied it. The U.S.-backed group Norvek said nothing.";
    Actors actors = STAGE.process(TestDocs.text(text)
        .entity(EntityType.ORGANIZATION, "SECURITY_FORCE", "Zelvani")
        .entity(EntityType.LOCATION, "COUNTRY", "Iran")
        .entity(EntityType.ORGANIZATION, null, "Norvek")
        .build());
    List<Affiliation> affs = actors.affiliations();
    assertThat(affs).hasSize(3);
    Affiliation led = affs.get(0);
    assertThat(led.relation()).isEqualTo("led-by");
    assertThat(led.otherName()).isEqualTo("Kurdish");
    assertThat(led.text()).isEqualTo("Kurdish-led");
    assertThat(led.entityId()).isEqualTo("e1");
    assertThat(text.substring(led.start(), led.end())).startsWith("Kurdish-led").endsWith(".");
    Affiliation backed = affs.get(1);
    assertThat(backed.relation()).isEqualTo("backed-by");
    assertThat(backed.otherEntityId()).isEqualTo("e2");
    assertThat(backed.entityId()).isNull();
    Affiliation us = affs.get(2);
    assertThat(us.otherName()).isEqualTo("U.S.");
    assertThat(us.entityId()).isEqualTo("e3");
    assertThat(actor(actors, "Iraqi militias").orElseThrow().country()).isEqualTo("IRQ");
  }

  @Test
  void userOverlayReachesTheStage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("mine.tsv");
    java.nio.file.Files.writeString(file, "Norvek Brigade\tNorvek\tNORREB\t\t\n");
    Actors actors = ActorStage.create(file).process(TestDocs.text("Norvek said no.")
        .entity(EntityType.ORGANIZATION, null, "Norvek").build());
    assertThat(actor(actors, "Norvek").orElseThrow().cameoCode()).isEqualTo("NORREB");
  }
}
