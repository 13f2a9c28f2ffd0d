package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;

/**
 * The actors a noun phrase names: its entity (its own mention, a name modifying it, "forces of
 * X"), else a description headed by an agent noun ("security forces", see {@link AgentNouns}),
 * else a name the actor dictionary lists that NER missed, else nothing. Coordinated names on one
 * agent noun ("Velorian and Tarsan officials") are one actor each. Resolves the
 * back-references: "the pair", "both sides", "they" stand for the last actors named together;
 * "he"/"she" for the last person; "the group", "the militia", "the ministry", "the minister" for
 * what the article's reference layer resolved them to (see {@code org.sitrep.reference}), else they
 * stay descriptions; "it", "they" and "them" for the subject of the clause that reports them, else
 * for the one non-person entity the reference layer resolved them to.
 * Stateless: the memory of what was named last lives in the {@link ArticleContext}.
 */
final class PhraseActors {
  /** Relations that end a noun phrase's own words. */
  private static final Set<String> NP_STOP = Set.of("acl", "conj", "cc", "punct", "advcl",
      "appos", "nmod", "dep", "parataxis", "ccomp", "xcomp", "obl", "case");

  private final EventWords words;
  private final AgentNouns agents;
  private final Operators operators;
  private final HoldingNouns holdings;

  PhraseActors(EventWords words, AgentNouns agents) {
    this(words, agents, Operators.standard(VerbLexicon.get()));
  }

  PhraseActors(EventWords words, AgentNouns agents, Operators operators) {
    this(words, agents, operators, HoldingNouns.standard());
  }

  PhraseActors(EventWords words, AgentNouns agents, Operators operators, HoldingNouns holdings) {
    this.words = words;
    this.agents = agents;
    this.operators = operators;
    this.holdings = holdings;
  }

  /** The actors of the noun phrase headed by {@code h} and its conjuncts. */
  List<Actor> actors(Parse p, int h, ArticleContext ctx) {
    h = counted(p, h);
    List<Actor> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    heads.add(h);
    for (int k = 0; k < heads.size() && k < 20; k++) {
      for (int c : p.children(heads.get(k))) {
        if (p.base(c).equals("conj")) {
          heads.add(c);
        }
      }
    }
    boolean named = heads.size() > 1 && heads.stream().anyMatch(x -> entityOf(p, x, ctx) != null);
    for (int x : heads) {
      Actor found = actor(p, x, ctx);
      // "X and Y welcomed": NER found Y, so X is a party too
      Actor a = found == null && named ? properName(p, x, ctx) : found;
      if (a == null) {
        continue;
      }
      if (a.id() == null && onlyGroupWords(a.name()) && ctx.lastGroup.size() >= 2
          && heads.size() == 1) {
        out.addAll(ctx.lastGroup);
        continue;
      }
      if (out.stream().noneMatch(a::same)) {
        out.add(a);
      }
      for (Actor b : coordinatedModifiers(p, x, ctx)) {
        if (out.stream().noneMatch(b::same)) {
          out.add(b); // "Arnorian and Gondorian officials": both countries' officials
        }
      }
    }
    return out;
  }

  /**
   * What a quantity counts ("scores of Arnorian and Tarsan refugees": the refugees, with their
   * coordinated nationalities), else {@code h} itself.
   */
  private int counted(Parse p, int h) {
    if ((!words.quantityHeads.contains(p.lemma(h)) && !p.token(h).pos().equals("CD"))
        || p.child(h, "conj") >= 0) {
      return h; // "thousands of X and dozens of Y": both conjuncts, as they stand
    }
    for (int c : p.children(h)) {
      if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("of")
          && p.token(c).pos().startsWith("NN")) {
        return c;
      }
    }
    return h;
  }

  /**
   * The actors of coordinated names modifying an agent noun ("Arnorian and Gondorian officials",
   * "Arnor and Gondor's leaders"): one per name, as CAMEO codes such a phrase as two actors. Empty
   * when fewer than two names are coordinated there ("Syrian Kurdish fighters" is not two parties;
   * "Syrian and Iraqi unity" names no actor).
   */
  private List<Actor> coordinatedModifiers(Parse p, int h, ArticleContext ctx) {
    if (!agents.head(p, h)) {
      return List.of();
    }
    for (int c : p.children(h)) {
      String r = p.relation(c);
      if (c > h || !(r.equals("amod") || r.equals("compound") || r.equals("nmod:poss"))) {
        continue;
      }
      Entity first = ctx.entityAt(p.token(c).start(), p.token(c).end());
      if (first == null || (ArticleContext.isPlace(first) && !"COUNTRY".equals(first.subtype())
          && !r.equals("nmod:poss"))) {
        continue;
      }
      List<Actor> out = new ArrayList<>();
      out.add(new Actor(first.name(), first.id(), first.type() == EntityType.PERSON));
      for (int d : p.children(c)) {
        Entity e = p.base(d).equals("conj")
            ? ctx.entityAt(p.token(d).start(), p.token(d).end()) : null;
        if (e != null && !e.id().equals(first.id())) {
          out.add(new Actor(e.name(), e.id(), e.type() == EntityType.PERSON));
        }
      }
      if (out.size() >= 2) {
        return out;
      }
    }
    return List.of();
  }

  /** Possessives that stand for the clause's non-person subject ("its troops", "their forces"). */
  private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their");
  /** How a reported or dependent clause hangs from the clause whose subject it repeats. */
  private static final Set<String> DEPENDENT = Set.of("ccomp", "xcomp", "advcl", "conj");

  /**
   * The non-person actor that "it", "they", "its" or "their" in the clause of verb {@code v}
   * repeats: the subject of a clause that governs it ("Arnor said it would withdraw", "the rebels
   * announced they had taken the town", "Arnor said its forces had crossed"), as a CAMEO coder
   * reads such a pronoun. Null when no such subject names an actor or it is a person ("Ann Roe
   * said it was late" is not Ann Roe).
   *
   * @param v the verb the pronoun's phrase depends on
   * @param self the pronoun's phrase, which is not its own subject
   */
  private Actor reportingSubject(Parse p, int v, int self, ArticleContext ctx) {
    int x = v;
    for (int steps = 0; steps < 5 && x >= 0; steps++) {
      int s = steps > 0 ? p.child(x, "nsubj", "nsubj:pass") : -1; // not the pronoun's own
      if (s >= 0 && s != self && !p.dominates(s, self)) {
        String w = p.lower(s);
        if (!p.token(s).pos().startsWith("PRP")) {
          Actor a = actor(p, s, ctx);
          return a == null || a.person() ? null : a;
        } else if (!(w.equals("it") || w.equals("they"))) {
          return null; // "we", "he": not who "it" is
        } // "Arnor said it would send its troops": "it" is Arnor too; look higher
      }
      if (!DEPENDENT.contains(p.base(x))) {
        return null;
      }
      x = p.head(x);
    }
    return null;
  }

  /**
   * The actor of the noun phrase headed by {@code h} alone, or null. A weapon stands for its
   * operator, and an attack noun that is the subject or agent of its clause for who carries it
   * out (see {@link #operator}).
   */
  Actor actor(Parse p, int h, ArticleContext ctx) {
    if (operators.weapon(p, h)) {
      return weaponOperator(p, h, ctx);
    }
    if (operators.attack(p, h) && acting(p, h)) {
      // only as who acts: "launched a military offensive" makes "military" no target
      Actor by = operators.inPhrase(p, h, ctx);
      if (by != null) {
        return by; // "junta airstrikes killed five": the junta
      }
    }
    String pos = p.token(h).pos();
    Entity e = entityOf(p, h, ctx);
    if (e != null && ArticleContext.isPlace(e) && words.titles.contains(p.lemma(h))) {
      Entity holder = titleHolder(p, h, ctx);
      if (holder != null) {
        e = holder; // "the Tarsan Special Envoy for Veloria Ann Brandt" is the envoy, not Tarsa
      }
    }
    if (e != null) {
      return new Actor(e.name(), e.id(), e.type() == EntityType.PERSON);
    }
    if (pos.equals("PRP")) {
      String w = p.lower(h);
      if (w.equals("he") || w.equals("she")) {
        List<Entity> to = ctx.pronounReferents(p.token(h).start(), p.token(h).end());
        return to.size() == 1 && to.get(0).type() == EntityType.PERSON
            ? new Actor(to.get(0).name(), to.get(0).id(), true) : null;
      }
      if ((w.equals("it") || w.equals("they")) && p.base(h).equals("nsubj") && p.head(h) >= 0) {
        Actor reporter = reportingSubject(p, p.head(h), h, ctx);
        if (reporter != null) {
          return reporter; // "Arnor said it had expelled two diplomats": Arnor
        }
      }
      if (NONPERSONAL.contains(w)) {
        List<Entity> to = ctx.pronounReferents(p.token(h).start(), p.token(h).end());
        if (to.size() == 1 && to.get(0).type() != EntityType.PERSON
            && !ownSubject(p, h, to.get(0), ctx)) {
          // "Arnor expelled two envoys. It also closed …", "talks with the rebels … with them":
          // no reporting clause says who, so the article's one resolver does
          return new Actor(to.get(0).name(), to.get(0).id(), false);
        }
      }
      if (w.equals("they") && ctx.lastGroup.size() >= 2) {
        return new Actor("they", null, false);
      }
      return null;
    }
    if (!(pos.startsWith("NN") || pos.equals("CD"))) {
      return null;
    }
    if (words.quantityHeads.contains(p.lemma(h)) || pos.equals("CD")) {
      int of = -1;
      for (int c : p.children(h)) {
        if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("of")) {
          of = c;
        }
      }
      if (of >= 0) {
        return actor(p, of, ctx); // "thousands of civilians" → civilians
      }
      if (!words.groupWords.contains(p.lower(h))
          && (pos.equals("CD") || !agents.head(p, h))) {
        return null; // "a group" alone is still an actor; "dozens" alone is not
      }
    }
    Entity described = describedPhrase(p, h, ctx);
    if (described != null) {
      // "the ministry said", "the minister urged": whom the article's resolver says it is
      return new Actor(described.name(), described.id(), described.type() == EntityType.PERSON);
    }
    if (!pos.equals("CD") && !agents.head(p, h) && !words.groupWords.contains(p.lower(h))) {
      // no agent noun, but maybe a name of the actor dictionary NER did not tag ("the harbour
      // watch" in a user's --actors file)
      String name = description(p, h, ctx);
      return name != null && agents.named(name) ? new Actor(name, null, false) : null;
    }
    int poss = p.child(h, "nmod:poss");
    if (poss >= 0 && OWNER_PRONOUNS.contains(p.lower(poss)) && p.base(h).equals("nsubj")
        && p.head(h) >= 0) {
      // only as a subject: "Arnor offered its troops to Y" has Arnor as source already
      Actor owner = reportingSubject(p, p.head(h), h, ctx);
      if (owner != null && owner.id() != null) {
        return owner; // "Arnor said its troops had withdrawn": Arnor's troops
      }
    }
    if (poss >= 0 && OWNER_PRONOUNS.contains(p.lower(poss)) && p.base(h).equals("obj")) {
      // "Arnor withdrew its troops from Gondor", "closed their borders with Gondor": what the
      // subject moves or closes is its own, no target; a CAMEO coder takes the Gondor after it
      return null;
    }
    if (words.orgBackref.contains(p.lemma(h)) && p.child(h, "det") >= 0
        && p.lower(p.child(h, "det")).equals("the") && p.children(h).size() == 1) {
      Entity org = ctx.referredTo(p.token(h).start(), p.token(h).end());
      if (org != null) {
        return new Actor(org.name(), org.id(), false); // "the group" after "X, a militia, ..."
      }
    }
    String name = description(p, h, ctx);
    return name == null ? null : new Actor(name, null, false);
  }

  /**
   * Whether {@code e} is the subject of the clause whose object or oblique pronoun {@code h} is
   * ("Arnor voted to reject it": not Arnor, which would be "itself"), that subject taken over
   * xcomp, conj and advcl links as a subjectless verb inherits it.
   */
  private boolean ownSubject(Parse p, int h, Entity e, ArticleContext ctx) {
    if (p.base(h).equals("nsubj") || p.head(h) < 0) {
      return false;
    }
    int x = p.head(h);
    for (int steps = 0; steps < 6 && x >= 0; steps++) {
      int s = p.child(x, "nsubj");
      if (s >= 0) {
        Entity own = entityOf(p, s, ctx);
        return own != null && own.id().equals(e.id());
      }
      String r = p.base(x);
      if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
        return false;
      }
      x = p.head(x);
    }
    return false;
  }

  /** Pronouns that may stand for a country, a government or an organisation. */
  private static final Set<String> NONPERSONAL = Set.of("it", "they", "them");

  /**
   * The entity the definite description or role phrase headed by {@code h} refers back to by the
   * reference layer ("the ministry", "the rebel group", "the minister", "the foreign minister"),
   * or null. Only for a phrase that names no one of its own: no modifier or complement of {@code
   * h} is a name ("the president of Arnor" is Arnor's, whoever was named last).
   */
  private static Entity describedPhrase(Parse p, int h, ArticleContext ctx) {
    for (int c : p.children(h)) {
      if (NP_STOP_KEEP_NMOD.contains(p.base(c))) {
        continue;
      }
      for (int t : p.subtree(c, NP_STOP_KEEP_NMOD)) {
        if (ctx.entityAt(p.token(t).start(), p.token(t).end()) != null) {
          return null;
        }
      }
    }
    return ctx.describedAs(p.token(h).start(), p.token(h).end());
  }

  /** Relations that end a description's own words, its "of"/"for" complements kept. */
  private static final Set<String> NP_STOP_KEEP_NMOD = Set.of("acl", "conj", "cc", "punct",
      "advcl", "dep", "parataxis", "ccomp", "xcomp", "obl", "acl:relcl");

  /**
   * Who carries out attack noun {@code h} by the words of its own phrase ("junta airstrikes", "a
   * Norland missile strike", "a military airstrike"; see {@link Operators#inPhrase}), or null
   * when {@code h} is no attack noun or names nobody.
   */
  Actor operator(Parse p, int h, ArticleContext ctx) {
    return operators.attack(p, h) ? operators.inPhrase(p, h, ctx) : null;
  }

  /**
   * The operator of weapon {@code h}: named in its phrase, else, for "its"/"their" weapons, the
   * subject of the reporting clause, else, when the weapon is the subject or agent of the clause
   * ("the jets dropped", "struck by two missiles", "one of the aircraft fired"), the owner of an
   * earlier weapon in the article; null when none is found, for a weapon is no actor.
   */
  private Actor weaponOperator(Parse p, int h, ArticleContext ctx) {
    Actor a = operators.inPhrase(p, h, ctx);
    if (a != null) {
      return a;
    }
    int poss = p.child(h, "nmod:poss");
    if (poss >= 0 && OWNER_PRONOUNS.contains(p.lower(poss)) && p.base(h).equals("nsubj")
        && p.head(h) >= 0) {
      Actor owner = reportingSubject(p, p.head(h), h, ctx);
      if (owner != null && owner.id() != null) {
        return owner; // "Arnor said its jets had struck": Arnor
      }
    }
    if (!acting(p, h)) {
      return null; // "dropped two bombs": what is fired is no party
    }
    return operators.earlier(p.token(p.subtree(h, NP_STOP).get(0)).start(), ctx);
  }

  /**
   * Whether noun {@code h} is who acts in its clause: its subject, a passive's "by" agent, or
   * what a subject counts ("one of the aircraft fired").
   */
  private static boolean acting(Parse p, int h) {
    String r = p.base(h);
    if (r.equals("nsubj") && !p.relation(h).equals("nsubj:pass")) {
      return true;
    }
    if (r.equals("obl") && (p.relation(h).equals("obl:agent") || p.caseOf(h).equals("by"))) {
      return true;
    }
    int q = p.head(h);
    return r.equals("nmod") && p.caseOf(h).equals("of") && q >= 0
        && p.relation(q).equals("nsubj");
  }

  /**
   * The words of the description headed by {@code h}, without its determiners, with a possessor
   * and a trailing adjective phrase ("the militia's fighters", "forces loyal to X"); null when
   * blank or part of a time expression.
   */
  private String description(Parse p, int h, ArticleContext ctx) {
    List<Integer> span = p.subtree(h, NP_STOP);
    int first = span.get(0);
    while (first < h && (p.base(first).equals("det") || p.token(first).pos().equals("DT"))) {
      span.remove(0);
      first = span.get(0);
    }
    int poss = p.child(h, "nmod:poss");
    if (poss >= 0 && poss < first && !p.token(poss).pos().startsWith("PRP")) {
      first = p.subtree(poss, NP_STOP).get(0); // "the militia's fighters"
      while (first < poss && p.token(first).pos().equals("DT")) {
        first++;
      }
    }
    while (first >= 2 && p.token(first - 1).pos().equals("HYPH") && p.dominates(h, first - 2)) {
      first -= 2; // "Kurdish-led forces": the parse may hang "Kurdish" off "led" as dep
    }
    int last = span.get(span.size() - 1);
    for (int c : p.children(h)) {
      if (p.base(c).equals("amod") && c > h) {
        List<Integer> adjective = p.subtree(c, Set.of("punct", "acl", "parataxis", "conj"));
        last = Math.max(last, adjective.get(adjective.size() - 1)); // "forces loyal to X"
      }
    }
    if (ctx.overlapsTime(p.token(first).start(), p.token(last).end())) {
      return null;
    }
    String name = ctx.text.substring(p.token(first).start(), p.token(last).end());
    return name.isBlank() ? null : name;
  }

  /** Whether head noun {@code h} can name an actor without a name (see {@link AgentNouns}). */
  boolean agentNoun(Parse p, int h) {
    return agents.head(p, h);
  }

  /**
   * Whether head noun {@code h} has an agent noun as a compound before it ("opposition
   * candidates"; see {@link AgentNouns#agentModified}) or is a place, home or vehicle ("Tarsan
   * towns", "Tarsan lorries"; see {@link HoldingNouns}), so its nationality names an actor.
   */
  boolean agentModified(Parse p, int h) {
    return agents.agentModified(p, h) || holdings.holding(p, h);
  }

  /** The entity of NP head {@code h}: its own mention, a name modifying it, or one of its nmods. */
  Entity entityOf(Parse p, int h, ArticleContext ctx) {
    Entity own = ctx.entityAt(p.token(h).start(), p.token(h).end());
    if (own != null) {
      return own;
    }
    for (int c : p.children(h)) {
      String r = p.relation(c);
      if (r.equals("compound") || r.equals("flat") || r.equals("nmod:poss") || r.equals("appos")
          || (r.equals("amod") && (agents.head(p, h) || agentModified(p, h)))) {
        // "Syrian troops", "Zambian opposition candidates", "Syrian towns"; not "Syrian unity"
        Entity e = ctx.entityAt(p.token(c).start(), p.token(c).end());
        if (e != null && !(ArticleContext.isPlace(e) && r.equals("appos"))) {
          return e;
        }
      }
    }
    if (!agents.head(p, h)) {
      return null; // "a poster of X" is not X; "forces of X" are
    }
    for (int c : p.children(h)) {
      if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("of")) {
        Entity e = ctx.entityAt(p.token(c).start(), p.token(c).end());
        if (e != null && !ArticleContext.isPlace(e)) {
          return e; // "forces of X"
        }
      }
    }
    return null;
  }

  /**
   * Remembers, for "the pair" and "both sides" in later sentences, the last two entities named
   * together ("X and Y"); persons come from the reference layer.
   */
  void rememberGroups(Parse p, ArticleContext ctx) {
    for (int i = 0; i < p.size(); i++) {
      Entity e = ctx.entityAt(p.token(i).start(), p.token(i).end());
      if (p.base(i).equals("conj") && p.head(i) >= 0) {
        Entity a = entityOf(p, p.head(i), ctx);
        Entity b = entityOf(p, i, ctx);
        if (a != null && b != null && !a.id().equals(b.id())
            && (!ArticleContext.isPlace(a) || "COUNTRY".equals(a.subtype()))) {
          Set<String> ids = new LinkedHashSet<>();
          List<Actor> group = new ArrayList<>();
          for (Entity x : List.of(a, b)) {
            if (ids.add(x.id())) {
              group.add(new Actor(x.name(), x.id(), x.type() == EntityType.PERSON));
            }
          }
          ctx.lastGroup = List.copyOf(group);
        }
      }
    }
  }

  /**
   * A proper noun NER did not recognise, named by it and its flat and compound parts; null when
   * {@code h} is not a proper noun or is part of a time expression.
   */
  private static Actor properName(Parse p, int h, ArticleContext ctx) {
    if (!p.token(h).pos().startsWith("NNP")) {
      return null;
    }
    int first = h;
    int last = h;
    for (int c : p.children(h)) {
      String r = p.base(c);
      if ((r.equals("flat") || r.equals("compound")) && p.token(c).pos().startsWith("NNP")) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    if (ctx.overlapsTime(p.token(first).start(), p.token(last).end())) {
      return null;
    }
    return new Actor(ctx.text.substring(p.token(first).start(), p.token(last).end()), null,
        false);
  }

  /**
   * The person named right after a title ("Envoy for Veloria Ann Brandt"), across at most a few
   * prepositions and proper nouns, or null. The parse often hangs such a name elsewhere.
   */
  private static Entity titleHolder(Parse p, int h, ArticleContext ctx) {
    for (int t = h + 1; t < Math.min(p.size(), h + 8); t++) {
      Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
      if (e != null && e.type() == EntityType.PERSON) {
        return e;
      }
      String pos = p.token(t).pos();
      if (!(pos.equals("IN") || pos.equals("NNP") || pos.equals("DT") || pos.equals("CC"))) {
        return null;
      }
    }
    return null;
  }

  /** "the pair", "both sides", "the two": not "the Kurdish side", which names one party. */
  private boolean onlyGroupWords(String s) {
    for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!words.groupWords.contains(w) && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }
}
