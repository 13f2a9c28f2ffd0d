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
 *       inherits its governor's subject; a relative pronoun stands for the noun its clause
 *       modifies, and an apposed description for the name it describes ("Ann Roe, the teacher who
 *       marched to the square to protest …": Ann Roe protests). "Seized the town from Y": Y is the target. A named actor
 *       after "to", "with", "against" outranks an unnamed object ("sent reservists to Y": Y). A
 *       sanction's "on"/"against" phrase outranks its modifier ("lifted Arnorian sanctions on Y":
 *       Y), and an act condemned as "committed by X" gives X even where the parse splits the
 *       participle off as a clause of its own. A threat,
 *       demand or refusal with no target of its own takes the target of the act it frames, or
 *       the subject of its "that" clause ("demanded that Y withdraw").
 *   <li><b>Nouns.</b> "clashes between X and Y" → X→Y; "a call with Y", "attack on Y", "against Y"
 *       give the target; "by X", "X's" or a modifying entity ("Turkish strikes") the source, else
 *       for an attack noun an agent noun before it ("junta airstrikes", see {@link Operators}). An
 *       attack noun that is a verb's subject struck what that verb hit ("air strikes hit
 *       homes in Y": Y, see {@link #placeTarget}). A
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
    if (passSubj < 0 && subj >= 0 && headlinePassive(p, i)
        && (p.token(subj).pos().equals("NN") || p.token(subj).pos().equals("NNS"))) {
      // only a common noun: the tagger reads some "Ann Roe on Sunday called for …" as VBN
      passSubj = subj; // "Five soldiers killed in ambush": a headline's passive without "were"
    }
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
    subj = relativeAntecedent(p, subj); // "the militia that attacked X": the militia
    if (subj < 0) {
      subj = relativeAntecedent(p, inheritedSubject(p, i));
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
      List<Actor> sanctioned = sanctioned(p, i, obj, sources, ctx);
      if (!sanctioned.isEmpty()) {
        targets.clear();
        targets.addAll(sanctioned); // "lifted Arnorian sanctions on Y": Y, not Arnor
      }
    }
    if (obj < 0 && targets.isEmpty()) {
      targets.addAll(misparsedAgent(p, i, ctx));
    }
    if (obj >= 0 && targets.isEmpty() && p.token(obj).pos().startsWith("NN")
        && lexicon.nounCode(p, obj) != null) {
      for (int c : p.children(obj)) {
        if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("by")) {
          targets.addAll(phrases.actors(p, c, ctx)); // "condemned an attack by X": X, not where
          break;
        }
        if (p.base(c).equals("acl") && p.token(c).pos().equals("VBN")) {
          for (int a : p.children(c)) {
            if (p.base(a).equals("obl") && (p.relation(a).equals("obl:agent")
                || p.caseOf(a).equals("by"))) {
              targets.addAll(phrases.actors(p, a, ctx)); // "the massacre committed by X": X
            }
          }
          if (!targets.isEmpty()) {
            break;
          }
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
    if (targets.isEmpty()) {
      complementTargets(p, i, acts.kind(p.lemma(i)) != null, sources, targets, ctx);
    }
    return i;
  }

  /**
   * The target of a verb with none of its own that frames another act: whom the act in its
   * infinitive complement is done to ("threatened to impose sanctions on Y", "offered to
   * negotiate with Y", "agreed to lift the embargo on Y": Y), as a CAMEO coder reads the
   * complement's object. For a threat, demand or refusal also who is to do the act of its "that"
   * clause ("demanded that Y withdraw": Y); other verbs' "that" clauses are reported speech, whose
   * subject is no target ("said that Y withdrew").
   */
  private void complementTargets(Parse p, int i, boolean speechAct, List<Actor> sources,
      List<Actor> targets, ArticleContext ctx) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if (!(r.equals("xcomp") || (speechAct && r.equals("ccomp")))
          || !p.token(c).pos().startsWith("VB")) {
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

  /**
   * Whether verb {@code i} is a passive participle written without its auxiliary, as headlines
   * do ("Five soldiers killed in ambush", "Tourists killed by gunmen"): tagged VBN, with a
   * subject but no auxiliary and no object, at the root of its sentence or coordinated with it.
   */
  private static boolean headlinePassive(Parse p, int i) {
    String r = p.base(i);
    return p.token(i).pos().equals("VBN") && (r.equals("root") || r.equals("conj"))
        && p.child(i, "aux") < 0 && p.child(i, "aux:pass") < 0 && p.child(i, "obj") < 0
        && p.child(i, "cop") < 0;
  }

  /** Clause relations that hold the act a demand or threat asks of someone. */
  private static final Set<String> DEMANDED_ACTS = Set.of("ccomp", "acl");
  /** Subordinators of the condition a threat sets ("… if Y goes ahead", "unless Y withdraws"). */
  private static final Set<String> CONDITIONS = Set.of("if", "unless");

  /**
   * The target a demand or threat (CAMEO 10, 13) with none of its own takes from the clause it
   * governs, as a CAMEO coder reads whom it is addressed to: the subject of the act demanded in a
   * "that" clause, whatever verb carries the demand ("Arnor said that Gondor must withdraw",
   * "its demand that Gondor's government resign": Gondor), and for a threat also the subject of
   * its condition ("threatened to walk out of the talks if Gondor deploys the missiles": Gondor).
   * Never a source of the event ("Arnor said it must act" stays without a target).
   */
  private void addressee(Parse p, int i, boolean threat, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
    List<Integer> heads = new ArrayList<>();
    heads.add(i);
    for (int c : p.children(i)) {
      if (p.base(c).equals("xcomp")) {
        heads.add(c); // "threatened to stop the talks if …": the condition may hang on "stop"
      }
    }
    for (int h : heads) {
      for (int c : p.children(h)) {
        boolean demanded = h == i && DEMANDED_ACTS.contains(p.relation(c));
        int mark = p.child(c, "mark");
        boolean condition = threat && p.base(c).equals("advcl") && mark >= 0
            && CONDITIONS.contains(p.lower(mark));
        if (!(demanded || condition) || !p.token(c).pos().startsWith("VB")) {
          continue;
        }
        int s = p.child(c, "nsubj", "nsubj:pass");
        if (s < 0) {
          continue;
        }
        for (Actor a : phrases.actors(p, s, ctx)) {
          if (sources.stream().noneMatch(a::same) && targets.stream().noneMatch(a::same)) {
            targets.add(a);
          }
        }
        if (!targets.isEmpty()) {
          return;
        }
      }
    }
  }

  /** Prepositions whose object an attack strikes ("shelled positions on X", "fired at X"). */
  private static final Set<String> STRUCK_CASES = Set.of("on", "at", "against", "upon", "into",
      "in", "near", "outside", "toward", "towards");
  /** Prepositions that name what was hit rather than where ("fired shells on a base"). */
  private static final Set<String> HIT_CASES = Set.of("on", "at", "against", "upon", "into");
  /** Clauses inside a phrase that describe rather than name what was struck. */
  private static final Set<String> CLAUSES = Set.of("acl", "parataxis", "ccomp", "advcl",
      "appos");

  /**
   * The targets an event's code implies when its roles gave none. A demand or threat (CAMEO 10,
   * 13) is addressed to whom its clause asks to act (see {@link #addressee}).
   *
   * <p>An attack (CAMEO 18, 19, 20) that names no party takes as its target the place it struck, as
   * a CAMEO coder codes "X shelled the capital of Y", "strikes on targets in Y", "fired on a Y-ian
   * base", "the invasion of Y": the country, region, city or nationality inside its object, an
   * attack noun's "of" or a struck-place oblique
   * ("on", "at", "in", "near"; a nationality only in what was hit, not in where). The same when
   * its only targets are unnamed descriptions that are what was fired rather than what was hit
   * ("fired heavy artillery on a Y-ian base": Y). Before any place, a party it was fired at or
   * into ("fired at protesters"). Only for an attack with a source: a place alone makes no party.
   * The source's own entity is never its target.
   */
  void placeTarget(Parse p, int i, String code, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
    if (targets.isEmpty() && (code.startsWith("10") || code.startsWith("13"))) {
      addressee(p, i, code.startsWith("13"), sources, targets, ctx);
    }
    if (code.startsWith("14") && targets.stream().allMatch(a -> place(a, ctx))) {
      protestedDemand(p, i, sources, targets, ctx);
    }
    if (!(code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))
        || sources.isEmpty()) {
      return; // an attack nobody is said to have made stays without a place for a party
    }
    int obj = p.child(i, "obj");
    List<Actor> fired = obj >= 0 ? phrases.actors(p, obj, ctx) : List.of();
    boolean unnamed = !targets.isEmpty() && targets.stream().allMatch(a -> a.id() == null)
        && !fired.isEmpty() && targets.stream().allMatch(a -> fired.stream().anyMatch(a::same));
    if (!targets.isEmpty() && !unnamed) {
      return;
    }
    List<Integer> args = new ArrayList<>(p.children(i));
    if (obj >= 0 && (fired.isEmpty() || unnamed)) {
      for (int c : p.children(obj)) {
        if (p.base(c).equals("nmod") && HIT_CASES.contains(p.caseOf(c))) {
          args.add(c); // "launched rocket fire against X", "fired shells at X": what was hit
        }
      }
    }
    if (!p.token(i).pos().startsWith("VB") && p.base(i).equals("obj") && p.head(i) >= 0) {
      // "conducted strikes on X": the parse may hang the struck place on the light verb
      for (int c : p.children(p.head(i))) {
        if (c != i && !p.base(c).equals("obj")) {
          args.add(c);
        }
      }
    }
    if (!p.token(i).pos().startsWith("VB") && p.relation(i).equals("nsubj") && p.head(i) >= 0
        && p.token(p.head(i)).pos().startsWith("VB")) {
      // "air strikes hit a school in X", "the shelling hit homes in X": what the attack
      // noun's verb hit is what the attack struck
      for (int c : p.children(p.head(i))) {
        if (c != i) {
          args.add(c);
        }
      }
    }
    if (targets.isEmpty()) {
      for (int c : args) {
        if ((p.base(c).equals("obl") || p.base(c).equals("nmod"))
            && HIT_CASES.contains(p.caseOf(c))) {
          List<Actor> hit = phrases.actors(p, c, ctx);
          hit.removeIf(a -> sources.stream().anyMatch(a::same));
          if (!hit.isEmpty()) {
            targets.addAll(hit); // "fired at protesters", "fired into the crowd of X"
            return;
          }
        }
      }
    }
    boolean noun = !p.token(i).pos().startsWith("VB");
    for (int c : args) {
      String r = p.base(c);
      String cs = p.caseOf(c);
      // "the invasion of X", "the shelling of X": an attack noun's "of" names what it struck
      boolean ofNoun = noun && r.equals("nmod") && cs.equals("of") && p.head(c) == i;
      boolean struck = ofNoun || (unnamed ? (r.equals("obl") || r.equals("nmod"))
          && HIT_CASES.contains(cs)
          : r.equals("obj") || ((r.equals("obl") || r.equals("nmod"))
              && STRUCK_CASES.contains(cs)));
      if (!struck) {
        continue;
      }
      // "in/near X" is where: only a place; what was hit may be a nation's ("a Y-ian base")
      boolean hit = r.equals("obj") || HIT_CASES.contains(cs) || ofNoun;
      for (int t : p.subtree(c, CLAUSES)) {
        Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
        if (e == null || !(ArticleContext.isPlace(e)
            || (hit && "NATIONALITY".equals(e.subtype())))
            || sources.stream().anyMatch(a -> e.id().equals(a.id()))) {
          continue;
        }
        targets.clear();
        targets.add(new Actor(e.name(), e.id(), false));
        return;
      }
    }
  }

  /** Clauses that carry what a protest demands ("marched, demanding …", "a rally calling for …"). */
  private static final Set<String> DEMAND_CLAUSES = Set.of("advcl", "acl", "xcomp", "conj");
  /**
   * Relations that leave a protest's own clause: reported speech and loosely joined sentences. The
   * parse may hang the demanding participle on the street or town ("took to the streets of X
   * demanding …"), so it is looked for anywhere else below the protest.
   */
  private static final Set<String> OWN_CLAUSE_STOP = Set.of("ccomp", "parataxis");

  /**
   * A protest (CAMEO 14) with no party as its target is against whom its demand is addressed, as
   * a CAMEO coder reads "took to the streets demanding Y's resignation" and "a demonstration
   * calling for the removal of Y": the target of a demanding participle ("demanding", "calling
   * for", "urging") inside the protest's clause, never one of its sources. A town the protest was held in
   * gives way to it; without such a clause the targets stay as they are.
   */
  private void protestedDemand(Parse p, int i, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
    for (int c : p.subtree(i, OWN_CLAUSE_STOP)) {
      if (c == i || !DEMAND_CLAUSES.contains(p.base(c)) || !p.token(c).pos().equals("VBG")
          || !words.demanding.contains(p.lemma(c))) {
        continue;
      }
      List<Actor> found = new ArrayList<>();
      verbRoles(p, c, new ArrayList<>(), found, ctx);
      found.removeIf(a -> place(a, ctx) || sources.stream().anyMatch(a::same));
      if (!found.isEmpty()) {
        targets.clear();
        targets.addAll(found);
        return;
      }
    }
  }

  /** Whether actor {@code a} is a place other than a country (a town, a street, a region). */
  private static boolean place(Actor a, ArticleContext ctx) {
    Entity e = a.id() == null ? null : ctx.entity(a.id());
    return ArticleContext.isPlace(e) && !"COUNTRY".equals(e.subtype());
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
        List<Actor> found = phrases.actors(p, c, ctx);
        int at = found.isEmpty() && opposed(p, c) ? firstNamed(p, c, ctx, sources) : -1;
        if (at >= 0 && p.head(at) == c
            && (p.base(at).equals("amod") || p.base(at).equals("compound"))) {
          // only a modifier of what it is against: not a place further in ("the war in X")
          found = phrases.actors(p, at, ctx); // "protests against Tarsan policies": Tarsa
        }
        targets.addAll(found);
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
    Actor operator = sources.isEmpty() ? phrases.operator(p, i, ctx) : null;
    if (operator != null) {
      sources.add(operator); // "junta airstrikes", "a military airstrike"
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

  /** Prepositions that name whom a sanction or restriction is directed at. */
  private static final Set<String> SANCTIONED_CASES = Set.of("on", "against");

  /**
   * Whom the sanction or restriction that is verb {@code i}'s object {@code obj} is directed at
   * ("lifted Arnorian sanctions on Y", "eased the embargo against Y": Y), or empty. A modifier of
   * a sanction noun says whose the measure is, its "on" or "against" phrase whom it hits, as a
   * CAMEO coder reads "X lifted EU sanctions on Y" (X eases sanctions on Y). Only for a sanction
   * noun (a CAMEO 16 nominal) and not after a disapproving or rejecting verb (CAMEO 11, 12:
   * "condemned Arnorian sanctions on Y" is aimed at who imposed them). Never one of the sources.
   */
  private List<Actor> sanctioned(Parse p, int i, int obj, List<Actor> sources,
      ArticleContext ctx) {
    String nounCode = p.token(obj).pos().startsWith("NN") ? lexicon.nounCode(p, obj) : null;
    String verbCode = lexicon.verbCode(p, i);
    if (nounCode == null || !nounCode.startsWith("16")
        || (verbCode != null && (verbCode.startsWith("11") || verbCode.startsWith("12")))) {
      return List.of();
    }
    for (int c : p.children(obj)) {
      if (p.base(c).equals("nmod") && SANCTIONED_CASES.contains(p.caseOf(c))) {
        List<Actor> found = new ArrayList<>(phrases.actors(p, c, ctx));
        found.removeIf(a -> a.id() == null || sources.stream().anyMatch(a::same));
        return found;
      }
    }
    return List.of();
  }

  /**
   * The "by" agent of an act that a verb with no object condemns or rejects, where the parse
   * has read "condemned the massacre committed by X" as a clause of its own (the act noun as the
   * subject of the participle): X, as when the participle modifies the object. Only for a bare
   * past participle without auxiliary whose subject is an event noun; empty otherwise.
   */
  private List<Actor> misparsedAgent(Parse p, int i, ArticleContext ctx) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if (!(r.equals("dep") || r.equals("ccomp")) || !p.token(c).pos().equals("VBN")
          || p.child(c, "aux") >= 0 || p.child(c, "aux:pass") >= 0) {
        continue;
      }
      int s = p.child(c, "nsubj");
      if (s < 0 || !p.token(s).pos().startsWith("NN") || lexicon.nounCode(p, s) == null) {
        continue;
      }
      for (int a : p.children(c)) {
        if (p.base(a).equals("obl") && (p.relation(a).equals("obl:agent")
            || p.caseOf(a).equals("by"))) {
          return phrases.actors(p, a, ctx);
        }
      }
    }
    return List.of();
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
          && !phrases.agentNoun(p, p.head(m)) && !phrases.agentModified(p, p.head(m))
          && !proposed(p, p.head(m)) && !opposed(p, p.head(m))) {
        continue; // "Syrian unity" is not Syria; "a Syrian proposal" is Syria's
      }
      if (e != null && exclude.stream().noneMatch(x -> e.id().equals(x.id()))) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Whether noun {@code n} is what an act is directed against ("riots against Tarsan policies",
   * "restrictions against Tarsan goods"): whatever it is, its nationality adjective names the
   * party the act opposes, as a CAMEO coder takes the first actor after "against".
   */
  private static boolean opposed(Parse p, int n) {
    return p.caseOf(n).equals("against");
  }

  /**
   * Whether noun {@code n} is something an actor proposes, asks, offers or does ("proposal",
   * "plan", "appeal", "mediation", "strikes"): its nationality adjective names who did it ("an
   * Arnorian proposal" is Arnor's), so rejecting, welcoming or condemning it targets that actor.
   */
  private boolean proposed(Parse p, int n) {
    String lemma = p.lemma(n);
    return words.planNouns.contains(lemma) || words.talkNouns.contains(lemma)
        || words.demandNouns.contains(lemma) || lexicon.nounCode(p, n) != null;
  }

  /**
   * What a relative pronoun subject stands for: for "who" or "that" as the subject of a relative
   * clause, the noun the clause modifies ("the teacher who marched to the square to protest …": the
   * teacher protests), and through an apposition the name it describes ("Ann Roe, the teacher
   * who …": Ann Roe). Any other index (or -1) is returned as it is.
   */
  private static int relativeAntecedent(Parse p, int subj) {
    if (subj < 0 || !p.token(subj).pos().startsWith("W")) {
      return subj;
    }
    int clause = p.head(subj);
    if (clause < 0 || !p.relation(clause).equals("acl:relcl") || p.head(clause) < 0) {
      return subj;
    }
    int noun = p.head(clause);
    if (p.base(noun).equals("appos") && p.head(noun) >= 0
        && p.token(p.head(noun)).pos().startsWith("NNP")) {
      return p.head(noun);
    }
    return noun;
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
