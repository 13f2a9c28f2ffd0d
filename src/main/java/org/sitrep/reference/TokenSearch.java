package org.sitrep.reference;

import org.sitrep.nlp.Token;

/**
 * Binary searches over an article's tokens laid out flat in text order (sorted by offset, not
 * overlapping), shared by the readers that map character spans to tokens: the reference resolver
 * here and the quote rules. Stateless.
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
}
