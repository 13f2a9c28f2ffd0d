package org.sitrep.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.numbers.NumberMention;
import org.sitrep.time.TimeExpression;

/**
 * What event extraction reads of one article besides the parse: the text, entity mentions, time
 * expressions, numbers and reference date, the actors stage's kinds (so that "the group" refers back
 * only to a non-state organisation), plus the actors last named together ("the pair"). Made
 * afresh for every article and used by one thread, so the stage itself keeps no state.
 */
final class ArticleContext {
  /** An entity mention with its entity. */
  record Located(int start, int end, Entity entity) {}

  /** The article's id, for event ids. */
  final String articleId;
  final String text;
  final List<Located> mentions = new ArrayList<>();
  final List<TimeExpression> times;
  final List<NumberMention> numbers;
  /** The reference date as ISO text, or null. */
  final String referenceDate;
  /** The last two or more actors named together, for "the pair", "both sides", "they". */
  List<Actor> lastGroup = List.of();
  /** The last person named, for "he" and "she". */
  Actor lastPerson;

  /** The actor kind of each entity the actors stage recognised, by entity id. */
  private final Map<String, ActorKind> kinds = new HashMap<>();
  private final Map<String, Entity> byId = new HashMap<>();

  ArticleContext(String articleId, String text, Entities entities, Actors actors,
      List<TimeExpression> times, List<NumberMention> numbers, String referenceDate) {
    this.articleId = articleId;
    this.text = text;
    for (ActorRef a : actors.actors()) {
      if (a.entityId() != null) {
        kinds.put(a.entityId(), a.kind());
      }
    }
    for (Entity e : entities.entities()) {
      byId.put(e.id(), e);
      for (Mention m : e.mentions()) {
        mentions.add(new Located(m.start(), m.end(), e));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    this.times = times;
    this.numbers = numbers;
    this.referenceDate = referenceDate;
  }

  /** The entity whose mention covers [start, end) at least partly, or null. */
  Entity entityAt(int start, int end) {
    for (Located l : mentions) {
      if (l.start() >= end) {
        break;
      }
      if (l.end() > start) {
        return l.entity();
      }
    }
    return null;
  }

  /**
   * The non-state organisation named last before {@code offset}, for "the group" and "the
   * militia": governments, armies, police, international bodies and media are not what those
   * words refer back to.
   */
  Entity lastGroupBefore(int offset) {
    Entity last = null;
    for (Located l : mentions) {
      if (l.end() > offset) {
        break;
      }
      if (l.entity().type() == EntityType.ORGANIZATION
          && !NOT_GROUPS.contains(kinds.get(l.entity().id()))) {
        last = l.entity();
      }
    }
    return last;
  }

  private static final Set<ActorKind> NOT_GROUPS = EnumSet.of(ActorKind.STATE_GOVERNMENT,
      ActorKind.MILITARY, ActorKind.POLICE_SECURITY, ActorKind.INTERNATIONAL_ORG,
      ActorKind.MEDIA);

  /** The entity with this id, or null. */
  Entity entity(String id) {
    return byId.get(id);
  }

  /** Whether a time expression overlaps [start, end): such words are a date, not an actor. */
  boolean overlapsTime(int start, int end) {
    for (TimeExpression t : times) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  boolean anyEntityIn(int start, int end) {
    return entityAt(start, end) != null;
  }

  static boolean isPlace(Entity e) {
    return e != null && e.type() == EntityType.LOCATION;
  }
}
