package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;

/** The canonical actor registry, on invented names. */
class ActorRegistryTest {
  @TempDir Path dir;
  private ArticleStore store;

  @BeforeEach
  void open() {
    store = ArticleStore.openEmbedded(dir.resolve("data"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void keysIgnoreCaseDiacriticsApostrophesHyphensAndArticles() {
    assertThat(ActorNames.key("al-Tamimi")).isEqualTo("tamimi");
    assertThat(ActorNames.key("Al Tamimi")).isEqualTo("tamimi");
    assertThat(ActorNames.key("El-Tamimi")).isEqualTo("tamimi");
    assertThat(ActorNames.key("ash-Shuwayr")).isEqualTo("shuwayr");
    assertThat(ActorNames.key("The Ba\u2019ath Front")).isEqualTo("baath front");
    assertThat(ActorNames.key("Q\u00E2ra-Q\u00F6sh")).isEqualTo("qara qosh");
    assertThat(ActorNames.key("U.S.")).isEqualTo("us");
    assertThat(ActorNames.key("\u0130zmirli")).isEqualTo("izmirli");
    // A word that merely starts like the article is kept.
    assertThat(ActorNames.key("Alamar")).isEqualTo("alamar");
    assertThat(ActorNames.key("Al")).isEqualTo("al");
    assertThat(ActorNames.key("\u2014")).isEmpty();
  }

  @Test
  void spellingVariantsNeedSevenLettersTheSameFirstLetterAndDistanceTwo() {
    assertThat(ActorNames.variants("ashrafiyeh", "ashrafieh")).isTrue();
    assertThat(ActorNames.variants("ashrafiyeh", "eshrafiyeh")).isFalse();
    assertThat(ActorNames.variants("ashrafiyeh", "ashrafiyyahh")).isFalse();
    assertThat(ActorNames.variants("korvan", "korvin")).isFalse();
    assertThat(ActorNames.personVariants("mohammed qarani", "mohamad qarani")).isTrue();
    assertThat(ActorNames.personVariants("rami qarani", "rima qarani")).isFalse();
    assertThat(ActorNames.personVariants("rami qarani", "qarani")).isFalse();
  }

  @Test
  void mergesAcronymsAliasesAndSpellingVariantsAcrossArticles() {
    store.save(article("a1",
        entity("e1", EntityType.ORGANIZATION, "Northern Valley Brigades", "NVB"),
        entity("e2", EntityType.LOCATION, "Zarqaniyeh"),
        entity("e3", EntityType.PERSON, "Omar al-Tamimi", "Tamimi")));
    store.save(article("a2",
        entity("e1", EntityType.ORGANIZATION, "N.V.B."),
        entity("e2", EntityType.LOCATION, "Zarqanieh"),
        entity("e3", EntityType.PERSON, "Omar Tamimi")));

    RegistryActor brigades = store.actor("NVB").orElseThrow();
    assertThat(brigades.canonicalName()).isEqualTo("Northern Valley Brigades");
    assertThat(brigades.aliases()).containsExactly("NVB", "Northern Valley Brigades");
    assertThat(brigades.articleCount()).isEqualTo(2);
    assertThat(brigades.kind()).isEqualTo(ActorKind.ARMED_NONSTATE);
    assertThat(brigades.cameoCode()).isEqualTo("XYZREB");
    assertThat(brigades.country()).isEqualTo("SYR");
    RegistryActor town = store.actor("zarqanieh").orElseThrow();
    assertThat(town.canonicalName()).isEqualTo("Zarqaniyeh");
    assertThat(town.articleCount()).isEqualTo(2);
    assertThat(town.country()).isEqualTo("SYR");
    assertThat(store.actor("Omar Tamimi")).contains(store.actor("Omar al-Tamimi").orElseThrow());
    assertThat(store.registry(100)).hasSize(3)
        .allSatisfy(a -> assertThat(a.articleCount()).isEqualTo(2));
  }

  @Test
  void aPlaceSpelledAlikeInAnotherCountryIsAnotherPlace() {
    store.save(article("a1", entity("e1", EntityType.LOCATION, "Zarqaniyeh")));
    store.save(article("a2", List.of(entity("e1", EntityType.LOCATION, "Zarqanieh")),
        List.of(place("e1", "Zarqanieh", "LB"))));
    // No known country: no spelling merge either.
    store.save(article("a3", List.of(entity("e1", EntityType.LOCATION, "Zarqaniye")),
        List.of(place("e1", "Zarqaniye", null))));

    assertThat(store.registry(10)).extracting(RegistryActor::canonicalName)
        .containsExactlyInAnyOrder("Zarqaniyeh", "Zarqanieh", "Zarqaniye");
    assertThat(store.actor("Zarqanieh").orElseThrow().country()).isEqualTo("LBN");
  }

  @Test
  void anArticleThatTiesTwoKnownActorsMergesThem() {
    store.save(article("a1", entity("e1", EntityType.ORGANIZATION, "Coastal Defence Units")));
    store.save(article("a2", entity("e1", EntityType.ORGANIZATION, "CDU")));
    assertThat(store.registry(10)).hasSize(2);

    store.save(article("a3", entity("e1", EntityType.ORGANIZATION, "Coastal Defence Units",
        "CDU")));

    assertThat(store.registry(10)).singleElement().satisfies(a -> {
      assertThat(a.canonicalName()).isEqualTo("Coastal Defence Units");
      assertThat(a.aliases()).containsExactly("CDU", "Coastal Defence Units");
      assertThat(a.articleCount()).isEqualTo(3);
    });
  }

  @Test
  void differentPeopleSharingASurnameStayApart() {
    store.save(article("a1", entity("e1", EntityType.PERSON, "Lina Qarani", "Qarani")));
    store.save(article("a2", entity("e1", EntityType.PERSON, "Sami Qarani", "Qarani")));
    store.save(article("a3", entity("e1", EntityType.PERSON, "Rima Qarani")));
    store.save(article("a4", entity("e1", EntityType.PERSON, "Rami Qarani")));

    assertThat(store.registry(10)).extracting(RegistryActor::canonicalName)
        .containsExactlyInAnyOrder("Lina Qarani", "Sami Qarani", "Rima Qarani", "Rami Qarani");
    assertThat(store.actor("Qarani")).isEmpty();
    // The same name of another type is another actor.
    store.save(article("a5", entity("e1", EntityType.LOCATION, "Lina Qarani")));
    assertThat(store.registry(10)).hasSize(5);
  }

  @Test
  void registryOrdersByArticleCountOfLatestVersions() {
    store.save(article("a1", entity("e1", EntityType.ORGANIZATION, "Western Relief Council")));
    store.save(article("a2", entity("e1", EntityType.ORGANIZATION, "Western Relief Council"),
        entity("e2", EntityType.ORGANIZATION, "Eastern Relief Council")));
    store.save(article("a3", entity("e1", EntityType.ORGANIZATION, "Western Relief Council")));

    assertThat(store.registry(10)).extracting(RegistryActor::canonicalName,
        RegistryActor::articleCount).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Western Relief Council", 3L),
            org.assertj.core.groups.Tuple.tuple("Eastern Relief Council", 1L));
    assertThat(store.registry(1)).hasSize(1);
    assertThatThrownBy(() -> store.registry(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> store.actor(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.actor("---")).isEmpty();
  }

  @Test
  void concurrentSavesCreateOneRegistryActor() throws Exception {
    int threads = 4;
    int perThread = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          // Every thread names the same group and town in its own spelling.
          store.save(article("t" + thread + "-" + i,
              entity("e1", EntityType.ORGANIZATION, thread % 2 == 0
                  ? "Southern Hills Front" : "the Southern Hills Front"),
              entity("e2", EntityType.LOCATION, thread % 2 == 0 ? "Zarqaniyeh" : "Zarqanieh")));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(store.registry(10)).extracting(RegistryActor::articleCount)
        .containsExactly((long) threads * perThread, (long) threads * perThread);
  }

  private static Entity entity(String id, EntityType type, String name, String... otherForms) {
    List<Mention> mentions = new ArrayList<>();
    mentions.add(new Mention(0, name.length(), name));
    for (String form : otherForms) {
      mentions.add(new Mention(0, form.length(), form));
    }
    return new Entity(id, name, type, null, List.of(), mentions);
  }

  private static PlaceOut place(String entityId, String name, String country) {
    return new PlaceOut(entityId, name, "CITY", name, country, null, 35.0, 36.0, "gazetteer");
  }

  /** An article whose places lie in Syria and whose organisations are armed groups. */
  private static AnalyzedArticle article(String id, Entity... entities) {
    List<PlaceOut> places = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION) {
        places.add(place(e.id(), e.name(), "SY"));
      }
    }
    return article(id, List.of(entities), places);
  }

  private static AnalyzedArticle article(String id, List<Entity> entities, List<PlaceOut> places) {
    List<ActorRef> actors = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.ORGANIZATION) {
        actors.add(new ActorRef(e.id(), e.name(), ActorKind.ARMED_NONSTATE, "SYR", "XYZREB",
            "entity subtype: ARMED_GROUP"));
      }
    }
    String text = "Invented article " + id;
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, TestArticles.ANALYSIS,
        null, null, "text", null, new PublishedDate(null, false, null), null, text, List.of(),
        entities, List.of(), List.of(), List.of(), actors, List.of(), places, List.of(),
        List.of(), List.of());
  }
}
