package org.sitrep.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Token;

/** Token-level helpers shared by the entity rules: where a capitalised name starts and ends. */
final class NameChains {
  private NameChains() {}

  /** Replaces overlapping candidates with a ruled one. */
  static void put(List<Cand> cands, Cand c) {
    cands.removeIf(o -> o.overlaps(c.start, c.end));
    cands.add(c);
  }

  static boolean nameToken(Token t) {
    return t.properNoun() && t.capitalised() && !t.word().equals("'s");
  }

  /** Lower-case particles and hyphens that join the parts of a name: "Souq al-Jumaa". */
  private static final Set<String> JOINERS = Set.of("-", "al", "el", "bin", "ibn", "abu", "bani",
      "de", "du", "da", "di", "van", "von", "der", "la", "le", "ul", "ad", "as", "ash", "ar");

  static boolean joiner(Token t) {
    return JOINERS.contains(t.word().toLowerCase(Locale.ROOT)) && !t.capitalised()
        || t.word().equals("-");
  }

  /** The start of the name ending just before {@code end}, or {@code end} when there is none. */
  static int chainStart(List<Token> tk, int end) {
    int j = end - 1;
    while (j >= 0) {
      if (nameToken(tk.get(j))) {
        j--;
      } else if (joiner(tk.get(j)) && j - 1 >= 0 && j + 1 < end
          && (nameToken(tk.get(j - 1)) || joiner(tk.get(j - 1)))) {
        j--;
      } else {
        break;
      }
    }
    int start = j + 1;
    while (start < end && joiner(tk.get(start))) {
      start++;
    }
    return start;
  }

  /** The end (exclusive) of the name starting at {@code start}. */
  static int chainEnd(List<Token> tk, int start) {
    int j = start;
    while (j < tk.size()) {
      if (nameToken(tk.get(j))) {
        j++;
      } else if (joiner(tk.get(j)) && j > start && j + 1 < tk.size()
          && (nameToken(tk.get(j + 1)) || joiner(tk.get(j + 1)))) {
        j++;
      } else {
        break;
      }
    }
    while (j > start && joiner(tk.get(j - 1))) {
      j--;
    }
    return j;
  }

}
