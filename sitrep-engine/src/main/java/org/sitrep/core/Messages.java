package org.sitrep.core;

/**
 * One-line user messages: warnings, failure reasons and errors are printed one per line, so a
 * message must never carry a line break of its own, even when it quotes input (a raw date from a
 * feed, a charset name, a driver's multi-line error).
 */
public final class Messages {
  private Messages() {}

  /** Longest quoted input kept in a message; the rest is cut with an ellipsis. */
  private static final int QUOTE_LIMIT = 80;

  /**
   * {@code message} with every line break (and the blanks around it) turned into one space and
   * the ends stripped; null becomes "".
   */
  public static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * A piece of input as it may appear inside a message: on one line, other control characters
   * shown as U+FFFD, and at most 80 characters (cut with "…").
   */
  public static String quoted(String input) {
    String s = oneLine(input).replaceAll("\\p{Cc}", "\uFFFD");
    if (s.length() > QUOTE_LIMIT) {
      int cut = QUOTE_LIMIT;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) {
        cut--;
      }
      s = s.substring(0, cut) + "…";
    }
    return s;
  }
}
