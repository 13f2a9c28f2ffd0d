package org.sitrep.numbers;

/**
 * One token of a stretch of text, as the number scanner sees it.
 *
 * @param start UTF-16 offset into the original text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param kind what the token is
 * @param raw the covered text, exactly as written
 * @param lower {@code raw} lower-cased with {@link java.util.Locale#ROOT}, so that matching never
 *     depends on the default locale (a Turkish default would turn "MILLION" into "mıllıon")
 * @param spaceBefore whether whitespace (or the start of the stretch) separates this token from the
 *     previous one; a token without it is <em>attached</em> to its predecessor, which is how
 *     identifiers such as "G7" or "COVID-19" are told apart from counts
 */
record Token(int start, int end, Kind kind, String raw, String lower, boolean spaceBefore) {

  /** Token classes. */
  enum Kind {
    /** A run of letters. */
    WORD,
    /** A run of digits in a well-formed number format: "179", "3,000", "1.5". */
    NUMBER,
    /** A run of digits and separators that is not a plain number: "03:00", "09/01/2026", "1,5". */
    OTHER_DIGITS,
    /** Any other single character. */
    PUNCT
  }

  boolean isWord(String lowerText) {
    return kind == Kind.WORD && lower.equals(lowerText);
  }

  boolean isPunct(char c) {
    return kind == Kind.PUNCT && raw.charAt(0) == c;
  }

  /** True when the token is a hyphen or dash written without spaces around it. */
  boolean isJoiner() {
    return kind == Kind.PUNCT && !spaceBefore && QuantityLexicon.JOINERS.indexOf(raw.charAt(0)) >= 0;
  }
}
