package org.sitrep.api;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One parameter of a {@link Route}, as the OpenAPI document states it and as the handlers read
 * it (through {@link Params}).
 *
 * @param name the parameter's name
 * @param in where it goes
 * @param type its value type
 * @param description what it does, for the document
 * @param required whether a request must give it
 */
record Param(String name, In in, Type type, String description, boolean required) {

  Param {
    checkArgument(name != null && !name.isBlank(), "a parameter needs a name");
    checkArgument(in != In.PATH || required, "path parameter %s must be required", name);
  }

  static Param query(String name, Type type, String description) {
    return new Param(name, In.QUERY, type, description, false);
  }

  static Param path(String name, String description) {
    return new Param(name, In.PATH, Type.STRING, description, true);
  }

  /** Where a parameter goes. */
  enum In {
    QUERY, PATH;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A parameter's value type, with its JSON Schema. */
  enum Type {
    STRING("string", null),
    INTEGER("integer", null),
    NUMBER("number", null),
    DATE("string", "date");

    final String schemaType;
    final String format;

    Type(String schemaType, String format) {
      this.schemaType = schemaType;
      this.format = format;
    }
  }
}
