package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable bundle of analysis layers for one article. A stage reads the layers it requires
 * and the pipeline returns a new document with the stage's result added; nothing is ever
 * modified in place, so documents can be shared freely between threads.
 */
public final class Document {
  private final ImmutableMap<Layer<?>, Object> layers;

  private Document(ImmutableMap<Layer<?>, Object> layers) {
    this.layers = layers;
  }

  /** A document holding a single layer, usually the input article. */
  public static <T> Document of(Layer<T> layer, T value) {
    return new Document(ImmutableMap.of(layer, layer.cast(value)));
  }

  /** Returns a new document with {@code layer} added; fails if it is already present. */
  public <T> Document with(Layer<T> layer, T value) {
    checkArgument(!layers.containsKey(layer), "layer %s is already present", layer);
    return new Document(ImmutableMap.<Layer<?>, Object>builder()
        .putAll(layers).put(layer, layer.cast(Objects.requireNonNull(value, layer.name()))).build());
  }

  /** The value of {@code layer}; fails with a message naming it if the layer is absent. */
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    checkState(value != null, "layer %s has not been produced; present: %s", layer, layers.keySet());
    return layer.cast(value);
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** All layers in the order they were added. */
  public Map<Layer<?>, Object> layers() {
    return layers;
  }
}
