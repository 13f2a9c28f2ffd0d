package org.sitrep.watch;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.core.IsoDays;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;

/**
 * What the alert rules read of one stored event: a flat value, so rules are pure functions that
 * tests feed with invented events, without CoreNLP, a store or HTTP.
 *
 * @param articleId the article it was read from; never blank
 * @param eventId the event's stable id, or null
 * @param storyId the story its article belongs to, or null when stories were not computed
 * @param date the event's day (its own date, else its article's publication day), or null
 * @param code CAMEO event code, or null
 * @param plover PLOVER event type, or null
 * @param ploverMode PLOVER mode, or null
 * @param modality asserted, reported, announced, planned, demanded, threatened, denied,
 *     hypothetical or negated
 * @param source source actor's name, or null; from a stored event ({@link #of}) only when the
 *     actor is a named entity or carries a CAMEO code: a bare description ("44 people",
 *     "residents") says nothing about who acted
 * @param sourceCode source actor's CAMEO code, or null
 * @param target target actor's name, or null, on the same terms
 * @param targetCode target actor's CAMEO code, or null
 * @param place the place's names (as written, the gazetteer's, its country code and first-level
 *     region), empty when the event has no place
 * @param killed the most killed any one figure states, at least (lower bound), 0 when none
 * @param wounded the most wounded, likewise
 * @param casualties the most killed-and-wounded ("casualties") one figure states, likewise
 * @param sentence the sentence it was read from
 */
public record WatchEvent(String articleId, String eventId, String storyId, LocalDate date,
    String code, String plover, String ploverMode, String modality, String source,
    String sourceCode, String target, String targetCode, List<String> place, int killed,
    int wounded, int casualties, String sentence) {

  /** Modalities that say the event happened (or, for a ceasefire, was declared). */
  static final Set<String> FACTUAL = Set.of("asserted", "reported", "announced");

  public WatchEvent {
    checkArgument(articleId != null && !articleId.isBlank(), "an event needs its article id");
    modality = modality == null ? "asserted" : modality;
    place = List.copyOf(place);
    checkArgument(killed >= 0 && wounded >= 0 && casualties >= 0, "counts are never negative");
    sentence = sentence == null ? "" : sentence;
  }

  /** Whether the text says it happened: not negated, denied, planned, threatened or supposed. */
  public boolean factual() {
    return FACTUAL.contains(modality);
  }

  /** Killed and wounded together: the larger of their sum and a "casualties" figure. */
  public int hurt() {
    return Math.max(killed + wounded, casualties);
  }

  /** The place's first name, or null. */
  public String placeName() {
    return place.isEmpty() ? null : place.get(0);
  }

  /** The events of a stored article, each tagged with {@code storyId} (null for none). */
  public static List<WatchEvent> of(AnalyzedArticle a, String storyId) {
    LocalDate published = IsoDays.dayOf(a.published() == null ? null : a.published().value());
    List<WatchEvent> out = new ArrayList<>();
    for (EventOut e : a.events()) {
      LocalDate d = IsoDays.dayOf(e.date());
      int killed = 0;
      int wounded = 0;
      int casualties = 0;
      for (Figure f : e.figures()) {
        int n = atLeast(f);
        if (f.kind() == FigureKind.KILLED) {
          killed = Math.max(killed, n);
        } else if (f.kind() == FigureKind.WOUNDED) {
          wounded = Math.max(wounded, n);
        } else if (f.kind() == FigureKind.CASUALTIES) {
          casualties = Math.max(casualties, n);
        }
      }
      out.add(new WatchEvent(a.id(), e.id(), storyId, d != null ? d : published, e.code(),
          e.plover(), e.ploverMode(), e.modality(), who(e.source(), e.sourceId(), e.sourceCode()),
          e.sourceCode(), who(e.target(), e.targetId(), e.targetCode()), e.targetCode(),
          names(e.place()), killed, wounded, casualties, e.sentence()));
    }
    return out;
  }

  private static String who(String name, String entityId, String code) {
    return entityId != null || code != null && !code.isBlank() ? name : null;
  }

  private static List<String> names(PlaceOut p) {
    List<String> out = new ArrayList<>();
    if (p != null) {
      for (String s : new String[] {p.name(), p.resolvedName(), p.countryCode(), p.admin1()}) {
        if (s != null && !s.isBlank() && !out.contains(s)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static int atLeast(Figure f) {
    BigDecimal v = f.min() != null ? f.min() : f.max();
    if (v == null || v.signum() < 0) {
      return 0;
    }
    return v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
        : v.intValue();
  }

  /** Whether two actors are one: the same name (ignoring case) or the same CAMEO code. */
  static boolean sameActor(String name1, String code1, String name2, String code2) {
    if (name1 != null && name2 != null
        && name1.strip().toLowerCase(Locale.ROOT).equals(name2.strip().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return code1 != null && code2 != null && !code1.isBlank() && code1.equalsIgnoreCase(code2);
  }
}
