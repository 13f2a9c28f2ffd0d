package org.sitrep.events;

import java.util.List;
import java.util.Optional;
import org.sitrep.nlp.Token;

/** Turns one sentence's tokens into a dependency parse; thread-safe. */
@FunctionalInterface
interface SentenceParser {
  /** The parse, or empty when the sentence is not parsed (too long, or the parser gave up). */
  Optional<Parse> parse(List<Token> tokens);
}
