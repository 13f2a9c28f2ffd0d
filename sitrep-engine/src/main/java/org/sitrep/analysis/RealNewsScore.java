package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.entities.EntityType;

/**
 * The counts behind {@link RealNewsEvaluator}'s figures for one article, or summed over several
 * with {@link #plus}. A check the system cannot be scored on (it does not date articles, group
 * names, classify text or extract events) is null.
 *
 * @param articles how many articles are summed here
 * @param dated how many of them the gold dates
 * @param date publication date outcomes, or null
 * @param entities per entity kind, every kind present
 * @param aliases alias pairs grouped, or null
 * @param times time expressions on all articles
 * @param datedTimes time expressions on the articles the gold dates
 * @param quotes quotations and speakers
 * @param events main events and casualty figures, or null
 * @param furniture page furniture and captions
 * @param misses per-article lines naming what went wrong, for {@code --verbose}
 */
public record RealNewsScore(int articles, int dated, DateCheck date,
    Map<EntityKind, EntityCheck> entities, AliasCheck aliases, TimeCheck times,
    TimeCheck datedTimes, QuoteCheck quotes, EventCheck events, FurnitureCheck furniture,
    List<String> misses) {

  public RealNewsScore {
    checkArgument(0 <= dated && dated <= articles, "need 0 <= dated %s <= articles %s", dated,
        articles);
    checkArgument(entities.keySet().size() == EntityKind.values().length,
        "every entity kind needs counts, got %s", entities.keySet());
    entities = ImmutableMap.copyOf(new EnumMap<>(entities));
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(datedTimes, "datedTimes");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(furniture, "furniture");
    misses = ImmutableList.copyOf(misses);
  }

  /** Nothing scored: the start of a sum, for a system that makes every kind of output. */
  static RealNewsScore zero() {
    Map<EntityKind, EntityCheck> e = new EnumMap<>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) {
      e.put(k, new EntityCheck(0, 0, 0, 0, 0, 0));
    }
    return new RealNewsScore(0, 0, new DateCheck(0, 0, 0, 0, 0, 0), e, new AliasCheck(0, 0, 0),
        TimeCheck.ZERO, TimeCheck.ZERO, new QuoteCheck(0, 0, 0),
        new EventCheck(0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        new FurnitureCheck(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, true), List.of());
  }

  /**
   * Both sums added. A check missing (null) on either side is missing in the result, so one
   * article without a date check makes the date check not applicable for the whole system.
   */
  public RealNewsScore plus(RealNewsScore o) {
    Map<EntityKind, EntityCheck> e = new EnumMap<>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) {
      e.put(k, entities.get(k).plus(o.entities.get(k)));
    }
    return new RealNewsScore(articles + o.articles, dated + o.dated,
        date == null || o.date == null ? null : date.plus(o.date), e,
        aliases == null || o.aliases == null ? null : aliases.plus(o.aliases),
        times.plus(o.times), datedTimes.plus(o.datedTimes), quotes.plus(o.quotes),
        events == null || o.events == null ? null : events.plus(o.events),
        furniture.plus(o.furniture),
        ImmutableList.<String>builder().addAll(misses).addAll(o.misses).build());
  }

  /** {@code n / d}, and 1.0 when there was nothing to get right ({@code d == 0}). */
  static double share(long n, long d) {
    return d == 0 ? 1.0 : (double) n / d;
  }

  /** The gold entity lists and the Sitrep entity type each is scored against. */
  public enum EntityKind {
    PERSONS(EntityType.PERSON), ORGANIZATIONS(EntityType.ORGANIZATION), PLACES(EntityType.LOCATION);

    private final EntityType type;

    EntityKind(EntityType type) {
      this.type = type;
    }

    /** The system entity type that counts for this kind. */
    public EntityType type() {
      return type;
    }

    /** The lower-case name used in metric names and tables. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Publication dates. Gold dated: {@code right}, {@code wrong} or {@code missed} (no date given).
   * Gold undated: {@code none} (no date given), {@code inferred} (a date marked inferred, which is
   * acceptable) or {@code invented} (a date given as stated).
   */
  public record DateCheck(int right, int wrong, int missed, int none, int inferred, int invented) {
    public DateCheck plus(DateCheck o) {
      return new DateCheck(right + o.right, wrong + o.wrong, missed + o.missed, none + o.none,
          inferred + o.inferred, invented + o.invented);
    }

    public int dated() {
      return right + wrong + missed;
    }

    public int undated() {
      return none + inferred + invented;
    }
  }

  /**
   * Entities of one kind.
   *
   * @param gold gold entities (names joined by the article's aliases count once)
   * @param found gold entities some judged system entity of the right type names
   * @param foundAnyType gold entities some judged system entity of any type names
   * @param predicted judged system entities of the type, plus those only in furniture
   * @param right judged system entities whose names include a gold name or alias of the kind
   * @param furniture system entities of the type mentioned only inside gold furniture (errors,
   *     included in {@code predicted})
   */
  public record EntityCheck(int gold, int found, int foundAnyType, int predicted, int right,
      int furniture) {
    public EntityCheck {
      checkArgument(found <= foundAnyType && foundAnyType <= gold,
          "need found %s <= any type %s <= gold %s", found, foundAnyType, gold);
      checkArgument(right + furniture <= predicted, "right %s + furniture %s > predicted %s",
          right, furniture, predicted);
    }

    public EntityCheck plus(EntityCheck o) {
      return new EntityCheck(gold + o.gold, found + o.found, foundAnyType + o.foundAnyType,
          predicted + o.predicted, right + o.right, furniture + o.furniture);
    }

    public double precision() {
      return share(right, predicted);
    }

    public double recall() {
      return share(found, gold);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Alias pairs.
   *
   * @param pairs gold pairs
   * @param notInText pairs not gradeable because the form or every target is absent from the text
   * @param grouped gradeable pairs for which one system entity holds the form and a target
   */
  public record AliasCheck(int pairs, int notInText, int grouped) {
    public AliasCheck plus(AliasCheck o) {
      return new AliasCheck(pairs + o.pairs, notInText + o.notInText, grouped + o.grouped);
    }

    public double share() {
      return RealNewsScore.share(grouped, pairs - notInText);
    }
  }

  /**
   * Time expressions.
   *
   * @param gold gold time expressions
   * @param notInText of them, whose words the analysed text lacks (never found)
   * @param found gold expressions a system expression overlaps
   * @param valueRight found ones with an overlapping system expression of the right value
   */
  public record TimeCheck(int gold, int notInText, int found, int valueRight) {
    static final TimeCheck ZERO = new TimeCheck(0, 0, 0, 0);

    public TimeCheck plus(TimeCheck o) {
      return new TimeCheck(gold + o.gold, notInText + o.notInText, found + o.found,
          valueRight + o.valueRight);
    }
  }

  /**
   * Quotations.
   *
   * @param gold gold quotations
   * @param found gold quotations a system quote matches by prefix
   * @param speakerRight found ones with a matching system quote of the right speaker
   */
  public record QuoteCheck(int gold, int found, int speakerRight) {
    public QuoteCheck plus(QuoteCheck o) {
      return new QuoteCheck(gold + o.gold, found + o.found, speakerRight + o.speakerRight);
    }
  }

  /**
   * Events.
   *
   * @param gold gold main events
   * @param rootSourceTarget gold events matched one-to-one on root, source and target
   * @param rootSource gold events matched one-to-one on root and source
   * @param root gold events matched one-to-one on root
   * @param predicted system events
   * @param predictedRight system events that match some gold event on root and source
   * @param killedGold gold events with a death toll
   * @param killedMatched of them, matched to a system event (at the strictest level available)
   * @param killedRight of them, whose matched system event carries a killed figure for the toll
   * @param killedAnywhere of them, for which any system event of the article carries one
   */
  public record EventCheck(int gold, int rootSourceTarget, int rootSource, int root,
      int predicted, int predictedRight, int killedGold, int killedMatched, int killedRight,
      int killedAnywhere) {
    public EventCheck plus(EventCheck o) {
      return new EventCheck(gold + o.gold, rootSourceTarget + o.rootSourceTarget,
          rootSource + o.rootSource, root + o.root, predicted + o.predicted,
          predictedRight + o.predictedRight, killedGold + o.killedGold,
          killedMatched + o.killedMatched, killedRight + o.killedRight,
          killedAnywhere + o.killedAnywhere);
    }
  }

  /**
   * Page furniture (gold boilerplate snippets) and captions.
   *
   * @param snippets gold boilerplate snippets
   * @param snippetsAbsent of them, not in the analysed text (kept out by extraction)
   * @param snippetsKeptOut present, but every occurrence outside analysed structure
   * @param snippetsInBody present in analysed structure (title, body, caption, …)
   * @param captions gold captions
   * @param captionsAbsent of them, not in the analysed text
   * @param captionsKeptOut present, every occurrence in caption or unanalysed structure
   * @param captionsInBody present in title, standfirst, heading or body structure
   * @param facts the system's entity mentions, times, quotes and events
   * @param factsInSnippets of them, overlapping a boilerplate snippet
   * @param factsInCaptions of them, overlapping a caption's line
   * @param structured whether the system classified the text; without, kept-out and in-body are 0
   *     and not applicable
   */
  public record FurnitureCheck(int snippets, int snippetsAbsent, int snippetsKeptOut,
      int snippetsInBody, int captions, int captionsAbsent, int captionsKeptOut,
      int captionsInBody, int facts, int factsInSnippets, int factsInCaptions,
      boolean structured) {
    public FurnitureCheck plus(FurnitureCheck o) {
      return new FurnitureCheck(snippets + o.snippets, snippetsAbsent + o.snippetsAbsent,
          snippetsKeptOut + o.snippetsKeptOut, snippetsInBody + o.snippetsInBody,
          captions + o.captions, captionsAbsent + o.captionsAbsent,
          captionsKeptOut + o.captionsKeptOut, captionsInBody + o.captionsInBody, facts + o.facts,
          factsInSnippets + o.factsInSnippets, factsInCaptions + o.factsInCaptions,
          structured && o.structured);
    }
  }
}
