package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorStage;
import org.sitrep.actors.Actors;
import org.sitrep.actors.TestDocs;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.events.Event;
import org.sitrep.events.Events;

/** Event participants get their codes from the actor coder (invented sentences, real countries). */
class EventActorStageTest {
  private static final ActorStage ACTORS = ActorStage.create();
  private static final EventActorStage STAGE = EventActorStage.using(ACTORS.coder());

  private static Event event(String text, String trigger, String source, String sourceId,
      String target, String targetId) {
    int at = text.indexOf(trigger);
    return new Event("00000000000000e1", 0, text.length(), trigger, at, at + trigger.length(),
        source, sourceId, target, targetId, "190", "19",
        4, -10.0, "ASSAULT", null, null, null, null, "unknown", org.sitrep.events.DateBasis.UNKNOWN, null, null,
        "asserted", null, List.of());
  }

  private static Document document(TestDocs docs, List<Event> events) {
    Document doc = docs.build();
    doc = doc.with(Actors.LAYER, ACTORS.process(doc)).with(Events.LAYER, new Events(events));
    return doc.with(EventActors.LAYER, STAGE.process(doc))
        .with(Structure.LAYER, new Structure(List.of(), null, null, null, null));
  }

  @Test
  void participantsTheActorsLayerDoesNotCodeGetTheCodersCode() {
    String text = "Egypt's air force struck Jordanian troops near the border.";
    Document doc = document(TestDocs.text(text)
            .entity(EntityType.LOCATION, "COUNTRY", "Egypt")
            .entity(EntityType.GROUP, "NATIONALITY", "Jordanian"),
        List.of(event(text, "struck", "Egypt", "e1", "Jordanian", "e2")));
    EventOut out = AnalyzedArticle.from(doc, "test").events().get(0);
    assertThat(out.sourceCode()).isEqualTo("EGYMIL");
    assertThat(out.targetCode()).isEqualTo("JORMIL");
    EventActors.Coded coded = doc.get(EventActors.LAYER).events().get(0);
    assertThat(coded.source().basis()).isEqualTo("country: Egypt + agent: air force");
  }

  @Test
  void unnamedPhrasesAreFoundInTheirSentence() {
    String text = "Rebels shelled Ankara. Kenyan police arrested a court official in Uganda.";
    int second = text.indexOf("Kenyan");
    Event shelled = event(text, "shelled", "Rebels", null, "Ankara", "e1");
    int verb = text.indexOf("arrested");
    Event arrested = new Event("00000000000000e2", second, text.length(), "arrested", verb,
        verb + "arrested".length(), "Kenyan police", null,
        "court official", null, "173", "17", 4, -5.0, "COERCE", null, null, null, null,
        "unknown", org.sitrep.events.DateBasis.UNKNOWN, null, null, "asserted", null, List.of());
    Document doc = document(TestDocs.text(text)
            .entity(EntityType.LOCATION, "CITY", "Ankara")
            .entity(EntityType.LOCATION, "COUNTRY", "Uganda"),
        List.of(shelled, arrested));
    List<EventOut> out = AnalyzedArticle.from(doc, "test").events();
    assertThat(out.get(0).sourceCode()).isNull(); // no country, no code
    assertThat(out.get(0).targetCode()).isEqualTo("TURGOV");
    assertThat(out.get(1).sourceCode()).isEqualTo("KENCOP");
    assertThat(out.get(1).targetCode()).isEqualTo("UGAJUD"); // Phoenix: a court official is JUD
  }

  @Test
  void theMentionNearestTheTriggerOnItsSideIsTheParticipant() {
    String text = "Sudan said Sudan's army attacked the Sudan border post.";
    Entity sudan = TestDocs.text(text).entity(EntityType.LOCATION, "COUNTRY", "Sudan").build()
        .get(Entities.LAYER).entities().get(0);
    Event e = event(text, "attacked", "Sudan", "e1", "Sudan", "e1");
    assertThat(EventActorStage.locate(e, "Sudan", sudan, true, text))
        .isEqualTo(Span.of(11, 16));
    assertThat(EventActorStage.locate(e, "Sudan", sudan, false, text))
        .isEqualTo(Span.of(37, 42));
    assertThat(EventActorStage.locate(e, "border post", null, false, text))
        .isEqualTo(Span.of(43, 54));
    assertThat(EventActorStage.locate(e, "navy", null, true, text)).isNull();
  }

  @Test
  void theTriggerIsWhereTheEventSaysNotItsFirstOccurrence() {
    String text = "Rebels attacked Jordan after Jordan attacked Syria.";
    Entity jordan = TestDocs.text(text).entity(EntityType.LOCATION, "COUNTRY", "Jordan").build()
        .get(Entities.LAYER).entities().get(0);
    int second = text.lastIndexOf("attacked");
    Event e = new Event("00000000000000e3", 0, text.length(), "attacked", second,
        second + "attacked".length(), "Jordan", "e1", "Syria", null, "190", "19", 4, -10.0,
        "ASSAULT", null, null, null, null, "unknown", org.sitrep.events.DateBasis.UNKNOWN, null,
        null, "asserted", null, List.of());
    assertThat(EventActorStage.locate(e, "Jordan", jordan, true, text))
        .isEqualTo(Span.of(29, 35));
  }
}
