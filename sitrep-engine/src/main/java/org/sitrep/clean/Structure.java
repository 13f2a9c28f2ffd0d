package org.sitrep.clean;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.core.Layer;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/**
 * What each stretch of an article's text is: title, standfirst, dateline, byline, captions, body
 * paragraphs and boilerplate. The source text itself is never changed; later stages read it
 * through {@link #analysisText(String)}.
 *
 * @param spans classified stretches, sorted by start, non-overlapping; text outside every span is
 *     whitespace
 * @param title the headline's span, or null when the text has none
 * @param dateline the dateline's span including its trailing dash and the space after it (where
 *     the story text starts), or null; the DATELINE entry of {@code spans} ends at the dash
 * @param datelinePlace the dateline's place part ("ERBIL, Kurdistan Region of Iraq"), or null
 * @param statedDate a publication date stated in the text itself ("Jan. 09, 2026 • 3 min read"), or
 *     null
 */
public record Structure(
    List<StructureSpan> spans, Span title, Span dateline, String datelinePlace, LocalDate statedDate) {

  public static final Layer<Structure> LAYER = Layer.of("structure", Structure.class);

  public Structure {
    spans = ImmutableList.sortedCopyOf((a, b) -> a.span().compareTo(b.span()), spans);
  }

  /** The spans of analysed types (title, standfirst, captions, headings, body), in text order. */
  public List<StructureSpan> analysed() {
    return spans.stream().filter(s -> s.type().isAnalysed()).toList();
  }

  /** The type of the span containing {@code offset}, or null when it lies in no span. */
  public StructureType typeAt(int offset) {
    for (StructureSpan s : spans) {
      if (s.span().contains(offset)) {
        return s.type();
      }
    }
    return null;
  }

  /**
   * The text that language analysis reads: the same length as {@code text}, with every character
   * outside analysed spans (boilerplate, dateline, byline) and every non-breaking or other unusual
   * space replaced by a plain space, and line breaks kept. Because lengths match, every offset an
   * analyser reports is already an offset into the original text.
   */
  public String analysisText(String text) {
    char[] out = new char[text.length()];
    java.util.Arrays.fill(out, ' ');
    for (StructureSpan s : analysed()) {
      for (int i = s.span().start(); i < s.span().end(); i++) {
        char c = text.charAt(i);
        out[i] = Character.isSpaceChar(c) || c == '\t' ? ' ' : c;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out[i] = c;
      }
    }
    return new String(out);
  }
}
