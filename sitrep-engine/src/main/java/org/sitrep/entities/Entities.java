package org.sitrep.entities;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/** The entities layer: an article's entities in order of first mention. */
public record Entities(List<Entity> entities) {
  public static final Layer<Entities> LAYER = Layer.of("entities", Entities.class);

  public Entities {
    entities = ImmutableList.copyOf(entities);
  }
}
