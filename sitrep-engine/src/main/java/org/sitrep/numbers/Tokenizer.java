package org.sitrep.numbers;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into letter runs, digit runs and single punctuation characters, keeping
 * each token's offsets into the original text. Whitespace separates tokens and is recorded as
 * {@link Token#spaceBefore()}.
 */
final class Tokenizer {
  /**
   * A plain number: digits with optional thousands separators in groups of three, and an optional
   * decimal part. Anything else made of digits and separators ("03:00", "1,5", "2026/01/09") is a
   * time, date, fraction or code, not a count.
   */
  private static final Pattern NUMBER_FORMAT =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

  private Tokenizer() {}

  static List<Token> tokenize(String text, int start, int end) {
    ImmutableList.Builder<Token> out = ImmutableList.builder();
    boolean space = true;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      int j = i + 1;
      Token.Kind kind;
      if (Character.isLetter(c)) {
        while (j < end && (Character.isLetter(text.charAt(j))
            || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
          j++;
        }
        kind = Token.Kind.WORD;
      } else if (isAsciiDigit(c)) {
        j = digitRunEnd(text, i, end);
        kind = NUMBER_FORMAT.matcher(text).region(i, j).matches()
            ? Token.Kind.NUMBER : Token.Kind.OTHER_DIGITS;
      } else {
        if (Character.isHighSurrogate(c) && j < end && Character.isLowSurrogate(text.charAt(j))) {
          j++;
        }
        kind = Token.Kind.PUNCT;
      }
      String raw = text.substring(i, j);
      out.add(new Token(i, j, kind, raw, raw.toLowerCase(Locale.ROOT), space));
      space = false;
      i = j;
    }
    return out.build();
  }

  /** End of a run of digits and inner separators ({@code , . : /}) that ends on a digit. */
  private static int digitRunEnd(String text, int from, int end) {
    int last = from;
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      if (isAsciiDigit(c)) {
        last = k;
      } else if (c != ',' && c != '.' && c != ':' && c != '/') {
        break;
      } else if (k + 1 >= end || !isAsciiDigit(text.charAt(k + 1))) {
        break;
      }
    }
    return last + 1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
