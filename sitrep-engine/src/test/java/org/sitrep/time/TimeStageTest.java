package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.nlp.Token;
import org.sitrep.time.TimeStage.Tense;

class TimeStageTest {
  // 2026-01-09 is a Friday.
  private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 9);

  // ---- anchor ----

  /** {@code anchor} for a clause that does not look ahead, against {@link #FRIDAY}. */
  private static String past(String value, String surface) {
    return TimeStage.anchor(value, surface, TimeStage.Direction.PAST, FRIDAY);
  }

  @Test
  void aWeekdayAfterTheReferenceMovesBackAWeek() {
    assertThat(past("2026-01-11", "Sunday")).isEqualTo("2026-01-04");
    assertThat(past("2026-01-10", "on Saturday"))
        .isEqualTo("2026-01-03");
  }

  @Test
  void aWeekdayInAFutureClauseStays() {
    assertThat(TimeStage.anchor("2026-01-11", "Sunday", TimeStage.Direction.FUTURE, FRIDAY)).isEqualTo("2026-01-11");
  }

  @Test
  void aWeekdayOnOrBeforeTheReferenceStays() {
    assertThat(past("2026-01-06", "Tuesday")).isEqualTo("2026-01-06");
    assertThat(past("2026-01-09", "Friday")).isEqualTo("2026-01-09");
  }

  @Test
  void weekdayMatchingIgnoresCaseWhateverTheDefaultLocale() {
    // Under tr_TR a default-locale lower-casing would turn "FRIDAY" into "frıday".
    LocalDate wednesday = LocalDate.of(2026, 1, 7);
    assertThat(TimeStage.anchor("2026-01-09", "FRIDAY", TimeStage.Direction.PAST, wednesday))
        .isEqualTo("2026-01-02");
  }

  @Test
  void nextOrComingWeekdayNeverMoves() {
    assertThat(past("2026-01-16", "next Friday"))
        .isEqualTo("2026-01-16");
    assertThat(past("2026-01-11", "this coming Sunday"))
        .isEqualTo("2026-01-11");
  }

  @ParameterizedTest
  @CsvSource({
      "March 10, 2026-03-10, 2025-03-10",
      "10 March, 2026-03-10, 2025-03-10",
      "Feb. 10, 2026-02-10, 2025-02-10",
      "Feb. 9, 2026-02-09, 2026-02-09",
      "Jan. 17, 2026-01-17, 2026-01-17",
      "January 14, 2026-01-14, 2026-01-14",
      "January 2, 2026-01-02, 2026-01-02"})
  void aMonthDayMoreThanAMonthAheadOfAPastClauseMovesBackAYear(String surface, String value, String expected) {
    assertThat(TimeStage.anchor(value, surface, TimeStage.Direction.PAST, FRIDAY)).isEqualTo(expected);
  }

  @Test
  void aMonthDayInAFutureClauseStays() {
    assertThat(TimeStage.anchor("2026-03-10", "March 10", TimeStage.Direction.FUTURE, FRIDAY))
        .isEqualTo("2026-03-10");
  }

  @Test
  void explicitYearsNeverMove() {
    assertThat(past("2026-03-10", "March 10, 2026"))
        .isEqualTo("2026-03-10");
    assertThat(past("2026-03-10", "10 March '26"))
        .isEqualTo("2026-03-10");
    assertThat(past("2026-01-11", "Sunday, January 11, 2026"))
        .isEqualTo("2026-01-11");
  }

  @Test
  void timeValuesKeepTheirTimePart() {
    assertThat(past("2026-01-11T03:00", "03:00 on Sunday"))
        .isEqualTo("2026-01-04T03:00");
    assertThat(past("2026-03-10T14:30", "2:30 p.m. on March 10"))
        .isEqualTo("2025-03-10T14:30");
  }

  @Test
  void valuesThatAreNotCalendarDatesAndAMissingReferenceAreLeftAlone() {
    assertThat(past("XXXX-WXX-7", "Sunday")).isEqualTo("XXXX-WXX-7");
    assertThat(past("2026-W03", "next week")).isEqualTo("2026-W03");
    assertThat(past("P3D", "three days")).isEqualTo("P3D");
    assertThat(past("PAST_REF", "recently")).isEqualTo("PAST_REF");
    assertThat(past("", "Sunday")).isEmpty();
    assertThat(TimeStage.anchor("2026-01-11", "Sunday", TimeStage.Direction.PAST, null)).isEqualTo("2026-01-11");
    assertThat(past("2026-02-30", "February 30"))
        .isEqualTo("2026-02-30");
  }

  // ---- valid ----

  @Test
  void validPicksTheLastValueShapedPartOfACompositeExpression() {
    assertThat(TimeStage.valid("THIS P1D INTERSECT XXXX-WXX-3")).isEqualTo("XXXX-WXX-3");
    assertThat(TimeStage.valid("OFFSET P1D")).isEqualTo("P1D");
    assertThat(TimeStage.valid("2026-01-09T03:00")).isEqualTo("2026-01-09T03:00");
    assertThat(TimeStage.valid("PRESENT_REF")).isEqualTo("PRESENT_REF");
    assertThat(TimeStage.valid(null)).isEmpty();
  }

  @Test
  void validRejectsOperatorWords() {
    assertThat(TimeStage.valid("THIS NEXT IMMEDIATE")).isEmpty();
  }

  // ---- tense ----

  /**
   * Tokens from "word/POS" or "word/POS/lemma" items separated by spaces; offsets as if the words
   * were joined by single spaces.
   */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      String lemma = p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT);
      out.add(new Token(at, at + p[0].length(), p[0], p[1], lemma, "O"));
      at += p[0].length() + 1;
    }
    return out;
  }

  /** The tense at the first token whose word is {@code word}. */
  private static Tense tenseAt(String tagged, String word) {
    List<Token> tk = tokens(tagged);
    int offset = tk.stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().start();
    return TimeStage.tense(tk, offset);
  }

  @Test
  void simplePastIsPast() {
    assertThat(tenseAt("Envoys/NNS met/VBD/meet on/IN Sunday/NNP ./.", "Sunday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void pastPerfectIsPast() {
    assertThat(tenseAt("Envoys/NNS had/VBD/have met/VBN/meet on/IN Sunday/NNP", "Sunday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void willIsFuture() {
    assertThat(tenseAt("Envoys/NNS will/MD meet/VB on/IN Saturday/NNP ./.", "Saturday"))
        .isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("Envoys/NNS will/MD not/RB meet/VB on/IN Saturday/NNP", "Saturday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void goingToIsFuture() {
    assertThat(tenseAt("They/PRP are/VBP going/VBG/go to/TO meet/VB on/IN Friday/NNP", "Friday"))
        .isEqualTo(Tense.FUTURE);
  }

  @Test
  void otherModalsAreUnknown() {
    assertThat(tenseAt("They/PRP could/MD meet/VB on/IN Friday/NNP", "Friday"))
        .isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void scheduledIsFuture() {
    assertThat(tenseAt("The/DT vote/NN is/VBZ/be scheduled/VBN/schedule for/IN Monday/NNP ./.",
        "Monday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void anInfinitiveOfAPlanIsFuture() {
    assertThat(tenseAt("The/DT sale/NN is/VBZ/be scheduled/VBN/schedule to/TO close/VB Monday/NNP",
        "Monday")).isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("Shares/NNS are/VBP/be to/TO resume/VB trading/NN in/IN Osterby/NNP"
        + " Tuesday/NNP", "Tuesday")).isEqualTo(Tense.UNKNOWN);
    assertThat(tenseAt("Talks/NNS are/VBP/be to/TO resume/VB Tuesday/NNP", "Tuesday"))
        .isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("They/PRP were/VBD/be planning/VBG/plan to/TO march/VB Monday/NNP",
        "Monday")).isEqualTo(Tense.FUTURE);
    // A plan that had been is told as past, not as a plan.
    assertThat(tenseAt("The/DT offer/NN had/VBD/have been/VBN/be due/JJ to/TO expire/VB"
        + " Friday/NNP", "Friday")).isNotEqualTo(Tense.FUTURE);
  }

  @Test
  void aProperNameDoesNotOwnTheDate() {
    assertThat(tenseAt("The/DT envoy/NN will/MD travel/VB to/TO Valdoria/NNP Thursday/NNP",
        "Thursday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void deadlinesLookAheadOrToTheNearerDay() {
    assertThat(TimeStage.deadline("could leave as soon as ", "Tuesday", TimeStage.Direction.PAST))
        .isEqualTo(TimeStage.Direction.FUTURE);
    assertThat(TimeStage.deadline("postponed the ruling until ", "Tuesday morning",
        TimeStage.Direction.PAST)).isEqualTo(TimeStage.Direction.NEAREST);
    assertThat(TimeStage.deadline("the ruling came on ", "Tuesday", TimeStage.Direction.PAST))
        .isEqualTo(TimeStage.Direction.PAST);
    // "operated until October" in a past clause is the October gone.
    assertThat(TimeStage.deadline("the office operated until ", "October",
        TimeStage.Direction.PAST)).isEqualTo(TimeStage.Direction.PAST);
  }

  @Test
  void aNounBetweenVerbAndDateDoesNotDecide() {
    // "meeting" is a noun here; the nearest verb, "follow", is present tense.
    assertThat(tenseAt("The/DT talks/NNS follow/VBP a/DT meeting/NN on/IN Sunday/NNP ./.",
        "Sunday")).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void theNearestVerbGroupDecidesNotOneLaterInTheSentence() {
    String s = "Ministers/NNS met/VBD/meet on/IN Sunday/NNP and/CC will/MD meet/VB again/RB"
        + " on/IN Thursday/NNP";
    assertThat(tenseAt(s, "Sunday")).isEqualTo(Tense.PAST);
    assertThat(tenseAt(s, "Thursday")).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aFrontedDateTakesTheTenseOfTheClauseItIntroduces() {
    assertThat(tenseAt("On/IN Sunday/NNP ,/, troops/NNS advanced/VBD", "Sunday"))
        .isEqualTo(Tense.PAST);
    assertThat(tenseAt("In/IN March/NNP ,/, the/DT council/NN will/MD vote/VB", "March"))
        .isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("On/IN Sunday/NNP", "Sunday")).isEqualTo(Tense.UNKNOWN);
    assertThat(TimeStage.tense(List.of(), 0)).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void anObjectPronounDoesNotOwnTheDate() {
    assertThat(tenseAt("They/PRP would/MD return/VB to/TO it/PRP on/IN Wednesday/NNP",
        "Wednesday")).isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("They/PRP will/MD return/VB to/TO it/PRP on/IN Wednesday/NNP",
        "Wednesday")).isEqualTo(Tense.FUTURE);
    assertThat(tenseAt("Officials/NNS told/VBD him/PRP on/IN Monday/NNP", "Monday"))
        .isEqualTo(Tense.PAST);
  }

  @Test
  void perfectOfAFutureVerbIsFuture() {
    assertThat(tenseAt("The/DT vote/NN has/VBZ/have been/VBN/be scheduled/VBN/schedule for/IN"
        + " Monday/NNP", "Monday")).isEqualTo(Tense.FUTURE);
  }
}
