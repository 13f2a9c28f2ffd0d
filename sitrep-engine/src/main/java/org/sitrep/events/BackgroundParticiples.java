package org.sitrep.events;

import com.google.common.collect.ImmutableSet;

/**
 * Participles that describe who a party is rather than report what it did: "fighters backed by
 * X", "a coalition led by Y", "militias funded by Z" say whom the fighters belong to; the news is
 * what they do. Such a reduced relative (a past participle modifying a noun, with no auxiliary and
 * no subject of its own) states no event when its verb is one of {@code
 * [affiliation-participles]} in {@code event-words.txt}; "civilians killed by X" still does.
 * Immutable and thread-safe.
 */
final class BackgroundParticiples {
  private final ImmutableSet<String> verbs;

  BackgroundParticiples(EventWords words) {
    this.verbs = words.affiliationParticiples;
  }

  /** Whether verb {@code i} is an affiliation participle modifying a noun ("led by X"). */
  boolean describes(Parse p, int i) {
    if (!p.relation(i).equals("acl") || !p.token(i).pos().equals("VBN")
        || !verbs.contains(p.lemma(i))) {
      return false;
    }
    return p.child(i, "aux") < 0 && p.child(i, "aux:pass") < 0 && p.child(i, "nsubj") < 0
        && p.child(i, "nsubj:pass") < 0;
  }
}
