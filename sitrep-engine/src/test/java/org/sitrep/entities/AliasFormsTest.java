package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSupport;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

/** Short and variant forms of names joined to the entity they name, on invented news text. */
class AliasFormsTest {
  private static List<Entity> entities(String text) {
    Article a = new Article("t", null, null, null, "2025-03-04", text, SourceFormat.TEXT, "test",
        List.of(), List.of());
    return TestSupport.sitrep().run(a).get(Entities.LAYER).entities();
  }

  private static Optional<Entity> named(List<Entity> es, String mention) {
    return es.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .findFirst();
  }

  private static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void aTitledSurnameIsAFormOfTheFullName() {
    List<Entity> es = entities("Ruritania's leader, Anselm Varga, met the envoy on Monday. "
        + "Mr. Varga said the border would reopen. Later, President Varga thanked the envoy.");
    Entity varga = named(es, "Anselm Varga").orElseThrow();
    assertThat(varga.name()).isEqualTo("Anselm Varga");
    assertThat(texts(varga)).contains("Mr. Varga", "President Varga");
    assertThat(es).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }

  @Test
  void aTitleBeforeAFullNameStaysARole() {
    List<Entity> es = entities("General Tomas Brenn said the troops would withdraw by Friday.");
    Entity brenn = named(es, "Tomas Brenn").orElseThrow();
    assertThat(brenn.roles()).contains("General");
  }

  @Test
  void aGivenNameAndASurnameUsedAloneStillMakeOneFullName() {
    List<Entity> es = entities("Pia Lund, Oskar Brandt and Jack Morrow all won on Tuesday. "
        + "\"I watched Oskar and Jack on the screens,\" Lund said. Morrow needed two hours.");
    assertThat(named(es, "Jack Morrow")).map(Entity::type).contains(EntityType.PERSON);
    assertThat(texts(named(es, "Jack Morrow").orElseThrow())).contains("Morrow");
  }

  @Test
  void aPluralAcronymInBracketsDefinesTheSingular() {
    List<Entity> es = entities("Soldiers arrested members of the National Security Bureau "
        + "(NSBs) at the ministry. Later they escorted the NSB staff to the barracks.");
    Entity bureau = named(es, "National Security Bureau").orElseThrow();
    assertThat(texts(bureau)).contains("NSB");
  }

  @Test
  void aVillageNameWithoutItsNounIsTheSameVillage() {
    String text = "The airstrike hit Tavoy Village on Tuesday. Most victims were from Tavoy.";
    List<Cand> cands = new java.util.ArrayList<>(List.of(
        new Cand(18, 31, EntityType.LOCATION, null, false),
        new Cand(text.lastIndexOf("Tavoy"), text.lastIndexOf("Tavoy") + 5, EntityType.LOCATION,
            null, false)));
    Grouping grouping = new Grouping(Lexicon.load(), org.sitrep.geo.Gazetteer.shared(),
        org.sitrep.actors.ActorDictionary.builtIn());
    List<Entity> es = grouping.group(text, cands).entities();
    assertThat(es).hasSize(1);
    assertThat(es.get(0).name()).isEqualTo("Tavoy Village");
    assertThat(texts(es.get(0))).containsExactly("Tavoy Village", "Tavoy");
  }

  @Test
  void aFamilyNameWrittenFirstRecursAlone() {
    List<Entity> es = entities("Kang Min-seo, the leader of the ruling party, urged calm on "
        + "Friday. Police had detained several lawmakers, including Kang, the party leader, "
        + "earlier in the week.");
    Entity kang = named(es, "Kang Min-seo").orElseThrow();
    assertThat(texts(kang)).contains("Kang");
  }
}
