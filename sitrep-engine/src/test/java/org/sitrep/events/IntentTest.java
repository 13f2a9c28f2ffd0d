package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Statements of intent, agreements, refusals by negation and reported obligations, as CAMEO codes
 * them (codebook v1.1b3, roots 03, 10, 12 and 13), on invented sentences parsed by CoreNLP's
 * dependency parser.
 */
class IntentTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(String tagged) {
    return STAGE.process(Docs.create().sentence(tagged)
        .entity("Velmora", EntityType.LOCATION, "COUNTRY")
        .entity("Tarsany", EntityType.LOCATION, "COUNTRY").build()).events();
  }

  private static Event only(String tagged) {
    List<Event> out = events(tagged);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  @Test
  void aFutureActOfTheSubjectIsAnIntentCodedByTheAct() {
    Event aid = only("Velmora/NNP will/MD provide/VB/provide humanitarian/JJ aid/NN to/IN "
        + "Tarsany/NNP ./.");
    assertThat(aid.root()).isEqualTo("03");
    assertThat(aid.plover()).isEqualTo("AGREE");
    assertThat(aid.sourceName()).isEqualTo("Velmora");
    Event meet = only("Velmora/NNP will/MD meet/VB/meet Tarsany/NNP ./.");
    assertThat(meet.code()).isEqualTo("036");
  }

  @Test
  void aFutureHostileActIsAThreat() {
    Event e = only("Velmora/NNP said/VBD/say it/PRP would/MD boycott/VB/boycott Tarsany/NNP ./.");
    assertThat(e.root()).isEqualTo("13");
    assertThat(e.plover()).isEqualTo("THREATEN");
    Event unless = only("Velmora/NNP will/MD withdraw/VB/withdraw its/PRP$ envoy/NN from/IN "
        + "Tarsany/NNP unless/IN talks/NNS/talk resume/VBP/resume ./.");
    assertThat(unless.code()).isEqualTo("130");
  }

  @Test
  void aPerfectOrPassiveThatClauseStatesWhatHappenedAndIsNoIntentOrDemand() {
    // "agreed that Y had withdrawn", "insisted that Y has fired": reported facts, not acts to come
    assertThat(events("Velmora/NNP agreed/VBD/agree that/IN Tarsany/NNP had/VBD/have "
        + "withdrawn/VBN/withdraw its/PRP$ troops/NNS/troop ./.")).extracting(Event::root)
        .doesNotContain("03", "10");
    assertThat(events("Velmora/NNP insisted/VBD/insist that/IN Tarsany/NNP has/VBZ/have "
        + "fired/VBN/fire first/RB ./.")).extracting(Event::root).doesNotContain("10");
  }

  @Test
  void agreeingToActIsAnIntentAndTheActIsNoEventOfItsOwn() {
    Event e = only("Velmora/NNP agreed/VBD/agree to/TO send/VB/send food/NN aid/NN to/IN "
        + "Tarsany/NNP ./.");
    assertThat(e.root()).isEqualTo("03");
    assertThat(e.trigger()).startsWith("agreed");
    assertThat(events("Velmora/NNP offered/VBD/offer to/TO mediate/VB/mediate between/IN "
        + "the/DT rebels/NNS/rebel and/CC Tarsany/NNP ./.")).extracting(Event::code)
        .containsOnly("039");
  }

  @Test
  void readinessIsAnIntentAndUnwillingnessARefusal() {
    Event ready = only("Velmora/NNP is/VBZ/be ready/JJ to/TO withdraw/VB/withdraw its/PRP$ "
        + "troops/NNS/troop from/IN Tarsany/NNP ./.");
    assertThat(ready.root()).isEqualTo("03");
    assertThat(ready.modality()).isNotEqualTo("hypothetical");
    Event refuse = only("Velmora/NNP will/MD not/RB accept/VB/accept the/DT peace/NN plan/NN "
        + "of/IN Tarsany/NNP ./.");
    assertThat(refuse.root()).isEqualTo("12");
    assertThat(refuse.plover()).isEqualTo("REJECT");
    assertThat(refuse.modality()).isNotEqualTo("negated");
  }

  @Test
  void aNegatedHostileIntentIsNoEvent() {
    assertThat(events("Velmora/NNP will/MD not/RB attack/VB/attack Tarsany/NNP ./.")).isEmpty();
  }

  @Test
  void whatAReportSaysSomeoneMustDoIsADemand() {
    Event e = only("Velmora/NNP said/VBD/say Tarsany/NNP must/MD withdraw/VB/withdraw its/PRP$ "
        + "troops/NNS/troop ./.");
    assertThat(e.root()).isEqualTo("10");
    assertThat(e.plover()).isEqualTo("REQUEST");
    assertThat(e.sourceName()).isEqualTo("Velmora");
  }

  @Test
  void anOrderToActIsADemandButAnOrderedArrestIsTheArrest() {
    Event e = only("Velmora/NNP ordered/VBD/order Tarsany/NNP to/TO release/VB/release the/DT "
        + "prisoners/NNS/prisoner ./.");
    assertThat(e.root()).isEqualTo("10");
    assertThat(events("Velmora/NNP ordered/VBD/order the/DT arrest/NN of/IN Tarsany/NNP "
        + "envoys/NNS/envoy ./.")).extracting(Event::root).containsOnly("17");
  }

  @Test
  void aPassiveFutureIsNoStatementOfIntent() {
    assertThat(events("Tarsany/NNP will/MD be/VB/be attacked/VBN/attack by/IN Velmora/NNP ./."))
        .extracting(Event::root).doesNotContain("13");
  }

  @Test
  void intentSubCodesFollowTheAct() {
    assertThat(SpeechActs.intent("073")).isEqualTo("0333");
    assertThat(SpeechActs.intent("062")).isEqualTo("0312");
    assertThat(SpeechActs.intent("0874")).isEqualTo("0356");
    assertThat(SpeechActs.intent("0831")).isEqualTo("0341");
    assertThat(SpeechActs.intent("046")).isEqualTo("036");
    assertThat(SpeechActs.intent("010")).isNull();
    for (String c : List.of("0311", "0333", "0341", "0356")) {
      assertThat(CameoTable.get().info(c).code()).isEqualTo(c);
    }
  }

  @Test
  void aThreatOrDemandOfAnActTheLexiconLacksIsStillOne() {
    Event threat = only("Velmora/NNP threatened/VBD/threaten to/TO cut/VB/cut off/RP "
        + "electricity/NN to/IN Tarsany/NNP ./.");
    assertThat(threat.root()).isEqualTo("13");
    Event demand = only("Velmora/NNP demanded/VBD/demand that/IN Tarsany/NNP forsake/VB/forsake "
        + "its/PRP$ claims/NNS/claim ./.");
    assertThat(demand.root()).isEqualTo("10");
    assertThat(events("Velmora/NNP insisted/VBD/insist that/IN Tarsany/NNP "
        + "forsook/VBD/forsake its/PRP$ claims/NNS/claim ./.")).extracting(Event::root)
        .doesNotContain("10");
  }

  @Test
  void whatAWarningSaysTheSubjectWillDoIsAThreat() {
    List<Event> out = events("Velmora/NNP warned/VBD/warn that/IN it/PRP will/MD no/DT "
        + "longer/RBR tolerate/VB/tolerate rallies/NNS/rally by/IN Tarsany/NNP ./.");
    assertThat(out).filteredOn(e -> e.trigger().equals("tolerate")).extracting(Event::root)
        .containsExactly("13");
    // the rallies stay the protests they are, not a second threat
    assertThat(out).filteredOn(e -> e.trigger().equals("rallies")).extracting(Event::root)
        .containsOnly("14");
  }

  @Test
  void aFutureNounEventIsIntendedByItsVerb() {
    Event e = only("Velmora/NNP will/MD hold/VB/hold talks/NNS/talk with/IN Tarsany/NNP ./.");
    assertThat(e.code()).isEqualTo("036");
  }

  @Test
  void rejectingItIsARefusalButDismissingAPersonIsNone() {
    assertThat(events("Velmora/NNP voted/VBD/vote to/TO reject/VB/reject it/PRP ./."))
        .extracting(Event::root).contains("12");
    List<Event> fired = STAGE.process(Docs.create()
        .sentence("Velmora/NNP dismissed/VBD/dismiss Dorn/NNP Halvik/NNP ./.")
        .entity("Velmora", EntityType.LOCATION, "COUNTRY")
        .entity("Dorn Halvik", EntityType.PERSON).build()).events();
    assertThat(fired).extracting(Event::root).doesNotContain("12");
  }
}
