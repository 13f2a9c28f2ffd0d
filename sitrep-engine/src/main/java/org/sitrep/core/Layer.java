package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A typed key for one kind of analysis result in a {@link Document}, such as the article's
 * structure or its entities. Each producing package declares its layer as a constant next to the
 * value type, so that a {@link Pipeline} can check at build time that every stage finds the layers
 * it requires.
 *
 * <p>Layers compare by identity: two layers with the same name are different keys.
 *
 * @param <T> the type of the value stored under this key
 */
public final class Layer<T> {
  private final String name;
  private final Class<?> type;

  private Layer(String name, Class<?> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Declares a layer. {@code type} is the raw class of the value; it is used only for error
   * messages and a runtime check, so a generic value type such as {@code List<Entity>} should be
   * wrapped in a record instead.
   */
  public static <T> Layer<T> of(String name, Class<T> type) {
    checkArgument(name != null && !name.isBlank(), "layer name must not be blank");
    return new Layer<>(name, Objects.requireNonNull(type, "type"));
  }

  public String name() {
    return name;
  }

  @SuppressWarnings("unchecked")
  T cast(Object value) {
    checkArgument(type.isInstance(value), "layer %s holds %s, not a %s", name,
        value == null ? "null" : value.getClass().getName(), type.getName());
    return (T) value;
  }

  @Override
  public String toString() {
    return name;
  }
}
