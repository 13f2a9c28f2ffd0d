package org.sitrep.nlp;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A sentence and its tokens.
 *
 * @param start offset of the first token
 * @param end offset after the last token
 * @param tokens the tokens, in order, never empty
 */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = ImmutableList.copyOf(tokens);
  }
}
