package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.ActorRef;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Event;
import org.sitrep.events.Figure;
import org.sitrep.events.Mention;

/**
 * An event as output: the events stage's record joined with the actors' CAMEO codes and the
 * place's coordinates, and the sentence it came from.
 *
 * @param start the sentence's start (UTF-16 offset into the article text)
 * @param end the sentence's end, exclusive
 * @param sentence the sentence text
 * @param trigger the verb or noun that names the action
 * @param source source actor's name, or null
 * @param sourceId source entity id, or null for a description
 * @param sourceCode CAMEO actor code of the source, or null
 * @param target target actor's name, or null
 * @param targetId target entity id, or null
 * @param targetCode CAMEO actor code of the target, or null
 * @param code CAMEO event code (detailed where possible)
 * @param root CAMEO root (two digits)
 * @param quadClass CAMEO QuadClass 1–4
 * @param goldstein Goldstein score
 * @param plover PLOVER event type
 * @param ploverMode PLOVER mode, or null
 * @param acledType ACLED event type, or null when not a violent or political event
 * @param acledSubType ACLED sub-event type, or null
 * @param date TIMEX-style date of the event, or null
 * @param datePrecision {@code hour}, {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param dateBasis where the date came from: {@code clause}, {@code sentence}, {@code article} or
 *     {@code unknown} (no date)
 * @param place the place with coordinates, or null
 * @param modality asserted, reported, announced, planned, demanded, threatened, denied,
 *     hypothetical or negated
 * @param reportedBy who reported it ("state media"), or null
 * @param figures casualty and displacement figures with their ranges and spans
 * @param id the event's stable id (see {@link Event}); null only for events stored before store
 *     schema 3 and not analysed since
 * @param triggerStart the trigger's start (UTF-16 offset into the article text)
 * @param triggerEnd the trigger's end, exclusive
 * @param mentions later reports of the same event in the article (sentence and trigger spans);
 *     empty when it is reported once, and for events read back from the store, which keeps the
 *     first report only
 */
public record EventOut(int start, int end, String sentence, String trigger, String source,
    String sourceId, String sourceCode, String target, String targetId, String targetCode,
    String code, String root, int quadClass, double goldstein, String plover, String ploverMode,
    String acledType, String acledSubType, String date, String datePrecision, DateBasis dateBasis,
    PlaceOut place, String modality, String reportedBy, List<Figure> figures, String id,
    int triggerStart, int triggerEnd, List<Mention> mentions) {

  public EventOut {
    figures = ImmutableList.copyOf(figures);
    mentions = mentions == null ? ImmutableList.of() : ImmutableList.copyOf(mentions);
  }

  /** An event reported once (or read from the store, which keeps the first report only). */
  public EventOut(int start, int end, String sentence, String trigger, String source,
      String sourceId, String sourceCode, String target, String targetId, String targetCode,
      String code, String root, int quadClass, double goldstein, String plover, String ploverMode,
      String acledType, String acledSubType, String date, String datePrecision,
      DateBasis dateBasis, PlaceOut place, String modality, String reportedBy,
      List<Figure> figures, String id, int triggerStart, int triggerEnd) {
    this(start, end, sentence, trigger, source, sourceId, sourceCode, target, targetId,
        targetCode, code, root, quadClass, goldstein, plover, ploverMode, acledType, acledSubType,
        date, datePrecision, dateBasis, place, modality, reportedBy, figures, id, triggerStart,
        triggerEnd, List.of());
  }

  /**
   * The output form of {@code e}. Its actors' codes are {@code coded}'s (the actor coder's, which
   * puts a person's role in the sentence before the actors layer's code and codes what the layer
   * does not), else the actors layer's for the entity or, for an unnamed actor, for the phrase.
   *
   * @param coded the event's participant codes, or null when the pipeline coded none
   */
  static EventOut of(Event e, String text, EventActors.Coded coded, Map<String, ActorRef> actors,
      Map<String, ActorRef> actorsByName, Map<String, PlaceOut> places) {
    PlaceOut place = e.placeId() == null ? null : places.get(e.placeId());
    String sourceCode = coded != null && coded.source() != null ? coded.source().code()
        : code(actors, actorsByName, e.sourceId(), e.sourceName());
    String targetCode = coded != null && coded.target() != null ? coded.target().code()
        : code(actors, actorsByName, e.targetId(), e.targetName());
    return new EventOut(e.start(), e.end(), text.substring(e.start(), e.end()), e.trigger(),
        e.sourceName(), e.sourceId(), sourceCode, e.targetName(), e.targetId(), targetCode,
        e.code(), e.root(), e.quadClass(), e.goldstein(), e.plover(), e.ploverMode(),
        e.acledType(), e.acledSubType(), e.date(), e.datePrecision(), e.dateBasis(), place,
        e.modality(), e.reportedBy(), e.figures(), e.id(), e.triggerStart(), e.triggerEnd(),
        e.mentions());
  }

  /** The code of the actor an entity is, or of an unnamed actor ("Syrian rebels") by phrase. */
  private static String code(Map<String, ActorRef> actors, Map<String, ActorRef> byName,
      String entityId, String name) {
    ActorRef a = entityId != null ? actors.get(entityId) : name == null ? null : byName.get(name);
    return a == null ? null : a.cameoCode();
  }
}
