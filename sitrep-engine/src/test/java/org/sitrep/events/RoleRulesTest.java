package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Source and target rules a CAMEO coder applies beyond subject and object, on invented
 * sentences: the target of an act framed by an infinitive, "it"/"its" standing for the subject
 * of the reporting clause, and the place an attack struck as its target.
 */
class RoleRulesTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs countries(String tagged) {
    return Docs.create().sentence(tagged).entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .entity("Velorian", EntityType.GROUP, "NATIONALITY")
        .entity("Tarsan", EntityType.GROUP, "NATIONALITY");
  }

  private static List<Event> triggered(Docs docs, String trigger) {
    return STAGE.process(docs.build()).events().stream()
        .filter(e -> e.trigger().startsWith(trigger)).toList();
  }

  @Test
  void anInfinitiveComplementGivesTheTargetOfTheActThatFramesIt() {
    List<Event> out = triggered(countries("Arnor/NNP offered/VBD/offer to/TO "
        + "negotiate/VB/negotiate with/IN Gondor/NNP ./."), "offered");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::sourceName).containsOnly("Arnor");
    assertThat(out).extracting(Event::targetName).contains("Gondor");
  }

  @Test
  void aThatClauseOfAnOrdinaryVerbGivesNoTarget() {
    // "agreed that Gondor had withdrawn": a reported fact, Gondor is no target of the agreeing.
    // (With "should withdraw" the clause is a demand on Gondor: IntentTest covers that.)
    List<Event> out = triggered(countries("Arnor/NNP agreed/VBD/agree that/IN Gondor/NNP "
        + "had/VBD/have withdrawn/VBN/withdraw ./."), "agreed");
    assertThat(out).extracting(Event::targetName).doesNotContain("Gondor");
  }

  @Test
  void itInAReportedClauseIsTheReportingSubject() {
    List<Event> out = triggered(countries("Arnor/NNP said/VBD/say it/PRP had/VBD/have "
        + "expelled/VBN/expel two/CD Tarsan/JJ diplomats/NNS/diplomat ./."), "expelled");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void itIsNoPersonWhoReportsIt() {
    Docs docs = countries("Ann/NNP Roe/NNP said/VBD/say it/PRP had/VBD/have "
        + "expelled/VBN/expel two/CD Tarsan/JJ diplomats/NNS/diplomat ./.")
        .entity("Ann Roe", EntityType.PERSON);
    assertThat(triggered(docs, "expelled")).extracting(Event::sourceName)
        .doesNotContain("Ann Roe");
  }

  @Test
  void itsAgentsAreTheReportingSubjects() {
    List<Event> out = triggered(countries("Arnor/NNP said/VBD/say its/PRP$ troops/NNS/troop "
        + "had/VBD/have attacked/VBN/attack Gondor/NNP ./."), "attacked");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void anAttackOnAPlaceTargetsThePlace() {
    List<Event> out = triggered(countries("Velorian/JJ jets/NNS/jet bombed/VBD/bomb "
        + "targets/NNS/target in/IN Gondor/NNP ./."), "bombed");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Velorian");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void anAttackNounOnANationalsBaseTargetsTheNation() {
    List<Event> out = triggered(countries("Velorian/JJ strikes/NNS/strike on/IN a/DT "
        + "Tarsan/JJ base/NN continued/VBD/continue ./."), "strikes");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void aNamedPartyOutranksThePlaceOfTheAttack() {
    List<Event> out = triggered(countries("Velorian/JJ troops/NNS/troop fired/VBD/fire "
        + "on/IN protesters/NNS/protester at/IN a/DT checkpoint/NN in/IN Gondor/NNP ./."),
        "fired");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::targetName).doesNotContain("Gondor");
  }

  @Test
  void rejectingANationsProposalTargetsTheNation() {
    List<Event> out = triggered(countries("Arnor/NNP rejected/VBD/reject a/DT Tarsan/JJ "
        + "proposal/NN ./."), "rejected");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
    // a nationality on a noun that is nobody's act still names no one
    assertThat(triggered(countries("Arnor/NNP rejected/VBD/reject Tarsan/JJ unity/NN ./."),
        "rejected")).extracting(Event::targetName).doesNotContain("Tarsan");
  }

  @Test
  void condemningAnActCommittedByAnActorTargetsTheActor() {
    List<Event> out = triggered(countries("Arnor/NNP condemned/VBD/condemn the/DT "
        + "attack/NN carried/VBN/carry out/RP by/IN Tarsan/JJ militias/NNS/militia ./."),
        "condemned");
    assertThat(out).isNotEmpty();
    assertThat(out).extracting(Event::targetName).containsOnly("Tarsan");
  }

  @Test
  void aCountedGroupOfTwoNationalitiesIsTwoTargets() {
    List<Event> out = triggered(countries("Arnorian/JJ police/NNS/police tortured/VBD/torture "
        + "scores/NNS/score of/IN Velorian/JJ and/CC Tarsan/JJ refugees/NNS/refugee ./.")
        .entity("Arnorian", EntityType.GROUP, "NATIONALITY"), "tortured");
    assertThat(out).extracting(Event::targetName).contains("Velorian", "Tarsan");
  }

  @Test
  void strikesCarriedOutWithALightVerbTargetTheNationStruck() {
    List<Event> out = triggered(countries("Velorian/JJ jets/NNS/jet conducted/VBD/conduct "
        + "precision/NN strikes/NNS/strike on/IN Tarsan/JJ military/JJ targets/NNS/target ./."),
        "strikes");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void firingAtAPartyTargetsIt() {
    List<Event> out = triggered(countries("Tarsan/JJ militants/NNS/militant fired/VBD/fire "
        + "at/IN protesters/NNS/protester ./."), "fired");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("protesters");
  }

  @Test
  void aHeadlinePassiveWithoutAuxiliaryMakesItsSubjectTheTarget() {
    // The killing is the ambush's toll (EventSelection): the ambush keeps it, with the soldiers
    // as its target.
    List<Event> out = triggered(countries("Five/CD Tarsan/JJ soldiers/NNS/soldier "
        + "killed/VBN/kill in/IN Gondor/NNP ambush/NN").number("Five", 5, 5L, false), "ambush");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Gondor");
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
    assertThat(out.get(0).figures()).extracting(Figure::min).containsExactly(
        java.math.BigDecimal.valueOf(5));
    // a named subject of a verb the tagger took for a participle stays the source
    List<Event> called = triggered(countries("Ann/NNP Roe/NNP called/VBN/call for/IN "
        + "sanctions/NNS/sanction against/IN Gondor/NNP ./.")
        .entity("Ann Roe", EntityType.PERSON), "called");
    assertThat(called).extracting(Event::targetName).doesNotContain("Ann Roe");
  }

  @Test
  void anOwnedObjectDoesNotHideTheNamedRecipient() {
    // "its troops" is Arnor's, who is the source already; Gondor receives them
    List<Event> out = triggered(countries("Arnor/NNP offered/VBD/offer its/PRP$ "
        + "troops/NNS/troop to/IN Gondor/NNP ./."), "offered");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void aReportedDemandTargetsWhoeverMustAct() {
    List<Event> out = triggered(countries("Arnor/NNP said/VBD/say Gondor/NNP must/MD "
        + "withdraw/VB/withdraw its/PRP$ troops/NNS/troop ./."), "said");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).root()).isEqualTo("10");
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void aThreatTargetsWhoseActItIsConditionalOn() {
    List<Event> out = triggered(countries("Arnor/NNP threatened/VBD/threaten to/TO "
        + "leave/VB/leave the/DT talks/NNS/talk if/IN Gondor/NNP deploys/VBZ/deploy the/DT "
        + "missiles/NNS/missile ./."), "threatened");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).root()).isEqualTo("13");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void anInvasionOfAPlaceTargetsThePlace() {
    List<Event> out = triggered(countries("Arnor/NNP launched/VBD/launch an/DT "
        + "invasion/NN/invasion of/IN Gondor/NNP ./."), "invasion");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void aNationalityBeforeAnAgentCompoundNamesTheParty() {
    // "candidates" is no agent noun, but "opposition candidates" are the opposition's
    List<Event> out = triggered(countries("Arnor/NNP banned/VBD/ban Tarsan/JJ opposition/NN "
        + "candidates/NNS/candidate from/IN the/DT vote/NN/vote ./."), "banned");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void whatAnActIsAgainstNamesItsTargetByItsNationality() {
    List<Event> out = triggered(countries("Arnor/NNP threatened/VBD/threaten to/TO "
        + "impose/VB/impose sanctions/NNS/sanction against/IN Tarsan/JJ banks/NNS/bank ./."),
        "threatened");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Arnor");
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void aNationalityOnAnythingElseStaysNoParty() {
    // "Tarsan unity" is not Tarsa: only an agent, an agent compound or "against" makes it one
    List<Event> out = triggered(countries("Arnor/NNP praised/VBD/praise Tarsan/JJ "
        + "unity/NN/unity ./."), "praised");
    assertThat(out).extracting(Event::targetName).doesNotContain("Tarsan");
  }

  @Test
  void nationalsAreAnActor() {
    List<Event> out = triggered(countries("Arnor/NNP expelled/VBD/expel forty/CD Tarsan/JJ "
        + "nationals/NNS/national ./."), "expelled");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void aNationalityBeforeAnAgentAdjectiveNamesTheParty() {
    List<Event> out = triggered(countries("Arnor/NNP criticized/VBD/criticize Tarsan/JJ "
        + "military/JJ policies/NNS/policy ./."), "criticized");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
  }

  @Test
  void aProtestAgainstSomethingOfANationTargetsTheNationNotAPlaceFurtherIn() {
    List<Event> out = triggered(countries("Velorian/JJ students/NNS/student held/VBD/hold "
        + "protests/NNS/protest against/IN Tarsan/JJ policies/NNS/policy ./."), "protests");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Tarsan");
    List<Event> war = triggered(countries("Velorian/JJ students/NNS/student held/VBD/hold "
        + "protests/NNS/protest against/IN the/DT war/NN/war in/IN Gondor/NNP ./."), "protests");
    assertThat(war).extracting(Event::targetName).doesNotContain("Gondor");
  }

  @Test
  void anAttackNounThatHitSomethingTargetsThePlaceItHit() {
    // the attack noun is the subject: what its verb hit is what the attack struck
    List<Event> out = triggered(countries("Velorian/JJ rocket/NN attacks/NNS/attack "
        + "struck/VBD/strike a/DT school/NN ,/, homes/NNS/home and/CC a/DT clinic/NN in/IN "
        + "Gondor/NNP 's/POS northern/JJ provinces/NNS/province ./."), "attacks");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Velorian");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
    List<Event> killed = triggered(countries("Tarsan/JJ airstrikes/NNS/airstrike killed/VBD/kill "
        + "20/CD Velorian/JJ soldiers/NNS/soldier ./."), "airstrikes");
    assertThat(killed).extracting(Event::targetName).containsExactly("Velorian");
  }

  @Test
  void anAttackNounWhoseVerbHitNothingStaysWithoutATarget() {
    List<Event> out = triggered(countries("The/DT Tarsan/JJ attack/NN came/VBD/come after/IN "
        + "talks/NNS/talk in/IN Arnor/NNP failed/VBD/fail ./."), "attack");
    assertThat(out).extracting(Event::targetName).doesNotContain("Arnor");
  }

  @Test
  void sanctionsOnANationTargetThatNationNotWhoseSanctionsTheyAre() {
    List<Event> out = triggered(countries("President/NNP Ann/NNP Roe/NNP lifts/VBZ/lift "
        + "Velorian/JJ sanctions/NNS/sanction on/IN Gondor/NNP").entity("Ann Roe",
        EntityType.PERSON), "lifts");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Ann Roe");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void condemningSanctionsTargetsWhoImposedThem() {
    List<Event> out = triggered(countries("Arnor/NNP condemned/VBD/condemn Velorian/JJ "
        + "sanctions/NNS/sanction on/IN Gondor/NNP ./."), "condemned");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Velorian");
  }

  @Test
  void condemningAnActCommittedBySomeoneTargetsTheAgentEvenWhenTheParseSplitsTheClause() {
    // the parser reads "the massacre committed by …" as a clause of its own under "condemned"
    List<Event> out = triggered(countries("On/IN Monday/NNP ,/, the/DT Arnorian/JJ "
        + "government/NN condemned/VBD/condemn the/DT massacre/NN committed/VBN/commit by/IN "
        + "the/DT Red/NNP Hand/NNP gang/NN in/IN the/DT town/NN of/IN Dale/NNP ./.")
        .entity("Arnorian", EntityType.GROUP, "NATIONALITY")
        .entity("Red Hand", EntityType.ORGANIZATION)
        .entity("Dale", EntityType.LOCATION, "CITY"), "condemned");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).targetName()).isEqualTo("Red Hand");
  }

  @Test
  void aRelativeClauseSubjectPassesItsAntecedentToThePurposeItServes() {
    // "who marched … to protest …": the protest is the teacher's, and she is Ann Roe
    Docs docs = countries("Ann/NNP Roe/NNP ,/, the/DT teacher/NN who/WP marched/VBD/march "
        + "to/TO the/DT square/NN on/IN Sunday/NNP to/TO protest/VB/protest Gondor/NNP 's/POS "
        + "war/NN ,/, was/VBD/be arrested/VBN/arrest ./.").entity("Ann Roe", EntityType.PERSON);
    List<Event> out = triggered(docs, "protest");
    assertThat(out).isNotEmpty();
    assertThat(out.get(0).sourceName()).isEqualTo("Ann Roe");
  }
}
