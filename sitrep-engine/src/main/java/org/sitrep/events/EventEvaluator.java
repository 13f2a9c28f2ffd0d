package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.Prf;
import org.sitrep.eval.ScoreTable;

/**
 * Scores an event coder against PETRARCH-style unit tests: per sentence, the gold (source, target,
 * code) triples against the coded ones, matched as multisets, once exactly and once on the CAMEO
 * root (the code's first two characters) with the same actors, and on the code (or root) alone
 * with the actors ignored, which shows the verb coding even where actor codes differ; and, over
 * the sentences that
 * expect no event, the share for which the coder gives none. The annotator is any function from
 * document to coded triples: Sitrep's output as a user gets it (see {@link #asOutput}), or its
 * events recoded with the test's own dictionaries by {@link #coded}.
 */
public final class EventEvaluator {

  /**
   * One coded event as the tests state it.
   *
   * @param source the source actor's code ({@code ARN}), never null
   * @param target the target actor's code, never null
   * @param code the CAMEO event code
   */
  public record Coded(String source, String target, String code) {
    public Coded {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(code, "code");
    }

    Coded atRoot() {
      return new Coded(source, target, code.length() >= 2 ? code.substring(0, 2) : code);
    }

    /** The same event with both actors blanked, for matching on the code alone. */
    Coded codeOnly() {
      return new Coded("", "", code);
    }
  }

  /** The system under evaluation; must be safe to call from several threads at once. */
  @FunctionalInterface
  public interface Annotator {
    List<Coded> annotate(EvalDoc doc);
  }

  /**
   * One gold sentence.
   *
   * @param doc what the annotator is given: the text and the record's date
   * @param expected the gold events; empty when the test expects none
   * @param noEvent the test expects no event: {@code expected} is empty or the record says so
   */
  public record GoldDoc(EvalDoc doc, List<Coded> expected, boolean noEvent) {
    public GoldDoc {
      Objects.requireNonNull(doc, "doc");
      expected = ImmutableList.copyOf(expected);
      noEvent = noEvent || expected.isEmpty();
    }

    /** A sentence that expects no event exactly when {@code expected} is empty. */
    public GoldDoc(EvalDoc doc, List<Coded> expected) {
      this(doc, expected, expected.isEmpty());
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param exact matching on (source, target, code)
   * @param root matching on (source, target, root)
   * @param codeOnly matching on the code alone, actors ignored
   * @param rootOnly matching on the root alone, actors ignored
   * @param noEvent among the sentences that expect no event, those given none
   * @param documents number of gold sentences
   * @param errors one message per sentence on which the annotator failed
   */
  public record Report(Prf exact, Prf root, Prf codeOnly, Prf rootOnly, Accuracy noEvent,
      int documents, List<String> errors) {
    public Report {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(codeOnly, "codeOnly");
      Objects.requireNonNull(rootOnly, "rootOnly");
      Objects.requireNonNull(noEvent, "noEvent");
      errors = ImmutableList.copyOf(errors);
    }

    /**
     * {@code events.exact.p/r/f1}, {@code events.root.p/r/f1}, {@code events.codeonly.p/r/f1},
     * {@code events.rootonly.p/r/f1} and {@code events.noevent.acc}.
     */
    public Map<String, Double> metrics() {
      return metrics("events");
    }

    /**
     * The same figures under {@code prefix} instead of {@code events}, e.g. {@code events.dict}
     * for a run that is not Sitrep's own output.
     */
    public Map<String, Double> metrics(String prefix) {
      return ImmutableMap.<String, Double>builder().putAll(exact.metrics(prefix + ".exact"))
          .putAll(root.metrics(prefix + ".root"))
          .putAll(codeOnly.metrics(prefix + ".codeonly"))
          .putAll(rootOnly.metrics(prefix + ".rootonly"))
          .put(prefix + ".noevent.acc", noEvent.value()).buildOrThrow();
    }

    /** A short plain-text summary. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "events: %d sentences, %d gold, %d predicted, %d errors%n", documents, exact.gold(),
          exact.predicted(), errors.size()));
      out.append(ScoreTable.prf("(source, target, code)").row("exact code", exact)
          .row("CAMEO root", root).row("code only, actors ignored", codeOnly)
          .row("root only, actors ignored", rootOnly).build().format());
      out.append(ScoreTable.accuracy("sentences expecting no event").row("given none", noEvent)
          .build().format());
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      return out.toString();
    }
  }

  private static final java.util.Set<String> UNSTATED = java.util.Set.of("negated", "denied",
      "hypothetical");
  /** The code a scored triple carries for an actor the output leaves uncoded; matches no gold. */
  public static final String UNCODED = "---";

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private EventEvaluator() {}

  /**
   * Reads the PETRARCH-style JSON Lines file: {@code id}, {@code text}, {@code date}
   * ({@code yyyyMMdd}), {@code expected} (objects with {@code source}, {@code target}, {@code
   * code}), optional {@code expect_no_event} (true or false).
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line on a bad record
   */
  public static List<GoldDoc> read(Path jsonl) {
    ImmutableList.Builder<GoldDoc> out = ImmutableList.builder();
    for (JsonlRecord r : JsonlRecord.readAll(jsonl)) {
      String date = r.optionalText("date");
      LocalDate dct = null;
      if (date != null && !date.isBlank()) {
        try {
          dct = date.contains("-") ? LocalDate.parse(date) : LocalDate.parse(date, BASIC);
        } catch (DateTimeParseException e) {
          throw r.error("field 'date' is not a date: '" + date + "'");
        }
      }
      List<Coded> expected = new ArrayList<>();
      for (JsonlRecord e : r.objects("expected")) {
        expected.add(new Coded(e.text("source"), e.text("target"), e.text("code")));
      }
      Boolean none = r.optionalBoolean("expect_no_event");
      out.add(new GoldDoc(new EvalDoc(r.text("id"), r.text("text"), dct, null), expected,
          none != null && none));
    }
    return out.build();
  }

  /**
   * Runs {@code annotator} over {@code docs} on {@code threads} threads and scores it. A sentence
   * on which the annotator throws or returns null is scored as coding nothing and reported.
   */
  public static Report evaluate(List<GoldDoc> docs, Annotator annotator, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    Objects.requireNonNull(annotator, "annotator");
    List<ParallelRunner.Outcome<List<Coded>>> outcomes = ParallelRunner.run(docs,
        gold -> annotator.annotate(gold.doc()), gold -> gold.doc().id(), threads);
    Prf exact = Prf.ZERO;
    Prf root = Prf.ZERO;
    Prf codeOnly = Prf.ZERO;
    Prf rootOnly = Prf.ZERO;
    Accuracy noEvent = Accuracy.ZERO;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ParallelRunner.Outcome<List<Coded>> o = outcomes.get(i);
      if (o.failed()) {
        errors.add(o.error());
      }
      List<Coded> predicted = o.failed() || o.value() == null ? List.of() : o.value();
      List<Coded> gold = docs.get(i).expected();
      exact = exact.plus(match(gold, predicted, Function.identity()));
      root = root.plus(match(gold, predicted, Coded::atRoot));
      codeOnly = codeOnly.plus(match(gold, predicted, Coded::codeOnly));
      rootOnly = rootOnly.plus(match(gold, predicted, c -> c.atRoot().codeOnly()));
      if (docs.get(i).noEvent()) {
        noEvent = noEvent.plus(new Accuracy(predicted.isEmpty() ? 1 : 0, 1));
      }
    }
    return new Report(exact, root, codeOnly, rootOnly, noEvent, docs.size(), errors);
  }

  /** Multiset matching: each gold triple pairs with at most one equal predicted triple. */
  static Prf match(List<Coded> gold, List<Coded> predicted, Function<Coded, Coded> key) {
    Multiset<Coded> left = HashMultiset.create();
    gold.forEach(g -> left.add(key.apply(g)));
    long matched = 0;
    for (Coded p : predicted) {
      if (left.remove(key.apply(p))) {
        matched++;
      }
    }
    return Prf.of(matched, predicted.size(), gold.size());
  }

  /**
   * Whether an event of this modality counts as coded: PETRARCH-style tests code what a text
   * asserts or reports, not what it negates, denies or supposes.
   */
  public static boolean stated(String modality) {
    return !UNSTATED.contains(modality);
  }

  /**
   * One event as a coder's output states it, e.g. a row of {@code sitrep analyze}'s {@code
   * events}.
   *
   * @param sourceCode the source actor's code, or null when uncoded
   * @param targetCode the target actor's code, or null when uncoded
   * @param code the CAMEO event code
   * @param modality the event's modality ({@code asserted}, {@code negated}, …)
   */
  public record Output(String sourceCode, String targetCode, String code, String modality) {
    public Output {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * The triples a coder's own output gives, as a user reads it: one per stated event (see {@link
   * #stated}), with its source and target actor codes and event code as they are, an uncoded
   * actor as {@link #UNCODED}; duplicates within a sentence count once.
   */
  public static List<Coded> asOutput(List<Output> events) {
    List<Coded> out = new ArrayList<>();
    for (Output e : events) {
      if (stated(e.modality())) {
        add(out, new Coded(e.sourceCode() == null ? UNCODED : e.sourceCode(),
            e.targetCode() == null ? UNCODED : e.targetCode(), e.code()));
      }
    }
    return out;
  }

  /**
   * An annotator that codes Sitrep's events: each event with both actors coded by {@code actors}
   * becomes a triple; negated, denied and hypothetical events are left out, as PETRARCH codes only
   * what the text asserts or reports. Duplicates within a sentence count once.
   *
   * @param events Sitrep's events for one document (e.g. the full pipeline plus {@link EventStage})
   */
  public static Annotator coded(Function<EvalDoc, List<Event>> events, PetrarchActorCoder actors) {
    Predicate<Event> stated = e -> !UNSTATED.contains(e.modality());
    return doc -> {
      List<Coded> out = new ArrayList<>();
      for (Event e : events.apply(doc)) {
        if (!stated.test(e)) {
          continue;
        }
        String s = actors.code(e.sourceName());
        String t = actors.code(e.targetName());
        if (s != null && t != null) {
          add(out, new Coded(s, t, e.code()));
        }
      }
      return out;
    };
  }

  /**
   * Like {@link #coded(Function, PetrarchActorCoder)}, but coded with the test's own dictionaries
   * throughout, as PETRARCH would: an event whose trigger the verb dictionary knows takes the
   * dictionary's code (and its reverse event, {@code [032:033]}; none when the dictionary codes
   * the verb {@code [---]}), else keeps Sitrep's code; an actor whose name the actor dictionary
   * does not code, or that the event lacks, is replaced by the first dictionary actor named in the
   * sentence text before the trigger (source) or after it (target). Eval-time only.
   */
  public static Annotator coded(Function<EvalDoc, List<Event>> events, PetrarchActorCoder actors,
      PetrarchVerbCoder verbs) {
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(verbs, "verbs");
    return doc -> {
      List<Coded> out = new ArrayList<>();
      for (Event e : events.apply(doc)) {
        if (!UNSTATED.contains(e.modality())) {
          recode(doc.text(), e, actors, verbs).forEach(c -> add(out, c));
        }
      }
      return out;
    };
  }

  /**
   * One event's triples under the test dictionaries, {@code text} being the document the event's
   * offsets point into; see {@link #coded(Function, PetrarchActorCoder, PetrarchVerbCoder)}.
   */
  static List<Coded> recode(String text, Event e, PetrarchActorCoder actors,
      PetrarchVerbCoder verbs) {
    int from = Math.min(e.start(), text.length());
    String sentence = text.substring(from, Math.min(Math.max(e.end(), from), text.length()));
    PetrarchTokens tokens = PetrarchTokens.of(sentence);
    int verb = tokens.indexOf(e.trigger());
    String code = e.code();
    String reverse = null;
    if (verb >= 0) {
      PetrarchVerbCoder.Code c = verbs.code(tokens.words(), verb);
      if (c != null) {
        if (c.code() == null) {
          return List.of();
        }
        code = c.code();
        reverse = c.reverse();
      }
    }
    int at = verb >= 0 ? tokens.start(verb) : -1;
    List<PetrarchActorCoder.Found> found = actors.find(sentence);
    String s = actors.code(e.sourceName());
    if (s == null) {
      s = found.stream().filter(f -> at < 0 || f.end() <= at).map(PetrarchActorCoder.Found::code)
          .findFirst().orElse(null);
    }
    String t = actors.code(e.targetName());
    if (t == null) {
      String source = s;
      t = found.stream().filter(f -> at < 0 || f.start() > at)
          .map(PetrarchActorCoder.Found::code).filter(c -> !c.equals(source)).findFirst()
          .orElse(null);
    }
    if (s == null || t == null) {
      return List.of();
    }
    List<Coded> out = new ArrayList<>();
    out.add(new Coded(s, t, code));
    if (reverse != null) {
      out.add(new Coded(t, s, reverse));
    }
    return out;
  }

  private static void add(List<Coded> out, Coded c) {
    if (!out.contains(c)) {
      out.add(c);
    }
  }
}
