package org.sitrep.events;

import java.util.Set;

/**
 * Tells whether a verb's clause states that its subject will do the act ("X will send aid", "X
 * said it would boycott Y", "X is ready to withdraw") or will not ("X will not accept the plan",
 * "is not willing to negotiate"). CAMEO codes such a statement as an event of its own, an
 * expression of intent (03x) or a threat (13x), and its negation as a refusal (12x): see {@link
 * SpeechActs#stated} and {@link SpeechActs#negatedIntent}. A passive clause ("prisoners will be
 * released") says nothing of who intends it, and a "would" outside reported speech ("would attack
 * if …") is a supposition, so neither is a statement of intent. Stateless.
 */
final class IntentReader {
  /** What a clause states about its subject's own act. */
  enum Stance {
    /** The subject says it will do it. */
    INTENT,
    /** The subject says it will not do it. */
    REFUSAL,
    /** Neither: the act is reported, supposed or planned by someone else. */
    NONE
  }

  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private final EventWords words;

  IntentReader(EventWords words) {
    this.words = words;
  }

  /** The stance the clause of verb {@code i} takes on its subject's act. */
  Stance stance(Parse p, int i) {
    if (p.child(i, "aux:pass") >= 0 || p.child(i, "nsubj:pass") >= 0) {
      return Stance.NONE;
    }
    for (int c : p.children(i)) {
      if (!p.base(c).equals("aux")) {
        continue;
      }
      String w = p.lower(c);
      if (FUTURE.contains(w)
          || (w.equals("would") && ModalityReader.reportedFuture(p, i, words))) {
        return negated(p, i) ? Stance.REFUSAL : Stance.INTENT;
      }
    }
    int h = p.head(i);
    if (h >= 0 && p.base(i).equals("xcomp") && words.intentAdjectives.contains(p.lower(h))
        && adjective(p, h)) {
      return negated(p, h) ? Stance.REFUSAL : Stance.INTENT; // "is (not) ready to withdraw"
    }
    return Stance.NONE;
  }

  /**
   * Whether the act of verb {@code i} is stated on a condition that it not happen otherwise ("will
   * withdraw its troops unless Y agrees"): such a statement is a threat.
   */
  boolean conditional(Parse p, int i) {
    for (int c : p.children(i)) {
      int m = p.child(c, "mark");
      if (p.base(c).equals("advcl") && m >= 0 && p.lower(m).equals("unless")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of verb {@code i} is what a warning says will happen ("X warned that Y
   * will strike back"): the complement of a threat verb.
   */
  boolean warned(Parse p, int i) {
    int x = i;
    while (p.head(x) >= 0 && p.base(x).equals("conj")) {
      x = p.head(x);
    }
    return p.head(x) >= 0 && p.base(x).equals("ccomp") && words.threat.contains(p.lemma(p.head(x)));
  }

  /** Whether word {@code h} is used as an adjective: "ready", or "prepared" after "is". */
  private static boolean adjective(Parse p, int h) {
    String pos = p.token(h).pos();
    return pos.startsWith("JJ") || (pos.equals("VBN")
        && (p.child(h, "cop") >= 0 || p.child(h, "aux:pass") >= 0));
  }

  /** Whether a negator ("not", "never", "n't") modifies token {@code i}. */
  private boolean negated(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("advmod") || r.equals("neg")) && words.negators.contains(p.lower(c))) {
        return true;
      }
      if (r.equals("advmod") && p.lower(c).equals("longer") && p.children(c).stream()
          .anyMatch(k -> p.lower(k).equals("no"))) {
        return true; // "will no longer tolerate"
      }
    }
    return false;
  }
}
