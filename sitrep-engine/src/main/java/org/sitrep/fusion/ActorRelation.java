package org.sitrep.fusion;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
  // compiled once: fusion normalises names for every pair of reports it compares
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Names already normalised (empty for a name that normalises to nothing): fusing a story
   * compares its few actor names hundreds of thousands of times, and the regular expressions
   * were most of the time fusion took. A pure function's results, so sharing them between threads
   * changes nothing; emptied when full, so it stays bounded.
   */
  private static final ConcurrentHashMap<String, String> NORMS = new ConcurrentHashMap<>();
  private static final int NORMS_CAP = 20_000;

  private ActorRelation() {}

  static Relation of(String nameA, String codeA, String nameB, String codeB) {
    String a = norm(nameA);
    String b = norm(nameB);
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

  /** Lower case, apostrophes and punctuation as spaces, a leading "the" dropped. */
  static String norm(String name) {
    if (name == null) {
      return null;
    }
    String known = NORMS.get(name);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    String s = normalise(name);
    if (NORMS.size() >= NORMS_CAP) {
      NORMS.clear();
    }
    NORMS.put(name, s == null ? "" : s);
    return s;
  }

  private static String normalise(String name) {
    String s = NOT_LETTERS.matcher(POSSESSIVE.matcher(name.toLowerCase(Locale.ROOT))
        .replaceAll("")).replaceAll(" ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s.isEmpty() ? null : s;
  }
}
