package org.sitrep.core;

import java.util.Objects;

/**
 * A stretch of an article's text with its {@link StructureType}.
 *
 * @param type what the text is
 * @param span where it is, in the article's original text
 * @param note why it was classified so, for boilerplate (e.g. {@code "reading time"}); may be empty
 */
public record StructureSpan(StructureType type, Span span, String note) {
  public StructureSpan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    note = note == null ? "" : note;
  }

  public static StructureSpan of(StructureType type, int start, int end) {
    return new StructureSpan(type, Span.of(start, end), "");
  }

  public static StructureSpan of(StructureType type, int start, int end, String note) {
    return new StructureSpan(type, Span.of(start, end), note);
  }
}
