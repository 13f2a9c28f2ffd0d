package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * Events that lack a party their kind of act needs ({@link Counterparts}), on invented sentences
 * parsed by CoreNLP's dependency parser.
 */
class CounterpartsTest {
  private static final EventStage STAGE = EventStage.create();

  private static List<Event> events(Docs docs) {
    return STAGE.process(docs.build()).events();
  }

  private static Docs countries(String tagged) {
    return Docs.create().sentence(tagged).entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Gondor", EntityType.LOCATION, "COUNTRY");
  }

  @Test
  void aMeetingWithNoCounterpartIsNoEvent() {
    // "met" with no one met and nowhere: a consultation (04) needs the other party
    assertThat(events(countries("Arnor/NNP officials/NNS/official met/VBD/meet on/IN "
        + "Tuesday/NNP ,/, Gondor/NNP media/NNS/medium reported/VBD/report ./."))).isEmpty();
  }

  @Test
  void aMeetingWithItsCounterpartStays() {
    List<Event> out = events(countries("Arnor/NNP officials/NNS/official met/VBD/meet "
        + "Gondor/NNP on/IN Tuesday/NNP ./."));
    assertThat(out).extracting(Event::root).containsExactly("04");
    assertThat(out.get(0).targetName()).isEqualTo("Gondor");
  }

  @Test
  void aVisitToAPlaceKeepsThePlaceAsItsCounterpart() {
    List<Event> out = events(Docs.create()
        .sentence("The/DT Arnor/NNP envoy/NN visited/VBD/visit Dale/NNP ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY")
        .entity("Dale", EntityType.LOCATION, "CITY"));
    assertThat(out).extracting(Event::root).containsExactly("04");
  }

  @Test
  void anArrestWithNoDoerStays() {
    // material conflict is news whoever did it
    List<Event> out = events(countries("Five/CD journalists/NNS/journalist were/VBD/be "
        + "arrested/VBN/arrest in/IN Gondor/NNP ./."));
    assertThat(out).extracting(Event::root).containsExactly("17");
  }

  @Test
  void aTargetlessDyadicEventBuiltByHandIsIncomplete() {
    Counterparts c = new Counterparts(EventWords.get());
    String text = "Arnor officials met. Arnor sent aid to Gondor.";
    Event met = new Event("a", 0, 20, "met", 16, 19, "Arnor officials", null, null, null, "040",
        "04", 1, 1.0, null, null, null, null, null, "unknown", DateBasis.UNKNOWN, null, null,
        "asserted", null, List.of());
    Event aid = new Event("b", 21, text.length(), "sent", 27, 31, "Arnor", "e1", "Gondor", "e2",
        "070", "07", 2, 7.0, null, null, null, null, null, "unknown", DateBasis.UNKNOWN, null,
        null, "asserted", null, List.of());
    assertThat(c.keep(List.of(met, aid))).containsExactly(aid);
  }
}
