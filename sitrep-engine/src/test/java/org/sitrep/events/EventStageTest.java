package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sitrep.entities.EntityType;

/**
 * The event rules on hand-built sentences, parsed by CoreNLP's dependency parser (loaded once per
 * test run; only the parser, not the tagger or NER).
 */
class EventStageTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(Docs docs) {
    return STAGE.process(docs.build()).events();
  }

  private static Docs two(String tagged) {
    return Docs.twoCountries(tagged);
  }

  private static Event only(Docs docs) {
    List<Event> out = events(docs);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void subjectVerbObject() {
    Event e = only(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ./."));
    assertThat(e.sourceName()).isEqualTo("Arnor");
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.targetId()).isEqualTo("e2");
    assertThat(e.trigger()).isEqualTo("attacked");
    assertThat(e.root()).isEqualTo("19");
    assertThat(e.quadClass()).isEqualTo(4);
    assertThat(e.goldstein()).isEqualTo(-10.0);
    assertThat(e.plover()).isEqualTo("ASSAULT");
    assertThat(e.acledType()).isEqualTo("Battles");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.date()).isEqualTo("2026-01-09");
    assertThat(e.dateBasis()).isEqualTo(DateBasis.ARTICLE);
    assertThat(e.start()).isZero();
  }

  @Test
  void heIsThePersonTheReferenceLayerResolvedNotTheLastNamed() {
    // The reference layer takes the subject of the last sentence naming a person (Talvo), as
    // quotes do; the events stage reads it instead of keeping its own "last person".
    Event e = events(Docs.create()
        .sentence("Minister/NNP Talvo/NNP met/VBD/meet envoy/NN Brandt/NNP ./.")
        .sentence("He/PRP ordered/VBD/order the/DT arrest/NN of/IN rebels/NNS/rebel in/IN "
            + "Gondor/NNP ./.")
        .entity("Talvo", EntityType.PERSON).entity("Brandt", EntityType.PERSON)
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")).stream()
        .filter(x -> x.trigger().equals("ordered") || x.trigger().equals("arrest"))
        .findFirst().orElseThrow();
    assertThat(e.sourceName()).isEqualTo("Talvo");
  }

  @Test
  void passiveAgentIsTheSource() {
    Event e = only(two("Civilians/NNS/civilian were/VBD/be killed/VBN/kill by/IN Arnor/NNP "
        + "in/IN Gondor/NNP ./."));
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.targetName()).isEqualTo("Civilians");
    assertThat(e.targetId()).isNull();
    assertThat(e.placeName()).isEqualTo("Gondor");
  }

  @Test
  void aNegatedClauseReportsNoEvent() {
    assertThat(events(two("Arnor/NNP did/VBD/do not/RB attack/VB Gondor/NNP ./."))).isEmpty();
  }

  @Test
  void aHypotheticalClauseReportsNoEvent() {
    assertThat(events(two("Arnor/NNP would/MD attack/VB Gondor/NNP if/IN talks/NNS/talk "
        + "collapsed/VBD/collapse ./."))).isEmpty();
  }

  @Test
  void anUnrealisedInfinitiveIsNoEvent() {
    // "readied jets to attack": not yet attacked
    assertThat(events(two("Arnor/NNP readied/VBD/ready jets/NNS/jet to/TO attack/VB "
        + "Gondor/NNP ./.")).stream().map(Event::root)).doesNotContain("19");
    // "efforts to punish": what the effort aims at
    assertThat(events(two("The/DT efforts/NNS/effort of/IN Arnor/NNP to/TO punish/VB "
        + "Gondor/NNP have/VBP/have stalled/VBN/stall ./.")).stream().map(Event::trigger))
        .doesNotContain("punish");
    // but an attempt is coded by what it attempts
    assertThat(events(two("An/DT attempt/NN to/TO assassinate/VB the/DT envoy/NN of/IN "
        + "Gondor/NNP failed/VBD/fail ./.")).stream().map(Event::root)).contains("18");
  }

  @Test
  void aPurposeClauseIsCodedByWhatItNames() {
    // coders code "telephoned X to discuss Y" as a consultation with X; the discussion itself
    // names no partner of its own, so it is no second consultation (Counterparts)
    assertThat(events(two("Arnor/NNP telephoned/VBD/telephone Gondor/NNP to/TO discuss/VB "
        + "the/DT border/NN ./."))).extracting(Event::root, Event::targetId)
        .containsExactly(tuple("04", "e2"));
  }

  @Test
  void wouldInReportedSpeechIsAPlan() {
    Event e = only(two("Arnor/NNP said/VBD/say it/PRP would/MD boycott/VB Gondor/NNP ./."));
    assertThat(e.modality()).isEqualTo("planned");
    assertThat(events(two("Arnor/NNP said/VBD/say it/PRP would/MD boycott/VB Gondor/NNP "
        + "if/IN talks/NNS/talk failed/VBD/fail ./."))).isEmpty();
  }

  @Test
  void anImplicativeInfinitiveHappened() {
    Event e = only(two("Arnor/NNP continued/VBD/continue to/TO shell/VB Gondor/NNP ./."));
    assertThat(e.root()).isEqualTo("19");
    assertThat(e.modality()).isEqualTo("asserted");
  }

  @Test
  void aThreatIsTheEventCodedByWhatItThreatens() {
    Event e = only(two("Arnor/NNP threatened/VBD/threaten to/TO attack/VB Gondor/NNP ./."));
    assertThat(e.trigger()).isEqualTo("threatened to attack");
    assertThat(e.code()).isEqualTo("1384");
    assertThat(e.root()).isEqualTo("13");
    assertThat(e.quadClass()).isEqualTo(3);
    assertThat(e.goldstein()).isEqualTo(-7.0);
    assertThat(e.plover()).isEqualTo("THREATEN");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.targetId()).isEqualTo("e2");
  }

  @Test
  void aThreatOfSanctionsOrOfQuittingTalks() {
    Event e = only(two("Arnor/NNP threatened/VBD/threaten to/TO impose/VB sanctions/NNS/sanction "
        + "on/IN Gondor/NNP ./."));
    assertThat(e.code()).isEqualTo("1312");
    assertThat(e.targetId()).isEqualTo("e2");
    Event quit = only(two("Arnor/NNP threatened/VBD/threaten to/TO halt/VB talks/NNS/talk "
        + "with/IN Gondor/NNP ./."));
    assertThat(quit.code()).isEqualTo("134");
  }

  @Test
  void aThreatOfWhatALightVerbsObjectNames() {
    Event e = only(two("Arnor/NNP threatened/VBD/threaten to/TO launch/VB an/DT offensive/NN "
        + "against/IN Gondor/NNP ./."));
    assertThat(e.code()).isEqualTo("1384");
    assertThat(e.targetId()).isEqualTo("e2");
  }

  @Test
  void aReportedThreatStaysReported() {
    Event e = only(two("Gondor/NNP said/VBD/say Arnor/NNP had/VBD/have threatened/VBN/threaten "
        + "to/TO attack/VB it/PRP ./."));
    assertThat(e.code()).isEqualTo("1384");
    assertThat(e.modality()).isEqualTo("reported");
  }

  @Test
  void aHostileVowIsAThreat() {
    Event e = only(two("Arnor/NNP vowed/VBD/vow to/TO attack/VB Gondor/NNP ./."));
    assertThat(e.root()).isEqualTo("13");
  }

  @Test
  void anAppealIsCodedByWhatItAsksFor() {
    Event e = only(two("Arnor/NNP urged/VBD/urge Gondor/NNP to/TO withdraw/VB its/PRP$ "
        + "troops/NNS/troop ./."));
    assertThat(e.code()).isEqualTo("0256");
    assertThat(e.plover()).isEqualTo("REQUEST");
    assertThat(e.modality()).isEqualTo("asserted");
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.targetId()).isEqualTo("e2");
    Event c = only(two("Arnor/NNP called/VBD/call for/IN a/DT ceasefire/NN with/IN "
        + "Gondor/NNP ./."));
    assertThat(c.code()).isEqualTo("0256");
  }

  @Test
  void aDemandIsCodedByWhatItDemands() {
    Event e = only(two("Arnor/NNP demanded/VBD/demand that/IN Gondor/NNP withdraw/VB/withdraw "
        + "its/PRP$ troops/NNS/troop ./."));
    assertThat(e.code()).isEqualTo("1056");
    assertThat(e.root()).isEqualTo("10");
    assertThat(e.plover()).isEqualTo("REQUEST");
    assertThat(e.targetId()).isEqualTo("e2");
    List<Event> stated = events(two("Arnor/NNP insisted/VBD/insist that/IN Gondor/NNP "
        + "attacked/VBD/attack first/RB ./."));
    assertThat(stated).extracting(Event::root).doesNotContain("10");
    Event plural = only(two("Arnor/NNP demanded/VBD/demand that/IN the/DT rebels/NNS/rebel "
        + "renounce/VBP/renounce violence/NN against/IN Gondor/NNP ./."));
    assertThat(plural.root()).isEqualTo("10");
  }

  @Test
  void aRefusalIsCodedByWhatItRefuses() {
    Event e = only(two("Arnor/NNP refused/VBD/refuse to/TO withdraw/VB/withdraw from/IN "
        + "Gondor/NNP ./."));
    assertThat(e.root()).isEqualTo("12");
    assertThat(e.code()).isEqualTo("1246");
    assertThat(e.plover()).isEqualTo("REJECT");
    assertThat(e.modality()).isEqualTo("asserted");
    Event plan = only(two("Arnor/NNP rejected/VBD/reject the/DT peace/NN plan/NN of/IN "
        + "Gondor/NNP ./."));
    assertThat(plan.code()).isEqualTo("127");
  }

  @Test
  void anArmedBandKillingUnarmedPeopleIsAnAssaultNotAFight() {
    Event e = only(two("Gunmen/NNS/gunman killed/VBD/kill ten/CD villagers/NNS/villager in/IN "
        + "Gondor/NNP ./."));
    assertThat(e.root()).isEqualTo("18");
    assertThat(e.code()).isEqualTo("1823");
    assertThat(e.plover()).isEqualTo("ASSAULT");
    Event shot = only(two("Militants/NNS/militant shot/VBD/shoot worshippers/NNS/worshipper "
        + "in/IN Gondor/NNP ./."));
    assertThat(shot.code()).isEqualTo("180");
    Event passive = only(two("Civilians/NNS/civilian were/VBD/be shot/VBN/shoot by/IN "
        + "gunmen/NNS/gunman in/IN Gondor/NNP ./."));
    assertThat(passive.root()).isEqualTo("18");
  }

  @Test
  void fightingBetweenArmedForcesStaysAFight() {
    Event e = only(two("Gunmen/NNS/gunman attacked/VBD/attack soldiers/NNS/soldier in/IN "
        + "Gondor/NNP ./."));
    assertThat(e.root()).isEqualTo("19");
    Event army = only(two("Troops/NNS/troop attacked/VBD/attack villagers/NNS/villager in/IN "
        + "Gondor/NNP ./."));
    assertThat(army.root()).isEqualTo("19");
    Event states = only(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ./."));
    assertThat(states.root()).isEqualTo("19");
    Event country = only(two("Arnor/NNP killed/VBD/kill villagers/NNS/villager in/IN "
        + "Gondor/NNP ./."));
    assertThat(country.root()).isEqualTo("19");
    Event toll = only(two("Civilians/NNS/civilian were/VBD/be killed/VBN/kill in/IN "
        + "Gondor/NNP ./."));
    assertThat(toll.root()).isEqualTo("19");
    // The fighting itself as subject names no attacker: its toll is a clash's.
    Event fighting = only(two("The/DT fighting/NN/fighting has/VBZ/have killed/VBN/kill "
        + "ten/CD villagers/NNS/villager in/IN Gondor/NNP ./."));
    assertThat(fighting.root()).isEqualTo("19");
  }

  @Test
  void aLightVerbIsCodedByItsNoun() {
    Event e = only(two("Arnor/NNP conducted/VBD/conduct missile/NN strikes/NNS/strike on/IN "
        + "Gondor/NNP ./."));
    assertThat(e.trigger()).isEqualTo("strikes");
    assertThat(e.code()).isEqualTo("194");
    assertThat(e.sourceId()).isEqualTo("e1");
    Event raid = only(two("Arnor/NNP carried/VBD/carry out/RP raids/NNS/raid against/IN "
        + "Gondor/NNP ./."));
    assertThat(raid.root()).isEqualTo("19");
    assertThat(raid.trigger()).isEqualTo("raids");
  }

  @Test
  void denial() {
    Event e = only(two("Arnor/NNP denied/VBD/deny attacking/VBG/attack Gondor/NNP ./."));
    assertThat(e.modality()).isEqualTo("denied");
    assertThat(e.sourceId()).isEqualTo("e1");
  }

  @Test
  void reportedByStateMedia() {
    Event e = only(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ,/, state/NN media/NNS/medium "
        + "reported/VBD/report ./."));
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.modality()).isEqualTo("reported");
    assertThat(e.reportedBy()).isEqualTo("state media");
  }

  @Test
  void reportedSpeechWithSaid() {
    Event e = only(two("Officials/NNS/official said/VBD/say Arnor/NNP attacked/VBD/attack "
        + "Gondor/NNP ./."));
    assertThat(e.modality()).isEqualTo("reported");
    assertThat(e.reportedBy()).isEqualTo("Officials");
    assertThat(e.sourceId()).isEqualTo("e1");
  }

  @Test
  void accordingTo() {
    Event e = only(two("Arnor/NNP attacked/VBD/attack Gondor/NNP ,/, according/VBG/accord "
        + "to/TO a/DT war/NN monitor/NN ./."));
    assertThat(e.modality()).isEqualTo("reported");
    assertThat(e.reportedBy()).isEqualTo("war monitor");
  }

  @Test
  void futureIsPlanned() {
    Event e = only(two("Arnor/NNP will/MD meet/VB Gondor/NNP ./."));
    assertThat(e.modality()).isEqualTo("planned");
    assertThat(e.code()).isEqualTo("036"); // CAMEO: an expression of intent to meet
  }

  @Test
  void aCompoundSubjectOfAnOtherVerbActsOnNoOneOfItself() {
    // "X and Y submitted a motion" is not X acting on Y
    List<Event> out = events(two("Arnor/NNP and/CC Gondor/NNP accused/VBD/accuse "
        + "the/DT rebels/NNS/rebel ./."));
    assertThat(out).extracting(Event::sourceId).containsExactly("e1", "e2");
    assertThat(out).extracting(Event::targetId).doesNotContain("e1", "e2");
    List<Event> alone = events(two("Arnor/NNP and/CC Gondor/NNP protested/VBD/protest "
        + "loudly/RB ./."));
    assertThat(alone).extracting(Event::targetId).containsOnlyNulls();
  }

  @Test
  void aRepeatedReportIsOneEventWithSeveralMentions() {
    Docs docs = two("Arnor/NNP shelled/VBD/shell Gondor/NNP ./.")
        .sentence("Officials/NNS/official said/VBD/say Arnor/NNP shelled/VBD/shell Gondor/NNP "
            + "at/IN dawn/NN ./.")
        .sentence("Arnor/NNP met/VBD/meet Gondor/NNP ./.");
    List<Event> out = events(docs);
    assertThat(out).extracting(Event::root).containsExactly("19", "04");
    Event shelling = out.get(0);
    assertThat(shelling.trigger()).isEqualTo("shelled");
    assertThat(shelling.start()).isZero();
    assertThat(shelling.mentions()).hasSize(1);
    Mention again = shelling.mentions().get(0);
    assertThat(again.start()).isGreaterThan(shelling.end());
    assertThat(again.triggerEnd() - again.triggerStart()).isEqualTo("shelled".length());
    assertThat(out.get(1).mentions()).isEmpty();
  }

  @Test
  void reportsWithTheirOwnDifferentDatesStayTwoEvents() {
    Docs docs = two("Arnor/NNP shelled/VBD/shell Gondor/NNP on/IN Monday/NNP ./.")
        .sentence("Arnor/NNP shelled/VBD/shell Gondor/NNP on/IN Friday/NNP ./.")
        .time("Monday", "DATE", "2026-01-05").time("Friday", "DATE", "2026-01-09");
    assertThat(events(docs)).hasSize(2).allSatisfy(e -> assertThat(e.mentions()).isEmpty());
  }

  @Test
  void compoundSubjectGivesBothDirections() {
    List<Event> out = events(two("Arnor/NNP and/CC Gondor/NNP met/VBD/meet on/IN Friday/NNP ./.")
        .time("Friday", "DATE", "2026-01-09"));
    assertThat(out).extracting(Event::sourceId, Event::targetId)
        .containsExactly(tuple("e1", "e2"), tuple("e2", "e1"));
    assertThat(out.get(0).dateBasis()).isEqualTo(DateBasis.CLAUSE);
    assertThat(out.get(0).datePrecision()).isEqualTo("day");
  }

  @Test
  void thePairRefersToTheLastActorsNamedTogether() {
    Docs docs = two("Arnor/NNP and/CC Gondor/NNP met/VBD/meet ./.")
        .sentence("The/DT pair/NN signed/VBD/sign a/DT truce/NN ./.");
    List<Event> out = events(docs);
    assertThat(out).filteredOn(e -> e.trigger().equals("signed"))
        .extracting(Event::sourceId, Event::targetId)
        .containsExactly(tuple("e1", "e2"), tuple("e2", "e1"));
  }

  @Test
  void nominalClashesWithFigures() {
    Docs docs = two("Clashes/NNS/clash between/IN Arnor/NNP and/CC Gondor/NNP killed/VBD/kill "
        + "tens/NNS/ten of/IN people/NNS/people ./.").number("tens of", 20, 99L, true);
    List<Event> out = events(docs);
    Event clash = out.stream().filter(e -> e.trigger().equals("Clashes")).findFirst().orElseThrow();
    assertThat(clash.sourceId()).isEqualTo("e1");
    assertThat(clash.targetId()).isEqualTo("e2");
    assertThat(out.stream().flatMap(e -> e.figures().stream()).toList())
        .containsExactly(new Figure(FigureKind.KILLED, "tens of", docs.text().indexOf("tens of"),
            docs.text().indexOf("tens of") + 7, BigDecimal.valueOf(20), BigDecimal.valueOf(99),
            true));
  }

  @Test
  void idsSurviveReanalysisAndSpansPointIntoTheText() {
    Docs docs = two("Clashes/NNS/clash between/IN Arnor/NNP and/CC Gondor/NNP killed/VBD/kill "
        + "tens/NNS/ten of/IN people/NNS/people ./.").number("tens of", 20, 99L, true);
    Event first = only(docs);
    Event again = only(docs);
    assertThat(again.id()).isEqualTo(first.id()).matches("[0-9a-f]{16}");
    assertThat(docs.text().substring(first.triggerStart(), first.triggerEnd()))
        .isEqualTo(first.trigger()).isEqualTo("Clashes");
    Figure f = first.figures().get(0);
    assertThat(docs.text().substring(f.start(), f.end())).isEqualTo("tens of");
    // another article with the same text holds other events
    assertThat(only(docs.id("other")).id()).isNotEqualTo(first.id());
  }

  @Test
  void theEventsOfOneTriggerHaveTheirOwnIds() {
    List<Event> out = events(two("Arnor/NNP and/CC Gondor/NNP met/VBD/meet ./."));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).triggerStart()).isEqualTo(out.get(1).triggerStart());
    assertThat(out.get(0).id()).isNotEqualTo(out.get(1).id());
  }

  @Test
  void phoneCallWith() {
    Event e = only(two("Arnor/NNP held/VBD/hold a/DT phone/NN call/NN with/IN Gondor/NNP ./."));
    assertThat(e.code()).isEqualTo("041");
    assertThat(e.plover()).isEqualTo("CONSULT");
    assertThat(e.ploverMode()).isEqualTo("phone");
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.targetId()).isEqualTo("e2");
  }

  @Test
  void backgroundClauseKeepsItsOwnDate() {
    Docs docs = two("Since/IN Arnor/NNP invaded/VBD/invade in/IN December/NNP 2024/CD ,/, "
        + "thousands/NNS/thousand of/IN civilians/NNS/civilian have/VBP/have been/VBN/be "
        + "killed/VBN/kill by/IN Gondor/NNP ./.")
        .time("December 2024", "DATE", "2024-12")
        .number("thousands", 2000, 9999L, true);
    Event killed = events(docs).stream().filter(e -> e.trigger().equals("killed")).findFirst()
        .orElseThrow();
    assertThat(killed.date()).isEqualTo("2024-12");
    assertThat(killed.datePrecision()).isEqualTo("month");
    assertThat(killed.dateBasis()).isEqualTo(DateBasis.CLAUSE);
    assertThat(killed.sourceId()).isEqualTo("e2");
    assertThat(killed.targetName()).endsWith("civilians");
    assertThat(killed.figures()).extracting(Figure::kind).containsExactly(FigureKind.KILLED);
  }

  @Test
  void hyphenatedParticipleIsAnAffiliationNotAnEvent() {
    List<Event> out = events(two("Gondor/NNP -/HYPH backed/VBN/back fighters/NNS/fighter "
        + "attacked/VBD/attack Arnor/NNP ./."));
    assertThat(out).extracting(Event::trigger).containsExactly("attacked");
  }

  @Test
  void participleClauseIsPassive() {
    List<Event> out = events(two("Villagers/NNS/villager ,/, attacked/VBN/attack by/IN "
        + "Arnor/NNP ,/, fled/VBD/flee to/IN Gondor/NNP ./."));
    Event attacked = out.stream().filter(e -> e.trigger().equals("attacked")).findFirst()
        .orElseThrow();
    assertThat(attacked.sourceId()).isEqualTo("e1");
    assertThat(attacked.targetName()).isEqualTo("Villagers");
  }

  @Test
  void whatIsDiscussedIsNotATargetNorAreTheSpeakersItsParties() {
    List<Event> out = events(two("Arnor/NNP discussed/VBD/discuss the/DT Gondor/NNP "
        + "clashes/NNS/clash ./."));
    // the topic is no target, and a discussion with no partner is no consultation (Counterparts)
    assertThat(out).filteredOn(e -> e.trigger().equals("discussed"))
        .extracting(Event::targetId).doesNotContain("e2");
    assertThat(out).filteredOn(e -> e.trigger().equals("clashes"))
        .extracting(Event::sourceId).doesNotContain("e1");
  }

  @Test
  void aPosterOfSomeoneIsNotTheTarget() {
    Event e = only(Docs.create().sentence("Rebels/NNS/rebel tore/VBD/tear down/RP a/DT "
        + "poster/NN of/IN Arnor/NNP ./.").entity("Arnor", EntityType.PERSON));
    assertThat(e.targetId()).isNull();
  }

  @Test
  void clashesThatKillAreOneEventWithTheFigures() {
    Docs docs = two("Clashes/NNS/clash between/IN Arnor/NNP and/CC Gondor/NNP killed/VBD/kill "
        + "tens/NNS/ten of/IN people/NNS/people ./.").number("tens of", 20, 99L, true);
    Event clash = only(docs);
    assertThat(clash.trigger()).isEqualTo("Clashes");
    assertThat(clash.figures()).extracting(Figure::kind).containsExactly(FigureKind.KILLED);
  }

  @Test
  void theGroupRefersBackToTheLastNonStateOrganisation() {
    Docs docs = Docs.create()
        .sentence("The/DT Black/NNP Hand/NNP shelled/VBD/shell Gondor/NNP ./.")
        .sentence("The/DT Council/NNP condemned/VBD/condemn the/DT shelling/NN ./.")
        .sentence("The/DT group/NN attacked/VBD/attack the/DT airport/NN ,/, its/PRP$ "
            + "spokesman/NN said/VBD/say ./.")
        .entity("Black Hand", EntityType.ORGANIZATION).entity("Council", EntityType.ORGANIZATION)
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .actor("Black Hand", org.sitrep.actors.ActorKind.ARMED_NONSTATE)
        .actor("Council", org.sitrep.actors.ActorKind.INTERNATIONAL_ORG);
    Event attack = events(docs).stream().filter(e -> e.trigger().equals("attacked"))
        .findFirst().orElseThrow();
    assertThat(attack.sourceName()).isEqualTo("Black Hand");
    assertThat(attack.modality()).isEqualTo("reported");
  }

  @Test
  void theGroupWithNoGroupNamedStaysADescription() {
    Event attack = only(Docs.create().sentence("The/DT group/NN attacked/VBD/attack "
        + "the/DT airport/NN ./."));
    assertThat(attack.sourceName()).isEqualTo("group");
    assertThat(attack.sourceId()).isNull();
  }

  @Test
  void announcedCeasefireIsAnnounced() {
    Event e = only(two("Arnor/NNP announced/VBD/announce a/DT ceasefire/NN in/IN Gondor/NNP ./."));
    assertThat(e.trigger()).isEqualTo("ceasefire");
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.modality()).isEqualTo("announced");
  }

  @Test
  void aDeadlineToWithdrawIsDemandedAtItsTime() {
    Docs docs = two("The/DT deadline/NN for/IN Arnor/NNP to/TO withdraw/VB/withdraw from/IN "
        + "Gondor/NNP expires/VBZ/expire at/IN 9/CD am/NN on/IN Friday/NNP ,/, the/DT "
        + "ministry/NN said/VBD/say ./.").time("9 am on Friday", "TIME", "2026-01-09T09:00");
    Event e = events(docs).stream().filter(x -> x.trigger().equals("withdraw")).findFirst()
        .orElseThrow();
    assertThat(e.sourceId()).isEqualTo("e1");
    assertThat(e.modality()).isEqualTo("demanded");
    assertThat(e.date()).isEqualTo("2026-01-09T09:00");
    assertThat(e.datePrecision()).isEqualTo("hour");
  }

  @Test
  void groundTakenIsThePlaceAndItsHolderTheTarget() {
    Docs docs = two("Rebels/NNS/rebel captured/VBD/capture Osgiliath/NNP from/IN Gondor/NNP ./.")
        .entity("Osgiliath", EntityType.LOCATION, "CITY");
    Event e = only(docs);
    assertThat(e.code()).isEqualTo("192");
    assertThat(e.targetId()).isEqualTo("e2");
    assertThat(e.placeName()).isEqualTo("Osgiliath");
  }

  @Test
  void aCapturedCityIsWhereTheFightingWas() {
    Docs docs = Docs.create().sentence("Rebels/NNS/rebel captured/VBD/capture most/JJS of/IN "
        + "Osgiliath/NNP ./.").entity("Osgiliath", EntityType.LOCATION, "CITY");
    Event e = only(docs);
    assertThat(e.code()).isEqualTo("192");
    assertThat(e.placeName()).isEqualTo("Osgiliath");
    assertThat(e.targetId()).isNull();
  }

  @Test
  void thePairCanBeTheTwoPartiesOfAnEarlierEventInTheSentence() {
    List<Event> out = events(two("Arnor/NNP held/VBD/hold a/DT phone/NN call/NN with/IN Gondor/NNP "
        + "where/WRB the/DT pair/NN condemned/VBD/condemn the/DT attack/NN ./."));
    assertThat(out).filteredOn(e -> e.trigger().equals("condemned"))
        .extracting(Event::sourceId, Event::targetId)
        .containsExactly(tuple("e1", null), tuple("e2", null)); // both condemn; not each other
  }

  @Test
  void aDemonymIsAnActorOnlyWhenItQualifiesOne() {
    Docs docs = Docs.create().sentence("Rebels/NNS/rebel attacked/VBD/attack Gondorian/JJ "
        + "troops/NNS/troop and/CC threatened/VBD/threaten Gondorian/JJ unity/NN ./.")
        .entity("Gondorian", EntityType.GROUP, "NATIONALITY");
    List<Event> out = events(docs);
    assertThat(out).filteredOn(e -> e.trigger().equals("attacked"))
        .extracting(Event::targetId).containsExactly("e1");
    assertThat(out).filteredOn(e -> e.trigger().equals("threatened"))
        .extracting(Event::targetId).containsOnlyNulls();
  }

  @Test
  void aRelativeClauseIsActive() {
    Event e = events(Docs.create().sentence("The/DT militia/NN that/WDT has/VBZ/have "
        + "attacked/VBN/attack Gondor/NNP withdrew/VBD/withdraw ./.")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")).get(0);
    assertThat(e.trigger()).isEqualTo("attacked");
    assertThat(e.sourceName()).isEqualTo("militia");
    assertThat(e.targetId()).isEqualTo("e1");
  }

  @Test
  void strikesWithNoPartiesLeaveTheKillingItsOwnEvent() {
    List<Event> out = events(Docs.create().sentence("Airstrikes/NNS/airstrike killed/VBD/kill "
        + "12/CD civilians/NNS/civilian in/IN Gondor/NNP ./.").number("12", 12, 12L, false)
        .entity("Gondor", EntityType.LOCATION, "COUNTRY"));
    Event killed = out.stream().filter(e -> e.trigger().equals("killed")).findFirst()
        .orElseThrow();
    assertThat(killed.targetName()).endsWith("civilians");
    assertThat(killed.figures()).extracting(Figure::kind).containsExactly(FigureKind.KILLED);
  }

  @Test
  void photosOfACityAreNotGroundTaken() {
    List<Event> out = events(Docs.create().sentence("Rebels/NNS/rebel took/VBD/take "
        + "photos/NNS/photo of/IN Osgiliath/NNP ./.")
        .entity("Osgiliath", EntityType.LOCATION, "CITY"));
    assertThat(out).extracting(Event::code).doesNotContain("192").isNotEmpty();
  }

  @Test
  void whoExpectsAnAttackIsNotItsSource() {
    List<Event> out = events(two("Residents/NNS/resident expect/VBP an/DT attack/NN by/IN "
        + "Arnor/NNP on/IN Gondor/NNP ./."));
    assertThat(out).extracting(Event::trigger, Event::sourceId, Event::targetId)
        .containsExactly(tuple("attack", "e1", "e2"));
  }

  @Test
  void oneQualifiedSideIsNotBothSides() {
    Docs docs = two("Arnor/NNP and/CC Gondor/NNP met/VBD/meet ./.")
        .sentence("The/DT northern/JJ side/NN attacked/VBD/attack Gondor/NNP ./.");
    assertThat(events(docs)).filteredOn(e -> e.trigger().equals("attacked"))
        .extracting(Event::sourceName, Event::targetId)
        .containsExactly(tuple("northern side", "e2"));
  }

  @Test
  void aTitleBeforeAPersonIsThePersonNotTheCountry() {
    Docs docs = Docs.create().sentence("Arnor/NNP held/VBD/hold a/DT phone/NN call/NN with/IN "
        + "Gondor/NNP Special/NNP Envoy/NNP for/IN Rhun/NNP Ada/NNP Brand/NNP ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY").entity("Rhun", EntityType.LOCATION,
            "COUNTRY").entity("Ada Brand", EntityType.PERSON);
    assertThat(events(docs)).extracting(Event::trigger, Event::targetName)
        .containsExactly(tuple("call", "Ada Brand"));
  }

  @Test
  void viewsExchangedOnACountryAreAboutIt() {
    Docs docs = two("Arnor/NNP and/CC Gondor/NNP exchanged/VBD/exchange views/NNS/view on/IN "
        + "Rhun/NNP ./.").entity("Rhun", EntityType.LOCATION, "COUNTRY");
    assertThat(events(docs)).extracting(Event::sourceId, Event::targetId)
        .containsExactly(tuple("e1", "e2"), tuple("e2", "e1"));
  }

  private static Docs countries(String tagged, String... names) {
    Docs docs = Docs.create().sentence(tagged);
    for (String n : names) {
      docs.entity(n, EntityType.LOCATION, "COUNTRY");
    }
    return docs;
  }

  @Test
  void restoringTiesIsDiplomaticCooperationButRestoringAloneIsNoEvent() {
    Event e = only(countries("Velmora/NNP restored/VBD/restore full/JJ diplomatic/JJ "
        + "ties/NNS/tie with/IN Tarsany/NNP ./.", "Velmora", "Tarsany"));
    assertThat(e.trigger()).isEqualTo("restored");
    assertThat(e.code()).isEqualTo("050");
    assertThat(e.sourceName()).isEqualTo("Velmora");
    assertThat(e.targetName()).isEqualTo("Tarsany");
    assertThat(events(countries("Velmora/NNP restored/VBD/restore electricity/NN to/IN "
        + "Tarsany/NNP ./.", "Velmora", "Tarsany"))).isEmpty();
  }

  @Test
  void resumingTalksIsNegotiating() {
    Event e = only(countries("Velmora/NNP resumed/VBD/resume talks/NNS/talk with/IN "
        + "Tarsany/NNP ./.", "Velmora", "Tarsany"));
    assertThat(e.code()).isEqualTo("046");
    assertThat(e.targetName()).isEqualTo("Tarsany");
  }

  @Test
  void everyConjunctInsideTheObjectIsATarget() {
    List<Event> out = events(countries("Velmora/NNP welcomed/VBD/welcome the/DT resumption/NN "
        + "of/IN ties/NNS/tie with/IN Tarsany/NNP ,/, Quelmar/NNP and/CC Dunholt/NNP ./.",
        "Velmora", "Tarsany", "Quelmar", "Dunholt"));
    assertThat(out).extracting(Event::sourceName, Event::targetName).containsExactly(
        tuple("Velmora", "Tarsany"), tuple("Velmora", "Quelmar"), tuple("Velmora", "Dunholt"));
  }

  @Test
  void aProperNounConjoinedWithANamedActorIsAnActorToo() {
    List<Event> out = events(countries("Dunholt/NNP and/CC Tarsany/NNP condemned/VBD/condemn "
        + "Velmora/NNP ./.", "Tarsany", "Velmora"));
    assertThat(out).extracting(Event::sourceName, Event::sourceId, Event::targetName)
        .containsExactly(tuple("Dunholt", null, "Velmora"), tuple("Tarsany", "e1", "Velmora"));
    // with no named actor in the conjunction, an unknown proper noun stays unknown
    assertThat(events(countries("Dunholt/NNP and/CC Quelmar/NNP condemned/VBD/condemn "
        + "Velmora/NNP ./.", "Velmora"))).extracting(Event::sourceName).containsOnlyNulls();
  }

  @Test
  void condemningAnAttackBySomeoneTargetsTheAttackerNotThePlace() {
    List<Event> out = events(countries("Velmora/NNP condemned/VBD/condemn an/DT attack/NN by/IN "
        + "rebel/NN soldiers/NNS/soldier in/IN Quelmar/NNP ./.", "Velmora", "Quelmar"));
    assertThat(out).filteredOn(e -> e.trigger().equals("condemned"))
        .extracting(Event::sourceName, Event::targetName)
        .containsExactly(tuple("Velmora", "rebel soldiers"));
  }

  @Test
  void aVerbThatCodesOnlyThroughPatternsIsParsedOnlyWhenOneCouldMatch() {
    java.util.concurrent.atomic.AtomicInteger parsed =
        new java.util.concurrent.atomic.AtomicInteger();
    EventStage counting = EventStage.using(tokens -> {
      parsed.incrementAndGet();
      return DependencyParser.shared().parse(tokens);
    });
    counting.process(two("Arnor/NNP restored/VBD/restore the/DT bridge/NN to/IN Gondor/NNP ./.")
        .build());
    assertThat(parsed).hasValue(0);
    counting.process(two("Arnor/NNP restored/VBD/restore ties/NNS/tie with/IN Gondor/NNP ./.")
        .build());
    assertThat(parsed).hasValue(1);
  }

  @Test
  void noVerbsNoEvents() {
    assertThat(events(two("Arnor/NNP ,/, Gondor/NNP ,/, 2026/CD ./."))).isEmpty();
  }

  @Test
  void garbageGivesNoEvents() {
    assertThat(events(two("%%/SYM Arnor/NNP ##/SYM attack/NN ]]/-RRB- Gondor/NNP ;;/: "
        + "@@/SYM"))).isEmpty();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void tenThousandTokenSentenceIsSkipped() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 2500; i++) {
      s.append("Arnor/NNP attacked/VBD/attack Gondor/NNP and/CC ");
    }
    s.append("./.");
    assertThat(events(two(s.toString()))).isEmpty();
  }
}
