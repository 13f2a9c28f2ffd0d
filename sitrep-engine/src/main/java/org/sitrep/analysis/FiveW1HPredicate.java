package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.nlp.Token;

/**
 * The predicate phrase of a headline or sentence: what its subject did, from the main verb through
 * its object or complement, the shape in which a news summary states "what happened".
 *
 * <p>The phrase starts at the first finite verb or modal that follows at least one other token (a
 * clause cannot open with its predicate), so auxiliaries are kept ("has come under fire"); when
 * the stretch has no finite verb, headline style is assumed and the first verb of any form is taken
 * ("Seven killed in…", where headlines drop the auxiliary). It runs on while the tokens stay in the
 * same clause and stops before punctuation, a coordinating conjunction, or a subordinator that
 * opens a new clause ("as", "after", "while", "which"), and after at most {@code maxTokens} tokens
 * in all: a news summary's predicate is a phrase, not a clause chain. A noun compound cut by that
 * limit is completed (a few tokens at most), and a trailing preposition, determiner, possessive,
 * adjective or number, left waiting for its noun, is dropped.
 */
final class FiveW1HPredicate {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Penn tags and words that close a phrase: punctuation, brackets and dashes. */
  private static final Set<String> STOPS = Set.of(",", ".", ":", ";", "``", "''", "-LRB-",
      "-RRB-", "--", "-", "HYPH", "\"");
  /** Words that open a subordinate or relative clause, ending the main predicate. */
  private static final Set<String> SUBORDINATORS = Set.of("as", "after", "when", "while",
      "because", "despite", "following", "since", "which", "who", "whom", "whose", "before",
      "amid", "until", "if", "although", "though", "whereas", "unless");

  /** Part-of-speech tags that cannot end a phrase because they announce what follows. */
  private static final Set<String> DANGLING = Set.of("IN", "TO", "DT", "PDT", "POS", "PRP$",
      "WDT", "CC", "JJ", "JJR", "JJS", "CD");
  /** How far past the length limit a noun compound may run to be completed. */
  private static final int COMPOUND_SLACK = 3;

  private FiveW1HPredicate() {}

  private static boolean isNoun(Token t) {
    return t.pos().startsWith("NN");
  }

  /**
   * The span of the predicate phrase among {@code tokens} (one sentence or headline, in text
   * order), or empty when they hold no verb after their first token.
   *
   * @throws IllegalArgumentException if {@code maxTokens} is below 1
   */
  static Optional<Span> find(List<Token> tokens, int maxTokens) {
    checkArgument(maxTokens >= 1, "maxTokens must be >= 1, got %s", maxTokens);
    int verb = firstVerb(tokens, true);
    if (verb < 0) {
      verb = firstVerb(tokens, false);
    }
    if (verb < 0) {
      return Optional.empty();
    }
    int last = verb;
    for (int i = verb + 1; i < tokens.size() && i - verb < maxTokens; i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (STOPS.contains(t.pos()) || STOPS.contains(word) || t.pos().equals("CC")
          || SUBORDINATORS.contains(word)) {
        break;
      }
      last = i;
    }
    // A cut inside a name or noun compound would leave half a name ("at the White"): finish it.
    for (int i = last + 1; i < tokens.size() && i - verb < maxTokens + COMPOUND_SLACK
        && isNoun(tokens.get(last)) && isNoun(tokens.get(i)); i++) {
      last = i;
    }
    // Nor does a phrase end on a preposition, determiner or possessive waiting for its noun.
    while (last > verb && DANGLING.contains(tokens.get(last).pos())) {
      last--;
    }
    return Optional.of(Span.of(tokens.get(verb).start(), tokens.get(last).end()));
  }

  private static int firstVerb(List<Token> tokens, boolean finite) {
    for (int i = 1; i < tokens.size(); i++) {
      String pos = tokens.get(i).pos();
      if (finite ? FINITE.contains(pos) : pos.startsWith("VB")) {
        return i;
      }
    }
    return -1;
  }
}
