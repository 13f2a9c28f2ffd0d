package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which unattributed reports of an attack are the article's attributed attack ({@link
 * AttackReports}), on events built by hand over an invented article with two attacks.
 */
class AttackReportsTest {
  private static final String TEXT = "Raiders stormed a depot in Dale on Monday. "
      + "Officials in Arnor met to discuss the harvest. "
      + "Markets reopened in the capital. "
      + "Rohan bombed a bridge in Esgaroth on Tuesday. "
      + "Twelve people were killed in Esgaroth. "
      + "Five guards died in the assault on the depot. "
      + "Two raiders were killed by guards. "
      + "Gondor was also shelled. "
      + "In 2013, 22 people were killed in a similar raid. "
      + "Villagers were attacked near the river. "
      + "Weather was mild.";

  private static final List<Integer> STARTS = sentenceStarts();

  private static List<Integer> sentenceStarts() {
    List<Integer> out = new ArrayList<>();
    out.add(0);
    for (int i = TEXT.indexOf(". "); i >= 0; i = TEXT.indexOf(". ", i + 1)) {
      out.add(i + 2);
    }
    return out;
  }

  private static int at(String s) {
    int i = TEXT.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException(s);
    }
    return i;
  }

  /** An event of the sentence starting with {@code sentence}, dated by the article. */
  private static Event event(String sentence, String trigger, String source, String sourceId,
      String target, String targetId, String code, String placeId, String date,
      DateBasis basis, List<Figure> figures) {
    int s = at(sentence);
    int e = TEXT.indexOf('.', s) + 1;
    int t = TEXT.indexOf(trigger, s);
    return new Event(code + t, s, e, trigger, t, t + trigger.length(), source, sourceId, target,
        targetId, code, code.substring(0, 2), 4, -9.0, null, null, null, null, date, "day",
        basis, placeId == null ? null : "place " + placeId, placeId, "asserted", null, figures);
  }

  private static Event event(String sentence, String trigger, String source, String target,
      String targetId, String code, String placeId, List<Figure> figures) {
    return event(sentence, trigger, source, null, target, targetId, code, placeId, "2026-03-02",
        DateBasis.ARTICLE, figures);
  }

  private static Figure killed(String text, int n) {
    int s = at(text);
    return new Figure(FigureKind.KILLED, text, s, s + text.length(), BigDecimal.valueOf(n),
        BigDecimal.valueOf(n), false);
  }

  private final Event raid = event("Raiders stormed", "stormed", "Raiders", "a depot", null,
      "192", "dale", List.of());
  private final Event bombing = event("Rohan bombed", "bombed", "Rohan", "a bridge", null, "195",
      "esgaroth", List.of());

  @Test
  void aTollAnywhereInTheArticleGoesOnTheAttackItCounts() {
    Event guards = event("Five guards", "died", null, "Five guards", null, "190", null,
        List.of(killed("Five", 5)));
    List<Event> out = AttackReports.fold(List.of(raid, guards), STARTS);
    assertThat(out).extracting(Event::id).containsExactly(raid.id());
    assertThat(out.get(0).figures()).containsExactly(killed("Five", 5));
    assertThat(out.get(0).mentions()).containsExactly(Mention.of(guards));
  }

  @Test
  void inAnArticleWithTwoAttacksEachTollGoesOnItsOwn() {
    Event twelve = event("Twelve people", "killed", null, "Twelve people", null, "190",
        "esgaroth", List.of(killed("Twelve", 12)));
    // "Five guards died in the assault on the depot": the assault, on the depot, with its dead
    Event guards = event("Five guards", "assault", null, "the depot", null, "190", null,
        List.of(killed("Five", 5)));
    List<Event> out = AttackReports.fold(List.of(raid, bombing, twelve, guards), STARTS);
    assertThat(out).extracting(Event::id).containsExactly(raid.id(), bombing.id());
    // the named place says which attack; with none, the target does ("the assault on the
    // depot"), though the bombing is nearer and already has a toll
    assertThat(out.get(1).figures()).containsExactly(killed("Twelve", 12));
    assertThat(out.get(0).figures()).containsExactly(killed("Five", 5));
  }

  @Test
  void aTollInAnotherPlaceStaysApartFromTheOnlyAttack() {
    Event twelve = event("Twelve people", "killed", null, "Twelve people", null, "190",
        "esgaroth", List.of(killed("Twelve", 12)));
    assertThat(AttackReports.fold(List.of(raid, twelve), STARTS)).containsExactly(raid, twelve);
  }

  @Test
  void theAttackersDeathsAreAnotherDeed() {
    Event raiders = event("Two raiders", "killed", null, "Two raiders", null, "193", null,
        List.of(killed("Two", 2)));
    assertThat(AttackReports.fold(List.of(raid, raiders), STARTS)).containsExactly(raid, raiders);
  }

  @Test
  void aVictimWhoseTitleSharesAWordWithTheAttackersIsNoAttacker() {
    Event guards = event("Raiders stormed", "stormed", "depot guards", "a depot", null, "192",
        "dale", List.of());
    Event official = event("Five guards", "died", null, "a guard official", null, "190", null,
        List.of(killed("Five", 5)));
    assertThat(AttackReports.fold(List.of(guards, official), STARTS))
        .extracting(Event::id).containsExactly(guards.id());
  }

  @Test
  void groundTakenWithNoTakerStaysItsOwnEvent() {
    Event taken = event("Villagers were", "attacked", null, "the river", null, "192", "dale",
        List.of());
    Event depot = event("Raiders stormed", "stormed", "Raiders", "a depot", null, "190", "dale",
        List.of());
    assertThat(AttackReports.fold(List.of(depot, taken), STARTS)).containsExactly(depot, taken);
  }

  @Test
  void anotherNamedTargetIsAnotherAttack() {
    Event dale = event("Raiders stormed", "stormed", "Raiders", "Dale", "e1", "192", null,
        List.of());
    Event gondor = event("Gondor was", "shelled", null, "Gondor", "e2", "195", null, List.of());
    assertThat(AttackReports.fold(List.of(dale, gondor), STARTS)).containsExactly(dale, gondor);
  }

  @Test
  void aBackgroundAttackWithItsOwnYearStaysApart() {
    Event old = event("In 2013", "killed", null, null, "22 people", null, "190", null, "2013",
        DateBasis.CLAUSE, List.of(killed("22", 22)));
    assertThat(AttackReports.fold(List.of(raid, old), STARTS)).containsExactly(raid, old);
  }

  @Test
  void aReportWithNoFigureFoldsOnlyNearbyOrWhenItSharesTheTarget() {
    Event villagers = event("Villagers were", "attacked", null, "Villagers", null, "190", null,
        List.of());
    Event depot = event("Five guards", "assault", null, "the depot", null, "190", null,
        List.of());
    List<Event> out = AttackReports.fold(List.of(raid, depot, villagers), STARTS);
    // "the assault on the depot" is the raid on a depot, five sentences later; the villagers,
    // far from any attack and naming another target, may be another incident
    assertThat(out).extracting(Event::id).containsExactly(raid.id(), villagers.id());
    assertThat(out.get(0).mentions()).containsExactly(Mention.of(depot));
  }

  @Test
  void aReportNoAttackerStatesStaysWhenNoAttackIsAttributed() {
    Event twelve = event("Twelve people", "killed", null, "Twelve people", null, "190",
        "esgaroth", List.of(killed("Twelve", 12)));
    Event taken = event("Markets reopened", "reopened", null, "the capital", null, "0874", null,
        List.of());
    assertThat(AttackReports.fold(List.of(taken, twelve), STARTS)).containsExactly(taken,
        twelve);
  }

  @Test
  void aDenialIsNoReportOfTheDeed() {
    Event denied = new Event("d", at("Five guards"), TEXT.indexOf('.', at("Five guards")) + 1,
        "died", at("died"), at("died") + 4, null, null, "Five guards", null, "190", "19", 4, -9.0,
        null, null, null, null, "2026-03-02", "day", DateBasis.ARTICLE, null, null, "denied",
        null, List.of(killed("Five", 5)));
    assertThat(AttackReports.fold(List.of(raid, denied), STARTS)).containsExactly(raid, denied);
  }

  @Test
  void anAttackNotYetMadeHasNoToll() {
    // "Raiders vowed to storm the depot": planned, so five guards who died are not its dead
    Event planned = new Event("p", raid.start(), raid.end(), "stormed", raid.triggerStart(),
        raid.triggerEnd(), "Raiders", null, "a depot", null, "192", "19", 4, -9.0, null, null,
        null, null, "2026-03-02", "day", DateBasis.ARTICLE, null, null, "planned", null,
        List.of());
    Event guards = event("Five guards", "died", null, "Five guards", null, "190", null,
        List.of(killed("Five", 5)));
    assertThat(AttackReports.fold(List.of(planned, guards), STARTS))
        .containsExactly(planned, guards);
  }

  @Test
  void aTollInTheBodyIsNotThatOfAnAttackToldAfterIt() {
    // "Twelve people were killed. … Rohan shelled Gondor.": the shelling is told later, so it is
    // likely a response, another deed
    Event twelve = event("Twelve people", "killed", null, "Twelve people", null, "190", null,
        List.of(killed("Twelve", 12)));
    Event shelling = event("Gondor was", "shelled", "Rohan", "Gondor", null, "195", null,
        List.of());
    assertThat(AttackReports.fold(List.of(twelve, shelling), STARTS))
        .containsExactly(twelve, shelling);
  }

  @Test
  void aTollInTheHeadlineGoesToTheFirstAttackAfterIt() {
    Event headline = event("Raiders stormed", "stormed", null, "a depot", null, "190", null,
        List.of(killed("Twelve", 12)));
    List<Event> out = AttackReports.fold(List.of(headline, bombing), STARTS);
    assertThat(out).extracting(Event::id).containsExactly(bombing.id());
    assertThat(out.get(0).figures()).containsExactly(killed("Twelve", 12));
  }
}
