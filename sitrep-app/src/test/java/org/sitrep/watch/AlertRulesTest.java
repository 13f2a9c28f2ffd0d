package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alert rules over invented events: pure functions, no store, no HTTP. */
class AlertRulesTest {

  /** An invented event; the builder methods below vary one thing at a time. */
  static WatchEvent event(String article, String story, String date, String code, String plover,
      String mode, String modality, String source, String target, List<String> place, int killed,
      int wounded) {
    return new WatchEvent(article, article + "-e", story, date == null ? null : LocalDate.parse(date),
        code, plover, mode, modality, source, null, target, null, place, killed, wounded, 0,
        source + " " + code + " " + target);
  }

  static WatchEvent attack(String article, String date, String source, String target) {
    return event(article, null, date, "190", "ASSAULT", null, "asserted", source, target,
        List.of(), 0, 0);
  }

  static WatchEvent ceasefire(String article, String date, String source, String target) {
    return event(article, null, date, "0871", "RETREAT", "ceasefire", "announced", source, target,
        List.of(), 0, 0);
  }

  static WatchEvent shelling(String modality, int killed, int wounded, String... place) {
    return event("a1", null, "2031-03-04", "194", "ASSAULT", "artillery", modality,
        "Tessan artillery", "Velmora", List.of(place), killed, wounded);
  }

  @Test
  void theRulesFileHasOneRuleALineWithComments() {
    AlertRules rules = AlertRules.parse("""
        # invented rules
        casualties > 10 in Velmora
        KILLED>5   # anywhere

        new actor in story
        ceasefire broken within 14 days
        ceasefire broken
        """);
    assertThat(rules.rules()).containsExactly(
        new CasualtiesAbove("casualties > 10 in Velmora", "casualties", 10, "Velmora"),
        new CasualtiesAbove("KILLED>5", "killed", 5, null),
        new NewActorInStory("new actor in story"),
        new CeasefireBroken("ceasefire broken within 14 days", 14),
        new CeasefireBroken("ceasefire broken", 30));
    assertThat(rules.needStories()).isTrue();
    assertThat(rules.needCeasefires()).isTrue();
  }

  @Test
  void aLineThatIsNoRuleIsNamedWithTheFormsAccepted() {
    assertThatThrownBy(() -> AlertRules.parse("killed > 5\ndeaths above ten\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: not a rule: 'deaths above ten'; expected")
        .hasMessageContaining("ceasefire broken [within N days]");
  }

  @Test
  void casualtiesAboveCountsKilledAndWoundedInThePlace() {
    AlertRules rules = AlertRules.parse("casualties > 10 in velmora\nkilled > 5 in XV\n");
    WatchEvent many = shelling("asserted", 6, 7, "Velmora", "Velmora Province", "XV");
    WatchEvent few = shelling("asserted", 3, 2, "Velmora");
    WatchEvent elsewhere = shelling("reported", 30, 0, "Tessa");
    List<Alert> alerts = rules.matches(List.of(many, few, elsewhere), List.of());
    assertThat(alerts).extracting(Alert::rule)
        .containsExactly("casualties > 10 in velmora", "killed > 5 in XV");
    assertThat(alerts.get(0).message()).startsWith("13 killed or wounded in Velmora (over 10): ");
    assertThat(alerts.get(1).message()).startsWith("6 killed in Velmora (over 5)");
  }

  @Test
  void twoEventsOfOneSentenceRaiseOneAlert() {
    AlertRules rules = AlertRules.parse("killed > 10\n");
    WatchEvent shelled = new WatchEvent("a1", "e1", null, null, "194", "ASSAULT", null, "asserted",
        null, null, "the market", null, List.of(), 14, 30, 0, "Artillery shelled the market,"
        + " killing 14.");
    WatchEvent killing = new WatchEvent("a1", "e2", null, null, "1823", "ASSAULT", null,
        "asserted", null, null, "people", null, List.of(), 14, 0, 0, shelled.sentence());
    WatchEvent elsewhere = new WatchEvent("a2", "e3", null, null, "194", "ASSAULT", null,
        "asserted", null, null, "the market", null, List.of(), 14, 0, 0, shelled.sentence());
    assertThat(rules.matches(List.of(shelled, killing, elsewhere), List.of()))
        .extracting(Alert::eventId).containsExactly("e1", "e3");
  }

  @Test
  void casualtiesOfEventsThatDidNotHappenRaiseNothing() {
    AlertRules rules = AlertRules.parse("casualties > 10\n");
    assertThat(rules.matches(List.of(shelling("denied", 40, 0, "Velmora"),
        shelling("threatened", 40, 0, "Velmora"), shelling("negated", 40, 0)), List.of())).isEmpty();
    // "casualties" figures stand for killed and wounded together.
    WatchEvent toll = new WatchEvent("a2", null, null, null, "190", "ASSAULT", null, "reported",
        "gunmen", null, "villagers", null, List.of(), 4, 0, 35, "35 casualties");
    assertThat(rules.matches(List.of(toll), List.of())).singleElement()
        .satisfies(a -> assertThat(a.message()).startsWith("35 killed or wounded (over 10)"));
  }

  @Test
  void aNewActorInAnExistingStoryRaisesOneAlert() {
    AlertRules rules = AlertRules.parse("new actor in story\n");
    WatchEvent earlier = event("old", "s-old", "2031-03-01", "190", "ASSAULT", null, "asserted",
        "Velmoran army", "Tessan militia", List.of(), 0, 0);
    WatchEvent again = event("new", "s-old", "2031-03-04", "190", "ASSAULT", null, "asserted",
        "VELMORAN ARMY", "Northern Front", List.of(), 0, 0);
    WatchEvent twice = event("new2", "s-old", "2031-03-04", "042", "CONSULT", null, "asserted",
        "Northern Front", null, List.of(), 0, 0);
    List<Alert> alerts = rules.matches(List.of(again, twice), List.of(earlier));
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.message()).startsWith("new actor in story s-old: Northern Front: ");
      assertThat(a.articleId()).isEqualTo("new");
    });
  }

  @Test
  void aStoryNewInThisCycleIntroducesItsActorsWithoutAlerts() {
    AlertRules rules = AlertRules.parse("new actor in story\n");
    WatchEvent first = event("n1", "s-n1", null, "190", "ASSAULT", null, "asserted", "Velmoran army",
        "Tessan militia", List.of(), 0, 0);
    WatchEvent secondArticle = event("n2", "s-n1", null, "042", "CONSULT", null, "asserted",
        "Harbour Guild", "Tessan militia", List.of(), 0, 0);
    WatchEvent noStory = event("n3", null, null, "042", "CONSULT", null, "asserted",
        "Someone New", null, List.of(), 0, 0);
    assertThat(rules.matches(List.of(first, secondArticle, noStory), List.of())).isEmpty();
    // Once the story is followed (it has history), the same newcomer is an alert.
    assertThat(rules.matches(List.of(secondArticle), List.of(first)))
        .extracting(Alert::articleId).containsExactly("n2");
  }

  @Test
  void anAttackBetweenTheCeasefiresPartiesAfterItBreaksIt() {
    AlertRules rules = AlertRules.parse("ceasefire broken within 10 days\n");
    WatchEvent truce = ceasefire("c1", "2031-03-01", "Velmora", "Tessa");
    List<Alert> alerts = rules.matches(List.of(
        attack("a1", "2031-03-04", "Tessa", "Velmora"),          // reversed roles still count
        attack("a2", "2031-03-04", "Velmora", "Harbour Guild"),  // not the other party
        attack("a3", "2031-02-27", "Velmora", "Tessa"),          // before the ceasefire
        attack("a4", "2031-03-20", "Velmora", "Tessa")),         // outside the window
        List.of(truce));
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.articleId()).isEqualTo("a1");
      assertThat(a.relatedArticleId()).isEqualTo("c1");
      assertThat(a.message()).startsWith("attack after the ceasefire between Velmora and Tessa: ");
    });
  }

  @Test
  void aOnePartyCeasefireIsBrokenByAnyAttackOfThatParty_andCodesNameParties() {
    AlertRules rules = AlertRules.parse("ceasefire broken\n");
    WatchEvent unilateral = ceasefire("c1", null, "Northern Front", null);
    WatchEvent byCode = new WatchEvent("c2", null, null, LocalDate.parse("2031-03-01"), "0871",
        "RETREAT", "ceasefire", "announced", "the government", "VELGOV", "the rebels", "VELREB",
        List.of(), 0, 0, 0, "");
    WatchEvent coded = new WatchEvent("a2", null, null, LocalDate.parse("2031-03-02"), "195",
        "ASSAULT", null, "asserted", "Velmoran jets", "VELGOV", "rebel positions", "VELREB",
        List.of(), 0, 0, 0, "");
    // A ceasefire and the attack that breaks it can arrive in the same cycle, in that order.
    List<Alert> alerts = rules.matches(List.of(unilateral,
        attack("a1", "2031-03-05", "northern front", "Velmora"), coded), List.of(byCode));
    assertThat(alerts).extracting(Alert::articleId).containsExactly("a1", "a2");
    assertThat(alerts).extracting(Alert::relatedArticleId).containsExactly("c1", "c2");
  }

  @Test
  void aDemandedCeasefireOrAThreatenedAttackIsNone() {
    AlertRules rules = AlertRules.parse("ceasefire broken\n");
    WatchEvent demanded = event("c1", null, "2031-03-01", "0871", "RETREAT", "ceasefire",
        "demanded", "Velmora", "Tessa", List.of(), 0, 0);
    WatchEvent threatened = event("a1", null, "2031-03-02", "190", "ASSAULT", null, "threatened",
        "Velmora", "Tessa", List.of(), 0, 0);
    assertThat(rules.matches(List.of(threatened, attack("a2", "2031-03-02", "Velmora", "Tessa")),
        List.of(demanded, ceasefire("c2", "2031-03-01", "Velmora", "Tessa"))))
        .extracting(Alert::articleId).containsExactly("a2");
  }

  @Test
  void theWebhookBodyIsOneJsonObject() {
    Alert a = new Alert("killed > 5", "6 killed in Velmora (over 5): x", "a1", "a1-e", null, "x");
    assertThat(Webhook.body(a)).isEqualTo("{\"rule\":\"killed > 5\",\"message\":\"6 killed in"
        + " Velmora (over 5): x\",\"article\":\"a1\",\"event\":\"a1-e\",\"related_article\":null,"
        + "\"sentence\":\"x\"}");
    assertThat(a.line()).isEqualTo("alert [killed > 5] 6 killed in Velmora (over 5): x (article a1)");
  }
}
