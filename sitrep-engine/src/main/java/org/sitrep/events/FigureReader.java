package org.sitrep.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.nlp.Sentence;
import org.sitrep.numbers.NumberMention;

/**
 * The figures of a sentence's events.
 *
 * <ul>
 *   <li>What a number counts is {@link CountReader}'s to say.
 *   <li>A single victim with no number counts one: the object of a killing verb, the passive
 *       subject of one, the subject of "die", or whoever was "beaten/burned to death", when that
 *       is a named person, "he"/"she", or one person described ("killed a journalist, Jane Roe";
 *       "a soldier died"); conjoined persons count one each ("killed Jane Roe and John Doe": 2).
 *       The same for one person wounded or detained.
 *   <li>A figure belongs to the event whose clause holds it: going up the parse from the counted
 *       phrase, the first conflictual event (CAMEO 14 to 20) whose trigger or clause head is met
 *       takes it ("clashes between X and Y killed ten": the clashes), or the one that is the
 *       subject of a verb on that way ("the raid left 40 dead, making it the bloodiest
 *       attack of the year": the raid, not the attack). Only when none holds it does
 *       the nearest conflictual event of the sentence take it; with none, the figure is dropped
 *       rather than put on a statement or a meeting. Deployments go to any event.
 *   <li>A killing that is the result of an attack ("opened fire, killing 19"; "were killed in an
 *       airstrike") lends its dead and wounded to the attack as well: one incident, one toll,
 *       whichever of its two events a reader keeps.
 * </ul>
 */
final class FigureReader {
  private static final Set<String> VICTIM_STOP = Set.of("acl", "conj", "cc", "punct", "advcl",
      "appos", "parataxis", "ccomp", "xcomp", "dep", "nmod", "case");

  private final EventWords words;
  private final CountReader counts;

  FigureReader(EventWords words) {
    this.words = words;
    this.counts = new CountReader(words);
  }

  /** Figures per draft; the drafts of one trigger (pairwise actors) share them. */
  List<List<Figure>> figures(Parse p, Sentence s, List<Draft> drafts, ArticleContext ctx) {
    List<List<Figure>> out = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      out.add(new ArrayList<>());
    }
    boolean deployVerb = false;
    for (int i = 0; i < p.size(); i++) {
      deployVerb |= words.deploy.contains(p.lemma(i));
    }
    Set<Integer> counted = new HashSet<>();
    for (NumberMention n : ctx.numbers) {
      if (n.start() < s.start() || n.end() > s.end() || ctx.overlapsTime(n.start(), n.end())) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < p.size(); i++) {
        if (p.token(i).end() > n.start() && p.token(i).start() < n.end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        continue;
      }
      CountReader.Count c = counts.read(p, first, last, n, ctx, deployVerb);
      if (c == null) {
        continue;
      }
      for (int i = first; i <= last; i++) {
        counted.add(i);
      }
      add(out, drafts, holder(p, c.anchor(), c.predicate(), drafts, c.kind()),
          new Figure(c.kind(), n.text(), n.start(), n.end(), n.min(), n.max(), n.vague()));
    }
    for (int g = 0; g < p.size(); g++) {
      Figure single = singleVictims(p, g, counted, ctx);
      if (single != null) {
        add(out, drafts, holder(p, g, g, drafts, single.kind()), single);
      }
    }
    shareWithCause(p, drafts, out);
    return out;
  }

  /**
   * A killing stated as the result of an attack is the attack's toll too: "gunmen opened fire,
   * killing 19" (the killing's clause lies inside the attack's) and "97 people were killed in an
   * airstrike" (the attack is how they were killed) give the attack the killing's dead and
   * wounded, so that the figure sits on the incident whoever reads only the attack. Only when the
   * killing names no other source than the attack's: "Arnor attacked after Gondor killed ten"
   * are two deeds.
   */
  private void shareWithCause(Parse p, List<Draft> drafts, List<List<Figure>> out) {
    List<List<Figure>> shared = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      shared.add(new ArrayList<>());
    }
    for (int k = 0; k < drafts.size(); k++) {
      Draft kill = drafts.get(k);
      if (!killing(p, kill.trigger())) {
        continue;
      }
      List<Figure> toll = out.get(k).stream().filter(f -> f.kind() == FigureKind.KILLED
          || f.kind() == FigureKind.WOUNDED).toList();
      if (toll.isEmpty()) {
        continue;
      }
      for (int a = 0; a < drafts.size(); a++) {
        Draft attack = drafts.get(a);
        if (attack.trigger() == kill.trigger() || !CameoTable.isConflictual(attack.code())
            || killing(p, attack.trigger()) || !sameDoer(kill, attack)
            || !(holds(p, attack.trigger(), kill.trigger())
                || causes(p, attack.trigger(), kill.trigger()))) {
          continue;
        }
        for (Figure f : toll) {
          if (!out.get(a).contains(f) && !shared.get(a).contains(f)) {
            shared.get(a).add(f);
          }
        }
      }
    }
    for (int d = 0; d < drafts.size(); d++) {
      out.get(d).addAll(shared.get(d));
    }
  }

  /** Whether the word states a killing or a death ("kill", "die"). */
  private boolean killing(Parse p, int i) {
    return words.objectKind(p.lemma(i)) == FigureKind.KILLED
        || words.subjectKind(p.lemma(i)) == FigureKind.KILLED;
  }

  /** The killing names no source, or the attack's. */
  private static boolean sameDoer(Draft kill, Draft attack) {
    return kill.source() == null
        || attack.source() != null && kill.source().same(attack.source());
  }

  /**
   * Whether the killing's clause lies in the attack's: going up from the killing, through
   * adverbial and participial clauses ("opened fire, killing"), the attack comes first. A
   * coordinated clause ("destroyed vehicles and killed three") states a deed of its own, and a
   * reported or complement clause ("said that") another statement: either stops the walk.
   */
  private static boolean holds(Parse p, int attack, int kill) {
    for (int a = kill, steps = 0; p.head(a) >= 0 && steps < 6; a = p.head(a), steps++) {
      String r = p.base(a);
      if (!(r.equals("advcl") || r.equals("dep") || r.equals("acl") || r.equals("xcomp"))) {
        return false;
      }
      if (p.head(a) == attack) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the attack is how the killed died: "killed in an airstrike", "died in the attack";
   * "killed ten after storming the hotel", "died after setting himself on fire" (an adverbial
   * clause of the killing, by the same doer); "an airman who set himself on fire died" (a
   * relative clause on the one who died).
   */
  private static boolean causes(Parse p, int attack, int kill) {
    int head = p.head(attack);
    String r = p.base(attack);
    if (head == kill && (r.equals("obl") || r.equals("nmod"))) {
      String c = p.caseOf(attack);
      return !c.isEmpty() && !c.equals("after") && !c.equals("before") && !c.equals("since");
    }
    if (head == kill && r.equals("advcl")) {
      return true;
    }
    return r.equals("acl") && head >= 0 && p.head(head) == kill
        && p.base(head).startsWith("nsubj");
  }

  private static void add(List<List<Figure>> out, List<Draft> drafts, int trigger, Figure f) {
    if (trigger < 0) {
      return;
    }
    for (int d = 0; d < drafts.size(); d++) {
      if (drafts.get(d).trigger() == trigger) {
        out.get(d).add(f);
      }
    }
  }

  /**
   * The trigger of the event that holds a figure found at {@code anchor}, or -1: the event of
   * the word that says what is counted ("3,000 evacuated"), else the first conflictual one up the
   * parse, else the nearest conflictual one.
   */
  private static int holder(Parse p, int anchor, int predicate, List<Draft> drafts,
      FigureKind kind) {
    for (Draft d : drafts) {
      if (d.trigger() == predicate) {
        return predicate;
      }
    }
    boolean any = kind == FigureKind.DEPLOYED;
    for (int a = anchor, steps = 0; a >= 0 && steps <= p.size(); a = p.head(a), steps++) {
      for (Draft d : drafts) {
        if (d.trigger() == a && (any || CameoTable.isConflictual(d.code()))) {
          return a;
        }
      }
      for (Draft d : drafts) {
        if (d.clause() == a && (any || CameoTable.isConflictual(d.code()))) {
          return d.trigger();
        }
      }
      // "the raid left 40 dead, making it the bloodiest attack of the year": the event
      // that is the subject of the verb holding the count caused it, not a noun further on
      for (int c : p.children(a)) {
        if (p.base(c).startsWith("nsubj")) {
          for (Draft d : drafts) {
            if (d.trigger() == c && (any || CameoTable.isConflictual(d.code()))) {
              return c;
            }
          }
        }
      }
    }
    int best = -1;
    for (Draft d : drafts) {
      if ((any || CameoTable.isConflictual(d.code())) && (best < 0
          || Math.abs(d.trigger() - anchor) < Math.abs(best - anchor))) {
        best = d.trigger();
      }
    }
    return best;
  }

  /**
   * One figure for the single persons verb {@code g} kills, wounds or detains (or who die), or
   * null.
   */
  private Figure singleVictims(Parse p, int g, Set<Integer> counted, ArticleContext ctx) {
    if (!p.token(g).pos().startsWith("VB") || negated(p, g)) {
      return null;
    }
    FigureKind kind = words.objectKind(p.lemma(g));
    int victim = -1;
    if (kind == FigureKind.KILLED || kind == FigureKind.WOUNDED || kind == FigureKind.DETAINED) {
      victim = p.child(g, "nsubj:pass");
      if (victim < 0) {
        victim = p.child(g, "obj");
      }
    } else if (words.subjectKind(p.lemma(g)) == FigureKind.KILLED) {
      kind = FigureKind.KILLED;
      victim = p.child(g, "nsubj");
    } else if (toDeath(p, g)) {
      kind = FigureKind.KILLED; // "beaten to death", "burned to death"
      victim = p.child(g, "nsubj:pass");
      if (victim < 0) {
        victim = p.child(g, "obj");
      }
      if (victim < 0) {
        victim = p.child(g, "nsubj");
      }
    }
    if (victim < 0) {
      return null;
    }
    if (p.token(victim).pos().startsWith("W") && p.relation(g).equals("acl:relcl")
        && p.head(g) >= 0) {
      victim = p.head(g); // "the journalist who was killed"
    }
    List<Integer> persons = new ArrayList<>();
    persons.add(victim);
    for (int k = 0; k < persons.size() && k < 20; k++) {
      for (int c : p.children(persons.get(k))) {
        if (p.base(c).equals("conj")) {
          persons.add(c);
        }
      }
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int x : persons) {
      if (!onePerson(p, x, ctx)) {
        return null;
      }
      List<Integer> phrase = p.subtree(x, VICTIM_STOP);
      for (int t : phrase) {
        if (counted.contains(t)) {
          return null; // "killed two journalists": the number says how many
        }
      }
      // the words up to the head and its name's parts after it, not "Omar Saleh, 41"
      int to = x;
      while (phrase.contains(to + 1) && p.head(to + 1) == x
          && (p.base(to + 1).equals("flat") || p.base(to + 1).equals("compound"))) {
        to++;
      }
      int from = x;
      while (true) {
        if (phrase.contains(from - 1) && !p.base(from - 1).equals("punct")) {
          from--;
        } else if (from >= 2 && p.token(from - 1).pos().equals("HYPH")
            && phrase.contains(from - 2)) {
          from -= 2; // "an off-duty officer"
        } else {
          break;
        }
      }
      first = Math.min(first, from);
      last = Math.max(last, to);
    }
    int start = p.token(first).start();
    int end = p.token(last).end();
    BigDecimal n = BigDecimal.valueOf(persons.size());
    return new Figure(kind, ctx.text.substring(start, end), start, end, n, n, false);
  }

  /**
   * A named person, "he"/"she", or one person described ("a journalist", "the soldier"; in a
   * headline "Soldier", which the tagger takes for a name but no entity covers).
   */
  private boolean onePerson(Parse p, int x, ArticleContext ctx) {
    Entity e = ctx.entityAt(p.token(x).start(), p.token(x).end());
    if (e != null) {
      return e.type() == EntityType.PERSON;
    }
    String pos = p.token(x).pos();
    if (pos.equals("PRP")) {
      String w = p.lower(x);
      return w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her");
    }
    // a headline capitalises the noun ("Soldier dies after attack"): no entity, still a person
    return pos.equals("NN") && words.personNouns.contains(p.lemma(x))
        || pos.equals("NNP") && words.personNouns.contains(p.lower(x));
  }

  /** "… to death": an oblique "death" with "to". */
  private static boolean toDeath(Parse p, int g) {
    for (int c : p.children(g)) {
      if (p.base(c).equals("obl") && p.lemma(c).equals("death") && p.caseOf(c).equals("to")) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("advmod") || r.equals("neg")) && words.negators.contains(p.lower(c))) {
        return true;
      }
    }
    return false;
  }
}
