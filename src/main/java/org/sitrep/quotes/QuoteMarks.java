package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Span;

/**
 * Finds quotations by their marks: curly ({@code “…”}), straight ({@code "…"}), low-high ({@code
 * „…“}) and guillemets ({@code «…»}). Single quotes are left alone because {@code ’} is also the
 * apostrophe. Marks pair within one paragraph; an opening mark left open at a paragraph's end counts
 * only when the next paragraph opens with a mark again (the convention for a quote running over
 * several paragraphs), and is otherwise ignored as unbalanced.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quotation.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or the paragraph's end when it runs on
   * @param start first offset of the quoted words
   * @param end end of the quoted words, without trailing spaces and commas
   * @param paragraph index of the paragraph (analysed span) it lies in
   * @param runsOn true when the quote continues into the next paragraph
   */
  record Marked(int open, int close, int start, int end, int paragraph, boolean runsOn) {
    /** The marks and the words between them. */
    Span outer() {
      return Span.of(open, runsOn ? close : close + 1);
    }
  }

  /** Quotations in {@code paragraphs} (sorted, non-overlapping spans of {@code text}), in order. */
  static List<Marked> find(String text, List<Span> paragraphs) {
    List<Marked> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int open = -1;
      char openChar = 0;
      for (int i = para.start(); i < para.end(); i++) {
        char c = text.charAt(i);
        if (open < 0) {
          if (opens(text, i, para)) {
            open = i;
            openChar = c;
          }
        } else if (closes(openChar, c)) {
          add(out, text, open, i, p, false);
          open = -1;
        }
      }
      if (open >= 0 && p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1))) {
        add(out, text, open, para.end(), p, true);
      }
    }
    return out;
  }

  private static void add(List<Marked> out, String text, int open, int close, int p, boolean runsOn) {
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    for (int i = s; i < e; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new Marked(open, close, s, e, p, runsOn));
        return;
      }
    }
  }

  private static boolean opens(String text, int i, Span para) {
    char c = text.charAt(i);
    boolean nextIsText = i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1));
    switch (c) {
      case '“', '«', '„':
        return true;
      case '"':
        // A straight mark followed by a space cannot open a quote: it is a stray closing mark.
        return nextIsText;
      case '”':
        // Some sources use the closing curly mark for both; accept it as opening only where it
        // plainly starts a word.
        boolean prevIsSpace = i == para.start() || Character.isWhitespace(text.charAt(i - 1));
        return prevIsSpace && nextIsText && Character.isLetterOrDigit(text.charAt(i + 1));
      default:
        return false;
    }
  }

  private static boolean closes(char openChar, char c) {
    return switch (openChar) {
      case '“', '"', '”' -> c == '”' || c == '"';
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”';
      default -> false;
    };
  }

  private static boolean startsWithMark(String text, Span para) {
    for (int i = para.start(); i < para.end(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '“' || c == '"' || c == '«' || c == '„';
      }
    }
    return false;
  }
}
