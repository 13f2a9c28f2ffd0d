package org.sitrep.nlp;

/**
 * One token as CoreNLP saw it.
 *
 * @param start UTF-16 offset into the article text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param word the token's text as CoreNLP normalised it (quotes may be rewritten to ASCII; use the
 *     offsets, not this, to quote the source)
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lemma
 * @param ner the coarse NER tag, {@code O} when none
 */
public record Token(int start, int end, String word, String pos, String lemma, String ner) {

  /** True for tokens that start with an upper-case letter. */
  public boolean capitalised() {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** True for proper nouns (NNP, NNPS). */
  public boolean properNoun() {
    return pos.startsWith("NNP");
  }
}
