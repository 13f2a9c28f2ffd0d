package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/** The article's tokens in text order, found by offset; and the sentence around an offset. */
final class TokenIndex {
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences;

  TokenIndex(NlpAnalysis nlp) {
    this.sentences = nlp.sentences();
    for (Sentence s : sentences) {
      tokens.addAll(s.tokens());
    }
  }

  /** Index of the first token starting at or after {@code offset}; {@code size()} if none. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The token after the text ending at {@code end}, or null. */
  Token after(int end) {
    int i = firstAtOrAfter(end);
    return i < tokens.size() ? tokens.get(i) : null;
  }

  /** The token before the text starting at {@code start}, or null. */
  Token before(int start) {
    int i = firstAtOrAfter(start) - 1;
    return i >= 0 ? tokens.get(i) : null;
  }

  /** The sentence containing {@code offset}, or null. */
  Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  List<Sentence> sentences() {
    return sentences;
  }
}
