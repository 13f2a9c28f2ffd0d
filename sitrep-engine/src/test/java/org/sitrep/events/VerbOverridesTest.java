package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Sitrep's corrections to the PETRARCH verb defaults ({@code cameo-verb-overrides.tsv}), on
 * invented sentences parsed by CoreNLP's dependency parser.
 */
class VerbOverridesTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(Docs docs) {
    return STAGE.process(docs.build()).events();
  }

  @Test
  void whoDiedIsNoAttacker() {
    // "died" states a result; the subject is the victim, not the source of a use of force
    assertThat(events(Docs.create()
        .sentence("An/DT Arnor/NNP soldier/NN died/VBD/die of/IN his/PRP$ wounds/NNS/wound "
            + "in/IN Dale/NNP ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Dale", EntityType.LOCATION, "CITY"))).isEmpty();
  }

  @Test
  void leadingACountryIsNoCooperation() {
    assertThat(events(Docs.create()
        .sentence("Talvo/NNP has/VBZ/have led/VBN/lead Gondor/NNP since/IN 1990/CD ./.")
        .entity("Talvo", EntityType.PERSON)
        .entity("Gondor", EntityType.LOCATION, "COUNTRY"))).isEmpty();
  }

  @Test
  void anOpinionIsNoConsultation() {
    assertThat(events(Docs.create()
        .sentence("Talvo/NNP thought/VBD/think Gondor/NNP was/VBD/be right/JJ ./.")
        .entity("Talvo", EntityType.PERSON)
        .entity("Gondor", EntityType.LOCATION, "COUNTRY"))).isEmpty();
  }

  @Test
  void killingStillIsAnEvent() {
    assertThat(events(Docs.create()
        .sentence("Arnor/NNP troops/NNS/troop killed/VBD/kill two/CD Gondor/NNP "
            + "soldiers/NNS/soldier ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")))
        .extracting(Event::root).containsExactly("19");
  }

  @Test
  void fightersWhoSurrenderRetreatMilitarily() {
    assertThat(events(Docs.create()
        .sentence("Two/CD hundred/CD Gondor/NNP rebels/NNS/rebel surrendered/VBD/surrender "
            + "in/IN Dale/NNP on/IN Friday/NNP ./.")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .entity("Dale", EntityType.LOCATION, "CITY")))
        .extracting(Event::code).containsExactly("0874");
  }
}
