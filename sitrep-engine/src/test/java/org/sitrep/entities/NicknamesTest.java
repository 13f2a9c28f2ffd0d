package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSupport;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Gazetteer;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

/**
 * Quoted nicknames and noms de guerre join the person they name, on invented news text. The rule
 * tests give the person mentions by hand (what the tagger would find) so that they test the rule,
 * not the tagger; the last ones run the whole stage.
 */
class NicknamesTest {
  private static final Lexicon LEXICON = Lexicon.load();

  /** Runs the nickname rule and grouping over the given person names, each at its first use. */
  private static List<Entity> group(String text, String... persons) {
    List<Cand> cands = new ArrayList<>();
    for (String p : persons) {
      int at = text.indexOf(p);
      cands.add(new Cand(at, at + p.length(), EntityType.PERSON, null, false));
    }
    new Nicknames(LEXICON).apply(text, cands);
    return new Grouping(LEXICON, Gazetteer.shared(), ActorDictionary.builtIn())
        .group(text, cands).entities();
  }

  private static Optional<Entity> named(List<Entity> es, String mention) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .findFirst();
  }

  private static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void aNicknameKnownAsJoinsThePersonWithLaterUses() {
    List<Entity> es = group("Tomas Veld, known as \"the Falcon\", led the raid on Monday. "
        + "\"The Falcon\" told reporters the town had fallen. The Falcon's fighters left.",
        "Tomas Veld");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("Tomas Veld");
    assertThat(texts(es.get(0))).containsExactly("Tomas Veld", "Falcon", "Falcon", "Falcon");
  }

  @Test
  void singleQuotesAndAnAdverbBeforeTheCue() {
    List<Entity> es = group("Ilan Rusk, also nicknamed 'Iron Ilan', commands the brigade. "
        + "Iron Ilan said on Friday that the brigade would hold.", "Ilan Rusk");
    assertThat(es).hasSize(1);
    assertThat(texts(es.get(0))).containsExactly("Ilan Rusk", "Iron Ilan", "Iron Ilan");
  }

  @Test
  void aQuotedNameBetweenDashesFollowedByToHerIsANickname() {
    List<Entity> es = group("Mara Orsk — \"Commander Mara\" to her fighters — spoke on Sunday.",
        "Mara Orsk");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("Mara Orsk");
    assertThat(texts(es.get(0))).contains("Commander Mara");
  }

  @Test
  void anAgeBetweenNameAndCueAndADubbedAfterAComma() {
    List<Entity> es = group("Dan Kessel, 52, dubbed \"the Surgeon\" by his men, was freed. "
        + "The Surgeon returned home.", "Dan Kessel");
    assertThat(es).hasSize(1);
    assertThat(texts(es.get(0))).containsExactly("Dan Kessel", "Surgeon", "Surgeon");
  }

  @Test
  void aDescribedPersonIsKnownByTheNicknameWithTheDescriptionAsRole() {
    List<Entity> es = group("The militia leader, nicknamed \"the Butcher of Kesta\", was held "
        + "on Friday. Prosecutors said the Butcher of Kesta ordered the killings.");
    assertThat(es).hasSize(1);
    assertThat(es.get(0).type()).isEqualTo(EntityType.PERSON);
    assertThat(es.get(0).name()).isEqualTo("Butcher of Kesta");
    assertThat(es.get(0).roles()).containsExactly("militia leader");
    assertThat(es.get(0).mentions()).hasSize(2);
  }

  @Test
  void aNicknameInsideTheNameMakesOneMentionAndRecursAlone() {
    String text = "Gang leader Jon \"the Wolf\" Brask denied the charges. Brask said the Wolf "
        + "had never been to Kesta.";
    List<Cand> cands = new ArrayList<>(List.of(
        new Cand(12, 15, EntityType.PERSON, null, false),
        new Cand(text.indexOf("Brask"), text.indexOf("Brask") + 5, EntityType.PERSON, null, false),
        new Cand(text.lastIndexOf("Brask"), text.lastIndexOf("Brask") + 5, EntityType.PERSON,
            null, false)));
    new Nicknames(LEXICON).apply(text, cands);
    List<Entity> es = new Grouping(LEXICON, Gazetteer.shared(), ActorDictionary.builtIn())
        .group(text, cands).entities();
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("Jon \"the Wolf\" Brask");
    assertThat(texts(es.get(0))).containsExactly("Jon \"the Wolf\" Brask", "Brask", "Wolf");
  }

  @Test
  void aNicknameWithTheIsNotTakenFromALongerNameOrWithoutThe() {
    List<Entity> es = group("Tomas Veld, known as \"the Falcon\", met envoys. The Falcon Brigade "
        + "denied it, and Falcon drones were seen.", "Tomas Veld");
    assertThat(texts(named(es, "Tomas Veld").orElseThrow())).containsExactly("Tomas Veld",
        "Falcon");
  }

  @Test
  void speechScareQuotesAndTitlesAreNoNicknames() {
    List<Entity> es = group("Tomas Veld said \"the Falcon flies\" on Monday. Officials offered "
        + "so-called \"Safe Zones\" near the border. Veld's memoir, \"The Long Night\", sold well. "
        + "The offensive, dubbed \"Iron Gate\", began. Veld called \"Dorvik Radio\" a liar.",
        "Tomas Veld");
    assertThat(es).hasSize(1);
    assertThat(texts(es.get(0))).containsExactly("Tomas Veld");
  }

  @Test
  void aBareNameAfterACueEndingAtPunctuationIsANicknameToo() {
    List<Entity> es = group("Kazim Doran Belak, better known as Hemzo, rejected the truce. "
        + "Hemzo's forces held the bridge, and Ilan Rusk, aka the Hammer of Dorvik, joined them. "
        + "The Hammer of Dorvik spoke later.", "Kazim Doran Belak", "Ilan Rusk");
    assertThat(es).hasSize(2);
    assertThat(texts(named(es, "Kazim Doran Belak").orElseThrow()))
        .containsExactly("Kazim Doran Belak", "Hemzo", "Hemzo");
    assertThat(texts(named(es, "Ilan Rusk").orElseThrow()))
        .containsExactly("Ilan Rusk", "Hammer of Dorvik", "Hammer of Dorvik");
  }

  @Test
  void aBareNameNeedsAPersonBeforeTheCueAndPunctuationAfterIt() {
    List<Entity> es = group("Tomas Veld, known as a hardliner, met the mayor of Dorvik, known as "
        + "Kesta, and Veld, dubbed Kesta's strongman, left. Veld called Moscow, aides said.",
        "Tomas Veld");
    assertThat(es).hasSize(1);
    assertThat(texts(es.get(0))).containsExactly("Tomas Veld");
  }

  // --- through the whole stage -------------------------------------------------------------------

  private static List<Entity> entities(String text) {
    Article a = new Article("t", null, null, null, "2025-03-04", text, SourceFormat.TEXT, "test",
        List.of(), List.of());
    return TestSupport.sitrep().run(a).get(Entities.LAYER).entities();
  }

  @Test
  void theStageGroupsANicknameWithThePerson() {
    List<Entity> es = entities("Rebel commander Tomas Veld, known as \"the Falcon\", led the "
        + "attack on Dorvik on Monday, officials said. \"The Falcon\" told reporters on Tuesday "
        + "that his fighters would stay.");
    Entity veld = named(es, "Tomas Veld").orElseThrow();
    assertThat(veld.name()).isEqualTo("Tomas Veld");
    assertThat(veld.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(veld)).contains("Falcon");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void theStageLeavesSpeechAlone() {
    List<Entity> es = entities("Tomas Veld said \"the Falcon flies at dawn\" before the attack "
        + "on Dorvik on Monday.");
    Entity veld = named(es, "Tomas Veld").orElseThrow();
    assertThat(texts(veld)).containsExactly("Tomas Veld");
  }
}
