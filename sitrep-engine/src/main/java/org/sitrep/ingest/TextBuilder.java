package org.sitrep.ingest;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/**
 * Assembles extracted text paragraph by paragraph, separating paragraphs with a blank line and
 * recording where each one landed, so markup spans are exact by construction rather than found
 * again by searching.
 */
final class TextBuilder {

  /** Runs of any whitespace, including no-break and typographic spaces that markup leaves. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  static final String PARAGRAPH_BREAK = "\n\n";

  private final StringBuilder text = new StringBuilder();
  private final List<StructureSpan> spans = new ArrayList<>();

  /** Appends one paragraph, whitespace collapsed; a blank paragraph is dropped. */
  void add(StructureType type, String raw) {
    add(type, raw, "");
  }

  /** Appends one paragraph with the reason for its type (for furniture and credits). */
  void add(StructureType type, String raw, String note) {
    String paragraph = collapse(raw);
    if (paragraph.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(PARAGRAPH_BREAK);
    }
    int start = text.length();
    text.append(paragraph);
    spans.add(StructureSpan.of(type, start, text.length(), note));
  }

  /** Collapses each whitespace run to one space and trims, as rendered HTML text reads. */
  static String collapse(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }

  List<StructureSpan> spans() {
    return ImmutableList.copyOf(spans);
  }
}
