package org.sitrep.events;

import java.util.List;
import java.util.Set;

/**
 * An event's modality and reporter, from its clause and the verbs above it: negation,
 * "would"/"could"/"if", "allowed X to", "efforts to" (hypothetical), "will"/"plans to"/"said it
 * would" (planned), "threatened to", "denied", what a present, progressive, future or non-finite
 * act is for ("rebels compete with X to provide security": hypothetical, an aim),
 * "demanded"/"called for", "the deadline for X to", "announced", and reporting ("X said", "state
 * media reported", "according to X") with the reporter. A noun event takes the modality of the
 * frame verb whose object it is ("announced a ceasefire"). Negation wins; otherwise the innermost
 * frame does.
 */
final class ModalityReader {
  /**
   * A modality with its reporter.
   *
   * @param modality one of {@link Event#MODALITIES}
   * @param reportedBy who reports or states it, or null
   */
  record Reading(String modality, String reportedBy) {}

  private final EventWords words;
  private final PhraseActors phrases;

  ModalityReader(EventWords words, PhraseActors phrases) {
    this.words = words;
    this.phrases = phrases;
  }

  Reading read(Parse p, int trigger, int clause, ArticleContext ctx) {
    return read(p, trigger, clause, ctx, false);
  }

  /**
   * The reading of an event, where {@code refusal} says that the negation on its trigger is the
   * event itself ("will not accept", coded as a refusal) and so does not negate it.
   */
  Reading read(Parse p, int trigger, int clause, ArticleContext ctx, boolean refusal) {
    if ((!refusal && negated(p, trigger)) || (clause != trigger && negated(p, clause))) {
      return new Reading("negated", null);
    }
    String found = null;
    String by = null;
    if (clause != trigger && p.head(trigger) == clause && p.base(trigger).equals("obj")) {
      found = words.frame(p.lemma(clause)); // "announced a ceasefire", "denied the attack"
      if ("reported".equals(found)) {
        by = reporter(p, clause, ctx);
      }
    }
    for (int c : p.children(clause)) {
      String r = p.base(c);
      String w = p.lower(c);
      if (r.equals("aux")) {
        if (w.equals("would") && reportedFuture(p, clause, words)) {
          found = "planned"; // "X said it would boycott Y": the future of reported speech
        } else if (w.equals("would") || w.equals("could") || w.equals("might")
            || w.equals("may")) {
          found = "hypothetical";
        } else if ((w.equals("will") || w.equals("shall") || w.equals("'ll")) && found == null) {
          found = "planned";
        }
      } else if (r.equals("mark") && (w.equals("if") || w.equals("unless"))) {
        found = "hypothetical";
      }
    }
    // the frames above the clause, innermost first
    int x = clause;
    // no finite clause of its own between the event and x; a noun is the aim's only when it is
    // what the aim's verb does ("to launch an offensive"), not what it acts on ("to oversee a
    // ceasefire" that holds)
    boolean insideAim = clause == trigger || words.takesPart(p.lemma(clause));
    for (int steps = 0; found == null && steps < 8 && x >= 0; steps++) {
      String r = p.base(x);
      int h = p.head(x);
      if (h < 0) {
        break;
      }
      boolean complement = r.equals("xcomp") || r.equals("ccomp") || r.equals("dep")
          || r.equals("obj")
          || r.equals("obl") || r.equals("advcl") || r.equals("csubj");
      if (r.equals("acl") && words.demandNouns.contains(p.lemma(h))) {
        found = "demanded"; // "the deadline for X to withdraw"
        break;
      }
      if (r.equals("acl") && infinitive(p, x) && !words.attemptNouns.contains(p.lemma(h))) {
        found = "hypothetical"; // "efforts to curb dissent": what a noun aims at has not happened
        break;
      }
      if ((r.equals("xcomp") || r.equals("advcl")) && insideAim && infinitive(p, x)
          && aimOnly(p, h)) {
        found = "hypothetical"; // "rebels compete with the army to provide security": an aim
        break;
      }
      if (!complement) {
        if (r.equals("conj")) {
          insideAim &= !ownClause(p, x);
          x = h;
          continue;
        }
        break;
      }
      if (r.equals("advcl") && p.child(x, "mark") >= 0
          && Set.of("if", "unless").contains(p.lower(p.child(x, "mark")))) {
        found = "hypothetical";
        break;
      }
      String lemma = p.lemma(h);
      if (negated(p, h) && (words.denial.contains(lemma) || words.reporting.contains(lemma))) {
        x = h;
        continue;
      }
      String f = words.frame(lemma);
      if (!("reported".equals(f) && r.equals("obj"))) {
        found = f;
        by = "reported".equals(f) ? reporter(p, h, ctx) : null;
      }
      if (found == null && r.equals("xcomp") && words.intentAdjectives.contains(p.lower(h))
          && !p.token(h).pos().startsWith("VBD")) {
        found = "planned"; // "is ready to send troops": a statement of intent (IntentReader)
        break;
      }
      if (found == null && r.equals("xcomp") && words.unrealisedGovernors.contains(lemma)) {
        found = "hypothetical"; // "readied jets to deploy", "allowed it to buy": not happened
        break;
      }
      insideAim &= !ownClause(p, x);
      x = h;
    }
    if (found == null) {
      // "X attacked Y, state media reported" / "…, according to X"
      int top = clause;
      while (p.head(top) >= 0 && p.base(top).equals("conj")) {
        top = p.head(top);
      }
      for (int c : p.children(top)) {
        if ((p.base(c).equals("parataxis") || p.base(c).equals("ccomp")
            || p.base(c).equals("dep")) && words.reporting.contains(p.lemma(c)) && c > clause) {
          found = "reported";
          by = reporter(p, c, ctx);
          break;
        }
      }
      if (found == null && p.head(top) >= 0 && p.base(top).equals("parataxis")
          && words.reporting.contains(p.lemma(p.head(top)))) {
        found = "reported";
        by = reporter(p, p.head(top), ctx);
      }
      if (found == null) {
        for (int i = 0; i < p.size(); i++) {
          if (p.caseOf(i).equals("according to") && (p.dominates(clause, i)
              || p.head(i) == p.head(clause) || p.head(i) < 0 || p.dominates(p.head(i), clause))) {
            found = "reported";
            Actor a = phrases.actor(p, i, ctx);
            by = a == null ? null : a.name();
            break;
          }
        }
      }
    }
    return new Reading(found == null ? "asserted" : found, by);
  }

  /** Who a reporting verb's subject names, or null. */
  private String reporter(Parse p, int verb, ArticleContext ctx) {
    int s = -1;
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj") && (s < 0 || Math.abs(c - verb) < Math.abs(s - verb))) {
        s = c; // the nearest subject: "X attacked Y, state media reported" may attach Y too
      }
    }
    if (s < 0 && verb > 0 && p.token(verb - 1).pos().startsWith("NN")
        && phrases.agentNoun(p, verb - 1)
        && (p.head(verb - 1) == verb || p.base(verb - 1).equals("appos")
        || p.base(verb - 1).equals("dep"))) {
      s = verb - 1; // "…, a local monitoring group said" parsed as an apposition before the verb
    }
    if (s < 0) {
      return null;
    }
    List<Actor> a = phrases.actors(p, s, ctx);
    return a.isEmpty() ? null : a.get(0).name();
  }

  /**
   * Whether a "would" clause is the complement of a reporting or announcing verb with no "if" or
   * "unless" of its own: "X said it would boycott Y" reports a plan (or, for {@link
   * IntentReader}, an intent), "X would attack if …" does not.
   */
  static boolean reportedFuture(Parse p, int clause, EventWords words) {
    int x = clause;
    while (p.head(x) >= 0 && p.base(x).equals("conj")) {
      x = p.head(x);
    }
    for (int c : p.children(clause)) {
      int m = p.child(c, "mark");
      if (p.base(c).equals("advcl") && m >= 0 && Set.of("if", "unless").contains(p.lower(m))) {
        return false;
      }
    }
    int h = p.head(x);
    if (h < 0 || !p.base(x).equals("ccomp")) {
      return false;
    }
    String f = words.frame(p.lemma(h));
    return "reported".equals(f) || "announced".equals(f);
  }

  /**
   * Whether a "to" clause under verb {@code h} names only what {@code h}'s act is for: {@code h}
   * is in the simple present ("compete with X to provide"), a progressive ("is using checkpoints to
   * slow the convoys", "were advancing to retake the town"), the present passive ("is meant to
   * deter"), the future, an infinitive or a gerund, so no finished act has reached the aim.
   * After a past or present perfect verb ("fired warning shots to clear the road", "has sent
   * observers to watch the vote") the purpose is kept as a deed, as news coders code it.
   * Frames (their own modality), verbs whose complement is the act itself ("continues to shell",
   * "tried to hack") and adjectives are not such governors.
   */
  private boolean aimOnly(Parse p, int h) {
    String pos = p.token(h).pos();
    String lemma = p.lemma(h);
    if (!pos.startsWith("VB") || pos.equals("VBD") || words.frame(lemma) != null
        || words.realisingGovernors.contains(lemma)) {
      return false;
    }
    if (pos.equals("VBN")) {
      boolean aux = false;
      for (int c : p.children(h)) {
        if (p.base(c).equals("aux") || p.base(c).equals("aux:pass")) {
          aux = true;
          if (p.token(c).pos().equals("VBD") || p.lemma(c).equals("have")) {
            return false; // "had sent", "was sent", "has sent": a finished act
          }
        }
      }
      return aux; // a bare participle is a headline's or a reduced clause's past
    }
    return true;
  }

  /**
   * Whether {@code x} is a clause of its own, not part of an infinitive above it: a finite verb, or
   * a word with a subject or a copula ("to deter X and punish Y" share one aim; "to keep violence
   * at bay since a bomb killed 21" does not make the killing an aim). An infinitive is never one.
   */
  private static boolean ownClause(Parse p, int x) {
    String pos = p.token(x).pos();
    if (infinitive(p, x)) {
      return false;
    }
    return p.child(x, "nsubj") >= 0 || p.child(x, "nsubj:pass") >= 0 || pos.equals("VBD")
        || pos.equals("VBZ") || pos.equals("VBP") || p.child(x, "cop") >= 0;
  }

  /** Whether clause {@code i} is a "to" infinitive with no auxiliary of its own. */
  private static boolean infinitive(Parse p, int i) {
    int m = p.child(i, "mark");
    return m >= 0 && m < i && p.lower(m).equals("to") && p.child(i, "aux") < 0
        && p.token(i).pos().startsWith("VB");
  }

  /** Whether a negator ("not", "never", "no") modifies token {@code i}. */
  boolean negated(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && words.negators.contains(p.lower(c))) {
        return true;
      }
    }
    return false;
  }
}
