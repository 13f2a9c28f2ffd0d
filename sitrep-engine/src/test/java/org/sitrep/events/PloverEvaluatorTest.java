package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.EvalDoc;
import org.sitrep.eval.Prf;
import org.sitrep.events.PloverActors.Level;
import org.sitrep.events.PloverEvaluator.Gold;
import org.sitrep.events.PloverEvaluator.GoldActor;
import org.sitrep.events.PloverEvaluator.Predicted;

/** The PLOVER scoring rules on invented records and invented system output. */
class PloverEvaluatorTest {
  private static final Path MINI =
      Path.of("sitrep-engine/src/test/resources/events/plover-mini.jsonl");

  @TempDir Path dir;

  private static GoldActor g(String code, String sector) {
    return new GoldActor("", code, sector);
  }

  private static Gold gold(String type, List<GoldActor> sources, List<GoldActor> targets,
      boolean reciprocal) {
    return new Gold(new EvalDoc("x", "An invented sentence.", null, null), type, sources, targets,
        reciprocal);
  }

  private static Predicted p(String type, String source, String target) {
    return new Predicted(type, null, "s", source, "t", target);
  }

  @Test
  void readsRecordsSkipsTheDocumentationRecordAndNormalises() {
    List<Gold> docs = PloverEvaluator.read(MINI);
    assertThat(docs).hasSize(4);
    // Ids repeat in such files; the position keeps them apart.
    assertThat(docs.get(1).doc().id()).isEqualTo("T-DEMAND-0001#3");
    assertThat(docs.get(2).doc().id()).isEqualTo("T-DEMAND-0001#4");
    assertThat(docs.get(0).reciprocal()).isTrue();
    assertThat(docs.get(1).reciprocal()).isFalse();
    assertThat(docs.get(0).doc().dct()).hasToString("2000-01-01");
    // Legacy labels become current PLOVER types.
    assertThat(docs).extracting(Gold::type)
        .containsExactly("AGREE", "REQUEST", "ACCUSE", "ASSAULT");
    // *** is no constraint; JAP is Japan's old spelling; CIV is a misspelt CVL.
    assertThat(docs.get(2).sources()).containsExactly(
        new GoldActor("United Nations envoy", "IGO", null));
    assertThat(docs.get(2).targets().get(0).code()).isEqualTo("JPN");
    assertThat(docs.get(3).sources().get(0).sector()).isEqualTo("REBALB");
    assertThat(docs.get(3).targets().get(0).sector()).isEqualTo("CVL");
    assertThat(PloverEvaluator.majorityType(docs)).isEqualTo("ACCUSE");
  }

  @Test
  void badRecordsAreClearErrors() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"seq\": 1, "
        + "\"text\": \"Some text.\", \"event\": \"PICNIC\", \"source\": [], \"target\": []}\n");
    assertThatThrownBy(() -> PloverEvaluator.read(bad)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("line 1").hasMessageContaining("PICNIC");
    Path noCode = Files.writeString(dir.resolve("nocode.jsonl"), "{\"id\": \"a\", \"seq\": 1, "
        + "\"text\": \"Some text.\", \"event\": \"AID\", \"source\": [{\"text\": \"X\"}]}\n");
    assertThatThrownBy(() -> PloverEvaluator.read(noCode)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("source[0]").hasMessageContaining("code");
  }

  @Test
  void actorLevels() {
    assertThat(PloverActors.matches(g("ISR", "MIL"), "ISRMIL", Level.STRICT)).isTrue();
    assertThat(PloverActors.matches(g("ISR", "MIL"), "ISRGOV", Level.COUNTRY)).isTrue();
    assertThat(PloverActors.matches(g("ISR", "MIL"), "ISRGOV", Level.ROLE)).isFalse();
    assertThat(PloverActors.matches(g("ISR", "MIL"), "ISR", Level.ROLE)).isFalse();
    assertThat(PloverActors.matches(g("ISR", null), "ISRGOV", Level.STRICT)).isTrue();
    // Any IGO is the unspecified gold IGO; a role must sit on a block boundary.
    assertThat(PloverActors.matches(g("IGO", null), "IGOWSTNAT", Level.ROLE)).isTrue();
    assertThat(PloverActors.matches(g("IGO", "GOV"), "IGOUNO", Level.ROLE)).isFalse();
    assertThat(PloverActors.matches(g("SYR", "OVM"), "SYRGOVMIL", Level.ROLE)).isFalse();
    assertThat(PloverActors.matches(g("SYR", "MIL"), "SYRGOVMIL", Level.ROLE)).isTrue();
    // The role is the sector's first three letters; strict needs the suffix too.
    assertThat(PloverActors.matches(g("SRB", "CVLALB"), "SRBCVL", Level.ROLE)).isTrue();
    assertThat(PloverActors.matches(g("SRB", "CVLALB"), "SRBCVL", Level.STRICT)).isFalse();
    assertThat(PloverActors.matches(g("SRB", null), null, Level.COUNTRY)).isFalse();
    assertThat(PloverActors.normaliseCode("jap")).isEqualTo("JPN");
    assertThat(PloverActors.normaliseCode("ITLGOV")).isEqualTo("ITAGOV");
    assertThat(PloverActors.normaliseSector("***")).isNull();
    assertThat(PloverActors.normaliseSector("CIVsrp")).isEqualTo("CVLSRP");
  }

  @Test
  void matchingIsOneToOneAndMaximal() {
    // Greedy in gold order would let the unconstrained ISR take ISRMIL and leave ISR MIL unmatched.
    List<GoldActor> gold = List.of(g("ISR", null), g("ISR", "MIL"));
    Prf prf = PloverActors.match(gold, List.of("ISRMIL", "ISR"),
        (a, c) -> PloverActors.matches(a, c, Level.ROLE));
    assertThat(prf).isEqualTo(new Prf(2, 0, 0));
    assertThat(PloverActors.match(List.of(g("ISR", null)), List.of("ISR", "ISRGOV"),
        (a, c) -> PloverActors.matches(a, c, Level.ROLE))).isEqualTo(new Prf(1, 1, 0));
  }

  @Test
  void eventsOfTheGoldTypeAreMatchedElseTheFirstTypedOne() {
    Gold demand = gold("DEMAND", List.of(g("VEL", "MIL")), List.of(g("KAR", "GOV")), false);
    // A statement (no type) comes first; the REQUEST event is the one compared.
    var s = PloverEvaluator.score(demand, List.of(p(null, "OSTGOV", null),
        p("ASSAULT", "KARMIL", "VELCVL"), p("REQUEST", "VELMIL", "KAR")));
    assertThat(s.typeRight()).isTrue();
    assertThat(s.typed()).isEqualTo(2);
    assertThat(s.typedRight()).isEqualTo(1);
    assertThat(s.country()).isEqualTo(new PloverEvaluator.Slots(new Prf(1, 0, 0),
        new Prf(1, 0, 0)));
    assertThat(s.role().target()).isEqualTo(new Prf(0, 1, 1));
    assertThat(s.triple(s.country())).isTrue();
    assertThat(s.triple(s.role())).isFalse();

    // No event of the gold type: the first typed event is compared, the statement never.
    var wrong = PloverEvaluator.score(demand, List.of(p(null, "VELMIL", "KARGOV"),
        p("THREATEN", "VELMIL", null), p("ASSAULT", "KARMIL", "VELCVL")));
    assertThat(wrong.typeRight()).isFalse();
    assertThat(wrong.shownType()).isEqualTo("THREATEN");
    assertThat(wrong.country().source()).isEqualTo(new Prf(1, 0, 0));
    assertThat(wrong.country().target()).isEqualTo(new Prf(0, 0, 1));
    assertThat(wrong.triple(wrong.country())).isFalse();

    var statementsOnly = PloverEvaluator.score(demand, List.of(p(null, "VELMIL", "KARGOV")));
    assertThat(statementsOnly.anyEvent()).isTrue();
    assertThat(statementsOnly.shownType()).isEqualTo(PloverEvaluator.NONE);
    assertThat(statementsOnly.country().all()).isEqualTo(new Prf(0, 0, 2));
  }

  @Test
  void reciprocalRecordsPoolBothSlotsAgainstTheParties() {
    Gold agree = gold("AGREE", List.of(g("VEL", null), g("KAR", null)), List.of(), true);
    var split = PloverEvaluator.score(agree, List.of(p("AGREE", "VEL", "KAR"),
        p("AGREE", "KAR", "VEL")));
    assertThat(split.country().source()).isEqualTo(new Prf(2, 0, 0));
    assertThat(split.country().target()).isEqualTo(Prf.ZERO);
    assertThat(split.triple(split.country())).isTrue();
    // One party uncoded: one found, one missed, nothing wrong.
    var half = PloverEvaluator.score(agree, List.of(p("AGREE", null, "KAR")));
    assertThat(half.country().all()).isEqualTo(new Prf(1, 0, 1));
    assertThat(half.triple(half.country())).isFalse();
  }

  @Test
  void compoundTargetsAndMissingGoldSlots() {
    Gold aid = gold("AID", List.of(g("IGO", null)), List.of(g("ROU", null), g("POL", null)),
        false);
    var s = PloverEvaluator.score(aid, List.of(p("AID", "IGOUNO", "ROU"),
        p("AID", "IGOUNO", "POL")));
    assertThat(s.country().source()).isEqualTo(new Prf(1, 0, 0));
    assertThat(s.country().target()).isEqualTo(new Prf(2, 0, 0));
    // A country listed twice in one slot is one country, but two code+sector actors.
    Gold domestic = gold("ASSAULT", List.of(g("VEL", "GOV"), g("VEL", "MIL")), List.of(), false);
    var d = PloverEvaluator.score(domestic, List.of(p("ASSAULT", "VELMIL", "KARCVL")));
    assertThat(d.country().source()).isEqualTo(new Prf(1, 0, 0));
    assertThat(d.role().source()).isEqualTo(new Prf(1, 0, 1));
    // No gold target: nothing to find, but a system target is a false positive.
    assertThat(d.country().target()).isEqualTo(new Prf(0, 1, 0));
  }

  @Test
  void evaluatesAFileWithAnAnnotatorThatFailsOnce() {
    List<Gold> docs = PloverEvaluator.read(MINI);
    PloverEvaluator.Report r = PloverEvaluator.evaluate(docs, doc -> {
      if (doc.id().endsWith("#5")) {
        throw new IllegalStateException("boom");
      }
      if (doc.id().endsWith("#4")) {
        return List.of();
      }
      return List.of(new Predicted("AGREE", "030", "Veloria", "VEL", "Karsland", "KAR"),
          new Predicted("REQUEST", "100", "Veloria's army", "VELMIL", "Karsland", "KAR"));
    }, 2);
    assertThat(r.sentences()).isEqualTo(4);
    assertThat(r.errors()).hasSize(1).first().asString().contains("#5");
    assertThat(r.type().correct()).isEqualTo(2);
    assertThat(r.coverage().correct()).isEqualTo(2);
    assertThat(r.typePrecision().correct()).isEqualTo(2);
    assertThat(r.typePrecision().total()).isEqualTo(4);
    // Reciprocal record: both parties found; DEMAND record: both countries, target sector missed.
    assertThat(r.triple().correct()).isEqualTo(2);
    assertThat(r.tripleFull().correct()).isEqualTo(1);
    assertThat(r.confusion()).containsEntry("ACCUSE", Map.of("(none)", 1))
        .containsEntry("REQUEST", Map.of("REQUEST", 1));
    Map<String, Double> m = r.metrics();
    assertThat(m).containsEntry("plover.type.acc", 0.5).containsEntry("plover.coverage", 0.5)
        .containsKeys("plover.source.country.f1", "plover.target.full.p", "plover.actor.full.r",
            "plover.triple.full.acc", "plover.type.p");
    assertThat(r.format()).contains("event type").contains("source country")
        .contains("with no event").contains("ACCUSE").contains("error: ");
    assertThat(r.details()).hasSize(4);
    assertThat(r.details().get(1)).contains("T-DEMAND-0001#3").contains("REQUEST")
        .contains("'Veloria's army'=VELMIL");
  }
}
