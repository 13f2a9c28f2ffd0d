package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether two reports in one story are the same real-world event. The rule, in order:
 *
 * <ol>
 *   <li>Two reports of one article are never one event: the events stage already merged an
 *       article's repeated mentions, so what it kept apart is apart.
 *   <li>The CAMEO roots are compatible: equal, or both in the violence family 18–20 (assault,
 *       fight, mass violence), because outlets name one attack with different verbs ("shelled",
 *       "attacked", "massacred") that the codebook puts under different roots.
 *   <li>Both are told as having happened (asserted, reported, announced, denied, negated) or both
 *       as not yet (planned, threatened, demanded, hypothetical): a threat is not its execution.
 *   <li>The dates, when both are known, are compatible within {@code toleranceDays} (dates of
 *       differing precision are compatible when one holds the other: see {@link EventDate}).
 *   <li>The actors are compatible role by role (same name or code, a country and one of its
 *       agents, or one unknown: see {@link ActorRelation}); failing that, the roles are swapped
 *       with all four actors known and compatible, at least one of them the same actor ("X
 *       shelled Y" against "Y shelled X"): the same event with who attacked whom in dispute.
 *   <li>The places are not in conflict (same place, one inside the other, one unknown, or two
 *       nearby towns; see {@link PlaceRelation}).
 *   <li>Something positive ties them: at least one actor known in both and the same (a country
 *       and one of its agents are compatible but do not count), or the same place with both
 *       dates known. Two reports of an airstrike with no actor and no place are
 *       not fused by root and date alone.
 *   <li>A disagreement that would become a contradiction (swapped roles; two nearby but
 *       different towns; two different claimed days) is accepted only with at least one agreeing
 *       actor and only one such disagreement at a time; nearby towns also need the same detailed
 *       code and overlapping dates.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class EventMatcher {
  /** How the actors of two matched reports line up. */
  public enum Alignment {
    /** Source with source, target with target. */
    STRAIGHT,
    /** Source with target: the reports disagree on who did what to whom. */
    SWAPPED
  }

  /** CAMEO roots of violence: assault (18), fight (19), unconventional mass violence (20). */
  private static final Set<String> VIOLENCE = Set.of("18", "19", "20");
  /** Modalities of events that have not happened (yet). */
  private static final Set<String> UNREALISED = Set.of("planned", "threatened", "demanded",
      "hypothetical");

  private final int toleranceDays;
  private final double nearKm;

  /**
   * @param toleranceDays how many days two dates may lie apart and still be one event's
   * @param nearKm how far apart two towns may be and still be one event told two ways
   */
  public EventMatcher(int toleranceDays, double nearKm) {
    checkArgument(toleranceDays >= 0, "toleranceDays must be >= 0, got %s", toleranceDays);
    checkArgument(nearKm >= 0, "nearKm must be >= 0, got %s", nearKm);
    this.toleranceDays = toleranceDays;
    this.nearKm = nearKm;
  }

  /** One day's tolerance (overnight events, time zones, "late Sunday" against "Monday"); 50 km. */
  public static EventMatcher standard() {
    return new EventMatcher(1, 50.0);
  }

  /** How {@code a} and {@code b} line up when they are the same event; empty when they are not. */
  public Optional<Alignment> match(Report a, Report b) {
    return match(a, b, new ActorRelation.Names());
  }

  /** As {@link #match(Report, Report)}, normalising actor names through {@code names}. */
  Optional<Alignment> match(Report a, Report b, ActorRelation.Names names) {
    if (a.articleId().equals(b.articleId()) || !compatibleRoots(a.root(), b.root())
        || unrealised(a) != unrealised(b)) {
      return Optional.empty();
    }
    boolean datesKnown = a.date() != null && b.date() != null;
    if (datesKnown && !a.date().compatible(b.date(), toleranceDays)) {
      return Optional.empty();
    }
    Relation src = ActorRelation.of(a.source(), a.sourceCode(), b.source(), b.sourceCode(),
        names);
    Relation tgt = ActorRelation.of(a.target(), a.targetCode(), b.target(), b.targetCode(),
        names);
    Alignment alignment;
    int agreeing;
    if (src != Relation.CONFLICT && tgt != Relation.CONFLICT) {
      alignment = Alignment.STRAIGHT;
      agreeing = (src == Relation.AGREE ? 1 : 0) + (tgt == Relation.AGREE ? 1 : 0);
    } else if (swappable(ActorRelation.of(a.source(), a.sourceCode(), b.target(),
        b.targetCode(), names), ActorRelation.of(a.target(), a.targetCode(), b.source(),
        b.sourceCode(), names))) {
      alignment = Alignment.SWAPPED;
      agreeing = 1;
    } else {
      return Optional.empty();
    }
    Relation place = PlaceRelation.of(a.place(), b.place(), nearKm);
    if (place == Relation.CONFLICT) {
      return Optional.empty();
    }
    if (agreeing == 0 && !(place == Relation.AGREE && datesKnown)) {
      return Optional.empty();
    }
    boolean differentDays = datesKnown && a.date().claimed() && b.date().claimed()
        && !a.date().overlaps(b.date());
    int disagreements = (alignment == Alignment.SWAPPED ? 1 : 0)
        + (place == Relation.NEAR ? 1 : 0) + (differentDays ? 1 : 0);
    if (disagreements > 1 || (disagreements == 1 && agreeing == 0)) {
      return Optional.empty();
    }
    if (place == Relation.NEAR && !(a.code().equals(b.code()) && datesKnown
        && a.date().overlaps(b.date()))) {
      return Optional.empty();
    }
    return Optional.of(alignment);
  }

  /** Both swapped pairs compatible and known, at least one the same actor. */
  private static boolean swappable(Relation x, Relation y) {
    boolean known = (x == Relation.AGREE || x == Relation.CONTAINS)
        && (y == Relation.AGREE || y == Relation.CONTAINS);
    return known && (x == Relation.AGREE || y == Relation.AGREE);
  }

  /** Whether two CAMEO roots can name one event: equal, or both violence (18–20). */
  static boolean compatibleRoots(String a, String b) {
    return a.equals(b) || (VIOLENCE.contains(a) && VIOLENCE.contains(b));
  }

  static boolean unrealised(Report r) {
    return r.modality() != null && UNREALISED.contains(r.modality().toLowerCase(Locale.ROOT));
  }
}
