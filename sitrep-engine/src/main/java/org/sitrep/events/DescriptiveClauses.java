package org.sitrep.events;

import java.util.Set;

/**
 * Relative clauses that describe a party rather than report a deed of the story. A relative clause
 * in the simple present ("gangs that attack traders", "a district which borders the
 * river") or in the active present perfect over a stretch of time ("a governor who has led the
 * province for two decades", "a group which has fought the army since 2012") says what the party
 * is, does as a habit or has long been doing: background, not news. A present perfect without
 * such a stretch ("the militia that has attacked X") may be the story's news and stays an event. A relative clause in the past ("the militia that attacked the village"), the progressive
 * ("who are attacking"), the passive or the future still reports its act, and so does one on an
 * event noun, whose toll it gives ("clashes that have killed two civilians"). Stateless.
 */
final class DescriptiveClauses {
  private static final Set<String> PERFECT = Set.of("has", "have");
  /** Nouns of a stretch of time: "for four decades", "for years". */
  private static final Set<String> STRETCHES = Set.of("year", "decade", "month", "week",
      "century", "generation");

  private DescriptiveClauses() {}

  /**
   * Whether verb {@code i} heads a present or present-perfect relative clause on a noun that
   * names no event.
   */
  static boolean describes(Parse p, int i, VerbLexicon lexicon) {
    int h = p.head(i);
    if (!p.relation(i).equals("acl:relcl") || h < 0
        || lexicon.candidate(p, h) && lexicon.nounCode(p, h) != null) {
      return false;
    }
    boolean perfect = false;
    for (int c : p.children(i)) {
      String r = p.base(c);
      if (r.equals("aux") || r.equals("aux:pass")) {
        if (!PERFECT.contains(p.lower(c)) || !r.equals("aux")) {
          return false; // "was attacked", "will attack", "had attacked", "is attacking"
        }
        perfect = true;
      }
    }
    String pos = p.token(i).pos();
    return perfect ? pos.equals("VBN") && stretch(p, i) : pos.equals("VBZ") || pos.equals("VBP");
  }

  /** Whether clause {@code i} says how long: "since 2012", "since the war began", "for years". */
  private static boolean stretch(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      int m = p.child(c, "mark");
      if ((r.equals("obl") && (p.caseOf(c).equals("since")
          || p.caseOf(c).equals("for") && STRETCHES.contains(p.lemma(c))))
          || (r.equals("advcl") && m >= 0 && p.lower(m).equals("since"))) {
        return true;
      }
    }
    return false;
  }
}
