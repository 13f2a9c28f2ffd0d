package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.quotes.Phrases.Who;

/**
 * Finds accusations, blame, condemnations and denials, sentence by sentence, outside quotation
 * marks:
 *
 * <ul>
 *   <li>{@code X accused Y of Z}; {@code Y was accused of Z (by X)}
 *   <li>{@code X blamed Y for Z}; {@code X blamed Z on Y}
 *   <li>{@code X held Y responsible (for Z)} (also "accountable")
 *   <li>{@code X denied (that) Z} — no accused
 *   <li>{@code X condemned/denounced Z (by Y)}
 * </ul>
 *
 * A negated verb ("did not accuse", "never blamed") makes no claim. The content runs to the end of
 * the clause: the sentence's end, a semicolon, or a comma before a participle ("…, calling for").
 */
final class ClaimFinder {
  private static final Map<String, String> VERBS = Map.ofEntries(
      Map.entry("accuse", "accuse"), Map.entry("accused", "accuse"), Map.entry("accuses", "accuse"),
      Map.entry("accusing", "accuse"), Map.entry("blame", "blame"), Map.entry("blamed", "blame"),
      Map.entry("blames", "blame"), Map.entry("blaming", "blame"), Map.entry("deny", "deny"),
      Map.entry("denied", "deny"), Map.entry("denies", "deny"), Map.entry("denying", "deny"),
      Map.entry("condemn", "condemn"), Map.entry("condemned", "condemn"),
      Map.entry("condemns", "condemn"), Map.entry("condemning", "condemn"),
      Map.entry("denounce", "condemn"), Map.entry("denounced", "condemn"),
      Map.entry("denounces", "condemn"), Map.entry("denouncing", "condemn"),
      Map.entry("hold", "hold"), Map.entry("held", "hold"), Map.entry("holds", "hold"),
      Map.entry("holding", "hold"));
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  private final View v;
  private final Phrases ph;

  ClaimFinder(View v, Phrases ph) {
    this.v = v;
    this.ph = ph;
  }

  List<Claim> find() {
    List<Claim> out = new ArrayList<>();
    for (int s = 0; s < v.sentences.size(); s++) {
      int lo = v.sentenceFirst[s];
      int hi = v.sentenceEnd[s];
      for (int i = lo; i < hi; i++) {
        String type = VERBS.get(v.lower(i));
        if (type == null || v.inQuote[i] || !v.isVerb(i) && !v.pos(i).equals("JJ")
            || negated(i, lo)) {
          continue;
        }
        Claim c = claim(s, i, type, lo, hi);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private boolean negated(int i, int lo) {
    for (int k = i - 1; k >= lo && k >= i - 3; k--) {
      if (NEGATIONS.contains(v.lower(k))) {
        return true;
      }
    }
    return false;
  }

  private Claim claim(int s, int i, String type, int lo, int hi) {
    int end = clauseEnd(i + 1, hi);
    String verb = v.lower(i);
    // "clashes blamed on X": a participle without "has" reads as a passive.
    boolean passive = ph.passive(i) || (v.pos(i).equals("VBN")
        && !(i > lo && v.lower(i - 1).matches("has|have|had")));
    Who claimant = null;
    Who accused = null;
    int contentFrom = i + 1;
    int contentTo = end;
    if (passive && (type.equals("deny") || type.equals("hold"))) {
      return null; // "was denied entry", "talks were held": no claim
    }
    if (passive) {
      int be = i - 1;
      while (be > lo && v.pos(be).startsWith("RB")) {
        be--;
      }
      int[] subj = ph.passive(i) ? ph.before(be, lo) : ph.before(i, lo);
      accused = ph.resolve(subj[0], subj[1]);
      if (type.equals("blame") && i + 1 < end && v.lower(i + 1).equals("on")) {
        // "<what> was blamed on <whom>"
        int[] whom = ph.object(i + 2, end);
        return new Claim(null, null, v.lower(i), name(ph.resolve(whom[0], whom[1])),
            id(ph.resolve(whom[0], whom[1])), content(subj[0], subj[1]),
            v.sentences.get(s).start(), v.sentences.get(s).end());
      }
      for (int k = i + 1; k < end; k++) {
        if (v.lower(k).equals("by") && !v.inQuote[k]) {
          int[] by = ph.after(k, end);
          claimant = ph.resolve(by[0], by[1]);
          contentTo = k;
          break;
        }
      }
      if (type.equals("accuse") || type.equals("blame")) {
        contentFrom = after(i + 1, contentTo, "of", "for");
      }
    } else {
      int[] subj = v.pos(i).equals("VBG") ? ph.subjectOf(i, lo) : ph.before(i, lo);
      claimant = ph.resolve(subj[0], subj[1]);
      switch (type) {
        case "accuse" -> {
          int[] obj = ph.object(i + 1, end);
          accused = ph.resolve(obj[0], obj[1]);
          contentFrom = after(obj[1], end, "of");
        }
        case "blame" -> {
          int[] obj = ph.object(i + 1, end);
          int on = indexOf(obj[1], end, "on");
          if (on >= 0 && !v.lower(obj[1]).equals("for")) {
            // "blamed <what> on <whom>"
            int[] whom = ph.object(on + 1, end);
            accused = ph.resolve(whom[0], whom[1]);
            contentFrom = i + 1;
            contentTo = on;
          } else {
            accused = ph.resolve(obj[0], obj[1]);
            contentFrom = after(obj[1], end, "for");
          }
        }
        case "hold" -> {
          int resp = -1;
          for (int k = i + 1; k < end && k <= i + 10; k++) {
            if (v.lower(k).equals("responsible") || v.lower(k).equals("accountable")) {
              resp = k;
              break;
            }
          }
          if (resp < 0) {
            return null;
          }
          verb = verb + " " + v.lower(resp);
          accused = ph.resolve(ph.object(i + 1, resp)[0], ph.object(i + 1, resp)[1]);
          contentFrom = after(resp + 1, end, "for");
          if (contentFrom == resp + 1 && contentFrom < end && !v.lower(resp + 1).equals("for")) {
            contentFrom = end;
          }
        }
        case "deny" -> contentFrom = i + 1 < end && v.lower(i + 1).equals("that") ? i + 2 : i + 1;
        default -> {
          // condemn: the accused is whoever the object names after "by"
          int by = indexOf(i + 1, end, "by");
          if (by >= 0) {
            int[] whom = ph.after(by, end);
            accused = ph.resolve(whom[0], whom[1]);
          }
        }
      }
    }
    if (claimant == null && accused == null && contentFrom >= contentTo) {
      return null;
    }
    Sentence sentence = v.sentences.get(s);
    return new Claim(claimant == null ? null : claimant.name(),
        claimant == null ? null : claimant.id(), verb, accused == null ? null : accused.name(),
        accused == null ? null : accused.id(), content(contentFrom, contentTo), sentence.start(),
        sentence.end());
  }

  private static String name(Who w) {
    return w == null ? null : w.name();
  }

  private static String id(Who w) {
    return w == null ? null : w.id();
  }

  /** The index after the first of {@code words} in {@code [from, to)}, else {@code from}. */
  private int after(int from, int to, String... words) {
    for (int k = from; k < to && k < from + 3; k++) {
      for (String w : words) {
        if (v.lower(k).equals(w)) {
          return k + 1;
        }
      }
    }
    return from;
  }

  private int indexOf(int from, int to, String word) {
    for (int k = from; k < to; k++) {
      if (v.lower(k).equals(word) && !v.inQuote[k]) {
        return k;
      }
    }
    return -1;
  }

  /** End of the clause started at {@code from}: a semicolon, a comma before a participle. */
  private int clauseEnd(int from, int hi) {
    for (int k = from; k < hi; k++) {
      String w = v.lower(k);
      if (v.inQuote[k]) {
        continue;
      }
      if (w.equals(";") || (w.equals(",") && k + 1 < hi
          && (v.pos(k + 1).equals("VBG") || v.lower(k + 1).equals("according")))) {
        return k;
      }
    }
    return hi;
  }

  private String content(int from, int to) {
    while (to > from && v.isPunct(to - 1) && !v.isMark(to - 1)) {
      to--;
    }
    if (from >= to) {
      return "";
    }
    return v.text.substring(v.tokens[from].start(), v.tokens[to - 1].end());
  }
}
