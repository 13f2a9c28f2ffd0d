package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Converts code-point offsets, which the evaluation files use, into UTF-16 offsets (Java {@code
 * String} indices), which every Sitrep annotation uses. The two differ after any character outside
 * the Basic Multilingual Plane, such as an emoji. Immutable.
 */
public final class CodePointIndex {
  /** utf16[i] is the UTF-16 offset of code point i; one extra entry for the end of the text. */
  private final int[] utf16;

  private CodePointIndex(int[] utf16) {
    this.utf16 = utf16;
  }

  /** Indexes {@code text}. */
  public static CodePointIndex of(String text) {
    int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
    int i = 0;
    for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
      offsets[i++] = at;
    }
    offsets[i] = text.length();
    return new CodePointIndex(offsets);
  }

  /** Number of code points in the text. */
  public int codePoints() {
    return utf16.length - 1;
  }

  /**
   * The UTF-16 offset of code point {@code codePointOffset}; the text's length for the offset just
   * past its last code point.
   *
   * @throws IllegalArgumentException if the offset lies outside {@code [0, codePoints()]}
   */
  public int toUtf16(int codePointOffset) {
    checkArgument(
        codePointOffset >= 0 && codePointOffset < utf16.length,
        "code-point offset %s lies outside a text of %s code points",
        codePointOffset,
        codePoints());
    return utf16[codePointOffset];
  }
}
