package org.sitrep.events;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.nlp.Sentence;

/**
 * Where an event happened: a non-country place that is the target of a violent event ("shelled
 * X", "captured X"), else a LOCATION in an "in"/"at"/"near"… phrase of the trigger or its clause,
 * else a non-country LOCATION elsewhere in the sentence that is not one of the event's actors.
 */
final class EventPlace {
  /**
   * A place entity.
   *
   * @param name its name, or null when the event has no place
   * @param id its entity id, or null
   */
  record Place(String name, String id) {}

  private static final Place NONE = new Place(null, null);

  private final EventWords words;

  EventPlace(EventWords words) {
    this.words = words;
  }

  Place place(Parse p, Draft d, Sentence s, ArticleContext ctx) {
    Set<String> actorIds = new HashSet<>();
    if (d.source() != null && d.source().id() != null) {
      actorIds.add(d.source().id());
    }
    if (d.target() != null && d.target().id() != null) {
      actorIds.add(d.target().id());
    }
    if (d.target() != null && d.target().id() != null && CameoTable.isViolent(d.code())) {
      Entity t = ctx.entity(d.target().id());
      if (ArticleContext.isPlace(t) && !"COUNTRY".equals(t.subtype())) {
        return new Place(t.name(), t.id()); // "shelled X", "captured X": X is where
      }
    }
    for (int anchor : new int[] {d.trigger(), d.clause()}) {
      for (int c : p.children(anchor)) {
        String r = p.relation(c);
        if ((r.startsWith("obl") || r.startsWith("nmod")) && words.placeCases.contains(
            p.caseOf(c).split(" ")[0])) {
          for (int t : p.subtree(c, Set.of("acl", "parataxis", "ccomp"))) {
            Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
            if (ArticleContext.isPlace(e) && !actorIds.contains(e.id())) {
              return new Place(e.name(), e.id());
            }
          }
        }
      }
    }
    for (ArticleContext.Located l : ctx.mentions) {
      if (l.start() >= s.start() && l.end() <= s.end() && ArticleContext.isPlace(l.entity())
          && !actorIds.contains(l.entity().id()) && !"COUNTRY".equals(l.entity().subtype())) {
        return new Place(l.entity().name(), l.entity().id());
      }
    }
    return NONE;
  }
}
