package org.sitrep.fusion;

import java.util.HashMap;
import java.util.Locale;

/**
 * Whether two reports' actors in one role can be the same actor. Across articles entity ids mean
 * nothing (they are per article), so actors are compared by name and CAMEO code:
 *
 * <ul>
 *   <li>{@link Relation#UNKNOWN} when either side has neither name nor code;
 *   <li>{@link Relation#AGREE} when the names are equal or one is the other with words around it
 *       ("army", "the Norland army"), ignoring case, punctuation and a leading "the", and with
 *       spaces and hyphens between a name's syllables not counting ("Vel Ka Dor", "Velkador
 *       village": transliterations split syllables differently); or else when both codes are
 *       known and equal;
 *   <li>{@link Relation#CONTAINS} when both codes are known and one extends the other ("NOR" and
 *       "NORMIL": the country and its military): compatible, but no evidence that the reports
 *       speak of the same actor (a country's people and its parliament share the prefix);
 *   <li>{@link Relation#CONFLICT} otherwise (different codes, or different names with no codes to
 *       bridge them).
 * </ul>
 */
final class ActorRelation {
  private ActorRelation() {}

  static Relation of(String nameA, String codeA, String nameB, String codeB) {
    return of(nameA, codeA, nameB, codeB, new Names());
  }

  /** As {@link #of(String, String, String, String)}, normalising names through {@code names}. */
  static Relation of(String nameA, String codeA, String nameB, String codeB, Names names) {
    String a = names.norm(nameA);
    String b = names.norm(nameB);
    String ca = code(codeA);
    String cb = code(codeB);
    if ((a == null && ca == null) || (b == null && cb == null)) {
      return Relation.UNKNOWN;
    }
    // equal names first: the common case, and cheaper than looking for one name in the other
    if (a != null && b != null && (a.equals(b) || within(a, b) || within(b, a))) {
      return Relation.AGREE;
    }
    if (ca != null && cb != null) {
      return ca.equals(cb) ? Relation.AGREE
          : ca.startsWith(cb) || cb.startsWith(ca) ? Relation.CONTAINS : Relation.CONFLICT;
    }
    return Relation.CONFLICT;
  }

  /**
   * Whether {@code inner} is a run of {@code outer}'s words, compared with the spaces inside the
   * run removed: "ka lo mi" is within "kalomi village".
   */
  static boolean within(String inner, String outer) {
    String squashed = inner.replace(" ", "");
    String[] words = outer.split(" ");
    for (int i = 0; i < words.length; i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.length && run.length() < squashed.length(); j++) {
        run.append(words[j]);
        if (run.length() == squashed.length() && run.toString().equals(squashed)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String code(String c) {
    return c == null || c.isBlank() ? null : c.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Lower case, a possessive "'s" dropped, other punctuation as spaces (runs of it as one), a
   * leading "the" dropped; null for a name with no letters or digits. A single pass over the
   * characters, no regular expressions: fusing a story normalises its few actor names hundreds
   * of thousands of times, and the expressions were most of the time fusion took.
   */
  static String norm(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(name.length());
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if ((c == '\'' || c == '\u2019') && i + 1 < n
          && Character.toLowerCase(name.charAt(i + 1)) == 's'
          && (i + 2 == n || !Character.isLetterOrDigit(name.charAt(i + 2)))) {
        i++; // the possessive's "s" goes with its apostrophe
      } else if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    String s = out.toString();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s.isEmpty() ? null : s;
  }

  /**
   * Names already normalised, for one fusion call: fusing a story compares its few actor names
   * hundreds of thousands of times, so each distinct name is normalised once per call. Not
   * thread-safe; a call makes its own and drops it when done.
   */
  static final class Names {
    private final HashMap<String, String> known = new HashMap<>();

    /** {@link ActorRelation#norm}, remembered. */
    String norm(String name) {
      if (name == null) {
        return null;
      }
      String s = known.computeIfAbsent(name, n -> {
        String v = ActorRelation.norm(n);
        return v == null ? "" : v;
      });
      return s.isEmpty() ? null : s;
    }
  }
}
