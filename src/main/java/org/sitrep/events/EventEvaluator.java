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
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.Prf;
import org.sitrep.eval.ScoreTable;

/**
 * Scores an event coder against PETRARCH-style unit tests: per sentence, the gold (source, target,
 * code) triples against the coded ones, matched as multisets, once exactly and once on the CAMEO
 * root (the code's first two characters) with the same actors. The annotator is any function from
 * document to coded triples; {@link #coded} turns Sitrep events into triples with an actor coder.
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
   */
  public record GoldDoc(EvalDoc doc, List<Coded> expected) {
    public GoldDoc {
      Objects.requireNonNull(doc, "doc");
      expected = ImmutableList.copyOf(expected);
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param exact matching on (source, target, code)
   * @param root matching on (source, target, root)
   * @param documents number of gold sentences
   * @param errors one message per sentence on which the annotator failed
   */
  public record Report(Prf exact, Prf root, int documents, List<String> errors) {
    public Report {
      Objects.requireNonNull(exact, "exact");
      Objects.requireNonNull(root, "root");
      errors = ImmutableList.copyOf(errors);
    }

    /** {@code events.exact.p/r/f1} and {@code events.root.p/r/f1}. */
    public Map<String, Double> metrics() {
      return ImmutableMap.<String, Double>builder().putAll(exact.metrics("events.exact"))
          .putAll(root.metrics("events.root")).buildOrThrow();
    }

    /** A short plain-text summary. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "events: %d sentences, %d gold, %d predicted, %d errors%n", documents, exact.gold(),
          exact.predicted(), errors.size()));
      out.append(ScoreTable.prf("(source, target, code)").row("exact code", exact)
          .row("CAMEO root", root).build().format());
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      return out.toString();
    }
  }

  private static final java.util.Set<String> UNSTATED = java.util.Set.of("negated", "denied",
      "hypothetical");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private EventEvaluator() {}

  /**
   * Reads the PETRARCH-style JSON Lines file: {@code id}, {@code text}, {@code date}
   * ({@code yyyyMMdd}), {@code expected} (objects with {@code source}, {@code target}, {@code
   * code}).
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
      out.add(new GoldDoc(new EvalDoc(r.text("id"), r.text("text"), dct, null), expected));
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
    }
    return new Report(exact, root, docs.size(), errors);
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
