package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.Span;

/**
 * Finds quotations by their marks: curly ({@code “…”}), straight ({@code "…"}), low-high ({@code
 * „…“}) and guillemets ({@code «…»}). Marks pair within one paragraph; an opening mark left open at
 * a paragraph's end counts when the next paragraph opens with a mark again (the convention for a
 * quote running over several paragraphs), or when a colon introduces it or it opens the paragraph
 * ({@code X reported: “…} with the closing mark missing: the quotation runs to the paragraph's
 * end); otherwise it is ignored as unbalanced.
 *
 * <p>Single quotation marks ({@code ‘…’}, {@code '…'}) double as apostrophes and scare quotes, so
 * a single-quoted span counts only when it is a quotation by its context: its marks stand at word
 * boundaries (an apostrophe inside a word, as in {@code don’t} or {@code Kyiv’s}, closes nothing),
 * it lies outside double quotation marks, and a speech verb stands right before it ({@code said:
 * ‘…’}, {@code told reporters ‘…’}) or right after it ({@code ‘…,’ she said}).
 */
final class QuoteMarks {
  /** How many words before an opening or after a closing single mark a speech verb may stand. */
  private static final int SPEECH_VERB_WORDS = 3;

  private QuoteMarks() {}

  /**
   * One quotation.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or the paragraph's end when it runs on or is unclosed
   * @param start first offset of the quoted words
   * @param end end of the quoted words, without trailing spaces and commas
   * @param paragraph index of the paragraph (analysed span) it lies in
   * @param runsOn true when the quote continues into the next paragraph
   * @param closed false when no closing mark ends it (it runs on, or its mark is missing)
   */
  record Marked(int open, int close, int start, int end, int paragraph, boolean runsOn,
      boolean closed) {
    /** The marks and the words between them. */
    Span outer() {
      return Span.of(open, closed ? close + 1 : close);
    }
  }

  /** Quotations in {@code paragraphs} (sorted, non-overlapping spans of {@code text}), in order. */
  static List<Marked> find(String text, List<Span> paragraphs, Lexicon lexicon) {
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
          add(out, text, open, i, p, false, true);
          open = -1;
        }
      }
      if (open >= 0 && p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1))) {
        add(out, text, open, para.end(), p, true, false);
      } else if (open >= 0 && introduced(text, para, open)) {
        add(out, text, open, para.end(), p, false, false);
      }
    }
    List<Marked> doubles = List.copyOf(out);
    for (int p = 0; p < paragraphs.size(); p++) {
      singles(text, paragraphs.get(p), p, doubles, lexicon, out);
    }
    out.sort(Comparator.comparingInt(Marked::open));
    return out;
  }

  /**
   * Whether an unclosed opening mark at {@code open} still starts a quotation: a colon introduces
   * it ({@code X said in a statement: “…}) or it opens the paragraph.
   */
  private static boolean introduced(String text, Span para, int open) {
    int i = open - 1;
    while (i >= para.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i < para.start() || text.charAt(i) == ':';
  }

  private static void add(List<Marked> out, String text, int open, int close, int p,
      boolean runsOn, boolean closed) {
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
        out.add(new Marked(open, close, s, e, p, runsOn, closed));
        return;
      }
    }
  }

  /** Single-quoted quotations of one paragraph, by the rules in the class comment. */
  private static void singles(String text, Span para, int p, List<Marked> doubles, Lexicon lex,
      List<Marked> out) {
    int i = para.start();
    while (i < para.end()) {
      char c = text.charAt(i);
      if ((c == '‘' || c == '\'') && singleOpens(text, i, para) && !insideDouble(doubles, i)) {
        int close = singleClose(text, i, para);
        if (close > 0 && !containsDouble(text, i, close)
            && (speechVerbBefore(text, para, i, lex) || speechVerbAfter(text, para, close, lex))) {
          add(out, text, i, close, p, false, true);
          i = close + 1;
          continue;
        }
      }
      i++;
    }
  }

  private static boolean singleOpens(String text, int i, Span para) {
    boolean before = i == para.start() || Character.isWhitespace(text.charAt(i - 1))
        || "([:—–".indexOf(text.charAt(i - 1)) >= 0;
    return before && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** The closing single mark for the one opening at {@code open}, or -1. */
  private static int singleClose(String text, int open, Span para) {
    char opening = text.charAt(open);
    for (int i = open + 2; i < para.end(); i++) {
      char c = text.charAt(i);
      boolean candidate = opening == '‘' ? c == '’' || c == '\'' : c == '\'';
      if (!candidate) {
        continue;
      }
      boolean afterWord = !Character.isWhitespace(text.charAt(i - 1));
      boolean beforeBoundary = i + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(i + 1));
      if (afterWord && beforeBoundary) {
        return i;
      }
    }
    return -1;
  }

  private static boolean insideDouble(List<Marked> doubles, int offset) {
    for (Marked m : doubles) {
      if (m.outer().contains(offset)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsDouble(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
        return true;
      }
    }
    return false;
  }

  /** A speech verb among the few words before {@code open}, in its paragraph and sentence. */
  private static boolean speechVerbBefore(String text, Span para, int open, Lexicon lex) {
    int i = open;
    for (int w = 0; w < SPEECH_VERB_WORDS; w++) {
      while (i > para.start() && !Character.isLetter(text.charAt(i - 1))) {
        char c = text.charAt(i - 1);
        if (c == '.' || c == '!' || c == '?') {
          return false;
        }
        i--;
      }
      int end = i;
      while (i > para.start() && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        return false;
      }
      if (lex.speechLemma(text.substring(i, end)) != null) {
        return true;
      }
    }
    return false;
  }

  /** A speech verb among the few words after the closing mark, before the sentence ends. */
  private static boolean speechVerbAfter(String text, Span para, int close, Lexicon lex) {
    int i = close + 1;
    for (int w = 0; w < SPEECH_VERB_WORDS + 1; w++) {
      while (i < para.end() && !Character.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '‘' || c == '“' || c == '"') {
          return false;
        }
        i++;
      }
      int start = i;
      while (i < para.end() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (lex.speechLemma(word) != null) {
        return true;
      }
    }
    return false;
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
