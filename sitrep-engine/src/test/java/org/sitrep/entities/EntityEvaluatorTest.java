package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.entities.EntityEvaluator.GoldDoc;
import org.sitrep.entities.EntityEvaluator.Predicted;
import org.sitrep.entities.EntityEvaluator.Report;
import org.sitrep.entities.EntityEvaluator.Scores;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.Prf;

class EntityEvaluatorTest {
  @TempDir Path dir;

  private static Predicted m(int start, int end, String type) {
    return new Predicted(start, end, type);
  }

  @Test
  void exactMatchOfSpanAndType() {
    Scores s = EntityEvaluator.score(List.of(m(0, 6, "ORG")), List.of(m(0, 6, "ORG")));
    assertThat(s.strict()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.relaxed()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.span()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.strictByType().get("ORG")).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.strictByType().get("PER")).isEqualTo(Prf.ZERO);
  }

  @Test
  void wrongTypeCountsOnlyForTheUntypedSpan() {
    Scores s = EntityEvaluator.score(List.of(m(0, 6, "ORG")), List.of(m(0, 6, "LOC")));
    assertThat(s.strict()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.relaxed()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.span()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.strictByType().get("ORG")).isEqualTo(new Prf(0, 0, 1));
    assertThat(s.strictByType().get("LOC")).isEqualTo(new Prf(0, 1, 0));
  }

  @Test
  void partialOverlapCountsOnlyWhenRelaxed() {
    // gold "Northrop Grumman", predicted "Grumman"
    Scores s = EntityEvaluator.score(List.of(m(0, 16, "ORG")), List.of(m(9, 16, "ORG")));
    assertThat(s.strict()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.relaxed()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.span()).isEqualTo(new Prf(0, 1, 1));
  }

  @Test
  void nestedGoldNeedsOnePredictionEach() {
    // "Airbus parent EADS": gold has the whole, "Airbus" and "EADS".
    List<Predicted> gold = List.of(m(0, 6, "ORG"), m(0, 18, "ORG"), m(14, 18, "ORG"));
    Scores two = EntityEvaluator.score(gold, List.of(m(0, 6, "ORG"), m(14, 18, "ORG")));
    assertThat(two.strict()).isEqualTo(new Prf(2, 0, 1));
    assertThat(two.relaxed()).isEqualTo(new Prf(2, 0, 1));

    Scores whole = EntityEvaluator.score(gold, List.of(m(0, 18, "ORG")));
    assertThat(whole.strict()).isEqualTo(new Prf(1, 0, 2));
    assertThat(whole.relaxed()).isEqualTo(new Prf(1, 0, 2));
  }

  @Test
  void duplicatePredictionIsAFalsePositive() {
    Scores s = EntityEvaluator.score(List.of(m(0, 6, "PER")), List.of(m(0, 6, "PER"), m(0, 6, "PER")));
    assertThat(s.strict()).isEqualTo(new Prf(1, 1, 0));
    assertThat(s.strictByType().get("PER")).isEqualTo(new Prf(1, 1, 0));
  }

  @Test
  void emptyListsOnEitherSide() {
    assertThat(EntityEvaluator.score(List.of(), List.of(m(0, 1, "LOC"))).strict()).isEqualTo(new Prf(0, 1, 0));
    assertThat(EntityEvaluator.score(List.of(m(0, 1, "LOC")), List.of()).relaxed()).isEqualTo(new Prf(0, 0, 1));
    assertThat(EntityEvaluator.score(List.of(), List.of())).isEqualTo(Scores.ZERO);
  }

  @Test
  void predictedRejectsUnknownTypes() {
    assertThatThrownBy(() -> m(0, 3, "MISC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity type must be one of [PER, ORG, LOC], got MISC");
  }

  @Test
  void readKeepsNamedPeopleOrganisationsAndPlacesOnly() throws IOException {
    // Code points: emoji 0, space 1, "Airbus" 2..8, space 8, "it" 9..11, space, "Toulouse" 12..20.
    String text = "\uD83D\uDE00 Airbus it Toulouse";
    Path file = dir.resolve("entities.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"e1\",\"dct\":null,\"title\":\"T\",\"text\":\"" + text + "\",\"entities\":["
            + "{\"start\":2,\"end\":8,\"text\":\"Airbus\",\"type\":\"ORG\",\"syntactic_type\":\"NAM\"},"
            + "{\"start\":9,\"end\":11,\"text\":\"it\",\"type\":\"ORG\",\"syntactic_type\":\"PRO\"},"
            + "{\"start\":12,\"end\":20,\"text\":\"Toulouse\",\"type\":\"LOC\",\"syntactic_type\":\"PRE.NAM\"},"
            + "{\"start\":2,\"end\":8,\"text\":\"Airbus\",\"type\":\"PRO\",\"syntactic_type\":\"NAM\"},"
            + "{\"start\":12,\"end\":20,\"text\":\"Toulouse\",\"type\":null,\"syntactic_type\":\"NAM\"},"
            + "{\"start\":12,\"end\":20,\"text\":\"Toulouse\",\"type\":\"LOC\",\"syntactic_type\":null}]}\n",
        StandardCharsets.UTF_8);
    List<GoldDoc> docs = EntityEvaluator.read(file);
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0).doc()).isEqualTo(new EvalDoc("e1", text, null, "T"));
    assertThat(docs.get(0).mentions()).containsExactly(m(3, 9, "ORG"), m(13, 21, "LOC"));
  }

  @Test
  void reportNamesMetricsStablyAndListsErrors() {
    List<GoldDoc> docs =
        List.of(
            new GoldDoc(new EvalDoc("a", "Ann met Bob", null, null), List.of(m(0, 3, "PER"), m(8, 11, "PER"))),
            new GoldDoc(new EvalDoc("b", "in Oslo", null, null), List.of(m(3, 7, "LOC"))));
    Report report =
        EntityEvaluator.evaluate(
            docs,
            doc -> {
              if (doc.id().equals("b")) {
                throw new IllegalStateException("tagger broke");
              }
              return List.of(m(0, 3, "PER"));
            },
            3);
    assertThat(report.errors()).containsExactly("b: IllegalStateException: tagger broke");
    assertThat(report.total().strict()).isEqualTo(new Prf(1, 0, 2));
    assertThat(report.metrics())
        .hasSize(18)
        .containsEntry("entities.strict.p", 1.0)
        .containsEntry("entities.PER.r", 0.5)
        .containsEntry("entities.LOC.r", 0.0)
        .containsKeys("entities.relaxed.f1", "entities.span.f1", "entities.ORG.f1");
    assertThat(report.format())
        .contains("entities: 2 documents, 3 gold, 1 predicted, 1 errors\n")
        .contains("PER strict  1.000  0.500  0.667   1   0   1\n")
        .contains("error: b: IllegalStateException: tagger broke\n");
  }

  private static Path devSet() {
    String shared = System.getProperty("sitrep.shared");
    Path file = shared == null ? null : Path.of(shared, "eval", "entities-dev.jsonl");
    assumeThat(file != null && Files.isRegularFile(file))
        .as("entity dev set not found under sitrep.shared=%s; skipping the real-data test", shared)
        .isTrue();
    return file;
  }

  @Test
  void devSetReadsAndAnOracleScoresPerfectly() {
    List<GoldDoc> docs = EntityEvaluator.read(devSet());
    assertThat(docs).hasSize(60);
    // Named PER/ORG/LOC mentions only, as counted independently of this code.
    assertThat(docs.stream().mapToInt(d -> d.mentions().size()).sum()).isEqualTo(487);

    Map<String, List<Predicted>> gold =
        docs.stream().collect(Collectors.toMap(d -> d.doc().id(), GoldDoc::mentions));
    Report oracle = EntityEvaluator.evaluate(docs, doc -> gold.get(doc.id()), 2);
    assertThat(oracle.errors()).isEmpty();
    assertThat(oracle.metrics()).allSatisfy((key, value) -> assertThat(value).as(key).isEqualTo(1.0));

    Report silent = EntityEvaluator.evaluate(docs, doc -> List.of(), 2);
    assertThat(silent.metrics().get("entities.strict.r")).isZero();
    assertThat(silent.metrics().get("entities.relaxed.r")).isZero();
    assertThat(silent.total().strict().falseNegatives()).isEqualTo(487);
  }
}
