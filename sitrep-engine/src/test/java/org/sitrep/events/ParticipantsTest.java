package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.entities.EntityType;

/**
 * Who takes part in an event, on invented sentences: coordinated participants, passive and
 * nominal agents, and the unnamed descriptions the actors stage's agent table makes actors.
 */
class ParticipantsTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(EventStage stage, Docs docs) {
    return stage.process(docs.build()).events();
  }

  private static List<Event> events(Docs docs) {
    return events(STAGE, docs);
  }

  private static Docs countries(String tagged) {
    return Docs.create().sentence(tagged).entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .entity("Velorian", EntityType.GROUP, "NATIONALITY")
        .entity("Tarsan", EntityType.GROUP, "NATIONALITY");
  }

  private static List<Event> triggered(List<Event> out, String trigger) {
    return out.stream().filter(e -> e.trigger().startsWith(trigger)).toList();
  }

  @Test
  void coordinatedNationalitiesOfOneAgentNounAreTwoParties() {
    // CAMEO codes "Velorian and Tarsan officials met" as the two countries' officials meeting
    List<Event> out = triggered(events(countries("Senior/JJ Velorian/JJ and/CC Tarsan/JJ "
        + "officials/NNS/official met/VBD/meet in/IN Lune/NNP on/IN Monday/NNP ./.")), "met");
    assertThat(out).extracting(Event::sourceName, Event::targetName)
        .containsExactlyInAnyOrder(tuple("Velorian", "Tarsan"), tuple("Tarsan", "Velorian"));
  }

  @Test
  void coordinatedNationalitiesOfANonAgentNounNameNoActor() {
    List<Event> out = triggered(events(countries("Rebels/NNS/rebel threatened/VBD/threaten "
        + "Velorian/JJ and/CC Tarsan/JJ unity/NN ./.")), "threatened");
    assertThat(out).extracting(Event::targetName).containsOnlyNulls();
  }

  @Test
  void aCoordinatedObjectGivesOneEventPerTarget() {
    List<Event> out = triggered(events(countries("Arnor/NNP attacked/VBD/attack Tarsan/JJ "
        + "and/CC Dorwinian/JJ troops/NNS/troop ./.").entity("Dorwinian", EntityType.GROUP,
        "NATIONALITY")), "attacked");
    assertThat(out).extracting(Event::sourceName, Event::targetName)
        .containsExactlyInAnyOrder(tuple("Arnor", "Tarsan"), tuple("Arnor", "Dorwinian"));
  }

  @Test
  void aNamedRecipientOutranksAnUnnamedObject() {
    Event sent = triggered(events(countries("Arnor/NNP sent/VBD/send army/NN "
        + "reservists/NNS/reservist to/IN Gondor/NNP ./.")), "sent").get(0);
    assertThat(sent.targetName()).isEqualTo("Gondor");
    Event killed = triggered(events(countries("Arnor/NNP killed/VBD/kill "
        + "villagers/NNS/villager in/IN Gondor/NNP ./.")), "killed").get(0);
    assertThat(killed.targetName()).isEqualTo("villagers"); // "in": where, not whom
  }

  @Test
  void aPassiveAgentWithAnAgentNounIsTheSource() {
    Event e = triggered(events(countries("Three/CD villagers/NNS/villager were/VBD/be "
        + "killed/VBN/kill by/IN Velorian/JJ fighters/NNS/fighter ./.")
        .number("Three", 3, 3L, false)), "killed").get(0);
    assertThat(e.sourceName()).isEqualTo("Velorian");
    assertThat(e.targetName()).endsWith("villagers");
  }

  @Test
  void aPassiveWithANationalityAgentTakesItAsSource() {
    Event e = triggered(events(countries("Gondor/NNP was/VBD/be struck/VBN/strike by/IN "
        + "Velorian/JJ troops/NNS/troop ./.")), "struck").get(0);
    assertThat(e.sourceName()).isEqualTo("Velorian");
    assertThat(e.targetName()).isEqualTo("Gondor");
  }

  @Test
  void aNominalWithAByPhraseTakesItsAgentAsSource() {
    Event e = triggered(events(countries("The/DT shelling/NN of/IN Tarsan/JJ "
        + "positions/NNS/position by/IN Arnor/NNP continued/VBD/continue ./.")), "shelling")
        .get(0);
    assertThat(e.sourceName()).isEqualTo("Arnor");
  }

  @Test
  void anAgentNounOfTheActorTableIsAnActorWithoutAName() {
    // "smugglers" is in the actors stage's agent table (CRM), not in any events list
    Event e = triggered(events(countries("Smugglers/NNS/smuggler attacked/VBD/attack "
        + "Tarsan/JJ troops/NNS/troop ./.")), "attacked").get(0);
    assertThat(e.sourceName()).isEqualTo("Smugglers");
  }

  @Test
  void anAgentPhraseOfTheActorTableIsAnActorThoughItsHeadAloneIsNot() {
    // "patrol" alone is no agent; "border patrol" is
    Event e = triggered(events(countries("A/DT border/NN patrol/NN attacked/VBD/attack "
        + "Tarsan/JJ troops/NNS/troop ./.")), "attacked").get(0);
    assertThat(e.sourceName()).isEqualTo("border patrol");
  }

  @Test
  void aNameOfTheUsersActorFileIsAnActorThoughNerMissedIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("actors.tsv");
    Files.writeString(file, "Harbour Watch\t\tGONREB\n", StandardCharsets.UTF_8);
    EventStage withUser = EventStage.create(ActorDictionary.withUserOverlay(file));
    String sentence = "The/DT harbour/NN watch/NN attacked/VBD/attack Velorian/JJ "
        + "troops/NNS/troop ./.";
    assertThat(triggered(events(withUser, countries(sentence)), "attacked"))
        .extracting(Event::sourceName).containsExactly("harbour watch");
    assertThat(triggered(events(countries(sentence)), "attacked"))
        .extracting(Event::sourceName).containsOnlyNulls();
  }

  @Test
  void aParticipleThatSaysWhoAPartyIsIsNoEvent() {
    // "backed by Arnor" describes the fighters; the news is the attack
    List<Event> out = events(countries("Fighters/NNS/fighter ,/, backed/VBN/back by/IN "
        + "Arnor/NNP ,/, attacked/VBD/attack Gondor/NNP ./."));
    assertThat(out).extracting(Event::trigger).containsExactly("attacked");
    assertThat(events(countries("The/DT coalition/NN ,/, led/VBN/lead by/IN Arnor/NNP ,/, "
        + "attacked/VBD/attack Gondor/NNP ./."))).extracting(Event::trigger)
        .containsExactly("attacked");
    // the same verb as a clause is an event
    assertThat(events(countries("Arnor/NNP backed/VBD/back the/DT fighters/NNS/fighter ./.")))
        .extracting(Event::trigger).containsExactly("backed");
  }

  @Test
  void goingLeavingAndFacingAreNoConsultationsButArrivingIsAVisit() {
    // PETRARCH files these under 040; the CAMEO codebook's 040 is a consultation or meeting
    assertThat(events(countries("Velorian/JJ lawmakers/NNS/lawmaker left/VBD/leave "
        + "parliament/NN ./."))).isEmpty();
    assertThat(events(countries("Arnor/NNP is/VBZ/be facing/VBG/face political/JJ "
        + "turmoil/NN ./."))).isEmpty();
    assertThat(events(countries("The/DT envoy/NN of/IN Arnor/NNP arrived/VBD/arrive in/IN "
        + "Gondor/NNP ./."))).extracting(Event::code).containsExactly("042");
  }

  @Test
  void itInANewSentenceIsTheCountryTheReferenceLayerResolvedItTo() {
    // no reporting clause says who "it" is; the article's one resolver does
    List<Event> out = triggered(events(countries("Arnor/NNP expelled/VBD/expel two/CD "
        + "diplomats/NNS/diplomat ./.").sentence("It/PRP also/RB attacked/VBD/attack "
        + "Gondor/NNP ./.")), "attacked");
    assertThat(out).extracting(Event::sourceName, Event::targetName)
        .containsExactly(tuple("Arnor", "Gondor"));
  }

  @Test
  void aRoleNounIsThePersonTheReferenceLayerGaveThatRole() {
    List<Event> out = triggered(events(countries("Foreign/JJ Minister/NNP Ilse/NNP Varga/NNP "
        + "visited/VBD/visit Gondor/NNP ./.").sentence("The/DT minister/NN "
        + "accused/VBD/accuse Arnor/NNP of/IN lying/VBG/lie ./.")
        .entity("Ilse Varga", EntityType.PERSON).role("Ilse Varga", "foreign minister")),
        "accused");
    assertThat(out).extracting(Event::sourceName, Event::targetName)
        .containsExactly(tuple("Ilse Varga", "Arnor"));
  }

  @Test
  void aDescriptionWithANameOfItsOwnIsNotReadBack() {
    // "the president of Gondor" is Gondor's, whoever the article named president before
    List<Event> out = triggered(events(countries("President/NNP Ilse/NNP Varga/NNP "
        + "visited/VBD/visit Arnor/NNP ./.").sentence("The/DT president/NN of/IN Gondor/NNP "
        + "accused/VBD/accuse Arnor/NNP of/IN lying/VBG/lie ./.")
        .entity("Ilse Varga", EntityType.PERSON).role("Ilse Varga", "president")),
        "accused");
    assertThat(out).extracting(Event::sourceName).doesNotContain("Ilse Varga");
  }

  @Test
  void aProtestIsAgainstWhomItsDemandIsAddressedNotTheTownItWasHeldIn() {
    List<Event> out = events(countries("Protesters/NNS took/VBD/take to/IN the/DT "
        + "streets/NNS of/IN Kessel/NNP demanding/VBG/demand President/NNP Ilse/NNP Varga/NNP "
        + "'s/POS resignation/NN ./.").entity("Kessel", EntityType.LOCATION, "CITY")
        .entity("Ilse Varga", EntityType.PERSON));
    List<Event> protests = out.stream().filter(e -> e.root().equals("14")).toList();
    assertThat(protests).isNotEmpty();
    assertThat(protests).extracting(Event::targetName).containsOnly("Ilse Varga");
  }

  @Test
  void fireLaunchedAgainstANationsCampsTargetsThatNation() {
    List<Event> out = events(countries("Arnor/NNP launched/VBD/launch artillery/NN fire/NN "
        + "against/IN Tarsan/JJ camps/NNS near/IN the/DT border/NN ./."));
    List<Event> attacks = out.stream().filter(e -> e.root().compareTo("18") >= 0).toList();
    assertThat(attacks).isNotEmpty();
    assertThat(attacks).extracting(Event::sourceName, Event::targetName)
        .contains(tuple("Arnor", "Tarsan"));
  }
}
