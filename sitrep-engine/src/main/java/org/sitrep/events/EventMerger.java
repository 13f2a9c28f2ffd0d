package org.sitrep.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Folds repeated reports of one event inside an article into one event with several mentions:
 * the headline, the lead and a later paragraph that each say "Arnor shelled Gondor" are one
 * shelling. Two reports are the same event when they have the same CAMEO code, the same source
 * and the same target (the same entity, or the same words when unnamed; at least one of the two
 * actors named by an entity, since "troops attacked a village" twice may be two attacks), the same
 * modality class (a denial is no report of the deed) and no two different dates of their own. The
 * first report keeps its id and spans; later ones become {@link Mention}s, and lend their figures
 * when the first has none.
 *
 * <p>A report that names no source ("sanctions on Gondor were lifted", "Gondor was shelled") is a
 * report of the event with the same code, target and modality class that does name one ("Arnor
 * lifted sanctions on Gondor"), when that event's source or the target is an entity: whichever
 * comes first in the text, the report naming the source speaks for the event (its id and spans)
 * and the other becomes one of its mentions, so that the event keeps who did it. Mentions stay in
 * text order.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events) {
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    // reports by (code, target, modality class): those naming a source, those naming none
    Map<String, Integer> sourcedByDeed = new LinkedHashMap<>();
    Map<String, Integer> unsourcedByDeed = new LinkedHashMap<>();
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      String key = key(e);
      Integer at = key == null ? null : firstByKey.get(key);
      if (at != null && compatibleDates(out.get(at), e)) {
        out.set(at, fold(out.get(at), e));
        continue;
      }
      String deed = deed(e);
      if (deed != null && e.sourceName() == null) {
        Integer named = sourcedByDeed.get(deed);
        if (named != null && compatibleDates(out.get(named), e)) {
          out.set(named, fold(out.get(named), e));
          continue;
        }
      } else if (deed != null) {
        Integer unnamed = unsourcedByDeed.remove(deed);
        if (unnamed != null && compatibleDates(out.get(unnamed), e)) {
          // the earlier report without a source becomes a mention of this one
          out.set(unnamed, fold(e, out.get(unnamed)));
          sourcedByDeed.putIfAbsent(deed, unnamed);
          if (key != null) {
            firstByKey.putIfAbsent(key, unnamed);
          }
          continue;
        }
      }
      if (key != null && at == null) {
        firstByKey.put(key, out.size());
      }
      if (deed != null) {
        (e.sourceName() == null ? unsourcedByDeed : sourcedByDeed).putIfAbsent(deed, out.size());
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Puts a toll reported with no doer on the attack it counts: "Over 60 people were killed in an
   * airstrike. Witnesses said two air force jets fired on the village." A violent report (CAMEO
   * 18 to 20) that names no source but gives killed or wounded is a mention of the nearest
   * violent report of the same root that names a source, in the same sentence or the one before or
   * after it, and lends it its figures, unless that report has a toll of its own (two tolls may
   * be two incidents) or states a death rather than an attack. Further away, the toll stays an event of its own: an article may report
   * several incidents. Then the unattributed reports of an attack anywhere in the article go
   * on the attack they restate, with their figures, when nothing says they are two incidents
   * (see {@link AttackReports}).
   *
   * @param sentenceStarts the offsets at which the article's sentences start, ascending
   */
  static List<Event> attachTolls(List<Event> events, List<Integer> sentenceStarts) {
    List<Event> out = new ArrayList<>(events);
    for (int i = 0; i < out.size(); i++) {
      Event toll = out.get(i);
      if (toll.sourceName() != null || !violent(toll) || !hasToll(toll)) {
        continue;
      }
      int at = sentence(sentenceStarts, toll.start());
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int j = 0; j < out.size(); j++) {
        Event attack = out.get(j);
        int distance = Math.abs(sentence(sentenceStarts, attack.start()) - at);
        if (j == i || attack.sourceName() == null || !attack.root().equals(toll.root())
            || hasToll(attack) || distance > 1 || !compatibleDates(attack, toll)
            || DEATH.matcher(attack.trigger()).lookingAt()) {
          continue;
        }
        if (distance < bestDistance) {
          best = j;
          bestDistance = distance;
        }
      }
      if (best >= 0) {
        Event attack = out.get(best);
        List<Figure> figures = new ArrayList<>(attack.figures());
        figures.addAll(toll.figures());
        out.set(best, fold(attack, toll, figures));
        out.remove(i);
        i--;
      }
    }
    return AttackReports.fold(out, sentenceStarts);
  }

  /**
   * Triggers that state a death rather than an attack ("killed", "died"): such an event with no
   * toll of its own is no attack a toll could count ("the number of people killed rose to 40"
   * names the dead, not who killed them).
   */
  private static final Pattern DEATH = Pattern.compile("(?i)(kill|die[ds]?\\b|dying|dead|slain)");

  private static boolean violent(Event e) {
    return e.root().compareTo("18") >= 0 && e.root().compareTo("20") <= 0;
  }

  private static boolean hasToll(Event e) {
    return e.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED
        || f.kind() == FigureKind.WOUNDED);
  }

  /** The index of the sentence holding {@code offset}. */
  private static int sentence(List<Integer> starts, int offset) {
    int k = Collections.binarySearch(starts, offset);
    return k >= 0 ? k : Math.max(0, -k - 2);
  }

  /**
   * The event {@code head} with {@code other}'s reports as mentions, in text order, and {@code
   * other}'s figures when {@code head} has none.
   */
  private static Event fold(Event head, Event other) {
    return fold(head, other, head.figures().isEmpty() ? other.figures() : head.figures());
  }

  static Event fold(Event head, Event other, List<Figure> figures) {
    List<Mention> all = new ArrayList<>(head.mentions());
    all.add(Mention.of(other));
    all.addAll(other.mentions());
    all.sort(Comparator.comparingInt(Mention::triggerStart));
    return new Event(head.id(), head.start(), head.end(), head.trigger(), head.triggerStart(),
        head.triggerEnd(), head.sourceName(), head.sourceId(), head.targetName(),
        head.targetId(), head.code(), head.root(), head.quadClass(), head.goldstein(),
        head.plover(), head.ploverMode(), head.acledType(), head.acledSubType(), head.date(),
        head.datePrecision(), head.dateBasis(), head.placeName(), head.placeId(),
        head.modality(), head.reportedBy(), figures, all);
  }

  /** What makes two reports the same event, or null when the event names no entity. */
  private static String key(Event e) {
    if (e.sourceId() == null && e.targetId() == null) {
      return null;
    }
    return e.code() + '|' + actor(e.sourceId(), e.sourceName()) + '|'
        + actor(e.targetId(), e.targetName()) + '|' + modalityClass(e);
  }

  /**
   * The deed without its doer, for matching a report that names no source with one that does:
   * null when the event has no target, or when neither its source nor its target is an entity.
   */
  private static String deed(Event e) {
    if (e.targetName() == null || e.sourceName() != null && e.sourceId() == null
        && e.targetId() == null || e.sourceName() == null && e.targetId() == null) {
      return null;
    }
    return e.code() + '|' + actor(e.targetId(), e.targetName()) + '|' + modalityClass(e);
  }

  private static String modalityClass(Event e) {
    return "denied".equals(e.modality()) ? "d" : "a";
  }

  private static String actor(String id, String name) {
    return id != null ? id : name == null ? "-" : "'" + name.toLowerCase(Locale.ROOT);
  }

  /** Whether two reports do not date the event differently from their own words. */
  private static boolean compatibleDates(Event a, Event b) {
    boolean own = a.dateBasis() == DateBasis.CLAUSE && b.dateBasis() == DateBasis.CLAUSE;
    return !own || Objects.equals(a.date(), b.date());
  }
}
