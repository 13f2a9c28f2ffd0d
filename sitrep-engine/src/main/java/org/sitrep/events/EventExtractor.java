package org.sitrep.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.sitrep.nlp.Sentence;

/**
 * Reads events off one parsed sentence, over basic UD relations. It walks the sentence's event
 * words and lets one small class per question answer:
 *
 * <ul>
 *   <li>{@link VerbSense}: does the word state an event, and which (frames, adjectival
 *       participles, taking ground, statements, "clashes killed ten")?
 *   <li>{@link RoleFinder} and {@link PhraseActors}: who are the source and target, including
 *       back-references ("the pair", "the group", "he")? Coordinated actors ("X and Y") each take
 *       the role; a compound subject of a reciprocal verb with no target gives the pairwise
 *       events ("X and Y discussed" → X→Y, Y→X).
 *   <li>{@link ViolenceKind}: fighting (19) or assault on unarmed people (18)?
 *   <li>{@link ModalityReader}: asserted, reported (and by whom), planned, denied, …? A clause
 *       that reports no event (negated, hypothetical) gives none.
 *   <li>{@link EventDating}: when?
 *   <li>{@link EventPlace}: where? A town that is the target of a violent event is where; an
 *       attacked one is whom too ({@link AttackedPlace}), ground taken is only where.
 *   <li>{@link FigureReader} and {@link CountReader}: how many killed, wounded, casualties,
 *       displaced, detained, hostages, deployed, and on which event?
 * </ul>
 *
 * <p>The word lists behind these rules are {@link EventWords}.
 */
final class EventExtractor {
  /**
   * Modalities of a clause that reports no event ("did not attack", "could attack", "sent
   * troops to attack"): such drafts are read, for their figures and references, but not output.
   */
  private static final Set<String> UNREPORTED = Set.of("negated", "hypothetical");

  private final CameoTable table;
  private final PhraseActors phrases;
  private final RoleFinder roles;
  private final VerbSense sense;
  private final ModalityReader modality;
  private final EventDating dating;
  private final EventPlace place;
  private final FigureReader figures;
  private final ViolenceKind violence;
  private final EventWords words;

  EventExtractor(VerbLexicon lexicon, CameoTable table, EventWords words, AgentNouns agents) {
    this.table = table;
    this.words = words;
    this.phrases = new PhraseActors(words, agents);
    this.roles = new RoleFinder(words, phrases, lexicon);
    this.sense = new VerbSense(lexicon, table, words, roles);
    this.modality = new ModalityReader(words, phrases);
    this.dating = new EventDating(words);
    this.place = new EventPlace(words);
    this.figures = new FigureReader(words);
    this.violence = new ViolenceKind(words);
  }

  /** The events of one sentence, in trigger order. */
  List<Event> extract(Parse p, Sentence sentence, ArticleContext ctx) {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      String code = sense.code(p, i, ctx);
      if (code == null) {
        continue;
      }
      List<Actor> sources = new ArrayList<>();
      List<Actor> targets = new ArrayList<>();
      int clause = VerbSense.isVerb(p, i) ? roles.verbRoles(p, i, sources, targets, ctx)
          : roles.nounRoles(p, i, sources, targets, ctx);
      roles.placeTarget(p, i, code, sources, targets, ctx);
      code = violence.recode(code, p, i, sources, targets, ctx);
      boolean mutual = !VerbSense.isVerb(p, i) || words.reciprocalVerbs.contains(p.lemma(i));
      addPairs(drafts, i, code, clause, sources, targets, mutual);
      if (code.startsWith("04") && sources.size() == 1 && targets.size() == 1
          && sources.get(0).id() != null && targets.get(0).id() != null
          && !sources.get(0).same(targets.get(0))) {
        // "held a call with Y, where the pair stressed …": who met or talked are "the pair"
        ctx.lastGroup = List.of(sources.get(0), targets.get(0));
      }
    }
    phrases.rememberGroups(p, ctx);
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<List<Figure>> counted = figures.figures(p, sentence, drafts, ctx);
    List<Event> out = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      Event e = build(p, sentence, drafts, drafts.get(d), id(p, sentence, drafts, d, ctx),
          counted.get(d), ctx);
      if (!UNREPORTED.contains(e.modality())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The draft's stable id: from its trigger and code, and when its trigger gives other events too
   * ("X and Y met": X→Y, Y→X) from its actors' names as well, numbered if even those repeat.
   */
  private static String id(Parse p, Sentence s, List<Draft> drafts, int d, ArticleContext ctx) {
    Draft draft = drafts.get(d);
    int ts = p.token(draft.trigger()).start();
    int te = p.token(draft.trigger()).end();
    int siblings = 0;
    int sameNames = 0;
    for (int k = 0; k < drafts.size(); k++) {
      Draft other = drafts.get(k);
      if (other.trigger() == draft.trigger() && other.code().equals(draft.code())) {
        siblings++;
        if (k < d && name(other.source()).equals(name(draft.source()))
            && name(other.target()).equals(name(draft.target()))) {
          sameNames++;
        }
      }
    }
    if (siblings == 1) {
      return EventIds.of(ctx.articleId, s.start(), s.end(), ts, te, draft.code());
    }
    return EventIds.of(ctx.articleId, s.start(), s.end(), ts, te, draft.code(),
        name(draft.source()), name(draft.target()), Integer.toString(sameNames));
  }

  private static String name(Actor a) {
    return a == null ? "" : a.name();
  }

  /**
   * One draft per source–target pair; a compound subject with no target gives both directions
   * when the trigger is {@code mutual} (a reciprocal verb such as "met", or a noun such as
   * "talks"), and otherwise one event per subject with no target.
   */
  private static void addPairs(List<Draft> drafts, int i, String code, int clause,
      List<Actor> sources, List<Actor> targets, boolean mutual) {
    if (sources.isEmpty() && targets.isEmpty()) {
      return;
    }
    if (targets.isEmpty() && sources.size() >= 2 && mutual) {
      for (Actor a : sources) {
        for (Actor b : sources) {
          if (a != b && !a.same(b)) {
            drafts.add(new Draft(i, code, a, b, clause));
          }
        }
      }
      return;
    }
    List<Actor> src = sources.isEmpty() ? Collections.singletonList(null) : sources;
    List<Actor> tgt = targets.isEmpty() ? Collections.singletonList(null) : targets;
    for (Actor a : src) {
      for (Actor b : tgt) {
        if (a == null || b == null || !a.same(b)) {
          drafts.add(new Draft(i, code, a, b, clause));
        }
      }
    }
  }

  private Event build(Parse p, Sentence s, List<Draft> drafts, Draft d, String id,
      List<Figure> figures, ArticleContext ctx) {
    CameoTable.Info info = table.info(d.code());
    String root = d.code().substring(0, 2);
    ModalityReader.Reading m = modality.read(p, d.trigger(), d.clause(), ctx,
        sense.refuses(p, d.trigger(), d.code(), ctx)); // "will not accept" is a refusal, not negated
    EventDating.Dated date = dating.date(p, d, drafts, s, ctx);
    EventPlace.Place where = place.place(p, d, s, ctx);
    Actor target = d.target();
    if (d.source() != null && target != null && target.id() != null
        && target.id().equals(where.id()) && !AttackedPlace.staysTarget(d, drafts)) {
      target = null; // "shelled X", "captured X": a town is where, not whom
    }
    int quad = CameoTable.quadClass(root);
    int ts = p.token(d.trigger()).start();
    int te = p.token(d.trigger()).end();
    int framed = sense.complement(p, d.trigger());
    if (framed > d.trigger() && framed - d.trigger() <= 6) {
      te = p.token(framed).end(); // "threatened to impose": what is threatened stays visible
    }
    return new Event(id, s.start(), s.end(), ctx.text.substring(ts, te), ts, te,
        d.source() == null ? null : d.source().name(), d.source() == null ? null : d.source().id(),
        target == null ? null : target.name(), target == null ? null : target.id(),
        d.code(), root, quad == 0 ? 1 : quad, info.goldstein(), info.plover(), info.ploverMode(),
        info.acledType(), info.acledSubType(), date.date(), date.precision(), date.basis(),
        where.name(), where.id(), m.modality(), m.reportedBy(), figures);
  }
}
