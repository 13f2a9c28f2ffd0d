package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.FiveW1HEvaluator.Answers;
import org.sitrep.analysis.FiveW1HEvaluator.GoldArticle;
import org.sitrep.analysis.FiveW1HEvaluator.Question;
import org.sitrep.analysis.FiveW1HEvaluator.Report;
import org.sitrep.eval.EvalDataException;

/** The overlap scoring on hand-made gold and answers; no language analysis involved. */
class FiveW1HEvaluatorTest {
  @TempDir Path tmp;

  @Test
  void tokensAreLowerCasedWithoutPunctuationOrFunctionWords() {
    assertThat(FiveW1HEvaluator.tokens("In the Oval Office, Nov. 10!"))
        .containsExactly("oval", "office", "nov", "10");
    assertThat(FiveW1HEvaluator.tokens("ISTANBUL'S İstiklal")).containsExactly("istanbul",
        "i̇stiklal");
  }

  @Test
  void bestMatchingGoldPhraseGivesTheScore() {
    // "Donald Trump" vs "President-elect Donald Trump": 2 common, 2 predicted, 4 gold -> 4/6.
    assertThat(FiveW1HEvaluator.score("Donald Trump",
        List.of("President Obama", "President-elect Donald Trump")))
        .isCloseTo(2.0 * 2 / 6, within(1e-9));
    assertThat(FiveW1HEvaluator.score("at the White House", List.of("White House"))).isEqualTo(1.0);
    assertThat(FiveW1HEvaluator.score("Croydon", List.of("London"))).isEqualTo(0.0);
  }

  @Test
  void repeatedTokensMatchOnce() {
    // predicted "talks talks" vs gold "talks": 1 common, 2 predicted, 1 gold -> 2/3.
    assertThat(FiveW1HEvaluator.f1(List.of("talks", "talks"), List.of("talks")))
        .isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void unansweredScoresZeroAndEmptyGoldIsNotScored() {
    assertThat(FiveW1HEvaluator.score(null, List.of("Aleppo"))).isEqualTo(0.0);
    assertThat(FiveW1HEvaluator.score("", List.of("Aleppo"))).isEqualTo(0.0);
    assertThat(FiveW1HEvaluator.score("Aleppo", List.of())).isNull();
    assertThat(FiveW1HEvaluator.score("Aleppo", List.of("in the", " "))).isNull();
  }

  @Test
  void reportAveragesPerQuestionAndOverall() {
    GoldArticle a = gold("a", Map.of(Question.WHO, List.of("Hakan Fidan"),
        Question.WHERE, List.of("Ankara"), Question.WHEN, List.of()));
    GoldArticle b = gold("b", Map.of(Question.WHO, List.of("the army"),
        Question.WHAT, List.of("captured the city")));
    Report r = FiveW1HEvaluator.evaluate(List.of(a, b), doc -> doc.id().equals("a")
        ? new Answers("Fidan", "met", "Monday", "Ankara")
        : new Answers("army", "captured", null, "Aleppo"), 2);
    // who: a 2*1/(1+2)=0.667, b 1.0; where: a 1.0 only; what: b 2*1/(1+2)=0.667; when unscored.
    assertThat(r.perQuestion().get(Question.WHO).mean()).isCloseTo((2.0 / 3 + 1) / 2, within(1e-9));
    assertThat(r.perQuestion().get(Question.WHERE).scored()).isEqualTo(1);
    assertThat(r.perQuestion().get(Question.WHEN).scored()).isZero();
    assertThat(r.overall().scored()).isEqualTo(4);
    assertThat(r.overall().mean()).isCloseTo((2.0 / 3 + 1 + 1 + 2.0 / 3) / 4, within(1e-9));
    assertThat(r.overall().hitRate()).isEqualTo(1.0);
    assertThat(r.metrics()).containsEntry("5w1h.where.f1", 1.0).containsKey("5w1h.overall.hit");
    assertThat(r.format()).contains("who").contains("overall");
  }

  @Test
  void failingSystemCountsAsUnansweredAndIsReported() {
    GoldArticle a = gold("a", Map.of(Question.WHO, List.of("Hakan Fidan")));
    Report r = FiveW1HEvaluator.evaluate(List.of(a), doc -> {
      throw new IllegalStateException("boom");
    }, 1);
    assertThat(r.overall().mean()).isZero();
    assertThat(r.overall().scored()).isEqualTo(1);
    assertThat(r.errors()).singleElement().asString().contains("boom");
  }

  @Test
  void readsPhraseListsObjectsAndPythonNoneDates() throws IOException {
    Path f = tmp.resolve("g.jsonl");
    Files.writeString(f, """
        {"id":"1","title":"T","text":"Body.","published":"2016-11-09 14:44:34","gold":{"who":["A","B"],"what":[{"text":"did it","coderPhraseCount":2},{"coderPhraseCount":2}],"why":["x"]}}
        {"id":"2","text":"Body.","published":"None"}
        """);
    List<GoldArticle> docs = FiveW1HEvaluator.read(f);
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2016, 11, 9));
    assertThat(docs.get(0).gold().get(Question.WHO)).containsExactly("A", "B");
    assertThat(docs.get(0).gold().get(Question.WHAT)).containsExactly("did it");
    assertThat(docs.get(0).gold().get(Question.WHERE)).isEmpty();
    assertThat(docs.get(1).published()).isNull();
  }

  @Test
  void badRecordNamesFileAndLine() throws IOException {
    Path f = tmp.resolve("bad.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"text\":\"x\",\"published\":\"yesterday\"}\n");
    assertThatThrownBy(() -> FiveW1HEvaluator.read(f)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("bad.jsonl line 1").hasMessageContaining("published");
    assertThatThrownBy(() -> FiveW1HEvaluator.read(tmp.resolve("none.jsonl")))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("not found");
  }

  @Test
  void articleJoinsTitleDescriptionAndBodyAndMarksTheLead() {
    GoldArticle g = new GoldArticle("x", "Talks in Geneva", "Delegates  met on",
        "Delegates met on Monday.\nMore later.", LocalDate.of(2016, 11, 9), Map.of());
    FiveW1HArticle a = FiveW1HArticle.of(g);
    // The body repeats the description, so it is not added twice.
    assertThat(a.article().text()).isEqualTo("Talks in Geneva\n\nDelegates met on Monday.\n"
        + "More later.");
    assertThat(a.article().text().substring(0, a.leadEnd())).endsWith("on Monday.");
    assertThat(a.article().published()).isEqualTo("2016-11-09");

    GoldArticle other = new GoldArticle("y", "Talks in Geneva", "A summary.", "Body text.", null,
        Map.of());
    FiveW1HArticle b = FiveW1HArticle.of(other);
    assertThat(b.article().text()).isEqualTo("Talks in Geneva\n\nA summary.\n\nBody text.");
    assertThat(b.article().markup()).extracting(m -> m.type().name())
        .containsExactly("TITLE", "STANDFIRST");
    assertThat(b.leadEnd()).isEqualTo(b.article().text().length());
  }

  private static GoldArticle gold(String id, Map<Question, List<String>> phrases) {
    return new GoldArticle(id, "title", null, "text", null, phrases);
  }
}
