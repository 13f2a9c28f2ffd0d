package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Folds repeated reports of one event inside an article into one event with several mentions:
 * the headline, the lead and a later paragraph that each say "Arnor shelled Gondor" are one
 * shelling. Two reports are the same event when they have the same CAMEO code, the same source
 * and the same target (the same entity, or the same words when unnamed; at least one of the two
 * actors named by an entity, since "troops attacked a village" twice may be two attacks), the same
 * modality class (a denial is no report of the deed) and no two different dates of their own. The
 * first report keeps its id and spans; later ones become {@link Mention}s, and lend their figures
 * when the first has none.
 */
final class EventMerger {
  private EventMerger() {}

  static List<Event> merge(List<Event> events) {
    Map<String, Integer> firstByKey = new LinkedHashMap<>();
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      String key = key(e);
      Integer at = key == null ? null : firstByKey.get(key);
      if (at != null && compatibleDates(out.get(at), e)) {
        Event first = out.get(at);
        List<Mention> more = new ArrayList<>();
        more.add(Mention.of(e));
        more.addAll(e.mentions());
        out.set(at, first.withMentions(more, e.figures()));
        continue;
      }
      if (key != null && at == null) {
        firstByKey.put(key, out.size());
      }
      out.add(e);
    }
    return out;
  }

  /** What makes two reports the same event, or null when the event names no entity. */
  private static String key(Event e) {
    if (e.sourceId() == null && e.targetId() == null) {
      return null;
    }
    return e.code() + '|' + actor(e.sourceId(), e.sourceName()) + '|'
        + actor(e.targetId(), e.targetName()) + '|' + ("denied".equals(e.modality()) ? "d" : "a");
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
