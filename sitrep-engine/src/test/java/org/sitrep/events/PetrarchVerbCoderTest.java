package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.EvalDataException;
import org.sitrep.events.EventEvaluator.Coded;
import org.sitrep.events.PetrarchVerbCoder.Code;

class PetrarchVerbCoderTest {
  @TempDir Path dir;

  /** Invented verbs and codes in the dictionary's format, not taken from any real dictionary. */
  private static final List<String> SNIPPET = List.of(
      "<!-- a header comment",
      "     over two lines -->",
      "&TIETYPES",
      "+MILITARY",
      "+TRADE",
      "",
      "--- DEPART  [032:033]  ---",
      "DEPART   # a comment",
      "+SET_OUT",
      "- * FOR_GOOD  [195]",
      "",
      "--- SEVER  [---] ---",
      "SEVER {SEVERED}",
      "- * &TIETYPES TIES  [161]",
      "- * TIES  [160]",
      "- REFUSED TO * [111]",
      "",
      "--- WRITE  [010] ---",
      "WRITE {WROTE WRITTEN}",
      "+JOT_DOWN [011]",
      "- * TO  [030]");

  private static PetrarchVerbCoder coder() {
    return PetrarchVerbCoder.parse(SNIPPET, "snippet");
  }

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void verbAloneTakesItsBlockCodeInAnyRegularOrListedForm() {
    PetrarchVerbCoder c = coder();
    assertThat(c.code("departed")).isEqualTo(new Code("032", "033"));
    assertThat(c.code("Departs")).isEqualTo(new Code("032", "033"));
    assertThat(c.code("wrote")).isEqualTo(new Code("010", null));
    assertThat(c.code("writing")).isEqualTo(new Code("010", null));
    assertThat(c.code("fled")).isNull();
  }

  @Test
  void uncodedVerbIsKnownButCodesNothing() {
    assertThat(coder().code("severed")).isEqualTo(new Code(null, null));
  }

  @Test
  void particleAndObjectPatternsOverrideTheVerb() {
    PetrarchVerbCoder c = coder();
    assertThat(c.code(words("Arnor wrote to Gondor"), 1)).isEqualTo(new Code("030", null));
    assertThat(c.code(words("Arnor severed ties with Gondor"), 1))
        .isEqualTo(new Code("160", null));
    // The synset pattern is longer, so it wins; words may lie between verb and object.
    assertThat(c.code(words("Arnor severed its trade ties"), 1)).isEqualTo(new Code("161", null));
    assertThat(c.code(words("Arnor refused to sever ties"), 3)).isEqualTo(new Code("111", null));
  }

  @Test
  void underscoreRequiresAdjacentWords() {
    PetrarchVerbCoder c = coder();
    assertThat(c.code(words("Arnor departed for good"), 1)).isEqualTo(new Code("195", null));
    assertThat(c.code(words("Arnor departed for Gondor good"), 1))
        .isEqualTo(new Code("032", "033"));
  }

  @Test
  void phrasalSynonymNeedsItsParticle() {
    PetrarchVerbCoder c = coder();
    assertThat(c.code(words("Arnor set out yesterday"), 1)).isEqualTo(new Code("032", "033"));
    assertThat(c.code(words("Arnor jot down notes"), 1)).isEqualTo(new Code("011", null));
    assertThat(c.code(words("Arnor set it"), 1)).isEqualTo(new Code("032", "033"));
  }

  @Test
  void dictionaryWithoutVerbsIsRejected() throws IOException {
    Path f = dir.resolve("empty.txt");
    Files.writeString(f, "<!-- nothing -->\n");
    assertThatThrownBy(() -> PetrarchVerbCoder.load(f)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("defines no verb");
    assertThatThrownBy(() -> PetrarchVerbCoder.load(dir.resolve("none.txt")))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("cannot read");
  }

  private static Event event(String sentence, String trigger, String source, String target) {
    int at = sentence.indexOf(trigger);
    return new Event("0123456789abcdef", 0, sentence.length(), trigger, at,
        at + trigger.length(), source, null, target, null, "010", "01", 1,
        0.0, null, null, null, null, null, "unknown", DateBasis.UNKNOWN, null, null, "asserted", null,
        List.of());
  }

  private PetrarchActorCoder actors() throws IOException {
    Path a = dir.resolve("actors.txt");
    Files.writeString(a, "ELDORIA_ [ELD]\nVALMONT_ [VAL]\n");
    Path g = dir.resolve("agents.txt");
    Files.writeString(g, "MINISTER [~GOV]\n");
    return PetrarchActorCoder.load(a, g);
  }

  @Test
  void eventIsRecodedFromTheDictionaryWithItsReverse() throws IOException {
    String s = "Eldoria departed for Valmont on Monday.";
    List<Coded> out = EventEvaluator.recode(s, event(s, "departed", "Eldoria", "Valmont"),
        actors(), coder());
    assertThat(out).containsExactly(new Coded("ELD", "VAL", "032"),
        new Coded("VAL", "ELD", "033"));
  }

  @Test
  void unknownTriggerKeepsSitrepsCodeAndUncodedVerbDropsTheEvent() throws IOException {
    String s = "Eldoria praised Valmont.";
    assertThat(EventEvaluator.recode(s, event(s, "praised", "Eldoria", "Valmont"), actors(),
        coder())).containsExactly(new Coded("ELD", "VAL", "010"));
    String t = "Eldoria severed the road to Valmont.";
    assertThat(EventEvaluator.recode(t, event(t, "severed", "Eldoria", "Valmont"), actors(),
        coder())).isEmpty();
  }

  @Test
  void missingActorsAreFoundInTheSentenceAroundTheTrigger() throws IOException {
    String s = "Eldoria's deputy minister Hald wrote to Valmont.";
    List<Coded> out = EventEvaluator.recode(s, event(s, "wrote", "Hald", null), actors(),
        coder());
    assertThat(out).containsExactly(new Coded("ELDGOV", "VAL", "030"));
  }
}
