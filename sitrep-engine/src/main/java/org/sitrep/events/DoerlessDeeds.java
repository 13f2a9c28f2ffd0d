package org.sitrep.events;

import java.util.List;

/**
 * Deeds with no doer and no figure that a sentence tells only in passing: "the parliament, where
 * deputies were debating, was evacuated" is news when it is what the sentence says, but "campaigns
 * to target the army", "a concern that had been expressed", "condemned the attack" (the attack, by
 * nobody named, on no one named) or "the firm was forced to shut down, he said" are background, aims or what is
 * talked about. An event record says who did what to whom, and CAMEO coders (PETRARCH, Phoenix,
 * ICEWS) code none without a source actor; Sitrep keeps a deed with no source only when it is the
 * main clause of its sentence ("Gondor's capital was shelled overnight", a verb at the root or
 * coordinated with it, or what the sentence's reporting verb reports: "officials said two villages
 * were shelled") or when it carries a figure ("two gunmen were killed", "40 people were
 * killed in an airstrike"): figures are facts of their own. Stateless.
 */
final class DoerlessDeeds {
  private DoerlessDeeds() {}

  /** Whether draft {@code d}, with the figures read for it, is reported (see the class comment). */
  static boolean reported(Parse p, Draft d, List<Figure> figures, EventWords words) {
    if (d.source() != null || !figures.isEmpty()) {
      return true;
    }
    int x = d.trigger();
    if (!VerbSense.isVerb(p, x)) {
      // "condemned the attack": an event noun no one is said to have done, unless it names whom
      // it struck ("condemned the 3 May attack on Gondor" tells of that attack)
      return d.target() != null && d.target().id() != null;
    }
    for (int steps = 0; steps < 8 && p.head(x) >= 0; steps++) {
      String r = p.base(x);
      boolean reportedClause = (r.equals("ccomp") || r.equals("parataxis"))
          && "reported".equals(words.frame(p.lemma(p.head(x))));
      if (!r.equals("conj") && !reportedClause) {
        return false;
      }
      x = p.head(x); // "officials said two villages were shelled": what the report says
    }
    return p.head(x) < 0;
  }
}
