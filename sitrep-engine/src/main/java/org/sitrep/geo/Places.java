package org.sitrep.geo;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * The places layer: one entry per LOCATION entity, in entity order, unresolved ones included
 * (precision {@code UNRESOLVED}, NaN coordinates).
 */
public record Places(List<PlaceRef> places) {
  public static final Layer<Places> LAYER = Layer.of("places", Places.class);

  public Places {
    places = ImmutableList.copyOf(places);
  }
}
