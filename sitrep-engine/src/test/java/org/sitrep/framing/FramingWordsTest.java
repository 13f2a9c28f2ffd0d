package org.sitrep.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.reference.QuotedText;

/** The bundled word lists and the whole-word matching of the lexicon, without CoreNLP. */
class FramingWordsTest {
  private static final FramingWords WORDS = FramingWords.load();

  private static List<String> matches(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORDS.termPattern.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyCategoryHasTermsAndTheExamplesAreThere() {
    assertThat(EnumSet.copyOf(WORDS.terms.values())).containsExactlyInAnyOrder(
        LoadedCategory.values());
    assertThat(WORDS.terms).containsEntry("regime", LoadedCategory.DELEGITIMISING)
        .containsEntry("massacre", LoadedCategory.ATROCITY)
        .containsEntry("genocide", LoadedCategory.ATROCITY)
        .containsEntry("neutralised", LoadedCategory.SANITISING)
        .containsEntry("collateral damage", LoadedCategory.SANITISING)
        .containsEntry("terrorist", LoadedCategory.TERROR_LABEL)
        .containsEntry("occupation", LoadedCategory.INVASION_OCCUPATION);
    assertThat(WORDS.terms.keySet()).allMatch(t -> t.equals(FramingWords.normal(t)));
    assertThat(WORDS.bareNouns).contains("group").doesNotContain("militia");
    assertThat(WORDS.viewVerbs).contains("considers", "branded", "described");
  }

  @Test
  void wholeWordsCaseInsensitiveLongestFirst() {
    assertThat(matches("Terrorists and war crimes, a terrorism case")).containsExactly(
        "Terrorists", "war crimes", "terrorism");
    assertThat(matches("pro-regime fighters; counter-terrorism")).containsExactly("regime",
        "terrorism");
    assertThat(matches("the regimental band, a massacred village")).containsExactly("massacred");
    assertThat(matches("acts of\nethnic   cleansing")).containsExactly("ethnic   cleansing");
    assertThat(FramingWords.normal("Ethnic \n Cleansing")).isEqualTo("ethnic cleansing");
  }

  @Test
  void anUnknownCategoryIsAClearError() {
    assertThatThrownBy(() -> LoadedCategory.parse("BIAS"))
        .hasMessageContaining("unknown loaded-term category: BIAS");
  }

  @Test
  void theLexiconCanBeReplaced() {
    FramingWords w = new FramingWords(Map.of("dastardly", LoadedCategory.DELEGITIMISING),
        Set.of(), Set.of());
    assertThat(w.termPattern.matcher("a Dastardly act").find()).isTrue();
  }

  @Test
  void quotationMarksPairPerParagraphAndSingleMarksAreApostrophes() {
    String text = "He called it “a massacre” and the group's 'so-called' aid \"lies\n"
        + "Next paragraph.";
    int firstEnd = text.indexOf('\n');
    boolean[] inside = QuotedText.characters(text, List.of(
        StructureSpan.of(StructureType.BODY, 0, firstEnd),
        StructureSpan.of(StructureType.BODY, firstEnd + 1, text.length())));
    assertThat(inside[text.indexOf("massacre")]).isTrue();
    assertThat(inside[text.indexOf("and")]).isFalse();
    assertThat(inside[text.indexOf("so-called")]).isFalse();
    assertThat(inside[text.indexOf("lies")]).as("open at the paragraph end").isTrue();
    assertThat(inside[text.indexOf("Next")]).isFalse();
  }
}
