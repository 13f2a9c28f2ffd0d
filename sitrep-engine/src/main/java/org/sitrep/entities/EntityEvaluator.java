package org.sitrep.entities;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.Span;
import org.sitrep.eval.CodePointIndex;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.ParallelRunner;
import org.sitrep.eval.Prf;
import org.sitrep.eval.ScoreTable;
import org.sitrep.eval.SpanMatcher;

/**
 * Scores a named-entity recogniser against gold mentions of people, organisations and locations:
 * precision, recall and F1 for strict matching (identical span and type), relaxed matching
 * (overlapping span and same type) and untyped span matching (identical span, any type), and strict
 * scores per type. The recogniser is any function from document to typed spans, so the evaluator
 * knows nothing of how Sitrep finds entities.
 *
 * <p>Gold mentions may nest ("Airbus parent EADS" around "Airbus"); matching is one-to-one and
 * greedy (see {@link SpanMatcher}), so one prediction can match only one of them.
 */
public final class EntityEvaluator {

  /** The entity types scored, in report order. */
  public static final ImmutableList<String> TYPES = ImmutableList.of("PER", "ORG", "LOC");

  /** Gold syntactic types that denote a name, as opposed to a nominal or a pronoun. */
  private static final ImmutableSet<String> NAME_SYNTAX = ImmutableSet.of("NAM", "PRE.NAM");

  /**
   * A typed span the recogniser found.
   *
   * @param start UTF-16 offset, inclusive, {@code >= 0}
   * @param end UTF-16 offset, exclusive, {@code > start}
   * @param type {@code PER}, {@code ORG} or {@code LOC}; the recogniser maps its own classes onto
   *     these and drops the others
   */
  public record Predicted(int start, int end, String type) {
    public Predicted {
      checkArgument(start >= 0 && end > start, "bad span [%s,%s)", start, end);
      checkArgument(TYPES.contains(type), "entity type must be one of %s, got %s", TYPES, type);
    }

    public Span span() {
      return Span.of(start, end);
    }
  }

  /** The system under evaluation: finds the named entities of one document. */
  @FunctionalInterface
  public interface Annotator {
    /**
     * Named-entity mentions in {@code doc.text()}, UTF-16 offsets, in any order. Must be safe to
     * call from several threads at once.
     */
    List<Predicted> annotate(EvalDoc doc);
  }

  /**
   * One gold document.
   *
   * @param doc what the recogniser is given
   * @param mentions the gold named mentions of type PER, ORG or LOC, UTF-16 offsets into {@code
   *     doc.text()}; they may nest
   */
  public record GoldDoc(EvalDoc doc, List<Predicted> mentions) {
    public GoldDoc {
      Objects.requireNonNull(doc, "doc");
      mentions = ImmutableList.copyOf(mentions);
    }
  }

  /**
   * Scores over one or many documents; sum documents' scores with {@link #plus} (micro-averaging).
   *
   * @param strict identical span and type
   * @param relaxed overlapping span and same type
   * @param span identical span, type ignored
   * @param strictByType strict scores for each of {@link #TYPES}, all present
   */
  public record Scores(Prf strict, Prf relaxed, Prf span, Map<String, Prf> strictByType) {
    public static final Scores ZERO =
        new Scores(Prf.ZERO, Prf.ZERO, Prf.ZERO, Map.of("PER", Prf.ZERO, "ORG", Prf.ZERO, "LOC", Prf.ZERO));

    public Scores {
      checkArgument(
          strictByType.keySet().equals(ImmutableSet.copyOf(TYPES)),
          "strictByType must have exactly the types %s, got %s",
          TYPES,
          strictByType.keySet());
      ImmutableMap.Builder<String, Prf> ordered = ImmutableMap.builder();
      for (String type : TYPES) {
        ordered.put(type, Objects.requireNonNull(strictByType.get(type), type));
      }
      strictByType = ordered.buildOrThrow();
    }

    public Scores plus(Scores o) {
      ImmutableMap.Builder<String, Prf> byType = ImmutableMap.builder();
      TYPES.forEach(type -> byType.put(type, strictByType.get(type).plus(o.strictByType.get(type))));
      return new Scores(
          strict.plus(o.strict), relaxed.plus(o.relaxed), span.plus(o.span), byType.buildOrThrow());
    }
  }

  /** One document's scores, for finding where a recogniser goes wrong. */
  public record DocScores(String id, Scores scores) {}

  /**
   * The result of one evaluation.
   *
   * @param total scores summed over all documents
   * @param perDoc each document's scores, in input order; a document whose recogniser failed is
   *     scored as if it returned nothing
   * @param errors one message per document on which the recogniser failed, in input order
   */
  public record Report(Scores total, List<DocScores> perDoc, List<String> errors) {
    public Report {
      Objects.requireNonNull(total, "total");
      perDoc = ImmutableList.copyOf(perDoc);
      errors = ImmutableList.copyOf(errors);
    }

    /**
     * The scores under stable names, for quality floors: {@code entities.strict.p/r/f1}, {@code
     * entities.relaxed.p/r/f1}, {@code entities.span.p/r/f1} and {@code entities.PER.p/r/f1} (strict)
     * likewise for ORG and LOC.
     */
    public Map<String, Double> metrics() {
      ImmutableMap.Builder<String, Double> metrics =
          ImmutableMap.<String, Double>builder()
              .putAll(total.strict().metrics("entities.strict"))
              .putAll(total.relaxed().metrics("entities.relaxed"))
              .putAll(total.span().metrics("entities.span"));
      total.strictByType().forEach((type, prf) -> metrics.putAll(prf.metrics("entities." + type)));
      return metrics.buildOrThrow();
    }

    /** A short plain-text summary: counts, the score table and any errors. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              Locale.ROOT,
              "entities: %d documents, %d gold, %d predicted, %d errors\n",
              perDoc.size(),
              total.strict().gold(),
              total.strict().predicted(),
              errors.size()));
      ScoreTable.Builder table =
          ScoreTable.prf("match")
              .row("strict", total.strict())
              .row("relaxed", total.relaxed())
              .row("span only", total.span());
      total.strictByType().forEach((type, prf) -> table.row(type + " strict", prf));
      out.append(table.build().format());
      errors.forEach(error -> out.append("error: ").append(error).append('\n'));
      return out.toString();
    }
  }

  private EntityEvaluator() {}

  /**
   * Reads a gold file of JSON Lines, one document per line: {@code id}, {@code text}, optional
   * {@code dct} and {@code title}, and {@code entities}, a list of {@code {start, end, text, type,
   * syntactic_type}} with code-point offsets, which become UTF-16 offsets. Only named mentions are
   * kept: type PER, ORG or LOC and syntactic type NAM or PRE.NAM; products, financial entities,
   * nominals, pronouns and untyped mentions are dropped.
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line when the file cannot be
   *     read, or a record lacks a field or has offsets that do not fit its text
   */
  public static List<GoldDoc> read(Path jsonl) {
    ImmutableList.Builder<GoldDoc> docs = ImmutableList.builder();
    for (JsonlRecord record : JsonlRecord.readAll(jsonl)) {
      EvalDoc doc = record.evalDoc();
      CodePointIndex index = CodePointIndex.of(doc.text());
      ImmutableList.Builder<Predicted> mentions = ImmutableList.builder();
      for (JsonlRecord mention : record.objects("entities")) {
        Span span = mention.utf16Span(doc.text(), index);
        String type = mention.optionalText("type");
        if (span.isEmpty()
            || !TYPES.contains(type)
            || !NAME_SYNTAX.contains(mention.optionalText("syntactic_type"))) {
          continue;
        }
        mentions.add(new Predicted(span.start(), span.end(), type));
      }
      docs.add(new GoldDoc(doc, mentions.build()));
    }
    return docs.build();
  }

  /**
   * Runs {@code annotator} over {@code docs} with {@code threads} worker threads and scores it. A
   * recogniser that throws on a document, returns null, or returns a mention outside the text has
   * that document scored as empty and reported in {@link Report#errors()}; nothing is thrown.
   *
   * @param threads the number of worker threads, {@code >= 1}
   */
  public static Report evaluate(List<GoldDoc> docs, Annotator annotator, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    Objects.requireNonNull(annotator, "annotator");
    ParallelRunner.Scored<Scores> scored = ParallelRunner.score(docs,
        gold -> gold.doc().checkInside(annotator.annotate(gold.doc()),
            Predicted::span, "mention"), gold -> gold.doc().id(),
        (gold, predicted) -> score(gold.mentions(), predicted), Scores.ZERO, Scores::plus, threads);
    return new Report(scored.total(), scored.perDoc().stream()
        .map(e -> new DocScores(e.getKey(), e.getValue())).toList(), scored.errors());
  }

  /** Scores one document's predictions against its gold mentions. */
  static Scores score(List<Predicted> gold, List<Predicted> predicted) {
    List<Span> goldSpans = gold.stream().map(Predicted::span).toList();
    List<Span> predictedSpans = predicted.stream().map(Predicted::span).toList();
    SpanMatcher.Compatibility sameType =
        (g, p) -> gold.get(g).type().equals(predicted.get(p).type());
    List<SpanMatcher.Pair> strict = SpanMatcher.exact(goldSpans, predictedSpans, sameType);
    List<SpanMatcher.Pair> relaxed = SpanMatcher.overlapping(goldSpans, predictedSpans, sameType);
    List<SpanMatcher.Pair> span =
        SpanMatcher.exact(goldSpans, predictedSpans, SpanMatcher.Compatibility.ANY);
    ImmutableMap.Builder<String, Prf> byType = ImmutableMap.builder();
    for (String type : TYPES) {
      long matched = strict.stream().filter(pair -> gold.get(pair.gold()).type().equals(type)).count();
      long predictedOfType = predicted.stream().filter(m -> m.type().equals(type)).count();
      long goldOfType = gold.stream().filter(m -> m.type().equals(type)).count();
      byType.put(type, Prf.of(matched, predictedOfType, goldOfType));
    }
    return new Scores(
        Prf.of(strict.size(), predicted.size(), gold.size()),
        Prf.of(relaxed.size(), predicted.size(), gold.size()),
        Prf.of(span.size(), predicted.size(), gold.size()),
        byType.buildOrThrow());
  }
}
