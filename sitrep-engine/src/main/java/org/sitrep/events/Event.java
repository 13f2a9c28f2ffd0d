package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.Span;

/**
 * One event: who did what to whom, when and where, with the sentence that states it.
 *
 * <p>Actors are named by the article's entity when one fills the role ({@code sourceId}, {@code
 * targetId} are entity ids, {@code e1}, {@code e2}, …) and otherwise by the words of the noun
 * phrase ("security forces"), with a null id. Either actor may be absent (null name and id), but
 * never both.
 *
 * <p>The id names the event across re-analyses of the same text: it is derived from the article
 * id, the sentence span, the trigger span and the CAMEO code only (and, when one trigger gives
 * several events, such as "X and Y met" giving X→Y and Y→X, from the actors' names as well), so it
 * stays put when anything else about the event (its date, place, modality or figures) is read
 * differently, and changes when the event becomes a different event (another trigger or code).
 *
 * @param id stable id, 16 hexadecimal digits (see above); unique within the article
 * @param start offset of the sentence's first character
 * @param end offset after the sentence's last character
 * @param trigger the verb or noun that states the event, as in the text
 * @param triggerStart offset of the trigger's first character (UTF-16, into the article text)
 * @param triggerEnd offset after the trigger's last character
 * @param sourceName the actor that acts, or null
 * @param sourceId its entity id, or null when the actor is a description or absent
 * @param targetName the actor acted upon, or null
 * @param targetId its entity id, or null when the actor is a description or absent
 * @param code CAMEO event code, detailed (4 digits) where the lexicon knows it
 * @param root CAMEO root, the code's first two digits
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein score of the code, -10 to +10
 * @param plover PLOVER event type, or null (CAMEO's public statements have none)
 * @param ploverMode PLOVER mode, or null
 * @param acledType ACLED event type for violent and political events, or null
 * @param acledSubType ACLED sub-event type, or null
 * @param date ISO date or date-time, possibly partial ({@code 2024-12}, {@code 2026-01-09T03:00}),
 *     or null when unknown
 * @param datePrecision {@code day}, {@code hour}, {@code month}, {@code year} or {@code unknown}
 * @param dateBasis where the date came from: the event's own words ({@code clause}), the rest of
 *     the sentence ({@code sentence}), the article's reference date ({@code article}), or
 *     nothing ({@code unknown}, with a null date: a background event with no date of its own, or
 *     no reference date); see {@link DateBasis}
 * @param placeName where it happened, a LOCATION entity's name, or null
 * @param placeId that entity's id, or null
 * @param modality {@code asserted}, {@code reported}, {@code announced}, {@code planned}, {@code
 *     demanded}, {@code threatened} or {@code denied}; the events stage gives no {@code
 *     hypothetical} or {@code negated} event (those values stay valid for records stored earlier)
 * @param reportedBy who reports or states it ("state media", an entity's name), or null
 * @param figures counts attached to the event: killed, wounded, …
 * @param mentions the other reports of the same event in the article, in text order (empty when
 *     it is reported once); the spans and id above are the first report's, or the first report
 *     naming the source when an earlier one names none
 */
public record Event(
    String id,
    int start,
    int end,
    String trigger,
    int triggerStart,
    int triggerEnd,
    String sourceName,
    String sourceId,
    String targetName,
    String targetId,
    String code,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    String ploverMode,
    String acledType,
    String acledSubType,
    String date,
    String datePrecision,
    DateBasis dateBasis,
    String placeName,
    String placeId,
    String modality,
    String reportedBy,
    List<Figure> figures,
    List<Mention> mentions) {

  /** The modalities an event may have. */
  public static final Set<String> MODALITIES = Set.of("asserted", "reported", "announced",
      "planned", "demanded", "threatened", "denied", "hypothetical", "negated");

  public Event {
    Objects.requireNonNull(id, "id");
    checkArgument(start >= 0 && end >= start, "bad sentence span [%s,%s)", start, end);
    Objects.requireNonNull(trigger, "trigger");
    checkArgument(start <= triggerStart && triggerStart < triggerEnd && triggerEnd <= end,
        "trigger span [%s,%s) must lie inside the sentence [%s,%s)", triggerStart, triggerEnd,
        start, end);
    Objects.requireNonNull(code, "code");
    checkArgument(sourceName != null || targetName != null, "an event needs an actor: %s", trigger);
    checkArgument(quadClass >= 1 && quadClass <= 4, "quad class must be 1-4, got %s", quadClass);
    checkArgument(MODALITIES.contains(modality), "unknown modality %s", modality);
    Objects.requireNonNull(dateBasis, "dateBasis");
    checkArgument((date == null) == (dateBasis == DateBasis.UNKNOWN),
        "a date needs a basis and only a missing one is unknown: %s, %s", date, dateBasis);
    figures = ImmutableList.copyOf(figures);
    mentions = ImmutableList.copyOf(mentions);
  }

  /** An event reported once. */
  public Event(String id, int start, int end, String trigger, int triggerStart, int triggerEnd,
      String sourceName, String sourceId, String targetName, String targetId, String code,
      String root, int quadClass, double goldstein, String plover, String ploverMode,
      String acledType, String acledSubType, String date, String datePrecision,
      DateBasis dateBasis, String placeName, String placeId, String modality, String reportedBy,
      List<Figure> figures) {
    this(id, start, end, trigger, triggerStart, triggerEnd, sourceName, sourceId, targetName,
        targetId, code, root, quadClass, goldstein, plover, ploverMode, acledType, acledSubType,
        date, datePrecision, dateBasis, placeName, placeId, modality, reportedBy, figures,
        List.of());
  }

  /** This event with {@code name} (entity {@code entityId}, or null) as its target. */
  Event withTarget(String name, String entityId) {
    return new Event(id, start, end, trigger, triggerStart, triggerEnd, sourceName, sourceId,
        name, entityId, code, root, quadClass, goldstein, plover, ploverMode, acledType,
        acledSubType, date, datePrecision, dateBasis, placeName, placeId, modality, reportedBy,
        figures, mentions);
  }

  /** This event with further mentions and, when it had none, the figures a later report gives. */
  Event withMentions(List<Mention> more, List<Figure> laterFigures) {
    return new Event(id, start, end, trigger, triggerStart, triggerEnd, sourceName, sourceId,
        targetName, targetId, code, root, quadClass, goldstein, plover, ploverMode, acledType,
        acledSubType, date, datePrecision, dateBasis, placeName, placeId, modality, reportedBy,
        figures.isEmpty() ? laterFigures : figures,
        ImmutableList.<Mention>builder().addAll(mentions).addAll(more).build());
  }

  /** The sentence span. */
  public Span span() {
    return Span.of(start, end);
  }

  /** The trigger's span. */
  public Span triggerSpan() {
    return Span.of(triggerStart, triggerEnd);
  }
}
