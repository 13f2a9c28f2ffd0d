package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.Accuracy;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.Prf;
import org.sitrep.time.TimexEvaluator.GoldDoc;
import org.sitrep.time.TimexEvaluator.Report;
import org.sitrep.time.TimexEvaluator.Scores;

class TimexEvaluatorTest {
  @TempDir Path dir;

  private static TimeExpression tx(int start, int end, String type, String value) {
    return new TimeExpression(start, end, "x".repeat(end - start), type, value);
  }

  @Test
  void exactMatchScoresStrictAndRelaxed() {
    Scores s = TimexEvaluator.score(
        List.of(tx(0, 9, "DATE", "1998-01-08")), List.of(tx(0, 9, "DATE", "1998-01-08")));
    assertThat(s.strict()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.relaxed()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.valueStrict()).isEqualTo(new Accuracy(1, 1));
  }

  @Test
  void partialOverlapCountsOnlyWhenRelaxed() {
    // gold "last week" vs predicted "week", with a wrong value and type.
    Scores s = TimexEvaluator.score(
        List.of(tx(10, 19, "DATE", "1998-W01")), List.of(tx(15, 19, "DURATION", "P1W")));
    assertThat(s.strict()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.relaxed()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.valueStrict()).isEqualTo(Accuracy.ZERO);
    assertThat(s.valueRelaxed()).isEqualTo(new Accuracy(0, 1));
    assertThat(s.typeRelaxed()).isEqualTo(new Accuracy(0, 1));
  }

  @Test
  void valueAndTypeAccuracyAreJudgedSeparately() {
    List<TimeExpression> gold =
        List.of(tx(0, 4, "DATE", "1998"), tx(10, 15, "DATE", "1998-01"), tx(20, 25, "TIME", "T10:00"));
    List<TimeExpression> predicted =
        List.of(tx(0, 4, "DATE", " 1998 "), tx(10, 15, "DURATION", "1998-01"), tx(20, 25, "TIME", "T11:00"));
    Scores s = TimexEvaluator.score(gold, predicted);
    assertThat(s.valueStrict()).isEqualTo(new Accuracy(2, 3));
    assertThat(s.typeStrict()).isEqualTo(new Accuracy(2, 3));
  }

  @Test
  void duplicatePredictionIsAFalsePositive() {
    Scores s = TimexEvaluator.score(
        List.of(tx(0, 5, "DATE", "1998")), List.of(tx(0, 5, "DATE", "1998"), tx(0, 5, "DATE", "1998")));
    assertThat(s.strict()).isEqualTo(new Prf(1, 1, 0));
    assertThat(s.relaxed()).isEqualTo(new Prf(1, 1, 0));
  }

  @Test
  void emptyGoldAndEmptyPredictions() {
    assertThat(TimexEvaluator.score(List.of(), List.of(tx(0, 5, "DATE", "1998"))).strict())
        .isEqualTo(new Prf(0, 1, 0));
    assertThat(TimexEvaluator.score(List.of(tx(0, 5, "DATE", "1998")), List.of()).relaxed())
        .isEqualTo(new Prf(0, 0, 1));
    assertThat(TimexEvaluator.score(List.of(), List.of())).isEqualTo(Scores.ZERO);
  }

  @Test
  void readConvertsCodePointsAndDropsEmptyPlaceholders() throws IOException {
    // Code points: emoji 0, space 1, "Monday" 2..8; the placeholder has an empty span.
    Path file = dir.resolve("timex.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"d1\",\"dct\":\"1998-01-08T10:00\",\"title\":null,\"text\":\"\uD83D\uDE00 Monday\","
            + "\"timex\":[{\"start\":2,\"end\":8,\"text\":\"Monday\",\"type\":\"DATE\",\"value\":\" 1998-01-05 \"},"
            + "{\"start\":0,\"end\":0,\"text\":\"\",\"type\":\"DATE\",\"value\":\"PRESENT_REF\"}]}\n",
        StandardCharsets.UTF_8);
    List<GoldDoc> docs = TimexEvaluator.read(file);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).doc()).isEqualTo(new EvalDoc("d1", "\uD83D\uDE00 Monday", LocalDate.of(1998, 1, 8), null));
    assertThat(docs.get(0).timexes()).containsExactly(new TimeExpression(3, 9, "Monday", "DATE", "1998-01-05"));
  }

  @Test
  void aFailingAnnotatorCostsOnlyItsDocument() {
    List<GoldDoc> docs =
        List.of(
            new GoldDoc(new EvalDoc("a", "on Monday", null, null), List.of(tx(3, 9, "DATE", "XXXX-WXX-1"))),
            new GoldDoc(new EvalDoc("b", "on Friday", null, null), List.of(tx(3, 9, "DATE", "XXXX-WXX-5"))),
            new GoldDoc(new EvalDoc("c", "short", null, null), List.of()));
    Report report =
        TimexEvaluator.evaluate(
            docs,
            doc -> switch (doc.id()) {
              case "a" -> List.of(tx(3, 9, "DATE", "XXXX-WXX-1"));
              case "b" -> throw new IllegalStateException("parser broke");
              default -> List.of(tx(0, 99, "DATE", "1998"));
            },
            2);
    assertThat(report.errors())
        .containsExactly(
            "b: IllegalStateException: parser broke",
            "c: IllegalArgumentException: time expression at [0,99) lies outside a text of length 5");
    assertThat(report.total().strict()).isEqualTo(new Prf(1, 0, 1));
    assertThat(report.perDoc()).extracting(TimexEvaluator.DocScores::id).containsExactly("a", "b", "c");
    assertThat(report.format())
        .contains("timex: 3 documents, 2 gold, 1 predicted, 2 errors")
        .contains("error: b: IllegalStateException: parser broke");
  }

  @Test
  void metricsHaveStableKeysAndFormatIsAligned() {
    List<GoldDoc> docs =
        List.of(new GoldDoc(new EvalDoc("a", "on Monday", null, null), List.of(tx(3, 9, "DATE", "X"))));
    Report report = TimexEvaluator.evaluate(docs, doc -> List.of(tx(0, 9, "DATE", "X")), 1);
    assertThat(report.metrics())
        .containsOnlyKeys(
            "timex.strict.p", "timex.strict.r", "timex.strict.f1",
            "timex.relaxed.p", "timex.relaxed.r", "timex.relaxed.f1",
            "timex.type.acc.strict", "timex.type.acc.relaxed",
            "timex.value.acc.strict", "timex.value.acc.relaxed")
        .containsEntry("timex.strict.f1", 0.0)
        .containsEntry("timex.relaxed.f1", 1.0)
        .containsEntry("timex.value.acc.relaxed", 1.0);
    assertThat(report.format())
        .contains("span         P      R     F1  TP  FP  FN\n")
        .contains("strict   0.000  0.000  0.000   0   1   1\n")
        .contains("relaxed  1.000  1.000  1.000   1   0   0\n");
  }

  private static Path devSet() {
    String shared = System.getProperty("sitrep.shared");
    Path file = shared == null ? null : Path.of(shared, "eval", "timex-dev.jsonl");
    assumeThat(file != null && Files.isRegularFile(file))
        .as("timex dev set not found under sitrep.shared=%s; skipping the real-data test", shared)
        .isTrue();
    return file;
  }

  @Test
  void devSetReadsAndAnOracleScoresPerfectly() {
    List<GoldDoc> docs = TimexEvaluator.read(devSet());
    assertThat(docs).hasSize(256);
    assertThat(docs.stream().mapToInt(d -> d.timexes().size()).sum()).isEqualTo(1822);
    assertThat(docs).allSatisfy(d -> assertThat(d.doc().dct()).isNotNull());
    assertThat(docs.get(0).doc().dct()).isEqualTo(LocalDate.of(1998, 1, 8));
    for (GoldDoc doc : docs) {
      for (TimeExpression t : doc.timexes()) {
        assertThat(doc.doc().text().substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }

    Map<String, List<TimeExpression>> gold =
        docs.stream().collect(java.util.stream.Collectors.toMap(d -> d.doc().id(), GoldDoc::timexes));
    Report oracle = TimexEvaluator.evaluate(docs, doc -> gold.get(doc.id()), 2);
    assertThat(oracle.errors()).isEmpty();
    assertThat(oracle.metrics()).allSatisfy((key, value) -> assertThat(value).as(key).isEqualTo(1.0));

    Report silent = TimexEvaluator.evaluate(docs, doc -> List.of(), 2);
    assertThat(silent.metrics().get("timex.strict.r")).isZero();
    assertThat(silent.metrics().get("timex.relaxed.r")).isZero();
    assertThat(silent.total().strict().falseNegatives()).isEqualTo(1822);
  }
}
