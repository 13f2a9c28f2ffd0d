package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a candidate word states an event of its own, and with which code.
 *
 * <ul>
 *   <li>A reporting, threat, denial, planning, demanding or announcing verb whose complement or
 *       object is an event is a frame, not an event ("said X attacked", "announced a ceasefire");
 *       its modality goes to the framed event ({@link ModalityReader}).
 *   <li>A participle used as an adjective ("X-backed") is an affiliation, not an event; so is
 *       one that describes a party ("fighters backed by X", {@link BackgroundParticiples}) and a
 *       present participle that describes a noun ("campaigns targeting the army", {@link
 *       PresentParticiples}).
 *   <li>Taking ground: "captured X", "seized control of X" is CAMEO 192 whatever the verb's
 *       default.
 *   <li>A light verb ("conducted", "carried out", "launched") with an event noun as object is no
 *       event: the noun is ("missile strikes", 194). So is an order whose only code is a demand
 *       ("ordered a missile strike": the strike, by whoever ordered it).
 *   <li>What an accusation alleges ("accused Y of shelling Z") is no event of its own ({@link
 *       Allegations}).
 *   <li>A stock phrase ("took office", "the strike claimed 20 lives") is coded as the phrase,
 *       not as its verb ({@link StockPhrases}).
 *   <li>A relative clause in the simple present, or in the present perfect over a stretch of time,
 *       describes a party ("gangs that attack traders", "a governor who has led X for decades",
 *       {@link DescriptiveClauses}): no event.
 *   <li>Public statements (CAMEO 01) are how events are reported, not events.
 *   <li>"Clashes between X and Y killed ten" is one event, the clashes, which take the figures:
 *       the violent verb whose subject is an event noun with parties of its own is dropped.
 *   <li>Threats, demands, appeals and refusals are events of their own, coded by what they
 *       threaten, ask for or refuse ({@link SpeechActs}): "X threatened to impose sanctions" is
 *       one event, the threat (1312), and the act in its complement is no event. So are
 *       promises and agreements to act ("agreed to provide aid", 033), and reports of what
 *       someone must do ("X said Y must withdraw", a demand, 1056).
 *   <li>A statement that the subject will do an act ("X will send aid", "X said it would
 *       boycott Y", "X is ready to withdraw") is an expression of intent (03x) or a threat (13x)
 *       ({@link IntentReader}); that it will not do a cooperative act is a refusal (12x).
 * </ul>
 */
final class VerbSense {
  private final VerbLexicon lexicon;
  private final CameoTable table;
  private final EventWords words;
  private final RoleFinder roles;
  private final SpeechActs acts;
  private final BackgroundParticiples background;
  private final IntentReader intent;
  private final StockPhrases stock = StockPhrases.get();
  private final Allegations allegations;

  VerbSense(VerbLexicon lexicon, CameoTable table, EventWords words, RoleFinder roles) {
    this.lexicon = lexicon;
    this.table = table;
    this.words = words;
    this.roles = roles;
    this.acts = new SpeechActs(words);
    this.background = new BackgroundParticiples(words);
    this.intent = new IntentReader(words);
    this.allegations = new Allegations(words);
  }

  /** The CAMEO code of the event candidate word {@code i} states, or null when it states none. */
  String code(Parse p, int i, ArticleContext ctx) {
    if (isVerb(p, i) && DescriptiveClauses.describes(p, i, lexicon)) {
      return null; // "a governor who has led X for decades": who the party is, not news
    }
    if (isVerb(p, i) && !isModifier(p, i, ctx) && !PresentParticiples.describes(p, i)) {
      String act = speechAct(p, i, ctx);
      if (act != null) {
        return act;
      }
    }
    if (framed(p, i, ctx) || (!isVerb(p, i) && p.base(i).equals("obj") && framed(p, p.head(i),
        ctx))) {
      return null; // what a threat, demand or refusal is about ("to impose sanctions") is no event
    }
    String code = plainCode(p, i, ctx);
    if (code == null) {
      return null;
    }
    int v = stating(p, i, ctx);
    if (v < 0) {
      return code;
    }
    boolean warned = intent.warned(p, v);
    return switch (intent.stance(p, v)) {
      case INTENT -> warned ? acts.warning(code, p, i)
          : acts.stated(code, intent.conditional(p, v), p, i);
      case REFUSAL -> {
        String refused = warned ? "130" : acts.negatedIntent(code, p, i);
        yield refused == null ? code : refused;
      }
      case NONE -> code;
    };
  }

  /**
   * Whether the negation on act {@code i} makes it a refusal ("will not accept"), which is an
   * event of its own rather than a negated act.
   */
  boolean refuses(Parse p, int i, String code, ArticleContext ctx) {
    int v = stating(p, i, ctx);
    return (code.startsWith("12") || code.startsWith("13")) && v >= 0
        && intent.stance(p, v) == IntentReader.Stance.REFUSAL;
  }

  /** Whether token {@code x} is the act a speech act threatens, asks for or refuses. */
  private boolean framed(Parse p, int x, ArticleContext ctx) {
    int h = x < 0 ? -1 : p.head(x);
    return h >= 0 && isVerb(p, h) && complement(p, h) == x && speechAct(p, h, ctx) != null;
  }

  /**
   * The token of the act a speech-act verb threatens, asks for or refuses: its clausal
   * complement, its event-noun object or its "for" phrase ("called for a ceasefire"); else -1.
   */
  int complement(Parse p, int i) {
    if (acts.kind(p.lemma(i)) == null) {
      return obligation(p, i);
    }
    boolean command = words.commandActs.contains(p.lemma(i));
    int noun = -1;
    for (int c : p.children(i)) {
      String r = p.base(c);
      if ((r.equals("xcomp") || (r.equals("ccomp") && !stated(p, c)))
          && lexicon.candidate(p, c)) {
        return c;
      }
      if (noun < 0 && !command && lexicon.candidate(p, c) && !isVerb(p, c) && (r.equals("obj")
          || (r.equals("obl") && p.caseOf(c).equals("for")))) {
        noun = c;
      }
    }
    return noun;
  }

  /**
   * The act a reporting or announcing verb states as an obligation of someone ("X said Y must
   * withdraw", "declared that Y must drop its barriers"): its complement clause with "must",
   * which makes the report a demand; else -1.
   */
  private int obligation(Parse p, int i) {
    String frame = words.frame(p.lemma(i));
    if (!isVerb(p, i) || !("reported".equals(frame) || "announced".equals(frame))) {
      return -1;
    }
    for (int c : p.children(i)) {
      if (!p.base(c).equals("ccomp") || !isVerb(p, c) || !lexicon.candidate(p, c)) {
        continue;
      }
      for (int k : p.children(c)) {
        if (p.base(k).equals("aux") && words.obligationModals.contains(p.lower(k))) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Whether clause {@code c} states what happened ("insisted that Y fired first") rather than
   * what is to happen ("demanded that Y withdraw", "insisted Y must leave"): a past or
   * third-person present verb with no modal (a plural present, VBP, is the subjunctive's form:
   * "demanded that they renounce"), or a perfect, progressive or passive whose auxiliary is in
   * such a tense ("agreed that Y had withdrawn", "said Y was attacked").
   */
  private static boolean stated(Parse p, int c) {
    String pos = p.token(c).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ");
    for (int k : p.children(c)) {
      if (!p.base(k).equals("aux")) {
        continue;
      }
      String auxPos = p.token(k).pos();
      if (auxPos.equals("MD")) {
        return false;
      }
      if (auxPos.equals("VBD") || auxPos.equals("VBZ")) {
        finite = true;
      }
    }
    return finite;
  }

  /** The code of speech-act verb {@code i}, or null when it is none. */
  private String speechAct(Parse p, int i, ArticleContext ctx) {
    SpeechActs.Kind kind = acts.kind(p.lemma(i));
    int c = complement(p, i);
    if (kind == null) {
      if (c < 0) {
        return null;
      }
      kind = SpeechActs.Kind.DEMAND; // "said Y must withdraw"
    }
    String inner = c < 0 ? null : plainCode(p, c, ctx);
    if (inner == null && c >= 0 && !isVerb(p, c)) {
      inner = lexicon.nounCode(p, c); // "demanded talks": a statement noun still says what
    }
    if (inner == null && c >= 0 && isVerb(p, c)) {
      int obj = p.child(c, "obj");
      if (obj >= 0 && !isVerb(p, obj) && lexicon.candidate(p, obj)
          && (words.lightVerbs.contains(p.lemma(c)) || words.supportVerbs.contains(p.lemma(c)))) {
        inner = lexicon.nounCode(p, obj); // "threatened to launch an offensive", "hold a strike"
      }
    }
    if (inner != null) {
      return acts.code(kind, inner, p, c);
    }
    if (kind != SpeechActs.Kind.REJECT && kind != SpeechActs.Kind.AGREE
        && kind != SpeechActs.Kind.PLEDGE && clause(p, i) >= 0) {
      // "threatened to cut off the power", "demanded that Y forsake its programme": a threat or
      // demand whatever the act, which the lexicon need not know
      return acts.unspecified(kind);
    }
    if (kind == SpeechActs.Kind.REJECT) {
      int obj = p.child(i, "obj");
      if (obj >= 0 && person(p, obj, ctx)) {
        return null; // "dismissed the minister" removes him from office: no refusal
      }
      if (obj >= 0 && p.token(obj).pos().startsWith("NN")) {
        return acts.refusalOfThing(p, obj); // "rejected the plan"
      }
      if (obj >= 0 && Set.of("it", "this", "that").contains(p.lower(obj))) {
        return "120"; // "voted to reject it"
      }
      if (p.child(i, "xcomp") >= 0) {
        return "120"; // "refused to commit"
      }
    }
    return null;
  }

  /**
   * The verb whose clause states event {@code i}: the event itself when it is a verb, else the
   * verb whose object it is when that verb states no event of its own ("will hold talks"); -1
   * when there is none.
   */
  private int stating(Parse p, int i, ArticleContext ctx) {
    if (isVerb(p, i)) {
      return i;
    }
    int h = p.head(i);
    if (h < 0 || !p.base(i).equals("obj") || !isVerb(p, h)) {
      return -1;
    }
    return plainCode(p, h, ctx) == null ? h : -1;
  }

  /**
   * The clausal complement of speech-act verb {@code i} that says what is to be done ("to" or
   * "that" clause; not what happened, "insisted that Y fired first", nor a question, "asked
   * whether Y would come"), or -1.
   */
  private static int clause(Parse p, int i) {
    for (int c : p.children(i)) {
      String r = p.base(c);
      int m = p.child(c, "mark");
      if ((r.equals("xcomp") || (r.equals("ccomp") && !stated(p, c))) && isVerb(p, c)
          && !(m >= 0 && (p.lower(m).equals("whether") || p.lower(m).equals("if")))) {
        return c;
      }
    }
    return -1;
  }

  /** Whether token {@code n} names a person: a person entity or a personal pronoun. */
  private static boolean person(Parse p, int n, ArticleContext ctx) {
    org.sitrep.entities.Entity e = ctx.entityAt(p.token(n).start(), p.token(n).end());
    return (e != null && e.type() == org.sitrep.entities.EntityType.PERSON)
        || Set.of("him", "her", "them").contains(p.lower(n));
  }

  /** The code word {@code i} states by itself, speech acts aside. */
  private String plainCode(Parse p, int i, ArticleContext ctx) {
    if (!lexicon.candidate(p, i) || allegations.alleged(p, i)) {
      return null; // "accused Y of shelling Z": the accusation is the event, not the shelling
    }
    boolean verb = isVerb(p, i);
    if (verb && (isFrame(p, i) || isModifier(p, i, ctx) || isLight(p, i)
        || background.describes(p, i) || PresentParticiples.describes(p, i))) {
      return null;
    }
    String code = verb ? lexicon.verbCode(p, i) : lexicon.nounCode(p, i);
    String phrase = verb ? stock.code(p, i) : null;
    if (phrase != null) {
      code = VerbLexicon.NONE.equals(phrase) ? null : phrase; // "took office", "claimed 20 lives"
    }
    if (code == null || table.info(code) == null) {
      return null;
    }
    if (verb && words.territoryVerbs.contains(p.lemma(i)) && takesGround(p, i, ctx)) {
      code = "192"; // "captured the town": occupying territory, whatever the verb's default
    }
    if (code.startsWith("01")) {
      return null; // public statements are how events are reported, not events
    }
    if (verb && CameoTable.isViolent(code) && eventSubject(p, i, ctx)) {
      return null; // "clashes killed ten": one event, the clashes, which take the figures
    }
    return code;
  }

  /**
   * A light verb whose object noun names the event ("conducted strikes", "carried out raids"):
   * the noun is the event, so the verb is none.
   */
  private boolean isLight(Parse p, int i) {
    boolean order = words.commandActs.contains(p.lemma(i)) && genericDemand(p, i);
    if (!words.lightVerbs.contains(p.lemma(i)) && !order) {
      return false;
    }
    for (int c : p.children(i)) {
      if (p.base(c).equals("obj") && !isVerb(p, c) && lexicon.candidate(p, c)
          && lexicon.nounCode(p, c) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether command verb {@code i} codes only as a demand (10x) of its own: then "ordered a
   * missile strike" is the strike, by whoever ordered it (the noun takes the verb's subject), and
   * no second event; a pattern that codes the order as its deed ("ordered the arrest of X", 173)
   * keeps the verb's event.
   */
  private boolean genericDemand(Parse p, int i) {
    String code = lexicon.verbCode(p, i);
    return code == null || code.startsWith("10");
  }

  static boolean isVerb(Parse p, int i) {
    return p.token(i).pos().startsWith("VB");
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

  /** A reporting or modal verb whose complement clause carries the event. */
  private boolean isFrame(Parse p, int i) {
    String lemma = p.lemma(i);
    if (!words.frameWord(lemma)) {
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
      if (r.equals("obj") && lexicon.candidate(p, c) && !words.rejecting.contains(lemma)) {
        return true; // "announced a ceasefire", "denied the attack"; "rejected a plan" is an event
      }
    }
    return false;
  }

  /**
   * True when the object of verb {@code i} is a place, directly or as "control of", "most of" or
   * "parts of" a place.
   */
  private boolean takesGround(Parse p, int i, ArticleContext ctx) {
    int obj = p.child(i, "obj");
    return obj >= 0 && isGround(p, obj, ctx, 0);
  }

  private boolean isGround(Parse p, int n, ArticleContext ctx, int depth) {
    if (ArticleContext.isPlace(ctx.entityAt(p.token(n).start(), p.token(n).end()))) {
      return true;
    }
    if (depth >= 3) {
      return false;
    }
    for (int c : p.children(n)) {
      String r = p.base(c);
      if ((r.equals("nmod") && p.caseOf(c).equals("of") && words.groundHeads.contains(p.lemma(n)))
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
    if (s < 0 || !lexicon.candidate(p, s) || isVerb(p, s)) {
      return false;
    }
    String code = lexicon.nounCode(p, s);
    if (code == null || table.info(code) == null) {
      return false;
    }
    List<Actor> sources = new ArrayList<>();
    List<Actor> targets = new ArrayList<>();
    roles.nounRoles(p, s, sources, targets, ctx);
    return !sources.isEmpty() || !targets.isEmpty();
  }
}
