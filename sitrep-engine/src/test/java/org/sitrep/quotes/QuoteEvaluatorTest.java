package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvalDataException;
import org.sitrep.ingest.Article;
import org.sitrep.quotes.QuoteEvaluator.Found;
import org.sitrep.quotes.QuoteEvaluator.GoldQuote;
import org.sitrep.quotes.QuoteEvaluator.Report;

class QuoteEvaluatorTest {
  private static final Path GOLD =
      Path.of("sitrep-engine/src/test/resources/quotes-gold/samples.jsonl");

  private static GoldQuote gold(String article, String quote, String speaker) {
    return new GoldQuote(article, quote, speaker, null);
  }

  @Test
  void scoresCoverageAttributionAndSpeakers() {
    List<GoldQuote> gold = List.of(
        gold("a", "We will stay", "Hatem al-Zawi"),            // right: last word in speaker
        gold("a", "The door is open", "Salem Abu Khraiss"),   // found, no speaker
        gold("a", "Never again", "Annika Sørlie"),            // found, wrong speaker
        gold("b", "every chance", "a local monitoring group"), // right description
        gold("b", "not found anywhere", "Nuri Elhadi"));      // missed
    Map<String, List<Found>> system = Map.of(
        "a", List.of(new Found(0, "“We  will stay here,”", "Al-Zawi"),
            new Found(30, "The door is open.", null),
            new Found(60, "\"Never again\"", "Hatem al-Zawi"),
            new Found(90, "unrelated words", "Annika Sørlie")),
        "b", List.of(new Found(5, "every chance", "the local monitoring group")));

    Report r = QuoteEvaluator.score(gold, system);

    assertThat(r).isEqualTo(new Report(5, 4, 3, 2));
    assertThat(r.coverage()).isCloseTo(0.8, within(1e-9));
    assertThat(r.attributedShare()).isCloseTo(0.75, within(1e-9));
    assertThat(r.correctShare()).isCloseTo(0.4, within(1e-9));
    assertThat(r.speakers().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(r.speakers().recall()).isCloseTo(0.4, within(1e-9));
    assertThat(r.speakers().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(r.metrics()).containsKeys("quotes.coverage", "quotes.attributed",
        "quotes.correct", "quotes.speaker.p", "quotes.speaker.r", "quotes.speaker.f1");
  }

  @Test
  void theEarliestContainingQuoteCountsAndAliasesAreRight() {
    List<GoldQuote> gold = List.of(new GoldQuote("a", "There is a narrow window", "Rapid "
        + "Response Units", "RRU"));
    // A repeated pull quote later in the text must not stand in for the body quote.
    Report r = QuoteEvaluator.score(gold, Map.of("a", List.of(
        new Found(200, "There is a narrow window now.", null),
        new Found(10, "There is a narrow window now, and", "the RRU"))));
    assertThat(r).isEqualTo(new Report(1, 1, 1, 1));
  }

  @Test
  void speakerMatchingIsByLastWordOrEqualDescription() {
    assertThat(QuoteEvalText.sameSpeaker("Annika Sørlie", "SØRLIE")).isTrue();
    assertThat(QuoteEvalText.sameSpeaker("Hatem al-Zawi", "Al-Zawi")).isTrue();
    assertThat(QuoteEvalText.sameSpeaker("Hatem al-Zawi", "Hatem")).isFalse();
    assertThat(QuoteEvalText.sameSpeaker("a UN official", "the UN official")).isTrue();
    assertThat(QuoteEvalText.sameSpeaker("a UN official", "UN")).isFalse();
    assertThat(QuoteEvalText.sameSpeaker("a diplomat", "a Western diplomat")).isFalse();
  }

  @Test
  void normalisingDropsMarksButKeepsApostrophes() {
    assertThat(QuoteEvalText.normalise("«It’s  over,»\n she")).isEqualTo("It's over, she");
    assertThat(QuoteEvalText.normalise("'a step that deserves'")).isEqualTo("a step that deserves");
  }

  @Test
  void reportRejectsImpossibleCounts() {
    assertThatThrownBy(() -> new Report(2, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheGoldFile() {
    List<GoldQuote> gold = QuoteEvaluator.read(GOLD);
    assertThat(gold).hasSizeGreaterThan(50);
    assertThat(gold).contains(new GoldQuote("rru-explainer", "We protected this border when "
        + "nobody els", "Ramadan Tanous", null));
    assertThat(gold).filteredOn(g -> g.alias() != null).isNotEmpty();
  }

  @Test
  void badGoldLinesNameTheLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.jsonl");
    Files.writeString(f, "{\"article\":\"a\",\"quote\":\"x y\",\"speaker\":\"S\"}\n"
        + "{\"article\":\"a\",\"quote\":\"“ ”\",\"speaker\":\"S\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> QuoteEvaluator.read(f)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("line 2").hasMessageContaining("quote text");
    Files.writeString(f, "{\"article\":\"a\",\"quote\":\"x\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> QuoteEvaluator.read(f)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("speaker");
  }

  @Test
  void unknownArticleIsAnError() {
    assertThatThrownBy(() -> QuoteEvaluator.evaluate(List.of(gold("nope", "x", "S")), Map.of(),
        a -> List.of())).isInstanceOf(EvalDataException.class).hasMessageContaining("nope");
  }

  @Test
  void everyGoldQuoteLiesInItsSampleArticle() {
    Map<String, Article> corpus = QuoteEvaluator.corpus(List.of(Path.of("samples")));
    List<GoldQuote> gold = QuoteEvaluator.read(GOLD);
    for (GoldQuote g : gold) {
      assertThat(corpus).as("article of %s", g).containsKey(g.article());
      assertThat(corpus.get(g.article()).text()).as("text of %s", g.article())
          .contains(g.quote());
    }
    // A system that quotes every gold prefix from the text itself finds every quote.
    Report all = QuoteEvaluator.evaluate(gold, corpus, a -> gold.stream()
        .filter(g -> g.article().equals(a.id()))
        .map(g -> new Found(a.text().indexOf(g.quote()), g.quote(), g.speaker())).toList());
    assertThat(all).isEqualTo(new Report(gold.size(), gold.size(), gold.size(), gold.size()));
  }
}
