package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two NER passes built over one copy of the models ({@link TimedNer}) tag exactly as the two
 * pipelines CoreNLP builds from properties, each loading its own: same sentences, tokens, tags,
 * mentions and time values. The texts are invented and exercise what differs between the two
 * ways of building an annotator: hyphenated names (CoreNLP's NER-specific tokenization), dates
 * and clock times (SUTime), spelled-out and written numbers (the numeric classifiers), and
 * sentences with neither (the pass without time).
 */
class CoreNlpSharedNerTest {
  private static final List<String> TEXTS = List.of(
      """
      Vostran Ridge, Kalvoria
      Fighters of the Al-Marun Brigade attacked a police post near Tessivar on Tuesday, killing \
      three officers, the Kalvorian Interior Ministry said in a statement.
      The ministry's spokesman, Colonel Idris Valtanen-Osk, said the Sorrel-backed group had \
      crossed from the north-east overnight.
      Negotiators from the Orvel Accord Commission met in Bereny on 4 March 2024 and again two \
      days ago, and will meet at 10:30 a.m. next Monday.
      The United Nations said 40 percent of the district's 12,000 residents had fled since \
      the spring, and that $4.5 million in aid was pending.
      Residents described the Gavrin-Lusk highway as impassable.
      "We will not leave," said Mara Ostrel, a teacher from the village of Dunmere.
      """,
      """
      Kalvorian troops and Brigade fighters exchanged fire along the Selvan river.
      Dozens of families sheltered in the Church of Saint Ambrel in Old Tessivar.
      The Tessivar Relief Network, a coalition of local charities, asked the European Union for \
      help.
      """);

  private static CoreNlp unshared;

  @BeforeAll
  static void load() {
    unshared = CoreNlp.loadUnshared(NlpSettings.sitrep());
  }

  @AfterAll
  static void release() {
    unshared = null;
  }

  @Test
  void sharedModelsTagAsTwoPipelinesDo() {
    CoreNlp shared = CoreNlp.shared(NlpSettings.sitrep());
    for (String text : TEXTS) {
      for (LocalDate date : new LocalDate[] {LocalDate.of(2024, 3, 8), null}) {
        NlpAnalysis expected = unshared.analyse(text, date);
        NlpAnalysis actual = shared.analyse(text, date);
        assertThat(actual.sentences()).isEqualTo(expected.sentences());
        assertThat(actual.mentions()).isEqualTo(expected.mentions());
      }
    }
  }

  @Test
  void theTextsExerciseWhatDiffers() {
    NlpAnalysis a = CoreNlp.shared(NlpSettings.sitrep()).analyse(TEXTS.get(0),
        LocalDate.of(2024, 3, 8));
    assertThat(a.mentions()).extracting(NerSpan::timexValue).contains("2024-03-04");
    assertThat(a.mentions()).extracting(NerSpan::type).contains("PERCENT", "MONEY", "NUMBER",
        "PERSON", "ORGANIZATION", "DATE", "TIME");
    // NER-specific tokenization: the hyphenated name is one token for the CRF, and tagged whole.
    assertThat(a.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.word().startsWith("Valtanen") || t.word().equals("Osk"))
        .map(Token::ner).distinct().toList()).containsExactly("PERSON");
  }
}
