package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Token;

class FiveW1HPredicateTest {
  /** Tokens from "word/TAG" pairs separated by single spaces, with offsets into that text. */
  static List<Token> tagged(String spec) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String pair : spec.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      out.add(new Token(offset, offset + word.length(), word, pair.substring(slash + 1), word,
          "O"));
      offset += word.length() + 1;
    }
    return out;
  }

  static String text(String spec) {
    return String.join(" ", tagged(spec).stream().map(Token::word).toList());
  }

  static String predicate(String spec, int max) {
    return FiveW1HPredicate.find(tagged(spec), max).map(s -> s.in(text(spec))).orElse(null);
  }

  @Test
  void runsFromTheFiniteVerbToBeforeASubordinateClause() {
    assertThat(predicate("Rebels/NNS seize/VBP airport/NN in/IN Kavala/NNP as/IN talks/NNS stall/VBP",
        8)).isEqualTo("seize airport in Kavala");
  }

  @Test
  void keepsAuxiliariesAndStopsAtPunctuation() {
    assertThat(predicate("The/DT ministry/NN has/VBZ come/VBN under/IN fire/NN ,/, officials/NNS "
        + "said/VBD", 8)).isEqualTo("has come under fire");
  }

  @Test
  void skipsAnOpeningParticipleForTheFiniteVerb() {
    assertThat(predicate("Speaking/VBG in/IN Ardena/NNP ,/, the/DT envoy/NN urged/VBD calm/NN",
        8)).isEqualTo("urged calm");
  }

  @Test
  void fallsBackToAnyVerbFormInHeadlines() {
    assertThat(predicate("Seven/CD killed/VBN in/IN Ardena/NNP blast/NN", 8))
        .isEqualTo("killed in Ardena blast");
  }

  @Test
  void finishesANameCutByTheLimitAndDropsDanglingWords() {
    assertThat(predicate("Envoy/NN meets/VBZ minister/NN at/IN the/DT Blue/NNP Palace/NNP "
        + "on/IN Monday/NNP", 5)).isEqualTo("meets minister at the Blue Palace");
    assertThat(predicate("Envoy/NN meets/VBZ minister/NN at/IN the/DT palace/NN", 3))
        .isEqualTo("meets minister");
  }

  @Test
  void stopsAtACoordinatingConjunction() {
    assertThat(predicate("Two/CD died/VBD and/CC dozens/NNS were/VBD hurt/VBN", 8))
        .isEqualTo("died");
  }

  @Test
  void findsNothingWithoutAVerbAfterTheFirstToken() {
    assertThat(predicate("Kavala/NNP airport/NN crisis/NN", 8)).isNull();
    assertThat(predicate("Explosions/NNS", 8)).isNull();
    assertThat(FiveW1HPredicate.find(List.of(), 8)).isEmpty();
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> FiveW1HPredicate.find(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokens");
  }
}
