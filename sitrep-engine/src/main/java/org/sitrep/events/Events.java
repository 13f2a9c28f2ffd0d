package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/** The events layer: an article's events in text order of their sentences. */
public record Events(List<Event> events) {
  public static final Layer<Events> LAYER = Layer.of("events", Events.class);

  public Events {
    events = ImmutableList.copyOf(events);
  }
}
