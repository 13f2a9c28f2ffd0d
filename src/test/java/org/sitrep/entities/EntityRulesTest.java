package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSupport;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

/** The entity rules on invented news text, through the whole pipeline (CoreNLP included). */
class EntityRulesTest {
  private static List<Entity> entities(String text) {
    Article a = new Article("t", null, null, null, "2025-03-04", text, SourceFormat.TEXT, "test",
        List.of(), List.of());
    return TestSupport.sitrep().run(a).get(Entities.LAYER).entities();
  }

  private static Optional<Entity> named(List<Entity> es, String mention) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .findFirst();
  }

  @Test
  void armedGroupsTheDictionaryKnowsAreOrganisations() {
    List<Entity> es = entities("Residents of the village said the attack was carried out by "
        + "Ansar al-Sharia fighters. Police blamed the Gran Grif gang for a raid on a market in "
        + "the north. A spokesman for the Islamist Muslim Brotherhood condemned the raid.");
    assertThat(named(es, "Ansar al-Sharia")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Gran Grif")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Muslim Brotherhood")).map(Entity::type)
        .contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Ansar al-Sharia").orElseThrow().named()).isTrue();
  }

  @Test
  void aLeaderTheDictionaryCodesAsAGovernmentStaysAPerson() {
    List<Entity> es = entities("President Obama said on Tuesday that talks would resume. Obama "
        + "spoke to reporters in the garden. Officials said Osama bin Laden had lived there.");
    assertThat(named(es, "Obama")).map(Entity::type).contains(EntityType.PERSON);
    assertThat(named(es, "Osama bin Laden")).map(Entity::type).contains(EntityType.PERSON);
  }

  @Test
  void anUnknownOneWordNameWithoutPersonEvidenceIsNoPerson() {
    List<Entity> es = entities("Most of the dead came from nearby villages such as Kyawtalin, "
        + "Maunghtet and Zeyadaw, according to rescue workers. The festival of Pyinsawng began "
        + "the same day.");
    assertThat(es).noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void aOneWordNameWithASpeechVerbStaysAPerson() {
    List<Entity> es = entities("\"We will rebuild the bridge,\" Okonkwo said on Monday.");
    assertThat(named(es, "Okonkwo")).map(Entity::type).contains(EntityType.PERSON);
  }

  @Test
  void aKinshipNounIsPersonEvidence() {
    List<Entity> es = entities("The minister married again in 1996, after his first wife, "
        + "Tsitsi, had died of a long illness.");
    assertThat(named(es, "Tsitsi")).map(Entity::type).contains(EntityType.PERSON);
  }

  @Test
  void aFamilyNameWrittenFirstJoinsTheFullName() {
    List<Entity> es = entities("Opposition leader Park Min-jun called for new elections on "
        + "Sunday. Park said the vote would be held within sixty days.");
    Entity park = named(es, "Park Min-jun").orElseThrow();
    assertThat(park.mentions()).extracting(Mention::text).contains("Park");
  }

  @Test
  void namesOfOneCountryOrOneDictionaryActorAreOneEntity() {
    List<Entity> es = entities("The foreign ministry accused the Kingdom of Thailand of "
        + "aggression. Thailand denied it. Officials said the Tehrik-e-Taliban Pakistan had "
        + "claimed the bombing, and the TTP later confirmed it.");
    assertThat(named(es, "Thailand").orElseThrow().mentions()).extracting(Mention::text)
        .contains("Kingdom of Thailand");
    assertThat(named(es, "TTP").orElseThrow().mentions()).extracting(Mention::text)
        .contains("Tehrik-e-Taliban Pakistan");
  }

  @Test
  void aTaggedNameIsAMentionWhereverItRecursOnItsOwn() {
    List<Entity> es = entities("Zelkova unveils a folding tablet\nZelkova Inc. said on Monday "
        + "that its chief executive, Marta Quiroga, would present the device. Quiroga said "
        + "Zelkova expected strong sales.");
    Entity zelkova = es.stream().filter(e -> e.name().startsWith("Zelkova")).findFirst()
        .orElseThrow();
    assertThat(zelkova.mentions()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(named(es, "Marta Quiroga").orElseThrow().mentions()).extracting(Mention::text)
        .contains("Quiroga");
  }

  @Test
  void aStateBodyTheDictionaryListsKeepsCoreNlpsReading() {
    List<Entity> es = entities("Reporters gathered outside the White House on Friday.");
    assertThat(named(es, "White House")).map(Entity::type).contains(EntityType.LOCATION);
  }

  @Test
  void aNameOpeningWithAGroupWordIsAGroup() {
    List<Entity> es = entities("The town was shelled by Jaysh al-Nasrin, a militia that "
        + "appeared last year, residents said.");
    assertThat(named(es, "Jaysh al-Nasrin")).map(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void anAcronymDefinedInBracketsKeepsTheFullNameEvenWhenTheDictionaryKnowsIt() {
    List<Entity> es = entities("Ankara accuses the militia of links to the outlawed Kurdistan "
        + "Workers’ Party (PKK), an armed group it has fought for decades. The PKK denies it.");
    Entity pkk = named(es, "PKK").orElseThrow();
    assertThat(pkk.name()).isEqualTo("Kurdistan Workers’ Party");
    assertThat(pkk.mentions()).extracting(Mention::text).contains("Kurdistan Workers’ Party");
  }

  @Test
  void theSurnameOfAFullNameWithAParticleIsPersonEvidence() {
    List<Entity> es = entities("Interim President Ahmed al-Rashidi met the envoy in the capital "
        + "on Monday. Talks will resume in March, according to Rashidi.");
    Entity rashidi = named(es, "Rashidi").orElseThrow();
    assertThat(rashidi.type()).isEqualTo(EntityType.PERSON);
    assertThat(rashidi.name()).isEqualTo("Ahmed al-Rashidi");
  }

  @Test
  void aNameGivenAsSomeonesOwnIsPersonEvidence() {
    List<Entity> es = entities("\"We have nothing left to sell,\" said a farmer who gave her "
        + "name only as Lindiwe.");
    assertThat(named(es, "Lindiwe")).map(Entity::type).contains(EntityType.PERSON);
  }
}
