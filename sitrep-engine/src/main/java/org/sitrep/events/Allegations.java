package org.sitrep.events;

import com.google.common.collect.ImmutableSet;

/**
 * Acts that an accusation alleges: "X accused Y of shelling Z", "blamed Y for attacking Z",
 * "charged Y with smuggling arms". The accusation is the event (CAMEO 112, coded from its verb);
 * what it alleges is said by the accuser, not reported by the article, so the alleged act is no
 * event of its own. The verbs are {@code [allegation-verbs]} in {@code event-words.txt}.
 * Immutable and thread-safe.
 */
final class Allegations {
  private static final ImmutableSet<String> CASES = ImmutableSet.of("of", "for", "with");

  private final ImmutableSet<String> verbs;

  Allegations(EventWords words) {
    this.verbs = words.allegationVerbs;
  }

  /**
   * Whether word {@code i} (a verb or an event noun) is the act an accusation verb alleges: its
   * "of", "for" or "with" clause or phrase.
   */
  boolean alleged(Parse p, int i) {
    int h = p.head(i);
    if (h >= 0 && p.base(h).equals("obj") && !p.token(h).pos().startsWith("VB")) {
      h = p.head(h); // "accused Y of shelling Z" with the clause attached to Y
    }
    if (h < 0 || !verbs.contains(p.lemma(h)) || !p.token(h).pos().startsWith("VB")) {
      return false;
    }
    String r = p.base(i);
    if (r.equals("advcl") || r.equals("acl") || r.equals("xcomp")) {
      int m = p.child(i, "mark");
      return m >= 0 && CASES.contains(p.lower(m));
    }
    return r.equals("obl") && CASES.contains(p.caseOf(i));
  }
}
