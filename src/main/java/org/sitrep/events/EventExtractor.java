package org.sitrep.events;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.nlp.Sentence;
import org.sitrep.numbers.NumberMention;
import org.sitrep.time.TimeExpression;

/**
 * Reads events off one parsed sentence. Rules, all over basic UD relations:
 *
 * <ul>
 *   <li><b>Verbs.</b> Source is the subject, target the object (except after "discuss" and other
 *       topic verbs, whose object is what is talked about), else an oblique with "with",
 *       "against", "between", "on" or "to", else the first named actor inside the object or an
 *       oblique ("condemned an attack by X", "left for X"; not "a poster of X"). Passives swap
 *       roles: the passive subject, or the noun a bare participle modifies ("fighters backed by
 *       X"), is the target, the "by" agent the source. A participle used as an adjective
 *       ("X-backed") is an affiliation, not an event. A subjectless verb (xcomp, conj, advcl)
 *       inherits its governor's subject. Coordinated actors ("X and Y") each take the role; a
 *       compound subject with no target gives the pairwise events ("X and Y discussed" → X→Y,
 *       Y→X).
 *   <li><b>Ground.</b> "captured X", "seized control of X from Y": CAMEO 192, X the place, Y the
 *       target. A non-country place that is the target of a violent event is its place instead.
 *   <li><b>Nouns.</b> "clashes between X and Y" → X→Y; "a call with Y", "attack on Y", "against Y"
 *       give the target; "by X", "X's" or a modifying entity ("Turkish strikes") the source. A
 *       noun that is the object of a verb of doing or announcing ("held talks", "launched an
 *       offensive", "denied the attack") takes that verb's subject; after other verbs ("discussed
 *       the clashes") it does not. "Clashes between X and Y killed ten" is one event, the clashes,
 *       which take the figures.
 *   <li><b>Back-reference.</b> "the pair", "both sides", "the two", "they" stand for the last
 *       actors named together, or the two parties of an earlier event in the sentence; "he"/"she"
 *       for the last person; "the group", "the militia" for the last non-state organisation named
 *       (by the actors stage's kinds), else they stay descriptions.
 *   <li><b>Modality</b> from the clause and the verbs above it: negation, "would"/"could"/"if"
 *       (hypothetical), "will"/"plans to" (planned), "threatened to", "denied", "demanded"/"called
 *       for", "the deadline for X to", "announced", and reporting ("X said", "state media
 *       reported", "according to X") with the reporter. A noun event takes the modality of the
 *       frame verb whose object it is ("announced a ceasefire"). Negation wins; otherwise the
 *       innermost frame does.
 *   <li><b>Date</b> from a time expression in the event's own clause (including its adverbial
 *       clauses: "Since … in December 2024, … have been killed"), else one in the sentence, else the
 *       article's reference date.
 *   <li><b>Figures</b>: numbers followed or preceded by a casualty word go to the nearest event,
 *       conflictual ones first.
 * </ul>
 */
final class EventExtractor {
  /** An actor: an entity (id set) or a description (id null). */
  record Actor(String name, String id, boolean person) {}

  private record Draft(int trigger, String code, Actor source, Actor target, int clause) {}

  private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "parataxis", "conj", "csubj",
      "acl", "punct");
  private static final Set<String> NP_STOP = Set.of("acl", "conj", "cc", "punct", "advcl",
      "appos", "nmod", "dep", "parataxis", "ccomp", "xcomp", "obl", "case");
  private static final Set<String> TARGET_CASES = Set.of("with", "against", "between", "on", "to",
      "toward", "towards", "upon");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "around",
      "across", "inside", "into", "of", "on", "from", "throughout", "within");
  private static final Set<String> REPORTING = Set.of("say", "report", "tell", "state", "add",
      "claim", "confirm", "note", "allege", "write", "assert", "stress", "emphasize", "emphasise",
      "explain", "insist", "quote", "post", "accord", "indicate", "suggest", "believe");
  private static final Set<String> THREAT = Set.of("threaten", "warn");
  private static final Set<String> DENIAL = Set.of("deny", "refute", "dismiss", "reject");
  /** Denial verbs that are events of their own (CAMEO 12) when their object is a noun. */
  private static final Set<String> REJECTING = Set.of("dismiss", "reject");
  private static final Set<String> PLANNING = Set.of("plan", "intend", "aim", "prepare", "seek",
      "vow", "pledge", "promise", "expect", "decide", "agree", "schedule", "set");
  private static final Set<String> DEMANDING = Set.of("demand", "call", "urge", "ask", "appeal",
      "press", "request", "want");
  private static final Set<String> ANNOUNCING = Set.of("announce", "declare", "unveil",
      "proclaim");
  /** Words that may refer back to actors named earlier: their sentences are parsed too. */
  static boolean refersBack(String lowerWord) {
    return GROUP_WORDS.contains(lowerWord) || lowerWord.equals("he") || lowerWord.equals("she");
  }

  /**
   * A definite description that can name an actor without a name ("the group", "the ministry",
   * "the security forces"): its sentence is parsed too.
   */
  static boolean definiteActor(String lowerDeterminer, String lowerNoun) {
    if (!lowerDeterminer.equals("the")) {
      return false;
    }
    return agentWord(lowerNoun);
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

  /** Titles whose holder the article may name after them. */
  private static final Set<String> TITLES = Set.of("envoy", "minister", "president", "ambassador",
      "secretary", "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "leader",
      "representative", "adviser", "advisor", "negotiator", "mediator", "premier", "king",
      "prince", "governor", "mayor", "director", "head", "coordinator", "commissioner");

  /** A lower-case word that can head an actor's description; plural proper nouns keep the "s". */
  private static boolean agentWord(String lower) {
    return AGENT_NOUNS.contains(lower) || (lower.endsWith("s")
        && AGENT_NOUNS.contains(lower.substring(0, lower.length() - 1)));
  }

  private static final Set<String> GROUP_WORDS = Set.of("pair", "two", "both", "sides", "side",
      "parties", "they", "leaders", "countries", "governments");
  /**
   * Head nouns that can name an actor without a named entity ("security forces", "protesters");
   * a description headed by anything else ("the crisis", "the need") is not an actor.
   */
  private static final Set<String> AGENT_NOUNS = ImmutableSet.of("force", "troop", "army", "military",
      "soldier", "police", "policeman", "officer", "official", "government", "authority",
      "administration", "ministry", "minister", "president", "leader", "commander", "spokesman",
      "spokeswoman", "spokesperson", "militant", "fighter", "rebel", "insurgent", "gunman",
      "jihadist", "militia", "group", "faction", "party", "opposition", "regime", "civilian",
      "people", "person", "man", "woman", "child", "resident", "villager", "protester",
      "protestor", "demonstrator", "student", "worker", "journalist", "reporter", "medium",
      "media", "agency", "monitor", "observer", "diplomat", "envoy", "delegation", "ambassador",
      "negotiator", "mediator", "state", "country", "nation", "coalition", "alliance", "side",
      "party", "pair", "two", "both", "council", "parliament", "court", "judge", "prosecutor",
      "unit", "battalion", "brigade", "division", "guard", "agent", "security", "service",
      "refugee", "prisoner", "detainee", "hostage", "activist", "member", "supporter", "ally",
      "neighbour", "neighbor", "forces", "authorities", "people", "captain", "general",
      "colonel", "sergeant", "king", "prince", "mayor", "governor", "chief", "head", "team",
      "organization", "organisation", "movement", "network", "cell", "clan", "tribe");
  /**
   * Verbs whose object noun is an event the subject takes part in ("held talks", "launched an
   * offensive", "announced a ceasefire"); after other verbs ("discussed the clashes", "condemned the
   * invasion") the subject is not a party to the noun's event.
   */
  private static final Set<String> SUPPORT_VERBS = ImmutableSet.of("hold", "have", "conduct",
      "launch", "carry", "stage", "wage", "make", "sign", "reach", "begin", "start", "continue",
      "mount", "lead", "order", "propose", "offer", "accept", "impose",
      "resume", "intensify", "escalate", "step", "open", "initiate", "unleash", "deliver", "give",
      "pay", "host", "attend", "join", "break", "violate", "end", "halt", "suspend", "complete",
      "finish", "undertake", "perform", "execute", "organise", "organize", "broker", "conclude",
      "renew", "extend", "observe", "respect", "honour", "honor", "breach", "commit", "seize",
      "gain", "take", "retain", "lose", "regain", "establish", "restore", "keep");
  /** Verbs whose object is what is talked about, not a party: the target needs "with". */
  private static final Set<String> TOPIC_VERBS = Set.of("discuss", "debate", "address", "review",
      "examine", "consider", "raise", "mention", "tackle", "explore", "evaluate", "assess",
      "exchange"); // "exchanged views on X" is about X; "exchanged fire with X" still targets X
  /** Objects that show or name an actor without being one ("a poster of X", "footage of X"). */
  private static final Set<String> DEPICTIONS = Set.of("poster", "picture", "image", "photo",
      "photograph", "portrait", "statue", "flag", "banner", "video", "footage", "map", "sign",
      "mural", "effigy", "name", "slogan", "logo", "symbol", "emblem");
  /** Verbs of taking ground: the ground taken is the place, the side it is taken from the target. */
  private static final Set<String> TERRITORY_VERBS = Set.of("seize", "capture", "take", "overrun",
      "retake", "recapture", "occupy", "storm", "conquer", "annex", "regain", "gain");
  /** What is taken when ground is: "control of X", "most of X", "the town of X". */
  private static final Set<String> GROUND_HEADS = Set.of("control", "most", "part", "rest",
      "half", "much", "outskirts", "outskirt", "remainder", "swath", "swathe", "area", "territory",
      "section", "bulk", "city", "town", "village", "district", "neighbourhood", "neighborhood",
      "province", "region", "capital", "centre", "center", "quarter", "suburb", "all");
  /** Nouns that, heading a definite description ("the group said"), mean a named organisation. */
  private static final Set<String> ORG_BACKREF = Set.of("group", "militia", "organisation",
      "organization", "movement", "faction", "outfit");
  /** Nouns whose clause is required of someone ("the deadline for X to withdraw"). */
  private static final Set<String> DEMAND_NOUNS = Set.of("deadline", "ultimatum", "demand",
      "call", "request", "appeal");
  private static final Set<String> QUANTITY_HEADS = Set.of("ten", "tens", "dozen", "dozens",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "number", "score",
      "scores", "handful", "group", "lot", "lots", "some", "many");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither",
      "nor");
  private static final Pattern DATE = Pattern.compile(
      "^(\\d{4})(-\\d{2})?(-\\d{2})?(T\\d{2}(:\\d{2})?)?");

  private static final Set<String> KILLED = Set.of("killed", "dead", "died", "deaths", "death",
      "fatalities", "lives", "killing", "slain", "dying", "die", "kill");
  private static final Set<String> WOUNDED = Set.of("wounded", "injured", "injuries", "hurt",
      "injuring", "wounding", "casualties");
  private static final Set<String> DISPLACED = Set.of("displaced", "fled", "refugees",
      "evacuated", "homeless", "displacing", "flee", "uprooted");
  private static final Set<String> DETAINED = Set.of("detained", "arrested", "captured",
      "prisoners", "detainees", "abducted", "kidnapped", "hostages");
  private static final Set<String> FORCES = Set.of("troops", "fighters", "soldiers", "personnel",
      "forces", "police", "officers", "militants");
  private static final Set<String> DEPLOY = Set.of("deploy", "send", "dispatch", "mobilize",
      "mobilise", "station", "move", "deployed", "sent");

  private final VerbLexicon lexicon;
  private final CameoTable table;

  EventExtractor(VerbLexicon lexicon, CameoTable table) {
    this.lexicon = lexicon;
    this.table = table;
  }

  /** The events of one sentence, in trigger order. */
  List<Event> extract(Parse p, Sentence sentence, ArticleContext ctx) {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (!lexicon.candidate(p, i)) {
        continue;
      }
      boolean verb = p.token(i).pos().startsWith("VB");
      if (verb && (isFrame(p, i) || isModifier(p, i, ctx))) {
        continue;
      }
      String code = verb ? lexicon.verbCode(p, i) : lexicon.nounCode(p, i);
      if (code == null || table.info(code) == null) {
        continue;
      }
      if (verb && TERRITORY_VERBS.contains(p.lemma(i)) && takesGround(p, i, ctx)) {
        code = "192"; // "captured the town": occupying territory, whatever the verb's default
      }
      if (code.startsWith("01")) {
        continue; // public statements are how events are reported, not events
      }
      if (verb && isViolent(code) && eventSubject(p, i, ctx)) {
        continue; // "clashes killed ten": one event, the clashes, which take the figures
      }
      List<Actor> sources = new ArrayList<>();
      List<Actor> targets = new ArrayList<>();
      int clause = verb ? roles(p, i, sources, targets, ctx) : nounRoles(p, i, sources, targets,
          ctx);
      addPairs(drafts, i, code, clause, sources, targets);
      if (code.startsWith("04") && sources.size() == 1 && targets.size() == 1
          && sources.get(0).id() != null && targets.get(0).id() != null
          && !same(sources.get(0), targets.get(0))) {
        // "held a call with Y, where the pair stressed …": who met or talked are "the pair"
        ctx.lastGroup = List.of(sources.get(0), targets.get(0));
      }
    }
    rememberGroups(p, ctx);
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<List<Figure>> figures = figures(p, sentence, drafts, ctx);
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      out.add(build(p, sentence, drafts.get(d), figures.get(d), ctx));
    }
    return out;
  }

  private static void addPairs(List<Draft> drafts, int i, String code, int clause,
      List<Actor> sources, List<Actor> targets) {
    if (sources.isEmpty() && targets.isEmpty()) {
      return;
    }
    if (targets.isEmpty() && sources.size() >= 2) {
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (a != b && !same(a, b)) {
            drafts.add(new Draft(i, code, a, b, clause));
          }
        }
      }
      return;
    }
    List<Actor> src = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
    List<Actor> tgt = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    for (Actor a : src) {
      for (Actor b : tgt) {
        if (a == null || b == null || !same(a, b)) {
          drafts.add(new Draft(i, code, a, b, clause));
        }
      }
    }
  }

  private static boolean same(Actor a, Actor b) {
    return a.id() != null ? a.id().equals(b.id()) : a.name().equalsIgnoreCase(b.name());
  }

  /**
   * A participle used as an adjective ("Ankara-backed forces", "the wounded"): it describes an
   * actor, and the actors stage keeps such ties as affiliations.
   */
  private static boolean isModifier(Parse p, int i, ArticleContext ctx) {
    int start = p.token(i).start();
    return p.base(i).equals("amod")
        || (p.token(i).pos().equals("VBN") && start > 0 && ctx.text.charAt(start - 1) == '-');
  }

  /**
   * True when the object of verb {@code i} is a place, directly or as "control of", "most of" or
   * "parts of" a place.
   */
  private static boolean takesGround(Parse p, int i, ArticleContext ctx) {
    int obj = p.child(i, "obj");
    return obj >= 0 && isGround(p, obj, ctx, 0);
  }

  private static boolean isGround(Parse p, int n, ArticleContext ctx, int depth) {
    if (ArticleContext.isPlace(ctx.entityAt(p.token(n).start(), p.token(n).end()))) {
      return true;
    }
    if (depth >= 3) {
      return false;
    }
    for (int c : p.children(n)) {
      String r = p.base(c);
      if ((r.equals("nmod") && p.caseOf(c).equals("of") && GROUND_HEADS.contains(p.lemma(n)))
          || r.equals("compound") || r.equals("appos") || r.equals("flat")) {
        if (isGround(p, c, ctx, depth + 1)) {
          return true; // "control of the city X", "most of X"
        }
      }
    }
    return false;
  }

  /**
   * True when violent verb {@code i} has as subject an event noun with actors of its own
   * ("clashes between X and Y killed ten"); "airstrikes killed ten" keeps the verb's event.
   */
  private boolean eventSubject(Parse p, int i, ArticleContext ctx) {
    int s = p.child(i, "nsubj");
    if (s < 0 || !lexicon.candidate(p, s) || p.token(s).pos().startsWith("VB")) {
      return false;
    }
    String code = lexicon.nounCode(p, s);
    if (code == null || table.info(code) == null) {
      return false;
    }
    List<Actor> sources = new ArrayList<>();
    List<Actor> targets = new ArrayList<>();
    nounRoles(p, s, sources, targets, ctx);
    return !sources.isEmpty() || !targets.isEmpty();
  }

  /** CAMEO roots 18 to 20: assault, fight, mass violence. */
  private static boolean isViolent(String code) {
    return code.compareTo("18") >= 0;
  }

  /** CAMEO roots 14 to 20: protest and everything more hostile. */
  private static boolean isConflictual(String code) {
    return code.compareTo("14") >= 0;
  }

  /** A reporting or modal verb whose complement clause carries the event. */
  private boolean isFrame(Parse p, int i) {
    String lemma = p.lemma(i);
    boolean frameWord = REPORTING.contains(lemma) || THREAT.contains(lemma)
        || DENIAL.contains(lemma) || PLANNING.contains(lemma) || DEMANDING.contains(lemma)
        || ANNOUNCING.contains(lemma);
    if (!frameWord) {
      return false;
    }
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("xcomp") || r.equals("ccomp") || r.equals("dep"))
          && lexicon.candidate(p, c)) {
        return true;
      }
      if (r.equals("obl") && p.caseOf(c).equals("for") && lexicon.candidate(p, c)) {
        return true; // "called for a ceasefire"
      }
      if (r.equals("obj") && lexicon.candidate(p, c) && !REJECTING.contains(lemma)) {
        return true; // "announced a ceasefire", "denied the attack"; "rejected a plan" is an event
      }
    }
    return false;
  }

  /** Fills the roles of verb {@code i}; returns the clause head. */
  private int roles(Parse p, int i, List<Actor> sources, List<Actor> targets, ArticleContext ctx) {
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
        targets.addAll(actors(p, passSubj, ctx));
      } else if (p.base(i).equals("acl") && p.head(i) >= 0) {
        targets.addAll(actors(p, p.head(i), ctx)); // "people killed by …"
      }
      if (agent >= 0) {
        sources.addAll(actors(p, agent, ctx));
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
      sources.addAll(actors(p, subj, ctx));
    } else if (p.base(i).equals("acl") && p.head(i) >= 0) {
      sources.addAll(actors(p, p.head(i), ctx));
    }
    boolean topic = TOPIC_VERBS.contains(p.lemma(i));
    if (TERRITORY_VERBS.contains(p.lemma(i))) {
      for (int c : p.children(i)) {
        if (p.base(c).equals("obl") && p.caseOf(c).equals("from")) {
          targets.addAll(actors(p, c, ctx)); // "seized the town from X"
        }
      }
    }
    int obj = p.child(i, "obj", "iobj");
    if (obj >= 0 && !topic && targets.isEmpty()) {
      targets.addAll(actors(p, obj, ctx));
    }
    if (obj >= 0 && targets.isEmpty() && p.token(obj).pos().startsWith("NN")
        && lexicon.nounCode(p, obj) != null) {
      for (int c : p.children(obj)) {
        if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("by")) {
          targets.addAll(actors(p, c, ctx)); // "condemned an attack by X": X, not where it was
          break;
        }
      }
    }
    if (targets.isEmpty()) {
      for (int c : p.children(i)) {
        if (p.base(c).equals("obl") && TARGET_CASES.contains(p.caseOf(c))
            && !(topic && !p.caseOf(c).equals("with"))) {
          List<Actor> found = actors(p, c, ctx);
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
        if ((r.equals("obj") && !topic && !DEPICTIONS.contains(p.lemma(c)))
            || (r.equals("obl") && !p.relation(c).equals("obl:tmod") && !topic)) {
          int at = firstNamed(p, c, ctx, sources);
          if (at >= 0) {
            // "ties with X, Y and Z", "ties between X and Y": every conjunct is a target
            for (Actor a : actors(p, at, ctx)) {
              if (sources.stream().noneMatch(b -> same(a, b))) {
                targets.add(a);
              }
            }
            break;
          }
        }
      }
    }
    return i;
  }

  /** The index of the first named actor in the subtree of {@code node} not in exclude, or -1. */
  private static int firstNamed(Parse p, int node, ArticleContext ctx, List<Actor> exclude) {
    for (int t : p.subtree(node, Set.of("acl", "parataxis", "ccomp", "advcl"))) {
      Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
      if (ArticleContext.isPlace(e) && !"COUNTRY".equals(e.subtype())
          && (p.base(t).equals("compound") || p.base(t).equals("amod"))) {
        continue; // "the Sabha clashes": where, not whom
      }
      if (e != null && p.base(t).equals("amod") && p.head(t) >= 0 && !isAgentNoun(p, p.head(t))) {
        continue; // "Syrian unity" is not Syria
      }
      if (e != null && exclude.stream().noneMatch(x -> e.id().equals(x.id()))) {
        return t;
      }
    }
    return -1;
  }

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

  /** Fills the roles of event noun {@code i}; returns the clause head (the governing verb). */
  private int nounRoles(Parse p, int i, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
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
        List<Actor> found = actors(p, c, ctx);
        if (found.size() >= 2) {
          sources.add(found.get(0));
          targets.addAll(found.subList(1, found.size()));
        } else {
          // "clashes between X and <a party the parse loses>": X is still the first party.
          sources.addAll(found);
        }
      } else if (r.equals("nmod:poss") || ((r.startsWith("nmod") || r.startsWith("obl"))
          && cs.equals("by"))) {
        sources.addAll(actors(p, c, ctx));
      } else if ((r.startsWith("nmod") || r.startsWith("obl")) && TARGET_CASES.contains(cs)
          && !cs.equals("between")) {
        targets.addAll(actors(p, c, ctx));
      } else if ((r.equals("amod") || r.equals("compound")) && c < i) {
        Entity e = entityOf(p, c, ctx);
        if (e != null && e.type() != EntityType.LOCATION) {
          sources.add(new Actor(e.name(), e.id(), e.type() == EntityType.PERSON));
        } else if (e != null && e.type() == EntityType.LOCATION && "COUNTRY".equals(
            e.subtype())) {
          sources.add(new Actor(e.name(), e.id(), false));
        }
      }
    }
    if (sources.isEmpty() && argOfVerb && rel.equals("obj") && takesPart(p.lemma(governor))) {
      int s = p.child(governor, "nsubj");
      if (s < 0) {
        s = inheritedSubject(p, governor);
      }
      if (s < 0 && p.relation(governor).equals("acl") && p.head(governor) >= 0
          && !p.token(governor).pos().equals("VBN")) {
        s = p.head(governor); // "fighters, …, launched an offensive" parsed as a modifier
      }
      if (s >= 0) {
        sources.addAll(actors(p, s, ctx));
      }
    }
    return argOfVerb ? governor : i;
  }

  /** Whether the subject of this verb is a party to its object noun's event. */
  private static boolean takesPart(String verbLemma) {
    return SUPPORT_VERBS.contains(verbLemma) || THREAT.contains(verbLemma)
        || DENIAL.contains(verbLemma) || (PLANNING.contains(verbLemma) && !verbLemma.equals("expect"))
        || DEMANDING.contains(verbLemma) || ANNOUNCING.contains(verbLemma);
  }

  /** The actors of the noun phrase headed by {@code h} and its conjuncts. */
  private List<Actor> actors(Parse p, int h, ArticleContext ctx) {
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
      if (out.stream().noneMatch(b -> same(a, b))) {
        out.add(a);
      }
    }
    return out;
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
    if (overlapsTime(p.token(first).start(), p.token(last).end(), ctx)) {
      return null;
    }
    return new Actor(ctx.text.substring(p.token(first).start(), p.token(last).end()), null,
        false);
  }

  /** A head noun that can name an actor; plural proper nouns keep their "s" as lemma. */
  static boolean isAgentNoun(Parse p, int h) {
    return AGENT_NOUNS.contains(p.lemma(h)) || agentWord(p.lower(h));
  }

  /** "the pair", "both sides", "the two": not "the Kurdish side", which names one party. */
  private static boolean onlyGroupWords(String s) {
    for (String w : s.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!GROUP_WORDS.contains(w) && !w.equals("the")) {
        return false;
      }
    }
    return true;
  }

  private Actor actor(Parse p, int h, ArticleContext ctx) {
    String pos = p.token(h).pos();
    Entity e = entityOf(p, h, ctx);
    if (e != null && ArticleContext.isPlace(e) && TITLES.contains(p.lemma(h))) {
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
      if ((w.equals("he") || w.equals("she")) && ctx.lastPerson != null) {
        return ctx.lastPerson;
      }
      if (w.equals("they") && ctx.lastGroup.size() >= 2) {
        return new Actor("they", null, false);
      }
      return null;
    }
    if (!(pos.startsWith("NN") || pos.equals("CD"))) {
      return null;
    }
    if (QUANTITY_HEADS.contains(p.lemma(h)) || pos.equals("CD")) {
      int of = -1;
      for (int c : p.children(h)) {
        if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("of")) {
          of = c;
        }
      }
      if (of >= 0) {
        return actor(p, of, ctx); // "thousands of civilians" → civilians
      }
      if (!GROUP_WORDS.contains(p.lower(h)) && (pos.equals("CD") || !isAgentNoun(p, h))) {
        return null; // "a group" alone is still an actor; "dozens" alone is not
      }
    }
    if (!pos.equals("CD") && !isAgentNoun(p, h) && !GROUP_WORDS.contains(p.lower(h))) {
      return null;
    }
    if (ORG_BACKREF.contains(p.lemma(h)) && p.child(h, "det") >= 0
        && p.lower(p.child(h, "det")).equals("the") && p.children(h).size() == 1) {
      Entity org = ctx.lastGroupBefore(p.token(h).start());
      if (org != null) {
        return new Actor(org.name(), org.id(), false); // "the group" after "X, a militia, ..."
      }
    }
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
    if (overlapsTime(p.token(first).start(), p.token(last).end(), ctx)) {
      return null;
    }
    String name = ctx.text.substring(p.token(first).start(), p.token(last).end());
    return name.isBlank() ? null : new Actor(name, null, false);
  }

  /** The entity of NP head {@code h}: its own mention, a name modifying it, or one of its nmods. */
  private static Entity entityOf(Parse p, int h, ArticleContext ctx) {
    Entity own = ctx.entityAt(p.token(h).start(), p.token(h).end());
    if (own != null) {
      return own;
    }
    for (int c : p.children(h)) {
      String r = p.relation(c);
      if (r.equals("compound") || r.equals("flat") || r.equals("nmod:poss") || r.equals("appos")
          || (r.equals("amod") && isAgentNoun(p, h))) { // "Syrian troops", not "Syrian unity"
        Entity e = ctx.entityAt(p.token(c).start(), p.token(c).end());
        if (e != null && !(ArticleContext.isPlace(e) && r.equals("appos"))) {
          return e;
        }
      }
    }
    if (!isAgentNoun(p, h)) {
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

  private static boolean overlapsTime(int start, int end, ArticleContext ctx) {
    for (TimeExpression t : ctx.times) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  private void rememberGroups(Parse p, ArticleContext ctx) {
    for (int i = 0; i < p.size(); i++) {
      Entity e = ctx.entityAt(p.token(i).start(), p.token(i).end());
      if (e != null && e.type() == EntityType.PERSON) {
        ctx.lastPerson = new Actor(e.name(), e.id(), true);
      }
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

  private Event build(Parse p, Sentence s, Draft d, List<Figure> figures, ArticleContext ctx) {
    CameoTable.Info info = table.info(d.code());
    String root = d.code().substring(0, 2);
    String[] modality = modality(p, d.trigger(), d.clause(), ctx);
    String[] date = date(p, d.clause(), s, ctx);
    String[] place = place(p, d, s, ctx);
    Actor target = d.target();
    if (d.source() != null && target != null && target.id() != null
        && target.id().equals(place[1])) {
      target = null; // "shelled X", "captured X": a town is where, not whom
    }
    int quad = CameoTable.quadClass(root);
    return new Event(s.start(), s.end(),
        ctx.text.substring(p.token(d.trigger()).start(), p.token(d.trigger()).end()),
        d.source() == null ? null : d.source().name(), d.source() == null ? null : d.source().id(),
        target == null ? null : target.name(), target == null ? null : target.id(),
        d.code(), root, quad == 0 ? 1 : quad, info.goldstein(), info.plover(), info.ploverMode(),
        info.acledType(), info.acledSubType(), date[0], date[1], date[2], place[0], place[1],
        modality[0], modality[1], figures);
  }

  /** {modality, reportedBy}. */
  private String[] modality(Parse p, int trigger, int clause, ArticleContext ctx) {
    if (negated(p, trigger) || (clause != trigger && negated(p, clause))) {
      return new String[] {"negated", null};
    }
    String found = null;
    String by = null;
    if (clause != trigger && p.head(trigger) == clause && p.base(trigger).equals("obj")) {
      found = frame(p.lemma(clause)); // "announced a ceasefire", "denied the attack"
      if ("reported".equals(found)) {
        by = reporter(p, clause, ctx);
      }
    }
    for (int c : p.children(clause)) {
      String r = p.base(c);
      String w = p.lower(c);
      if (r.equals("aux")) {
        if (w.equals("would") || w.equals("could") || w.equals("might") || w.equals("may")) {
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
    for (int steps = 0; found == null && steps < 8 && x >= 0; steps++) {
      String r = p.base(x);
      int h = p.head(x);
      if (h < 0) {
        break;
      }
      boolean complement = r.equals("xcomp") || r.equals("ccomp") || r.equals("dep")
          || r.equals("obj")
          || r.equals("obl") || r.equals("advcl") || r.equals("csubj");
      if (r.equals("acl") && DEMAND_NOUNS.contains(p.lemma(h))) {
        found = "demanded"; // "the deadline for X to withdraw"
        break;
      }
      if (!complement) {
        if (r.equals("conj")) {
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
      if (negated(p, h) && (DENIAL.contains(lemma) || REPORTING.contains(lemma))) {
        x = h;
        continue;
      }
      String f = frame(lemma);
      if (!("reported".equals(f) && r.equals("obj"))) {
        found = f;
        by = "reported".equals(f) ? reporter(p, h, ctx) : null;
      }
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
            || p.base(c).equals("dep")) && REPORTING.contains(p.lemma(c)) && c > clause) {
          found = "reported";
          by = reporter(p, c, ctx);
          break;
        }
      }
      if (found == null && p.head(top) >= 0 && p.base(top).equals("parataxis")
          && REPORTING.contains(p.lemma(p.head(top)))) {
        found = "reported";
        by = reporter(p, p.head(top), ctx);
      }
      if (found == null) {
        for (int i = 0; i < p.size(); i++) {
          if (p.caseOf(i).equals("according to") && (p.dominates(clause, i)
              || p.head(i) == p.head(clause) || p.head(i) < 0 || p.dominates(p.head(i), clause))) {
            found = "reported";
            Actor a = actor(p, i, ctx);
            by = a == null ? null : a.name();
            break;
          }
        }
      }
    }
    return new String[] {found == null ? "asserted" : found, by};
  }

  private String reporter(Parse p, int verb, ArticleContext ctx) {
    int s = -1;
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj") && (s < 0 || Math.abs(c - verb) < Math.abs(s - verb))) {
        s = c; // the nearest subject: "X attacked Y, state media reported" may attach Y too
      }
    }
    if (s < 0 && verb > 0 && p.token(verb - 1).pos().startsWith("NN") && isAgentNoun(p, verb - 1)
        && (p.head(verb - 1) == verb || p.base(verb - 1).equals("appos")
        || p.base(verb - 1).equals("dep"))) {
      s = verb - 1; // "…, a local monitoring group said" parsed as an apposition before the verb
    }
    if (s < 0) {
      return null;
    }
    List<Actor> a = actors(p, s, ctx);
    return a.isEmpty() ? null : a.get(0).name();
  }

  /** The modality a frame verb gives its object noun's event, or null. */
  private static String frame(String lemma) {
    if (THREAT.contains(lemma)) {
      return "threatened";
    } else if (DENIAL.contains(lemma)) {
      return "denied";
    } else if (DEMANDING.contains(lemma)) {
      return "demanded";
    } else if (PLANNING.contains(lemma)) {
      return "planned";
    } else if (ANNOUNCING.contains(lemma)) {
      return "announced";
    } else if (REPORTING.contains(lemma)) {
      return "reported";
    }
    return null;
  }

  private static boolean negated(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && NEGATORS.contains(p.lower(c))) {
        return true;
      }
    }
    return false;
  }

  /** {date, precision, basis}. */
  private static String[] date(Parse p, int clause, Sentence s, ArticleContext ctx) {
    List<Integer> tokens = p.subtree(clause, CLAUSE_STOP);
    Set<Integer> starts = new HashSet<>();
    for (int t : tokens) {
      starts.add(p.token(t).start());
    }
    String[] sentenceDate = null;
    for (TimeExpression t : ctx.times) {
      if (t.end() <= s.start() || t.start() >= s.end()) {
        continue;
      }
      String[] value = dateValue(t);
      if (value == null) {
        continue;
      }
      for (int k = 0; k < p.size(); k++) {
        Token tok = new Token(p.token(k).start(), p.token(k).end());
        if (tok.start() < t.end() && t.start() < tok.end() && starts.contains(tok.start())) {
          return new String[] {value[0], value[1], "clause"};
        }
      }
      if (sentenceDate == null) {
        sentenceDate = value;
      }
    }
    if (sentenceDate != null) {
      return new String[] {sentenceDate[0], sentenceDate[1], "sentence"};
    }
    if (ctx.referenceDate != null) {
      String[] v = dateValue(ctx.referenceDate.length() >= 10 ? ctx.referenceDate.substring(0, 10)
          : ctx.referenceDate);
      if (v != null) {
        return new String[] {v[0], v[1], "article"};
      }
    }
    return new String[] {null, "unknown", "article"};
  }

  private record Token(int start, int end) {}

  private static String[] dateValue(TimeExpression t) {
    if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
      return null;
    }
    return dateValue(t.value());
  }

  /** {value, precision} of a TIMEX3 value, or null when it names no calendar date. */
  static String[] dateValue(String value) {
    Matcher m = DATE.matcher(value == null ? "" : value);
    if (!m.find()) {
      return null;
    }
    String precision = m.group(4) != null ? "hour" : m.group(3) != null ? "day"
        : m.group(2) != null ? "month" : "year";
    if (m.end() < value.length() && precision.equals("year") && value.charAt(m.end()) != 'T') {
      char next = value.charAt(m.end());
      if (next == '-' || Character.isLetter(next)) {
        return null; // weeks, seasons, quarters: not a calendar date at this precision
      }
    }
    return new String[] {m.group(), precision};
  }

  /** {name, id}: a LOCATION in the event's clause, else one in the sentence not an actor. */
  private static String[] place(Parse p, Draft d, Sentence s, ArticleContext ctx) {
    Set<String> actorIds = new HashSet<>();
    if (d.source() != null && d.source().id() != null) {
      actorIds.add(d.source().id());
    }
    if (d.target() != null && d.target().id() != null) {
      actorIds.add(d.target().id());
    }
    if (d.target() != null && d.target().id() != null && isViolent(d.code())) {
      Entity t = ctx.entity(d.target().id());
      if (ArticleContext.isPlace(t) && !"COUNTRY".equals(t.subtype())) {
        return new String[] {t.name(), t.id()}; // "shelled X", "captured X": X is where
      }
    }
    for (int anchor : new int[] {d.trigger(), d.clause()}) {
      for (int c : p.children(anchor)) {
        String r = p.relation(c);
        if ((r.startsWith("obl") || r.startsWith("nmod")) && PLACE_CASES.contains(
            p.caseOf(c).split(" ")[0])) {
          for (int t : p.subtree(c, Set.of("acl", "parataxis", "ccomp"))) {
            Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
            if (ArticleContext.isPlace(e) && !actorIds.contains(e.id())) {
              return new String[] {e.name(), e.id()};
            }
          }
        }
      }
    }
    for (ArticleContext.Located l : ctx.mentions) {
      if (l.start() >= s.start() && l.end() <= s.end() && ArticleContext.isPlace(l.entity())
          && !actorIds.contains(l.entity().id()) && !"COUNTRY".equals(l.entity().subtype())) {
        return new String[] {l.entity().name(), l.entity().id()};
      }
    }
    return new String[] {null, null};
  }

  /** Figures per draft, each number going to the nearest draft (violent ones first). */
  private List<List<Figure>> figures(Parse p, Sentence s, List<Draft> drafts,
      ArticleContext ctx) {
    List<List<Figure>> out = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      out.add(new ArrayList<>());
    }
    boolean deployVerb = false;
    for (int i = 0; i < p.size(); i++) {
      deployVerb |= DEPLOY.contains(p.lemma(i));
    }
    for (NumberMention n : ctx.numbers) {
      if (n.start() < s.start() || n.end() > s.end() || overlapsTime(n.start(), n.end(), ctx)) {
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
      int[] kindAt = new int[] {-1};
      String kind = kind(p, first, last, deployVerb, kindAt);
      if (kind == null) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int d = 0; d < drafts.size(); d++) {
        int distance = Math.abs(drafts.get(d).trigger() - first);
        boolean violent = isConflictual(drafts.get(d).code()) || kind.equals("deployed");
        int score = drafts.get(d).trigger() == kindAt[0] ? -1 : distance + (violent ? 0 : 1000);
        if (score < bestDistance) {
          bestDistance = score;
          best = d;
        }
      }
      int trigger = drafts.get(best).trigger();
      // every draft of the same trigger (pairwise actors) shares the figure
      for (int d = 0; d < drafts.size(); d++) {
        if (drafts.get(d).trigger() == trigger) {
          out.get(d).add(new Figure(kind, n.text(), n.min(), n.max(), n.vague()));
        }
      }
    }
    return out;
  }

  private static String kind(Parse p, int first, int last, boolean deployVerb, int[] at) {
    for (int i = last + 1; i < Math.min(p.size(), last + 7); i++) {
      String k = kindWord(p.lower(i), p.lemma(i));
      if (k != null) {
        at[0] = i;
        return k;
      }
      if (deployVerb && FORCES.contains(p.lower(i))) {
        return "deployed";
      }
      if (p.lower(i).equals(",") || p.lower(i).equals(";")) {
        break;
      }
    }
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      String k = kindWord(p.lower(i), p.lemma(i));
      if (k != null) {
        at[0] = i;
        return k;
      }
    }
    return null;
  }

  private static String kindWord(String word, String lemma) {
    if (KILLED.contains(word) || lemma.equals("kill")) {
      return "killed";
    }
    if (WOUNDED.contains(word) || lemma.equals("wound") || lemma.equals("injure")) {
      return "wounded";
    }
    if (DISPLACED.contains(word) || lemma.equals("displace")) {
      return "displaced";
    }
    if (DETAINED.contains(word) || lemma.equals("detain") || lemma.equals("arrest")) {
      return "detained";
    }
    return null;
  }
}
