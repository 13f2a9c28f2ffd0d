package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;

/**
 * Finds an event's source and target.
 *
 * <ul>
 *   <li><b>Verbs.</b> Source is the subject, target the object (except after "discuss" and other
 *       topic verbs, whose object is what is talked about), else an oblique with "with",
 *       "against", "between", "on" or "to", else the first named actor inside the object or an
 *       oblique ("condemned an attack by X", "left for X"; not "a poster of X"). Passives swap
 *       roles: the passive subject, or the noun a bare participle modifies ("fighters backed by
 *       X"), is the target, the "by" agent the source. A subjectless verb (xcomp, conj, advcl)
 *       inherits its governor's subject. "Seized the town from Y": Y is the target. A named actor
 *       after "to", "with", "against" outranks an unnamed object ("sent reservists to Y": Y). A threat,
 *       demand or refusal with no target of its own takes the target of the act it frames, or
 *       the subject of its "that" clause ("demanded that Y withdraw").
 *   <li><b>Nouns.</b> "clashes between X and Y" → X→Y; "a call with Y", "attack on Y", "against Y"
 *       give the target; "by X", "X's" or a modifying entity ("Turkish strikes") the source. A
 *       noun that is the object of a verb of doing or announcing ("held talks", "launched an
 *       offensive", "denied the attack") takes that verb's subject; after other verbs ("discussed
 *       the clashes") it does not.
 * </ul>
 */
final class RoleFinder {
  private final EventWords words;
  private final PhraseActors phrases;
  private final VerbLexicon lexicon;
  private final SpeechActs acts;

  RoleFinder(EventWords words, PhraseActors phrases, VerbLexicon lexicon) {
    this.acts = new SpeechActs(words);
    this.words = words;
    this.phrases = phrases;
    this.lexicon = lexicon;
  }

  /** Fills the roles of verb {@code i}; returns the clause head. */
  int verbRoles(Parse p, int i, List<Actor> sources, List<Actor> targets, ArticleContext ctx) {
    int subj = p.child(i, "nsubj", "nsubj:xsubj");
    int passSubj = p.child(i, "nsubj:pass");
    boolean passive = passSubj >= 0 || p.child(i, "aux:pass") >= 0
        || (p.relation(i).equals("acl") && p.token(i).pos().equals("VBN")
            && p.child(i, "aux") < 0 && p.child(i, "nsubj") < 0); // "fighters backed by X"
    int agent = -1;
    for (int c : p.children(i)) {
      if (p.base(c).equals("obl") && (p.relation(c).equals("obl:agent") || p.caseOf(c).equals(
          "by"))) {
        agent = c;
      }
    }
    if (passive) {
      if (passSubj >= 0) {
        targets.addAll(phrases.actors(p, passSubj, ctx));
      } else if (p.base(i).equals("acl") && p.head(i) >= 0) {
        targets.addAll(phrases.actors(p, p.head(i), ctx)); // "people killed by …"
      }
      if (agent >= 0) {
        sources.addAll(phrases.actors(p, agent, ctx));
      }
      return i;
    }
    if (subj >= 0 && p.relation(i).equals("acl:relcl") && p.head(i) >= 0
        && p.token(subj).pos().startsWith("W")) {
      subj = p.head(i); // "the militia that attacked X": the militia
    }
    if (subj < 0) {
      subj = inheritedSubject(p, i);
    }
    if (subj >= 0) {
      sources.addAll(phrases.actors(p, subj, ctx));
    } else if (p.base(i).equals("acl") && p.head(i) >= 0) {
      sources.addAll(phrases.actors(p, p.head(i), ctx));
    }
    boolean topic = words.topicVerbs.contains(p.lemma(i));
    if (words.territoryVerbs.contains(p.lemma(i))) {
      for (int c : p.children(i)) {
        if (p.base(c).equals("obl") && p.caseOf(c).equals("from")) {
          targets.addAll(phrases.actors(p, c, ctx)); // "seized the town from X"
        }
      }
    }
    int obj = p.child(i, "obj", "iobj");
    if (obj >= 0 && !topic && targets.isEmpty()) {
      targets.addAll(phrases.actors(p, obj, ctx));
      List<Actor> named = namedRecipient(p, i, ctx);
      if (!named.isEmpty() && targets.stream().allMatch(a -> a.id() == null)) {
        targets.clear();
        targets.addAll(named); // "sent army reservists to X", "handed prisoners to X": X
      }
    }
    if (obj >= 0 && targets.isEmpty() && p.token(obj).pos().startsWith("NN")
        && lexicon.nounCode(p, obj) != null) {
      for (int c : p.children(obj)) {
        if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("by")) {
          targets.addAll(phrases.actors(p, c, ctx)); // "condemned an attack by X": X, not where
          break;
        }
      }
    }
    if (targets.isEmpty()) {
      for (int c : p.children(i)) {
        if (p.base(c).equals("obl") && words.targetCases.contains(p.caseOf(c))
            && !(topic && !p.caseOf(c).equals("with"))) {
          List<Actor> found = phrases.actors(p, c, ctx);
          if (!found.isEmpty()) {
            if (p.caseOf(c).equals("between") && sources.isEmpty() && found.size() >= 2) {
              sources.add(found.get(0));
              targets.addAll(found.subList(1, found.size()));
            } else {
              targets.addAll(found);
            }
            break;
          }
        }
      }
    }
    if (targets.isEmpty()) {
      // PETRARCH-style fallback: the first named actor inside the object or an oblique ("condemned
      // an attack by X", "left for X")
      for (int c : p.children(i)) {
        String r = p.base(c);
        if ((r.equals("obj") && !topic && !words.depictions.contains(p.lemma(c)))
            || (r.equals("obl") && !p.relation(c).equals("obl:tmod") && !topic)) {
          int at = firstNamed(p, c, ctx, sources);
          if (at >= 0) {
            // "ties with X, Y and Z", "ties between X and Y": every conjunct is a target
            for (Actor a : phrases.actors(p, at, ctx)) {
              if (sources.stream().noneMatch(a::same)) {
                targets.add(a);
              }
            }
            break;
          }
        }
      }
    }
    if (targets.isEmpty() && acts.kind(p.lemma(i)) != null) {
      complementTargets(p, i, sources, targets, ctx);
    }
    return i;
  }

  /**
   * The target of a threat, demand or refusal with none of its own: whom the act it frames is
   * done to ("threatened to impose sanctions on Y": Y) or, for a "that" clause, who is to do it
   * ("demanded that Y withdraw": Y).
   */
  private void complementTargets(Parse p, int i, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if (!(r.equals("xcomp") || r.equals("ccomp")) || !p.token(c).pos().startsWith("VB")) {
        continue;
      }
      List<Actor> found = new ArrayList<>();
      int s = p.child(c, "nsubj", "nsubj:pass");
      if (r.equals("ccomp") && s >= 0) {
        found.addAll(phrases.actors(p, s, ctx));
      } else {
        verbRoles(p, c, new ArrayList<>(), found, ctx);
      }
      for (Actor a : found) {
        if (sources.stream().noneMatch(a::same)) {
          targets.add(a);
        }
      }
      return;
    }
  }

  /** Fills the roles of event noun {@code i}; returns the clause head (the governing verb). */
  int nounRoles(Parse p, int i, List<Actor> sources, List<Actor> targets, ArticleContext ctx) {
    List<Integer> modifiers = new ArrayList<>(p.children(i));
    int governor = p.head(i);
    String rel = p.base(i);
    boolean argOfVerb = governor >= 0 && (rel.equals("obj") || rel.equals("nsubj")
        || rel.equals("obl") || rel.equals("nsubj:pass"));
    if (argOfVerb && rel.equals("nsubj")) {
      modifiers.addAll(p.children(governor)); // "clashes erupted between X and Y"
    }
    for (int c : modifiers) {
      if (c == i) {
        continue;
      }
      String r = p.relation(c);
      String cs = p.caseOf(c);
      if ((r.startsWith("nmod") || r.startsWith("obl")) && cs.equals("between")) {
        List<Actor> found = phrases.actors(p, c, ctx);
        if (found.size() >= 2) {
          sources.add(found.get(0));
          targets.addAll(found.subList(1, found.size()));
        } else {
          // "clashes between X and <a party the parse loses>": X is still the first party.
          sources.addAll(found);
        }
      } else if (r.equals("nmod:poss") || ((r.startsWith("nmod") || r.startsWith("obl"))
          && cs.equals("by"))) {
        sources.addAll(phrases.actors(p, c, ctx));
      } else if ((r.startsWith("nmod") || r.startsWith("obl")) && words.targetCases.contains(cs)
          && !cs.equals("between")) {
        targets.addAll(phrases.actors(p, c, ctx));
      } else if ((r.equals("amod") || r.equals("compound")) && c < i) {
        Entity e = phrases.entityOf(p, c, ctx);
        if (e != null && e.type() != EntityType.LOCATION) {
          sources.add(new Actor(e.name(), e.id(), e.type() == EntityType.PERSON));
        } else if (e != null && e.type() == EntityType.LOCATION && "COUNTRY".equals(
            e.subtype())) {
          sources.add(new Actor(e.name(), e.id(), false));
        }
      }
    }
    if (sources.isEmpty() && argOfVerb && rel.equals("obj")
        && words.takesPart(p.lemma(governor))) {
      int s = p.child(governor, "nsubj");
      if (s < 0) {
        s = inheritedSubject(p, governor);
      }
      if (s < 0 && p.relation(governor).equals("acl") && p.head(governor) >= 0
          && !p.token(governor).pos().equals("VBN")) {
        s = p.head(governor); // "fighters, …, launched an offensive" parsed as a modifier
      }
      if (s >= 0) {
        sources.addAll(phrases.actors(p, s, ctx));
      }
    }
    return argOfVerb ? governor : i;
  }

  /**
   * The named actors of verb {@code i}'s first oblique with a target preposition ("to X",
   * "against X", "with X") that names any; empty when none does. A CAMEO coder takes such an
   * actor as the target over an unnamed object, which is what is sent, handed over or moved.
   */
  private List<Actor> namedRecipient(Parse p, int i, ArticleContext ctx) {
    for (int c : p.children(i)) {
      if (p.base(c).equals("obl") && words.targetCases.contains(p.caseOf(c))
          && !p.caseOf(c).equals("between")) {
        List<Actor> found = phrases.actors(p, c, ctx);
        if (!found.isEmpty() && found.stream().allMatch(a -> a.id() != null)) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The index of the first named actor in the subtree of {@code node} not in exclude, or -1. */
  private int firstNamed(Parse p, int node, ArticleContext ctx, List<Actor> exclude) {
    for (int t : p.subtree(node, Set.of("acl", "parataxis", "ccomp", "advcl"))) {
      Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
      if (ArticleContext.isPlace(e) && !"COUNTRY".equals(e.subtype())
          && (p.base(t).equals("compound") || p.base(t).equals("amod"))) {
        continue; // "the Sabha clashes": where, not whom
      }
      int m = t;
      for (int k = 0; k < 10 && p.base(m).equals("conj") && p.head(m) >= 0; k++) {
        m = p.head(m); // "Syrian and Iraqi unity": Iraqi modifies what Syrian modifies
      }
      if (e != null && p.base(m).equals("amod") && p.head(m) >= 0
          && !phrases.agentNoun(p, p.head(m))) {
        continue; // "Syrian unity" is not Syria
      }
      if (e != null && exclude.stream().noneMatch(x -> e.id().equals(x.id()))) {
        return t;
      }
    }
    return -1;
  }

  /** The subject a subjectless verb (xcomp, conj, advcl) takes from its governors, or -1. */
  private static int inheritedSubject(Parse p, int i) {
    int x = i;
    for (int steps = 0; steps < 6 && x >= 0; steps++) {
      String r = p.base(x);
      if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("dep"))) {
        return -1;
      }
      x = p.head(x);
      if (x < 0) {
        return -1;
      }
      int s = p.child(x, "nsubj");
      if (s >= 0) {
        return s;
      }
    }
    return -1;
  }
}
