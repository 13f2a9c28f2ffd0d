package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.events.DateBasis;
import org.sitrep.store.StoreBackend.TestDatabase;

/** The canonical actor registry, on invented names, on the embedded H2 and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class ActorRegistryTest {
  @Parameter StoreBackend backend;
  @TempDir Path dir;
  private TestDatabase db;
  private ArticleStore store;

  @BeforeEach
  void open() {
    db = backend.create(dir);
    store = db.open();
  }

  @AfterEach
  void close() {
    store.close();
    db.close();
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
  void anActorsEventsFollowItWhenAnArticleMergesItIntoAnother() {
    store.save(withEvent(article("a1", entity("e1", EntityType.ORGANIZATION,
        "Coastal Defence Units")), "e1", null));
    store.save(withEvent(article("a2", entity("e1", EntityType.ORGANIZATION, "CDU")), "e1",
        null));
    // one event between two actors that a later article shows to be one
    store.save(withEvent(article("a3", entity("e1", EntityType.ORGANIZATION, "Harbor Guard"
        + " Corps"), entity("e2", EntityType.ORGANIZATION, "HGC")), "e1", "e2"));
    assertThat(actorEvents("CDU")).containsExactly("a2");
    assertThat(actorEvents("HGC")).containsExactly("a3");

    store.save(article("a4", entity("e1", EntityType.ORGANIZATION, "Coastal Defence Units",
        "CDU"), entity("e2", EntityType.ORGANIZATION, "Harbor Guard Corps", "HGC")));

    assertThat(actorEvents("CDU")).containsExactly("a1", "a2");
    assertThat(actorEvents("Coastal Defence Units")).containsExactly("a1", "a2");
    // listed once, though its source and its target are both the merged actor
    assertThat(actorEvents("HGC")).containsExactly("a3");
    assertThat(actorEvents("Harbor Guard Corps")).containsExactly("a3");
  }

  /** The articles of the events listed for a registry name (their own names never match it). */
  private List<String> actorEvents(String name) {
    return store.events(new EventFilter(name, null, null, null, null, null, null), null, 10)
        .stream().map(StoredItem::articleId).toList();
  }

  /** The article with one event from entity {@code sourceId} to {@code targetId} (or none). */
  private static AnalyzedArticle withEvent(AnalyzedArticle a, String sourceId, String targetId) {
    EventOut e = new EventOut(0, 8, a.text(), "attacked", "the unit", sourceId, null,
        targetId == null ? null : "the other unit", targetId, null, "190", "19", 4, -10.0,
        "ASSAULT", null, null, null, null, null, DateBasis.UNKNOWN, null, "asserted", null,
        List.of(), null, 0, 8);
    return new AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(), a.analysisVersion(),
        a.source(), a.url(), a.format(), a.title(), a.published(), a.dateline(), a.text(),
        a.structure(), a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(),
        a.affiliations(), a.places(), a.quotes(), a.claims(), List.of(e));
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

  @Test
  void genericInstitutionNamesAreKnownOnlyByTheirCountry() {
    assertThat(ActorNames.generic("ministry of defense")).isTrue();
    assertThat(ActorNames.generic("foreign ministry")).isTrue();
    assertThat(ActorNames.generic("security forces")).isTrue();
    assertThat(ActorNames.generic("syrian defense ministry")).isFalse();
    assertThat(ActorNames.generic("northern valley brigades")).isFalse();
    assertThat(ActorNames.generic("foreign affairs")).as("no head").isFalse();

    store.save(institutions("a1", "SYR", org("e1", "Ministry of Defense")));
    store.save(institutions("a2", "TUR", org("e1", "Ministry of Defense")));
    store.save(institutions("a3", "SYR", org("e1", "Syrian Defense Ministry", "the defense ministry"),
        org("e2", "Ministry of Defence")));
    store.save(institutions("a4", "SYR", org("e1", "Defense Ministry")));
    store.save(institutions("a5", "TUR", org("e1", "Defense Ministry")));

    List<RegistryActor> all = store.registry(100);
    assertThat(all).extracting(RegistryActor::canonicalName, RegistryActor::country,
        RegistryActor::articleCount).containsExactlyInAnyOrder(
            // "Ministry of Defense" has "Ministry of Defence" of a3 as a spelling variant.
            org.assertj.core.groups.Tuple.tuple("Ministry of Defence", "SYR", 2L),
            org.assertj.core.groups.Tuple.tuple("Ministry of Defense", "TUR", 1L),
            // "the defense ministry" of a3 ties a4's "Defense Ministry" to the Syrian one.
            org.assertj.core.groups.Tuple.tuple("Syrian Defense Ministry", "SYR", 2L),
            org.assertj.core.groups.Tuple.tuple("Defense Ministry", "TUR", 1L));
    assertThat(store.actor("Syrian Defense Ministry").orElseThrow().aliases())
        .containsExactlyInAnyOrder("Syrian Defense Ministry", "the defense ministry");
    assertThat(store.actor("ministry of defence").orElseThrow().country()).isEqualTo("SYR");
  }

  @Test
  void aGenericNameOfUnknownCountryStaysWithItsArticle() {
    store.save(institutions("a1", "SYR", org("e1", "Interior Ministry")));
    store.save(institutions("a2", null, org("e1", "Interior Ministry")));
    store.save(institutions("a3", null, org("e1", "the Interior Ministry")));
    store.save(institutions("a4", "LBN", org("e1", "Lebanese Interior Ministry", "Interior Ministry")));

    assertThat(store.registry(10)).extracting(RegistryActor::country)
        .containsExactlyInAnyOrder("SYR", null, null, "LBN");
    // A new version of the same article still finds its own.
    store.save(withHash(institutions("a2", null, org("e1", "Interior Ministry")), "new"));
    assertThat(store.registry(10)).hasSize(4);
    // Specific names keep merging across countries as before.
    store.save(institutions("b1", "SYR", org("e1", "Northern Valley Brigades")));
    store.save(institutions("b2", "LBN", org("e1", "Northern Valley Brigades")));
    assertThat(store.actor("Northern Valley Brigades").orElseThrow().articleCount()).isEqualTo(2);
  }

  @Test
  void rebuildRelinksStoredArticlesAndIsIdempotent() throws Exception {
    store.save(article("a1", entity("e1", EntityType.ORGANIZATION, "Northern Valley Brigades",
        "NVB"), entity("e2", EntityType.LOCATION, "Zarqaniyeh")));
    store.save(article("a2", entity("e1", EntityType.ORGANIZATION, "N.V.B."),
        entity("e2", EntityType.LOCATION, "Zarqanieh"),
        entity("e3", EntityType.PERSON, "Omar Tamimi")));
    store.save(institutions("a3", "TUR", org("e1", "Ministry of Defense")));
    store.save(institutions("a4", "SYR", org("e1", "Ministry of Defense")));
    List<String> incremental = snapshot();

    // As if the articles had been stored before the registry existed.
    store.close();
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute("DELETE FROM registry_links");
      st.execute("DELETE FROM registry_aliases");
      st.execute("DELETE FROM registry_actors");
    }
    store = db.open();
    assertThat(store.registry(100)).isEmpty();

    assertThat(store.rebuildRegistry()).isEqualTo(4);
    assertThat(snapshot()).containsExactlyElementsOf(incremental).hasSize(5);
    assertThat(store.actor("NVB").orElseThrow().articleCount()).isEqualTo(2);

    // a1 changes: a rebuild links only latest versions, so the alias its first version taught
    // is gone, and "N.V.B." of a2 stands alone.
    store.save(withHash(article("a1", entity("e1", EntityType.ORGANIZATION, "Coastal Defence"
        + " Units")), "v2"));
    assertThat(store.rebuildRegistry()).isEqualTo(4);
    List<String> rebuilt = snapshot();
    assertThat(store.actor("Northern Valley Brigades")).isEmpty();
    assertThat(store.actor("NVB").orElseThrow().canonicalName()).isEqualTo("N.V.B.");
    assertThat(store.actor("Zarqanieh").orElseThrow().articleCount()).isEqualTo(1);
    assertThat(store.actor("Coastal Defence Units")).isPresent();

    assertThat(store.rebuildRegistry()).isEqualTo(4);
    assertThat(snapshot()).containsExactlyElementsOf(rebuilt);
    // Saves after a rebuild resolve against the rebuilt registry.
    store.save(article("a5", entity("e1", EntityType.ORGANIZATION, "NVB")));
    assertThat(store.actor("N.V.B.").orElseThrow().articleCount()).isEqualTo(2);
  }

  @Test
  void aRebuildThatFailsHalfwayLeavesTheOldRegistry() {
    store.save(article("a1", entity("e1", EntityType.ORGANIZATION, "Northern Valley Brigades")));
    store.save(article("a2", entity("e1", EntityType.ORGANIZATION, "Northern Valley Brigades")));
    store.save(article("a3", entity("e1", EntityType.PERSON, "Omar Tamimi")));
    List<String> before = snapshot();

    assertThatThrownBy(() -> store.rebuildRegistry(id -> {
      if (id.equals("a2")) {
        throw new IllegalStateException("killed");
      }
    })).hasMessage("killed");

    assertThat(snapshot()).containsExactlyElementsOf(before).hasSize(2);
    assertThat(store.registry(10)).extracting(RegistryActor::articleCount).containsExactly(2L, 1L);
  }

  /** The registry without its ids, which a rebuild renumbers. */
  private List<String> snapshot() {
    return store.registry(1000).stream()
        .map(a -> String.join("|", a.canonicalName(), a.type().name(), String.valueOf(a.kind()),
            String.valueOf(a.country()), String.valueOf(a.cameoCode()),
            String.join(";", a.aliases()), String.valueOf(a.articleCount())))
        .sorted().toList();
  }

  static Entity org(String id, String name, String... otherForms) {
    return entity(id, EntityType.ORGANIZATION, name, otherForms);
  }

  /** The same article with other content, actors and places kept. */
  private static AnalyzedArticle withHash(AnalyzedArticle a, String hash) {
    return new AnalyzedArticle(a.schema(), a.id(), 0, hash, a.analysisVersion(), a.source(),
        a.url(), a.format(), a.title(), a.published(), a.dateline(), a.text(), a.structure(),
        a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(), a.affiliations(),
        a.places(), a.quotes(), a.claims(), a.events());
  }

  /** An article whose organisations are state institutions of {@code country} (null: unknown). */
  static AnalyzedArticle institutions(String id, String country, Entity... entities) {
    List<ActorRef> actors = new ArrayList<>();
    for (Entity e : entities) {
      actors.add(new ActorRef(e.id(), e.name(), ActorKind.STATE_GOVERNMENT, country, null,
          "entity subtype: MINISTRY"));
    }
    String text = "Invented article " + id;
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, TestArticles.ANALYSIS,
        null, null, "text", null, new PublishedDate(null, false, null), null, text, List.of(),
        List.of(entities), List.of(), List.of(), List.of(), actors, List.of(), List.of(),
        List.of(), List.of(), List.of());
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
