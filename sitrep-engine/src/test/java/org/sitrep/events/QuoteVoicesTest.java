package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Event participants that are pronouns: the first person of an attributed quotation (its speaker,
 * or the speaker's side for "we") and third-person pronouns in every slot, read from the reference
 * layer. All text invented.
 */
class QuoteVoicesTest {
  private static final EventStage STAGE = EventStage.create();

  private static Event trigger(Docs docs, String trigger) {
    return STAGE.process(docs.build()).events().stream()
        .filter(e -> e.trigger().startsWith(trigger)).findFirst().orElseThrow();
  }

  private static Docs vastria() {
    return Docs.create().entity("Vastria", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY").entity("Ana Rell", EntityType.PERSON)
        .entity("Ivo Brandt", EntityType.PERSON);
  }

  @Test
  void weInsideAQuotationIsTheSpeakersCountry() {
    Event e = trigger(vastria().sentence("“/`` We/PRP attacked/VBD/attack Gondor/NNP ,/, ”/'' "
        + "said/VBD/say Vastria/NNP 's/POS foreign/JJ minister/NN Ana/NNP Rell/NNP ./."),
        "attacked");
    assertThat(e.sourceName()).isEqualTo("Vastria");
    assertThat(e.targetName()).isEqualTo("Gondor");
  }

  @Test
  void iInsideAQuotationIsTheSpeakerThatHeStandsFor() {
    Event e = trigger(vastria()
        .sentence("Ana/NNP Rell/NNP visited/VBD/visit the/DT camp/NN ./.")
        .sentence("“/`` I/PRP apologise/VBP/apologise to/TO Gondor/NNP ,/, ”/'' she/PRP "
            + "said/VBD/say ./."), "apologise");
    assertThat(e.sourceName()).isEqualTo("Ana Rell");
    assertThat(e.code()).startsWith("055");
  }

  @Test
  void ourBeforeAnActorsNounIsTheSpeakersSideButNotBeforeOtherNouns() {
    Event e = trigger(vastria().sentence("“/`` Our/PRP$ troops/NNS/troop attacked/VBD/attack "
        + "Gondor/NNP ,/, ”/'' said/VBD/say Vastria/NNP 's/POS foreign/JJ minister/NN Ana/NNP "
        + "Rell/NNP ./."), "attacked");
    assertThat(e.sourceName()).isEqualTo("Vastria");
    Event hurt = trigger(vastria().sentence("“/`` Gondor/NNP attacked/VBD/attack our/PRP$ "
        + "credibility/NN ,/, ”/'' said/VBD/say Vastria/NNP 's/POS foreign/JJ minister/NN "
        + "Ana/NNP Rell/NNP ./."), "attacked");
    assertThat(hurt.targetName()).isNotEqualTo("Vastria");
  }

  @Test
  void weOfASpeakerWithNoSideIsTheSpeaker() {
    Event e = trigger(vastria().sentence("“/`` We/PRP attacked/VBD/attack Gondor/NNP ,/, ”/'' "
        + "said/VBD/say Ana/NNP Rell/NNP ./."), "attacked");
    assertThat(e.sourceName()).isEqualTo("Ana Rell");
  }

  @Test
  void aReportersWeOutsideQuotationsStandsForNoOne() {
    Event e = trigger(vastria()
        .sentence("Ana/NNP Rell/NNP said/VBD/say the/DT talks/NNS/talk failed/VBD/fail ./.")
        .sentence("We/PRP condemned/VBD/condemn Gondor/NNP ./."), "condemned");
    assertThat(e.sourceName()).isNull();
  }

  @Test
  void anUnattributedQuotationHasNoFirstPerson() {
    Event e = trigger(vastria()
        .sentence("“/`` We/PRP attacked/VBD/attack Gondor/NNP ./. ”/''"), "attacked");
    assertThat(e.sourceName()).isNull();
  }

  @Test
  void aQuotationInsideAQuotationIsSomeoneElsesVoice() {
    String text = "He told me ‘we will fight’ and I agreed";
    boolean[] nested = QuoteVoices.nestedQuotation(text, 0, text.length());
    assertThat(nested[text.indexOf("we")]).isTrue();
    assertThat(nested[text.indexOf("me")]).isFalse();
    assertThat(nested[text.indexOf("I agreed")]).isFalse();
    String straight = "They said 'we stay' and the boys' school shut";
    boolean[] s = QuoteVoices.nestedQuotation(straight, 0, straight.length());
    assertThat(s[straight.indexOf("we")]).isTrue();
    assertThat(s[straight.indexOf("school")]).isFalse(); // an apostrophe opens nothing
  }

  @Test
  void theFirstPersonOfAQuotationInsideAQuotationIsNotTheSpeaker() {
    List<Event> events = STAGE.process(vastria()
        .sentence("“/`` Brandt/NNP told/VBD/tell me/PRP ‘/`` we/PRP attacked/VBD/attack "
            + "Gondor/NNP ’/'' ,/, ”/'' said/VBD/say Vastria/NNP 's/POS foreign/JJ minister/NN "
            + "Ana/NNP Rell/NNP ./.").build()).events();
    assertThat(events).filteredOn(e -> e.trigger().equals("attacked"))
        .allSatisfy(e -> assertThat(e.sourceName()).isNotEqualTo("Vastria")
            .isNotEqualTo("Ana Rell"));
  }

  @Test
  void anObjectPronounIsWhomTheReferenceLayerSaysItIs() {
    Event e = trigger(vastria()
        .sentence("Ivo/NNP Brandt/NNP visited/VBD/visit Gondor/NNP ./.")
        .sentence("Police/NNS/police arrested/VBD/arrest him/PRP on/IN Monday/NNP ./."),
        "arrested");
    assertThat(e.targetName()).isEqualTo("Ivo Brandt");
  }

  @Test
  void theSubjectOfAnEmbeddedClauseIsResolvedToo() {
    Event e = trigger(vastria()
        .sentence("Ivo/NNP Brandt/NNP visited/VBD/visit the/DT camp/NN ./.")
        .sentence("He/PRP said/VBD/say he/PRP had/VBD/have condemned/VBN/condemn "
            + "Gondor/NNP ./."),
        "condemned");
    assertThat(e.sourceName()).isEqualTo("Ivo Brandt");
    assertThat(e.targetName()).isEqualTo("Gondor");
  }
}
