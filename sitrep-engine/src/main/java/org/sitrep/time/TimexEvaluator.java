package org.sitrep.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.Span;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.CodePointIndex;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.Prf;
import org.sitrep.eval.ScoreTable;
import org.sitrep.eval.SpanMatcher;

/**
 * Scores a time-expression annotator against gold TIMEX3 annotation (TempEval-3 style): span
 * precision, recall and F1 under strict (identical span) and relaxed (overlapping span) matching,
 * and the accuracy of type and value on the pairs each matching found. The annotator is any
 * function from document to time expressions, so the evaluator knows nothing of how Sitrep finds
 * them.
 *
 * <p>Matching is one-to-one and greedy (see {@link SpanMatcher}); the relaxed matching takes
 * identical spans first. Values are compared as strings after trimming; types exactly.
 */
public final class TimexEvaluator {

  /** The system under evaluation: finds the time expressions of one document. */
  @FunctionalInterface
  public interface Annotator {
    /**
     * Time expressions in {@code doc.text()}, UTF-16 offsets, values resolved against {@code
     * doc.dct()}. Order does not matter. Must be safe to call from several threads at once.
     */
    List<TimeExpression> annotate(EvalDoc doc);
  }

  /**
   * One gold document.
   *
   * @param doc what the annotator is given
   * @param timexes the gold time expressions, UTF-16 offsets into {@code doc.text()}
   */
  public record GoldDoc(EvalDoc doc, List<TimeExpression> timexes) {
    public GoldDoc {
      Objects.requireNonNull(doc, "doc");
      timexes = ImmutableList.copyOf(timexes);
    }
  }

  /**
   * Scores over one or many documents; sum documents' scores with {@link #plus} (micro-averaging).
   *
   * @param strict span matching on identical spans
   * @param relaxed span matching on overlapping spans
   * @param typeStrict equal type among strictly matched pairs
   * @param typeRelaxed equal type among relaxed pairs
   * @param valueStrict equal value among strictly matched pairs
   * @param valueRelaxed equal value among relaxed pairs
   */
  public record Scores(
      Prf strict,
      Prf relaxed,
      Accuracy typeStrict,
      Accuracy typeRelaxed,
      Accuracy valueStrict,
      Accuracy valueRelaxed) {
    public static final Scores ZERO =
        new Scores(Prf.ZERO, Prf.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO);

    public Scores plus(Scores o) {
      return new Scores(
          strict.plus(o.strict),
          relaxed.plus(o.relaxed),
          typeStrict.plus(o.typeStrict),
          typeRelaxed.plus(o.typeRelaxed),
          valueStrict.plus(o.valueStrict),
          valueRelaxed.plus(o.valueRelaxed));
    }
  }

  /** One document's scores, for finding where an annotator goes wrong. */
  public record DocScores(String id, Scores scores) {}

  /**
   * The result of one evaluation.
   *
   * @param total scores summed over all documents
   * @param perDoc each document's scores, in input order; a document whose annotator failed is
   *     scored as if it returned nothing
   * @param errors one message per document on which the annotator failed, in input order
   */
  public record Report(Scores total, List<DocScores> perDoc, List<String> errors) {
    public Report {
      Objects.requireNonNull(total, "total");
      perDoc = ImmutableList.copyOf(perDoc);
      errors = ImmutableList.copyOf(errors);
    }

    /**
     * The scores under stable names, for quality floors: {@code timex.strict.p/r/f1}, {@code
     * timex.relaxed.p/r/f1}, {@code timex.type.acc.strict}, {@code timex.type.acc.relaxed}, {@code
     * timex.value.acc.strict}, {@code timex.value.acc.relaxed}.
     */
    public Map<String, Double> metrics() {
      return ImmutableMap.<String, Double>builder()
          .putAll(total.strict().metrics("timex.strict"))
          .putAll(total.relaxed().metrics("timex.relaxed"))
          .put("timex.type.acc.strict", total.typeStrict().value())
          .put("timex.type.acc.relaxed", total.typeRelaxed().value())
          .put("timex.value.acc.strict", total.valueStrict().value())
          .put("timex.value.acc.relaxed", total.valueRelaxed().value())
          .buildOrThrow();
    }

    /** A short plain-text summary: counts, the span table, the accuracy table and any errors. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "timex: %d documents, %d gold, %d predicted, %d errors\n",
              perDoc.size(),
              total.strict().gold(),
              total.strict().predicted(),
              errors.size()));
      out.append(
          ScoreTable.prf("span")
              .row("strict", total.strict())
              .row("relaxed", total.relaxed())
              .build()
              .format());
      out.append(
          ScoreTable.accuracy("matched pairs")
              .row("type strict", total.typeStrict())
              .row("type relaxed", total.typeRelaxed())
              .row("value strict", total.valueStrict())
              .row("value relaxed", total.valueRelaxed())
              .build()
              .format());
      errors.forEach(error -> out.append("error: ").append(error).append('\n'));
      return out.toString();
    }
  }

  private TimexEvaluator() {}

  /**
   * Reads a gold file of JSON Lines, one document per line: {@code id}, {@code text}, {@code dct},
   * optional {@code title}, and {@code timex}, a list of {@code {start, end, text, type, value}}
   * with code-point offsets, which become UTF-16 offsets. Placeholder expressions with an empty
   * span or empty text (TimeML's empty TIMEX3 tags) are dropped: no text can match them.
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line when the file cannot be
   *     read, or a record lacks a field or has offsets that do not fit its text
   */
  public static List<GoldDoc> read(Path jsonl) {
    ImmutableList.Builder<GoldDoc> docs = ImmutableList.builder();
    for (JsonlRecord record : JsonlRecord.readAll(jsonl)) {
      EvalDoc doc = record.evalDoc();
      CodePointIndex index = CodePointIndex.of(doc.text());
      ImmutableList.Builder<TimeExpression> timexes = ImmutableList.builder();
      for (JsonlRecord timex : record.objects("timex")) {
        Span span = timex.utf16Span(doc.text(), index);
        if (span.isEmpty() || timex.text("text").isEmpty()) {
          continue;
        }
        String value = timex.optionalText("value");
        timexes.add(
            new TimeExpression(
                span.start(),
                span.end(),
                span.in(doc.text()),
                timex.text("type"),
                value == null ? "" : value.trim()));
      }
      docs.add(new GoldDoc(doc, timexes.build()));
    }
    return docs.build();
  }

  /**
   * Runs {@code annotator} over {@code docs} with {@code threads} worker threads and scores it. An
   * annotator that throws on a document, returns null, or returns an expression outside the text
   * has that document scored as empty and reported in {@link Report#errors()}; nothing is thrown.
   *
   * @param threads the number of worker threads, {@code >= 1}
   */
  public static Report evaluate(List<GoldDoc> docs, Annotator annotator, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    Objects.requireNonNull(annotator, "annotator");
    ParallelRunner.Scored<Scores> scored = ParallelRunner.score(docs,
        gold -> gold.doc().checkInside(annotator.annotate(gold.doc()),
            TimeExpression::span, "time expression"), gold -> gold.doc().id(),
        (gold, predicted) -> score(gold.timexes(), predicted), Scores.ZERO, Scores::plus, threads);
    return new Report(scored.total(), scored.perDoc().stream()
        .map(e -> new DocScores(e.getKey(), e.getValue())).toList(), scored.errors());
  }

  /** Scores one document's predictions against its gold expressions. */
  static Scores score(List<TimeExpression> gold, List<TimeExpression> predicted) {
    List<Span> goldSpans = gold.stream().map(TimeExpression::span).toList();
    List<Span> predictedSpans = predicted.stream().map(TimeExpression::span).toList();
    List<SpanMatcher.Pair> strict =
        SpanMatcher.exact(goldSpans, predictedSpans, SpanMatcher.Compatibility.ANY);
    List<SpanMatcher.Pair> relaxed =
        SpanMatcher.overlapping(goldSpans, predictedSpans, SpanMatcher.Compatibility.ANY);
    return new Scores(
        Prf.of(strict.size(), predicted.size(), gold.size()),
        Prf.of(relaxed.size(), predicted.size(), gold.size()),
        agreement(strict, gold, predicted, false),
        agreement(relaxed, gold, predicted, false),
        agreement(strict, gold, predicted, true),
        agreement(relaxed, gold, predicted, true));
  }

  private static Accuracy agreement(
      List<SpanMatcher.Pair> pairs,
      List<TimeExpression> gold,
      List<TimeExpression> predicted,
      boolean byValue) {
    long same = 0;
    for (SpanMatcher.Pair pair : pairs) {
      TimeExpression g = gold.get(pair.gold());
      TimeExpression p = predicted.get(pair.predicted());
      boolean equal =
          byValue ? g.value().trim().equals(p.value().trim()) : g.type().equals(p.type());
      if (equal) {
        same++;
      }
    }
    return new Accuracy(same, pairs.size());
  }
}
