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
  void anEmbassyIsAnOrganisation() {
    List<Entity> es = entities("Hundreds of people marched to the Chilean Embassy on Saturday "
        + "to demand the release of the detained sailors.");
    assertThat(named(es, "Chilean Embassy")).map(Entity::type)
        .contains(EntityType.ORGANIZATION);
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

  @Test
  void theDatelinePlaceIsAPlaceMentionJoinedToItsOrdinarySpelling() {
    List<Entity> es = entities("Floods cut roads across the region\n\nNAIROBI — Heavy rain "
        + "flooded low-lying districts of the capital on Monday. Officials in Nairobi said "
        + "schools would stay shut.");
    Entity nairobi = named(es, "NAIROBI").orElseThrow();
    assertThat(nairobi.type()).isEqualTo(EntityType.LOCATION);
    assertThat(nairobi.name()).isEqualTo("Nairobi");
    assertThat(nairobi.mentions()).extracting(Mention::text).contains("Nairobi");
  }

  @Test
  void aCommitteeNameKeepsItsComplement() {
    List<Entity> es = entities("Lawmakers on the Senate Select Committee on the Economic "
        + "Rivalry Between Norway and the Danish People's Party wrote to the agency on Monday. "
        + "The Valdoria Human Rights Observatory of Ruritania published a report.");
    assertThat(named(es, "Senate Select Committee on the Economic Rivalry Between Norway and "
        + "the Danish People's Party")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Valdoria Human Rights Observatory of Ruritania")).map(Entity::type)
        .contains(EntityType.ORGANIZATION);
  }

  @Test
  void aCouncilMeetingOnADayEndsBeforeTheDay() {
    List<Entity> es = entities("The Regional Security Council on Monday condemned the raid.");
    assertThat(es).noneMatch(e -> e.name().contains("Monday"));
  }

  @Test
  void aCapitalisedNameEndingInAnOrganisationWordIsAnOrganisation() {
    List<Entity> es = entities("\"The Royal Tamaran Government is prepared to act,\" the "
        + "statement said. A spokesperson for the Northern District People's Defence Force "
        + "(NDF) said two fighters died. Ruritania's National Statistics Institute said prices "
        + "rose.");
    assertThat(named(es, "Royal Tamaran Government")).map(Entity::type)
        .contains(EntityType.ORGANIZATION);
    Entity ndf = named(es, "NDF").orElseThrow();
    assertThat(ndf.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ndf.name()).isEqualTo("Northern District People's Defence Force");
    // The possessive of a place is not part of the next name.
    assertThat(named(es, "National Statistics Institute")).map(Entity::type)
        .contains(EntityType.ORGANIZATION);
  }

  @Test
  void aPortfolioInATitleIsNoOrganisation() {
    List<Entity> es = entities("Interior Minister Kofi Mensah met the envoy. Information "
        + "Technology minister Sara Quist confirmed the ban. A Hamas minister said talks would "
        + "resume.");
    assertThat(es).noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && (e.name().equals("Interior") || e.name().equals("Information Technology")));
    assertThat(named(es, "Hamas")).map(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void aRankBeforeANameMakesAPersonNotAnOrganisation() {
    List<Entity> es = entities("\"We will act,\" said Major General SB Chikore, the Army's "
        + "Chief of Staff.");
    assertThat(es).noneMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.name().contains("Chikore"));
  }

  @Test
  void aBuildingIsAPlaceAndItsShortFormsJoinIt() {
    List<Entity> es = entities("Visitors fled the Marlow National Museum after the attack. "
        + "Guards at the Marlow museum said the gunmen escaped. The Marlow was closed on "
        + "Friday.");
    Entity museum = named(es, "Marlow National Museum").orElseThrow();
    assertThat(museum.type()).isEqualTo(EntityType.LOCATION);
    assertThat(museum.mentions()).extracting(Mention::text).contains("Marlow museum", "Marlow");
  }

  @Test
  void anOrganisationWithoutItsCountryJoinsTheLongForm() {
    List<Entity> es = entities("The U.S. Air Force said the airman had served since 2020. An "
        + "Air Force spokesperson declined to comment.");
    Entity af = named(es, "Air Force").orElseThrow();
    assertThat(af.name()).isEqualTo("U.S. Air Force");
  }

  @Test
  void anyCountryWordBeforeAnInstitutionNounMakesAnInstitution() {
    List<Entity> es = entities("One of the aircraft destroyed a depot, the Chilean army said.");
    assertThat(named(es, "Chilean army")).map(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void anOnlinePlatformIsAnOrganisation() {
    List<Entity> es = entities("Several people posted the video on Reddit and streamed it on "
        + "Twitch before it spread on LinkedIn.");
    assertThat(named(es, "Reddit")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Twitch")).map(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void aTownsAirportLeavesTheTownAlone() {
    List<Entity> es = entities("Fighters seized the Sabha airport on Monday. Residents of Sabha "
        + "fled north as the fighting spread through Sabha.");
    assertThat(named(es, "Sabha")).map(Entity::name).contains("Sabha");
  }

  @Test
  void aListedOutletNamedAsASourceIsAnOrganisation() {
    List<Entity> es = entities("An investigation by Middle East Eye found that the drones were "
        + "bought abroad. Speaking to Press TV, a farmer said the roads to the border were closed. "
        + "SCMP has reported that the talks stalled on Sunday. Using leaked contracts, The "
        + "Economist found that the drones were paid for in cash.");
    assertThat(named(es, "Middle East Eye")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "Press TV")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "SCMP")).map(Entity::type).contains(EntityType.ORGANIZATION);
    assertThat(named(es, "The Economist")).map(Entity::type).contains(EntityType.ORGANIZATION);
  }

  @Test
  void aWireCreditInTheDatelineIsNoMention() {
    List<Entity> es = entities("TALLINN (Kyodo News) — Border guards closed two crossings on "
        + "Monday after a drone was shot down near the river.");
    assertThat(named(es, "Kyodo News")).isEmpty();
  }

  @Test
  void aCompassWordAloneIsNoPlace() {
    List<Entity> es = entities("Relations between Moscow and the West have cooled, officials in "
        + "Seoul said, and the South is wary of talks. Troops later crossed into South Sudan.");
    assertThat(named(es, "West")).isEmpty();
    assertThat(named(es, "South")).isEmpty();
    assertThat(named(es, "South Sudan")).map(Entity::type).contains(EntityType.LOCATION);
  }
}
