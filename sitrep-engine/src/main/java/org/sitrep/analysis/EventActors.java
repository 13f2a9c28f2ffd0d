package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.actors.CodedActor;
import org.sitrep.core.Layer;

/**
 * The CAMEO actor codes of every event's participants, in the order of the events layer.
 *
 * @param events one entry per event, in the events layer's order
 */
public record EventActors(List<Coded> events) {
  public static final Layer<EventActors> LAYER = Layer.of("event-actors", EventActors.class);

  public EventActors {
    events = ImmutableList.copyOf(events);
  }

  /**
   * The codes of one event's participants.
   *
   * @param source the source's code, or null when it has none or the event has no source
   * @param target the target's code, or null when it has none or the event has no target
   */
  public record Coded(CodedActor source, CodedActor target) {}
}
