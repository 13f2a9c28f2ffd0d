package org.sitrep.reference;

import java.util.List;
import org.sitrep.core.StructureSpan;
import org.sitrep.nlp.Token;

/**
 * Binary searches over an article's tokens laid out flat in text order (sorted by offset, not
 * overlapping), and over its paragraphs, shared by the readers that map character spans to tokens
 * and paragraphs: the reference resolver here, the quote rules and the framing rules. Stateless.
 */
public final class TokenSearch {
  private TokenSearch() {}

  /** Index of the first token starting at or after {@code offset}; {@code tokens.length} if none. */
  public static int firstAtOrAfter(Token[] tokens, int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first token ending after {@code offset}; {@code tokens.length} if none. */
  public static int firstEndingAfter(Token[] tokens, int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Index of the span of {@code spans} (sorted by offset, not overlapping) that contains {@code
   * offset}, or -1 when none does.
   */
  public static int containing(List<StructureSpan> spans, int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < spans.size() && spans.get(lo).span().contains(offset) ? lo : -1;
  }
}
