package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.Prf;
import org.sitrep.eval.ScoreTable;
import org.sitrep.events.PloverActors.Level;

/**
 * Scores an event coder against PLOVER gold-standard records: single sentences, each with one
 * gold event (a PLOVER type, source actors and target actors, each actor a code such as {@code
 * ISR} or {@code IGO} plus an optional sector such as {@code MIL}).
 *
 * <p><b>Labels.</b> Both sides are compared in the current sixteen-type PLOVER set, which is what
 * Sitrep emits: gold labels of PLOVER 0.5b1 are mapped first (DEMAND → REQUEST, DISAPPROVE and
 * INVESTIGATE → ACCUSE, FIGHT → ASSAULT; see {@link PloverType#LEGACY}).
 *
 * <p><b>Which system events are compared with the gold event.</b> The system may give any
 * number of events for a sentence. The <i>matched events</i> are those whose PLOVER type is the
 * gold type; when there is none, the first event (in the system's order) that has a PLOVER type
 * at all, since an event without one is a public statement ("…, officials said"), the reporting
 * clause the gold ignores; when there is no such event either, none. The type counts as right
 * when some event has the gold type.
 *
 * <p><b>Actors.</b> Per slot, the matched events' source codes (resp. target codes) are pooled,
 * uncoded actors dropped, and matched one to one with the gold actors of that slot (see {@link
 * PloverActors#match}): matched pairs are true positives, system codes left over false
 * positives, gold actors left over false negatives. Three levels: <i>country</i> compares the
 * first three letters only (distinct codes per slot, so "ISR GOV and ISR MIL" is one gold
 * country); <i>code+sector</i> also needs the gold sector's role (its first three letters:
 * {@code CVLalb} needs CVL) in the system code's role blocks; <i>strict</i> needs the whole
 * sector. An {@code IGO} gold actor matches any IGO code; a gold sector of {@code ***} or none
 * constrains nothing. Gold and system codes are normalised alike: upper case, and the old
 * spellings JAP, ITL, VTN as JPN, ITA, VNM (and a CIV sector as CVL). Compound actors are
 * several gold actors of one slot, matched by the pooled codes, so a coder that splits "A and B
 * agreed" into one event per party can find both. A <i>reciprocal</i> record (markup {@code
 * SRC/TAR:}: the gold names both parties as sources and no target) is scored by pooling the
 * system's source and target codes against the gold sources, counted under the source slot. A
 * record with no gold target (or source) imposes nothing there, but system codes there still
 * count as false positives.
 *
 * <p><b>Source-type-target match</b>: the type is right and every gold actor of both slots is
 * matched (at the country level, and separately at the code+sector level); extra system actors
 * do not spoil it. <b>Coverage</b>: the share of sentences with at least one system event.
 */
public final class PloverEvaluator {

  /**
   * One gold actor, normalised.
   *
   * @param text the gold mention ("Israeli army"), or "" when the record has none
   * @param code upper-case code, usually an ISO 3166 alpha-3 country ({@code ISR}), or {@code
   *     IGO}, {@code NGO}, …
   * @param sector upper-case sector ({@code MIL}, {@code CVLALB}), or null for no constraint
   */
  public record GoldActor(String text, String code, String sector) {
    public GoldActor {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(code, "code");
      checkArgument(!code.isBlank(), "a gold actor needs a code");
    }
  }

  /**
   * One gold sentence.
   *
   * @param doc what the system is given: the text, the record's date, and an id made unique by
   *     the record's position ({@code seq})
   * @param type the gold event type in the current PLOVER set ({@code REQUEST} for a gold DEMAND)
   * @param sources the gold source actors, empty when the event has none
   * @param targets the gold target actors, empty for reciprocal and target-less events
   * @param reciprocal whether the sources act on each other (the markup's {@code SRC/TAR:})
   */
  public record Gold(EvalDoc doc, String type, List<GoldActor> sources, List<GoldActor> targets,
      boolean reciprocal) {
    public Gold {
      Objects.requireNonNull(doc, "doc");
      checkArgument(PloverType.parse(type) != null, "not a PLOVER type: %s", type);
      type = PloverType.parse(type).name();
      sources = ImmutableList.copyOf(sources);
      targets = ImmutableList.copyOf(targets);
    }
  }

  /**
   * One event of the system under evaluation, as its output states it.
   *
   * @param plover its PLOVER type, or null when it has none
   * @param code its CAMEO code, or null (shown in details only)
   * @param sourceName the source actor as written, or null (details only)
   * @param sourceCode the source's CAMEO actor code ({@code ISRMIL}), or null when uncoded
   * @param targetName the target actor as written, or null (details only)
   * @param targetCode the target's CAMEO actor code, or null when uncoded
   */
  public record Predicted(String plover, String code, String sourceName, String sourceCode,
      String targetName, String targetCode) {}

  /** The system under evaluation; must be safe to call from several threads at once. */
  @FunctionalInterface
  public interface Annotator {
    List<Predicted> annotate(EvalDoc doc);
  }

  /**
   * Counts of one level of actor matching, per slot.
   *
   * @param source the source slot (and reciprocal records' pooled parties)
   * @param target the target slot
   */
  public record Slots(Prf source, Prf target) {
    static final Slots ZERO = new Slots(Prf.ZERO, Prf.ZERO);

    public Slots {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }

    /** Both slots together. */
    public Prf all() {
      return source.plus(target);
    }

    Slots plus(Slots o) {
      return new Slots(source.plus(o.source), target.plus(o.target));
    }
  }

  /**
   * The scores of one sentence.
   *
   * @param typeRight some system event has the gold type
   * @param typed the system's events with a PLOVER type
   * @param typedRight those of them with the gold type
   * @param anyEvent the system gave at least one event
   * @param shownType the type of the first matched event, or "(none)"; for the confusion table
   * @param country actor matching on the first three letters
   * @param role actor matching on code and the sector's role
   * @param strict actor matching on code and the whole sector
   */
  record Scores(boolean typeRight, int typed, int typedRight, boolean anyEvent, String shownType,
      Slots country, Slots role, Slots strict) {
    boolean triple(Slots level) {
      return typeRight && level.source().falseNegatives() == 0
          && level.target().falseNegatives() == 0;
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param sentences the number of gold sentences
   * @param type sentences whose gold type some system event has
   * @param typePrecision system events with a PLOVER type whose type is the sentence's gold type
   * @param coverage sentences with at least one system event
   * @param triple sentences with the right type and every gold actor's country
   * @param tripleFull sentences with the right type and every gold actor's code and sector role
   * @param country actor codes compared on their first three letters
   * @param role actor codes compared with the sector's role
   * @param strict actor codes compared with the whole sector
   * @param confusion per gold type, how often the first matched system event had each type
   *     ("(none)" when no event had a type)
   * @param details one tab-separated line per sentence: id, gold type, gold sources, gold
   *     targets, verdicts (type right or not; per slot TP/FP/FN at country and role level), the
   *     system's events
   * @param errors one message per sentence on which the system failed
   */
  public record Report(int sentences, Accuracy type, Accuracy typePrecision, Accuracy coverage,
      Accuracy triple, Accuracy tripleFull, Slots country, Slots role, Slots strict,
      Map<String, Map<String, Integer>> confusion, List<String> details, List<String> errors) {
    public Report {
      confusion = ImmutableSortedMap.copyOf(confusion);
      details = ImmutableList.copyOf(details);
      errors = ImmutableList.copyOf(errors);
    }

    /**
     * Stable metric names: {@code plover.type.acc}, {@code plover.type.p}, {@code
     * plover.coverage}, {@code plover.triple.acc}, {@code plover.triple.full.acc}, and P/R/F1 as
     * {@code plover.<source|target|actor>.<country|full>.<p|r|f1>} ({@code actor} pools both
     * slots; {@code full} is code plus sector role).
     */
    public Map<String, Double> metrics() {
      ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
      out.put("plover.type.acc", type.value()).put("plover.type.p", typePrecision.value())
          .put("plover.coverage", coverage.value()).put("plover.triple.acc", triple.value())
          .put("plover.triple.full.acc", tripleFull.value());
      out.putAll(country.source().metrics("plover.source.country"))
          .putAll(country.target().metrics("plover.target.country"))
          .putAll(country.all().metrics("plover.actor.country"))
          .putAll(role.source().metrics("plover.source.full"))
          .putAll(role.target().metrics("plover.target.full"))
          .putAll(role.all().metrics("plover.actor.full"));
      return out.buildOrThrow();
    }

    /** A plain-text summary: accuracies, actor P/R/F1 and the per-type confusion. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "plover: %d sentences, %d errors; labels scored in current PLOVER (gold DEMAND→REQUEST,"
              + " DISAPPROVE and INVESTIGATE→ACCUSE, FIGHT→ASSAULT)%n", sentences, errors.size()));
      out.append(ScoreTable.accuracy("per sentence").row("event type", type)
          .row("source-type-target (country)", triple)
          .row("source-type-target (code+sector)", tripleFull)
          .row("with an event (coverage)", coverage)
          .row("with no event", new Accuracy(coverage.total() - coverage.correct(),
              coverage.total()))
          .row("typed events with the gold type", typePrecision).build().format());
      out.append(ScoreTable.prf("actor codes").row("source country", country.source())
          .row("target country", country.target()).row("all country", country.all())
          .row("source code+sector", role.source()).row("target code+sector", role.target())
          .row("all code+sector", role.all()).row("all code+full sector", strict.all()).build()
          .format());
      out.append("event types (gold: n right | the first matched event's type when wrong):\n");
      confusion.forEach((gold, shown) -> {
        int n = shown.values().stream().mapToInt(Integer::intValue).sum();
        Multiset<String> wrong = HashMultiset.create();
        shown.forEach((t, c) -> {
          if (!t.equals(gold)) {
            wrong.add(t, c);
          }
        });
        out.append(String.format(Locale.ROOT, "  %-10s %3d %3d | %s%n", gold, n,
            shown.getOrDefault(gold, 0), Multisets.copyHighestCountFirst(wrong).entrySet().stream()
                .map(e -> e.getElement() + " " + e.getCount()).collect(Collectors.joining(", "))));
      });
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      return out.toString();
    }
  }

  /** Shown in the confusion table when no system event had a PLOVER type. */
  static final String NONE = "(none)";

  private PloverEvaluator() {}

  /**
   * Reads a PLOVER gold-standard JSON Lines file: per record {@code id}, {@code seq}, {@code
   * text}, {@code date} (ISO), {@code event}, {@code source} and {@code target} (lists of {@code
   * {text, code, sector}}) and {@code markup}. Records without text (the file's documentation
   * record) are skipped.
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line on a bad record
   */
  public static List<Gold> read(Path jsonl) {
    ImmutableList.Builder<Gold> out = ImmutableList.builder();
    for (JsonlRecord r : JsonlRecord.readAll(jsonl)) {
      String text = r.optionalText("text");
      if (text == null || text.isBlank()) {
        continue;
      }
      String event = r.text("event");
      if (PloverType.parse(event) == null) {
        throw r.error("field 'event' is not a PLOVER type: '" + event + "'");
      }
      String date = r.optionalText("date");
      LocalDate dct = null;
      if (date != null && !date.isBlank()) {
        try {
          dct = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw r.error("field 'date' is not an ISO date: '" + date + "'");
        }
      }
      String markup = r.optionalText("markup");
      String id = r.text("id") + "#" + r.integer("seq");
      out.add(new Gold(new EvalDoc(id, text, dct, null), event, actors(r, "source"),
          actors(r, "target"), markup != null && markup.contains("SRC/TAR:")));
    }
    return out.build();
  }

  private static List<GoldActor> actors(JsonlRecord r, String field) {
    List<GoldActor> out = new ArrayList<>();
    for (JsonlRecord a : r.objects(field)) {
      String code = PloverActors.normaliseCode(a.optionalText("code"));
      if (code == null) {
        throw a.error("an actor needs a 'code'");
      }
      String text = a.optionalText("text");
      out.add(new GoldActor(text == null ? "" : text, code,
          PloverActors.normaliseSector(a.optionalText("sector"))));
    }
    return out;
  }

  /** The gold file's most frequent type (in the current set), ties to the earlier name; or null. */
  public static String majorityType(List<Gold> docs) {
    Multiset<String> types = HashMultiset.create();
    docs.forEach(d -> types.add(d.type()));
    return types.elementSet().stream()
        .sorted(java.util.Comparator.comparingInt((String t) -> -types.count(t))
            .thenComparing(java.util.Comparator.naturalOrder()))
        .findFirst().orElse(null);
  }

  /**
   * Runs {@code annotator} over {@code docs} on {@code threads} threads and scores it. A sentence
   * on which the annotator fails is scored as having no event, and reported.
   */
  public static Report evaluate(List<Gold> docs, Annotator annotator, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    Objects.requireNonNull(annotator, "annotator");
    List<ParallelRunner.Outcome<List<Predicted>>> outcomes = ParallelRunner.run(docs,
        gold -> annotator.annotate(gold.doc()), gold -> gold.doc().id(), threads);
    int type = 0;
    int typed = 0;
    int typedRight = 0;
    int covered = 0;
    int triple = 0;
    int tripleFull = 0;
    Slots country = Slots.ZERO;
    Slots role = Slots.ZERO;
    Slots strict = Slots.ZERO;
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    List<String> details = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ParallelRunner.Outcome<List<Predicted>> o = outcomes.get(i);
      if (o.failed()) {
        errors.add(o.error());
      }
      List<Predicted> predicted = o.failed() ? List.of() : o.value();
      Gold gold = docs.get(i);
      Scores s = score(gold, predicted);
      type += s.typeRight() ? 1 : 0;
      typed += s.typed();
      typedRight += s.typedRight();
      covered += s.anyEvent() ? 1 : 0;
      triple += s.triple(s.country()) ? 1 : 0;
      tripleFull += s.triple(s.role()) ? 1 : 0;
      country = country.plus(s.country());
      role = role.plus(s.role());
      strict = strict.plus(s.strict());
      confusion.computeIfAbsent(gold.type(), k -> new TreeMap<>())
          .merge(s.typeRight() ? gold.type() : s.shownType(), 1, Integer::sum);
      details.add(detail(gold, predicted, s));
    }
    int n = docs.size();
    Map<String, Map<String, Integer>> frozen = new TreeMap<>();
    confusion.forEach((k, v) -> frozen.put(k, ImmutableSortedMap.copyOf(v)));
    return new Report(n, new Accuracy(type, n), new Accuracy(typedRight, typed),
        new Accuracy(covered, n), new Accuracy(triple, n), new Accuracy(tripleFull, n), country,
        role, strict, frozen, details, errors);
  }

  /** One sentence's scores; see the class comment for the rules. */
  static Scores score(Gold gold, List<Predicted> predicted) {
    List<Predicted> matched = new ArrayList<>();
    int typed = 0;
    int typedRight = 0;
    Predicted firstTyped = null;
    for (Predicted p : predicted) {
      PloverType t = PloverType.parse(p.plover());
      if (t == null) {
        continue;
      }
      typed++;
      if (firstTyped == null) {
        firstTyped = p;
      }
      if (t.name().equals(gold.type())) {
        typedRight++;
        matched.add(p);
      }
    }
    boolean typeRight = !matched.isEmpty();
    if (!typeRight && firstTyped != null) {
      matched.add(firstTyped);
    }
    String shown = matched.isEmpty() ? NONE : PloverType.parse(matched.get(0).plover()).name();
    List<String> sources = codes(matched, true);
    List<String> targets = codes(matched, false);
    List<GoldActor> goldSources = gold.sources();
    List<GoldActor> goldTargets = gold.targets();
    if (gold.reciprocal()) {
      Set<String> pooled = new LinkedHashSet<>(sources);
      pooled.addAll(targets);
      sources = List.copyOf(pooled);
      targets = List.of();
      List<GoldActor> parties = new ArrayList<>(goldSources);
      parties.addAll(goldTargets);
      goldSources = parties;
      goldTargets = List.of();
    }
    return new Scores(typeRight, typed, typedRight, !predicted.isEmpty(), shown,
        slots(goldSources, goldTargets, sources, targets, Level.COUNTRY),
        slots(goldSources, goldTargets, sources, targets, Level.ROLE),
        slots(goldSources, goldTargets, sources, targets, Level.STRICT));
  }

  private static Slots slots(List<GoldActor> goldSources, List<GoldActor> goldTargets,
      List<String> sources, List<String> targets, Level level) {
    return new Slots(slot(goldSources, sources, level), slot(goldTargets, targets, level));
  }

  /**
   * One slot at one level: at {@link Level#COUNTRY} distinct gold codes against distinct
   * three-letter prefixes, else distinct gold (code, sector) against distinct system codes.
   */
  private static Prf slot(List<GoldActor> gold, List<String> system, Level level) {
    List<GoldActor> g = gold.stream()
        .map(a -> level == Level.COUNTRY ? new GoldActor("", a.code(), null)
            : new GoldActor("", a.code(), a.sector()))
        .distinct().toList();
    List<String> s = system.stream()
        .map(c -> level == Level.COUNTRY && c.length() > 3 ? c.substring(0, 3) : c)
        .distinct().toList();
    return PloverActors.match(g, s, (a, c) -> PloverActors.matches(a, c, level));
  }

  /** The distinct, normalised source (or target) codes of {@code events}, uncoded ones left out. */
  private static List<String> codes(List<Predicted> events, boolean source) {
    Set<String> out = new LinkedHashSet<>();
    for (Predicted p : events) {
      String c = PloverActors.normaliseCode(source ? p.sourceCode() : p.targetCode());
      if (c != null) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  private static String detail(Gold gold, List<Predicted> predicted, Scores s) {
    StringBuilder events = new StringBuilder();
    for (Predicted p : predicted) {
      if (!events.isEmpty()) {
        events.append(" ; ");
      }
      events.append(p.plover() == null ? "-" : p.plover()).append(' ')
          .append(p.code() == null ? "-" : p.code()).append(' ')
          .append(actor(p.sourceName(), p.sourceCode())).append(" -> ")
          .append(actor(p.targetName(), p.targetCode()));
    }
    return String.join("\t", gold.doc().id(), gold.type() + (gold.reciprocal() ? " (recip)" : ""),
        gold(gold.sources()), gold(gold.targets()),
        (s.typeRight() ? "type+" : "type-") + " src " + verdict(s.country().source(),
            s.role().source()) + " tgt " + verdict(s.country().target(), s.role().target()),
        events.isEmpty() ? "(no event)" : events.toString());
  }

  private static String actor(String name, String code) {
    return (name == null ? "-" : "'" + name + "'") + "=" + (code == null ? "?" : code);
  }

  private static String gold(List<GoldActor> actors) {
    return actors.isEmpty() ? "-" : actors.stream()
        .map(a -> "'" + a.text() + "'=" + a.code() + (a.sector() == null ? "" : a.sector()))
        .collect(Collectors.joining(", "));
  }

  /** A slot's counts, true positives/false positives/false negatives, at country (c) and role (r). */
  private static String verdict(Prf country, Prf role) {
    return String.format(Locale.ROOT, "c%d/%d/%d r%d/%d/%d", country.truePositives(),
        country.falsePositives(), country.falseNegatives(), role.truePositives(),
        role.falsePositives(), role.falseNegatives());
  }
}
