package org.sitrep.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;

class NumberStageTest {
  private static final NumberStage STAGE = NumberStage.create();

  /**
   * Renders mentions as {@code ~text=[min,max]}, "~" marking vague ones and "*" an open bound,
   * joined by "; ". An empty expectation means no number at all.
   */
  private static String render(List<NumberMention> mentions) {
    return mentions.stream()
        .map(m -> (m.vague() ? "~" : "") + m.text() + "=[" + plain(m.min()) + "," + plain(m.max())
            + "]")
        .collect(Collectors.joining("; "));
  }

  private static String plain(BigDecimal d) {
    // toString, not toPlainString: a value in scientific notation must fail the test.
    return d == null ? "*" : d.toString();
  }

  private static List<NumberMention> find(String text) {
    List<NumberMention> found = STAGE.find(text, 0, text.length());
    int lastEnd = 0;
    for (NumberMention m : found) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.start()).as("ordered, non-overlapping").isGreaterThanOrEqualTo(lastEnd);
      assertThat(m.text()).as("span is trimmed").isEqualTo(m.text().strip());
      lastEnd = m.end();
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      # digits and scales
      179 new aerial refueling tankers at a rate of 15 a year | 179=[179,179]; 15=[15,15]
      a force of 3,000 troops                  | 3,000=[3000,3000]
      a 1.5 per cent rise                      | 1.5=[1.5,1.5]
      some 40,000 displaced                    | ~some 40,000=[36000,44000]
      sent 3 million doses                     | 3 million=[3000000,3000000]
      a 1.5 billion loan                       | 1.5 billion=[1500000000,1500000000]
      US$ 40 billion ( GB # 20.1 billion )     | 40 billion=[40000000000,40000000000]; 20.1 billion=[20100000000,20100000000]
      a $40bn package                          | 40bn=[40000000000,40000000000]
      # number words
      one of the main backers                  | one=[1,1]
      twelve soldiers and ninety-nine others   | twelve=[12,12]; ninety-nine=[99,99]
      twenty six villages                      | twenty six=[26,26]
      twenty-six villages                      | twenty-six=[26,26]
      a hundred families                       | a hundred=[100,100]
      two hundred and fifty prisoners          | two hundred and fifty=[250,250]
      three million people                     | three million=[3000000,3000000]
      a dozen drones                           | a dozen=[12,12]
      two dozen drones                         | two dozen=[24,24]
      half a dozen drones                      | half a dozen=[6,6]
      a hundred thousand people                | a hundred thousand=[100000,100000]
      THREE MILLION REFUGEES                   | THREE MILLION=[3000000,3000000]
      two three-year terms                     | two=[2,2]; three=[3,3]
      # the pronoun one
      no one was hurt                          | 
      someone fired at the one who ran         | 
      they blamed one another                  | 
      a one-sided truce                        | 
      # vague quantities
      with tens of people having been killed so far and hundreds of others displaced | ~tens of=[20,99]; ~hundreds of=[200,999]
      dozens of homes                          | ~dozens of=[24,99]
      scores of wounded                        | ~scores of=[40,99]
      settle scores with rivals                | 
      thousands of Alawites                    | ~thousands of=[2000,9999]
      tens of thousands of people              | ~tens of thousands of=[20000,99999]
      hundreds of thousands of people          | ~hundreds of thousands of=[200000,999999]
      millions of dollars                      | ~millions of=[2000000,9999999]
      Thousands fled                           | ~Thousands=[2000,9999]
      killed and wounded several people        | ~several=[3,9]
      a few days                               | ~a few=[2,5]
      a handful of fighters                    | ~a handful of=[2,5]
      a couple of tanks                        | ~a couple of=[2,3]
      several hundred protesters               | ~several hundred=[300,999]
      several thousand protesters              | ~several thousand=[3000,9999]
      a few hundred protesters                 | ~a few hundred=[200,500]
      # modifiers
      More than 400 people have so far been killed | ~More than 400=[401,*]
      more than 3 million Syrian refugees      | ~more than 3 million=[3000001,*]
      more than seven maps                     | ~more than seven=[8,*]
      more than a dozen drones                 | ~more than a dozen=[13,*]
      over 50 vehicles                         | ~over 50=[51,*]
      upwards of 1.5 million                   | ~upwards of 1.5 million=[1500001,*]
      more than 2.5 tonnes                     | ~more than 2.5=[2.5,*]
      at least 12 dead                         | ~at least 12=[12,*]
      no fewer than 30 dead                    | ~no fewer than 30=[30,*]
      at least several hundred                 | ~at least several hundred=[300,*]
      fewer than 20 dead                       | ~fewer than 20=[0,19]
      less than 1.5 million                    | ~less than 1.5 million=[0,1499999]
      less than 0.5 per cent                   | ~less than 0.5=[0,0.5]
      fewer than 0 objections                  | 0=[0,0]
      under 100 troops                         | ~under 100=[0,99]
      up to 5,000 troops                       | ~up to 5,000=[0,5000]
      as many as 50 people                     | ~as many as 50=[0,50]
      around 200 militia fighters              | ~around 200=[180,220]
      about 35 people                          | ~about 35=[31,39]
      approximately 1,000 people               | ~approximately 1,000=[900,1100]
      roughly 10 tanks                         | ~roughly 10=[9,11]
      an estimated 3 million                   | ~an estimated 3 million=[2700000,3300000]
      nearly 400 people                        | ~nearly 400=[360,400]
      almost 20 people                         | ~almost 20=[18,20]
      close to 1,000 people                    | ~close to 1,000=[900,1000]
      more than 2000 people                    | ~more than 2000=[2001,*]
      # ranges
      10 to 15 people                          | ~10 to 15=[10,15]
      10-15 people                             | ~10-15=[10,15]
      10–15 people                             | ~10–15=[10,15]
      between 5 and 10 people                  | ~between 5 and 10=[5,10]
      between five and ten people              | ~between five and ten=[5,10]
      two to three hundred people              | ~two to three hundred=[200,300]
      3 to 4 million                           | ~3 to 4 million=[3000000,4000000]
      one or two shells                        | ~one or two=[1,2]
      rose from 5 to 10                        | 5=[5,5]; 10=[10,10]
      won 3-1                                  | 
      # years and dates
      in December 2024                         | 
      by the end of 2025                       | 
      in 2025 and 2026                         | 
      the 2025-26 budget                       | 
      between 2020 and 2025                    | 
      Jan. 09, 2026                            | 
      the March 10 agreement                   | 
      on 9 January                             | 
      on March 10-12                           | 
      the 1990s                                | 
      issued 2026-01-09                        | 
      in nineteen ninety-six                   | 
      in nineteen seventy                      | 
      fifteen hundred troops                   | fifteen hundred=[1500,1500]
      # clock times
      from 03:00 after midnight                | 
      at 9 am local time                       | 
      from 3 p.m. (12 p.m. GMT)                | 
      the 9 o’clock deadline                   | 
      at nine o'clock                          | 
      at 1500 GMT                              | 
      # ordinals and identifiers
      for the third consecutive day            | 
      the second-largest city                  | 
      his 1st visit                            | 
      the G7 summit                            | 
      F-16 jets                                | 
      COVID-19 cases                           | 
      an A330 airliner                         | 
      UN Resolution 2254                       | 
      Article 5 of the treaty                  | 
      see page 3                               | 
      a 15km stretch                           | 
      # percentages
      Get 50% off                              | 50=[50,50]
      """)
  void findsNumbers(String text, String expected) {
    assertThat(render(find(text))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "Intro. About 200 fighters. Tail 7";
    int from = text.indexOf("About");
    List<NumberMention> found = STAGE.find(text, from, text.indexOf("Tail"));
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.start()).isEqualTo(from);
      assertThat(m.text()).isEqualTo("About 200");
    });
  }

  @Test
  void readsNothingOutsideTheStretch() {
    // "more than" lies before the stretch, "million" after it.
    String text = "more than 3 million";
    List<NumberMention> found = STAGE.find(text, 10, 11);
    assertThat(render(found)).isEqualTo("3=[3,3]");
  }

  @Test
  void exactValuesAreNotVague() {
    NumberMention m = find("40 billion").get(0);
    assertThat(m.vague()).isFalse();
    assertThat(m.min()).isEqualTo(m.max()).isEqualTo(new BigDecimal("40000000000"));
    assertThat(m.min().toString()).isEqualTo("40000000000");
  }

  @Test
  void matchingDoesNotDependOnTheTurkishLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      // Default-locale lower-casing would turn the I's into dotless ı and miss every word.
      assertThat(render(find("THIRTY MILLION IN AID, SIX HUNDRED KILLED, MILLIONS OF LIVES")))
          .isEqualTo("THIRTY MILLION=[30000000,30000000]; SIX HUNDRED=[600,600];"
              + " ~MILLIONS OF=[2000000,9999999]");
      assertThat(render(find("İki İstanbul, fIve"))).isEqualTo("fIve=[5,5]");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void stageScansOnlyAnalysedSpans() {
    String title = "Over 40 killed in clashes";
    String reading = "3 min read";
    String promo = "Get 50% off";
    String dateline = "BEIRUT 2 (Reuters) -";
    String body = "About 200 fighters entered 3 villages.";
    String text = String.join("\n", title, reading, promo, dateline, body);
    int t = 0;
    int r = text.indexOf(reading);
    int p = text.indexOf(promo);
    int d = text.indexOf(dateline);
    int b = text.indexOf(body);
    Structure structure = new Structure(List.of(
        StructureSpan.of(StructureType.TITLE, t, title.length()),
        StructureSpan.of(StructureType.BOILERPLATE, r, r + reading.length(), "reading time"),
        StructureSpan.of(StructureType.BOILERPLATE, p, p + promo.length(), "promotion"),
        StructureSpan.of(StructureType.DATELINE, d, d + dateline.length()),
        StructureSpan.of(StructureType.BODY, b, b + body.length())),
        null, null, null, null);
    Document doc = Document.of(Article.LAYER, Article.ofText("a1", text))
        .with(Structure.LAYER, structure);

    Numbers numbers = STAGE.process(doc);

    assertThat(render(numbers.mentions()))
        .isEqualTo("~Over 40=[41,*]; ~About 200=[180,220]; 3=[3,3]");
    assertThat(numbers.mentions()).allSatisfy(m ->
        assertThat(structure.typeAt(m.start()).isAnalysed()).isTrue());
  }

  @Test
  void survivesArbitraryMixturesOfItsOwnVocabulary() {
    String[] vocabulary = {"a", "one", "twenty", "-", "–", "six", "hundred", "and", "thousand",
        "million", "bn", "dozen", "half", "of", "tens", "hundreds", "thousands", "several", "few",
        "more", "than", "fewer", "at", "least", "between", "to", "or", "around", "nearly", "0",
        "3", "2025", "1.5", "3,000", "03:00", "am", "p.m.", "March", "No.", "G", "F-16", "%", ".",
        "’", "'s", "the", "from", "nineteen", "ninety", "up", "as", "many", "\n"};
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        sb.append(vocabulary[random.nextInt(vocabulary.length)]);
        sb.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      assertThat(find(text)).as(text).allSatisfy(m -> {
        assertThat(m.min() == null || m.min().signum() >= 0).as(text).isTrue();
        assertThat(m.min() == null || m.min().toString().indexOf('E') < 0).as(text).isTrue();
      });
    }
  }

  @Test
  void stageDeclaresItsLayers() {
    assertThat(STAGE.name()).isEqualTo("numbers");
    assertThat(STAGE.requires()).containsExactlyInAnyOrder(Article.LAYER, Structure.LAYER);
    assertThat(STAGE.produces()).isSameAs(Numbers.LAYER);
  }

  @Test
  void rejectsARangeOutsideTheText() {
    assertThatThrownBy(() -> STAGE.find("abc", 2, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2,9)");
  }
}
