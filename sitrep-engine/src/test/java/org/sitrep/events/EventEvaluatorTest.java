package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestSupport;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.Prf;

class EventEvaluatorTest {
  @TempDir Path dir;

  private static EventEvaluator.Coded c(String s, String t, String code) {
    return new EventEvaluator.Coded(s, t, code);
  }

  @Test
  void exactAndRootMatching() {
    List<EventEvaluator.Coded> gold = List.of(c("AAA", "BBB", "064"), c("BBB", "AAA", "033"));
    List<EventEvaluator.Coded> predicted = List.of(c("AAA", "BBB", "061"), c("BBB", "AAA", "033"),
        c("BBB", "AAA", "033"));
    assertThat(EventEvaluator.match(gold, predicted, x -> x)).isEqualTo(new Prf(1, 2, 1));
    assertThat(EventEvaluator.match(gold, predicted, EventEvaluator.Coded::atRoot))
        .isEqualTo(new Prf(2, 1, 0));
  }

  @Test
  void readsAndScoresAFile() throws IOException {
    Path file = dir.resolve("e.jsonl");
    Files.writeString(file, """
        {"id": "a", "text": "Aa helped Bb.", "date": "19950101", "expected": [{"source": "AAA", "target": "BBB", "code": "070"}]}
        {"id": "b", "text": "Nothing.", "date": "19950102", "expected": [], "expect_no_event": true}
        """, StandardCharsets.UTF_8);
    List<EventEvaluator.GoldDoc> docs = EventEvaluator.read(file);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).doc().dct()).hasToString("1995-01-01");
    EventEvaluator.Report report = EventEvaluator.evaluate(docs, doc -> {
      if (doc.id().equals("b")) {
        throw new IllegalStateException("boom");
      }
      return List.of(c("AAA", "BBB", "073"));
    }, 2);
    assertThat(report.exact()).isEqualTo(new Prf(0, 1, 1));
    assertThat(report.root()).isEqualTo(new Prf(1, 0, 0));
    assertThat(report.errors()).hasSize(1);
    assertThat(report.format()).contains("CAMEO root");
    assertThat(report.metrics()).containsEntry("events.root.f1", 1.0);
  }

  @Test
  void codeOnlyMatchingIgnoresActors() {
    List<EventEvaluator.Coded> gold = List.of(c("AAA", "BBB", "064"));
    List<EventEvaluator.Coded> predicted = List.of(c(EventEvaluator.UNCODED, "BBB", "064"),
        c("AAA", "CCC", "061"));
    assertThat(EventEvaluator.match(gold, predicted, x -> x)).isEqualTo(new Prf(0, 2, 1));
    assertThat(EventEvaluator.match(gold, predicted, EventEvaluator.Coded::codeOnly))
        .isEqualTo(new Prf(1, 1, 0));
  }

  @Test
  void ownOutputKeepsUncodedActorsAndDropsUnstatedEvents() {
    List<EventEvaluator.Coded> coded = EventEvaluator.asOutput(List.of(
        new EventEvaluator.Output("AAAGOV", null, "042", "asserted"),
        new EventEvaluator.Output("AAAGOV", null, "042", "reported"),
        new EventEvaluator.Output(null, "BBB", "190", "negated"),
        new EventEvaluator.Output(null, "BBB", "138", "threatened")));
    assertThat(coded).containsExactly(c("AAAGOV", EventEvaluator.UNCODED, "042"),
        c(EventEvaluator.UNCODED, "BBB", "138"));
  }

  @Test
  void noEventAccuracyCountsSentencesThatExpectNone() throws IOException {
    Path file = dir.resolve("n.jsonl");
    Files.writeString(file, """
        {"id": "a", "text": "Aa helped Bb.", "expected": [{"source": "AAA", "target": "BBB", "code": "070"}]}
        {"id": "b", "text": "It rained.", "expected": [], "expect_no_event": true}
        {"id": "c", "text": "Aa said nothing.", "expected": []}
        {"id": "d", "text": "Bb slept.", "expected": [], "expect_no_event": false}
        """, StandardCharsets.UTF_8);
    List<EventEvaluator.GoldDoc> docs = EventEvaluator.read(file);
    assertThat(docs).extracting(EventEvaluator.GoldDoc::noEvent)
        .containsExactly(false, true, true, true);
    EventEvaluator.Report report = EventEvaluator.evaluate(docs,
        doc -> doc.id().equals("c") ? List.of(c("AAA", "---", "010")) : List.of(), 1);
    assertThat(report.noEvent().correct()).isEqualTo(2);
    assertThat(report.noEvent().total()).isEqualTo(3);
    assertThat(report.metrics("events.dict")).containsKey("events.dict.noevent.acc")
        .containsKey("events.dict.codeonly.f1").doesNotContainKey("events.exact.f1");
    assertThat(report.format()).contains("given none");
    Path badFlag = Files.writeString(dir.resolve("flag.jsonl"),
        "{\"id\": \"a\", \"text\": \"x\", \"expect_no_event\": \"yes\"}\n");
    assertThatThrownBy(() -> EventEvaluator.read(badFlag)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("expect_no_event");
  }

  @Test
  void badDateIsAClearError() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"id\": \"a\", \"text\": \"x\", \"date\": \"soon\"}\n");
    assertThatThrownBy(() -> EventEvaluator.read(file)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("line 1").hasMessageContaining("soon");
  }

  @Test
  void actorCoderReadsPetrarchDictionaries() throws IOException {
    Path actors = dir.resolve("actors.txt");
    Files.writeString(actors, """
        <!-- a comment
        spanning lines [XXX] -->
        ARNOR_  [ARN]
        +ARNORIAN
        ARGENTIN [ARG] # prefix entry
        MINAS_TIRITH [GON]
        BOROMIR [---]
        """);
    Path agents = dir.resolve("agents.txt");
    Files.writeString(agents, """
        !PERSON! = MAN, MEN
        FOREIGN_MINISTER [~GOV]
        REBELS [~REB]
        """);
    PetrarchActorCoder coder = PetrarchActorCoder.load(actors, agents);
    assertThat(coder.code("Arnor")).isEqualTo("ARN");
    assertThat(coder.code("the Arnorian foreign minister")).isEqualTo("ARNGOV");
    assertThat(coder.code("Arnor's rebels")).isEqualTo("ARNREB");
    assertThat(coder.code("Argentina")).isEqualTo("ARG");
    assertThat(coder.code("Minas Tirith")).isEqualTo("GON");
    assertThat(coder.code("Arnorland")).isNull();
    assertThat(coder.code("Boromir")).isNull();
    assertThat(coder.code(null)).isNull();
  }

  @Test
  void actorCoderOnTheSharedValidationDictionary() {
    var actors = TestSupport.shared("eval/petrarch-dictionaries/PETR.Validate.actors.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(actors.isPresent());
    PetrarchActorCoder coder = PetrarchActorCoder.load(actors.get(), null);
    assertThat(coder.code("Arnor")).isEqualTo("ARN");
  }

  @Test
  void missingDictionaryIsAClearError() {
    assertThatThrownBy(() -> PetrarchActorCoder.load(dir.resolve("none.txt"), null))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("none.txt");
  }
}
