package org.sitrep.reference;

import java.util.List;
import org.sitrep.core.StructureSpan;
import org.sitrep.nlp.Token;

/**
 * Which tokens lie inside double quotation marks, paragraph by paragraph: curly marks pair as
 * opening and closing, straight ones alternate, guillemets pair; a mark left open at the end of a
 * paragraph closes there (news style reopens a quotation continued into the next paragraph).
 * Single quotation marks are left alone: they double as apostrophes. Shared by the reference
 * resolver and the framing stage's voices, so both read quotation marks alike. Stateless.
 */
public final class QuotedText {
  private QuotedText() {}

  /**
   * Which characters of {@code text} lie inside double quotation marks (marks included), by the
   * rules above; the array has one entry per character.
   */
  public static boolean[] characters(String text, List<StructureSpan> paragraphs) {
    boolean[] inside = new boolean[text.length()];
    for (StructureSpan p : paragraphs) {
      int open = -1;
      for (int i = p.span().start(); i < p.span().end() && i < text.length(); i++) {
        char c = text.charAt(i);
        boolean opening = c == '“' || c == '«' || c == '„';
        boolean closing = c == '”' || c == '»';
        if (c == '"') {
          opening = open < 0;
          closing = open >= 0;
        }
        if (opening && open < 0) {
          open = i;
        } else if (closing && open >= 0) {
          fill(inside, open, i + 1);
          open = -1;
        }
      }
      if (open >= 0) {
        fill(inside, open, Math.min(p.span().end(), text.length()));
      }
    }
    return inside;
  }

  /** Which tokens start inside double quotation marks, by {@link #characters}. */
  static boolean[] mark(String text, List<StructureSpan> paragraphs, Token[] tokens) {
    boolean[] inside = characters(text, paragraphs);
    boolean[] out = new boolean[tokens.length];
    for (int k = 0; k < tokens.length; k++) {
      out[k] = tokens[k].start() < text.length() && inside[tokens[k].start()];
    }
    return out;
  }

  private static void fill(boolean[] inside, int from, int to) {
    for (int i = from; i < to; i++) {
      inside[i] = true;
    }
  }
}
