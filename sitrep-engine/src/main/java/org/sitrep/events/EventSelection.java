package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out the events of an article that report nothing a reader could use on their own: a
 * sentence that reports no event yields none. One kind goes so far:
 *
 * <ul>
 *   <li><b>A toll restated as an event.</b> "Gunmen stormed the museum, killing 19 people" is one
 *       incident: when the killing names no source and every figure it carries is carried by
 *       another event of the same sentence that names a source or a named target (the attack,
 *       which {@link FigureReader} gave the toll), the killing is that event's result, not a
 *       second event. Its victims become the attack's target when the attack names none ("Five
 *       soldiers killed in rebel ambush": the ambush, by the rebels, on the soldiers).
 * </ul>
 *
 * <p>Works on one article's events in text order; stateless.
 */
final class EventSelection {
  private EventSelection() {}

  /** The events worth reporting, in the same order. */
  static List<Event> select(List<Event> events) {
    Set<Event> dropped = new HashSet<>();
    Map<Event, Event> victims = new HashMap<>();
    for (Event e : events) {
      if (e.sourceName() != null || e.figures().isEmpty()) {
        continue;
      }
      Event attack = restating(e, events, dropped);
      if (attack != null) {
        dropped.add(e);
        if (attack.targetName() == null && e.targetName() != null) {
          victims.putIfAbsent(attack, e);
        }
      }
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (!dropped.contains(e)) {
        Event killing = victims.get(e);
        out.add(killing == null ? e : e.withTarget(killing.targetName(), killing.targetId()));
      }
    }
    return out;
  }

  /**
   * Another kept event of the sentence, with an actor of its own, that carries e's figures, or
   * null.
   */
  private static Event restating(Event e, List<Event> events, Set<Event> dropped) {
    for (Event other : events) {
      if (other == e || dropped.contains(other) || other.start() != e.start()
          || other.triggerStart() == e.triggerStart()
          || other.sourceName() == null && other.targetId() == null) {
        continue;
      }
      if (other.figures().containsAll(e.figures())) {
        return other;
      }
    }
    return null;
  }
}
