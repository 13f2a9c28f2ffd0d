package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.entities.Entity;

/**
 * The same schema and store on a real PostgreSQL, to keep the SQL honest. Runs only when
 * {@code -Dsitrep.test.postgres=jdbc:postgresql://host:port/db} is given (user and password from
 * {@code sitrep.test.postgres.user} and {@code .password}); each run works in a fresh schema that
 * it drops afterwards, so it never touches existing tables.
 */
@EnabledIfSystemProperty(named = "sitrep.test.postgres", matches = "jdbc:postgresql:.+")
class PostgresStoreTest {
  private final String url = System.getProperty("sitrep.test.postgres");
  private final String user = System.getProperty("sitrep.test.postgres.user", "");
  private final String password = System.getProperty("sitrep.test.postgres.password", "");
  private final String schema = "sitrep_test_" + Long.toHexString(System.nanoTime())
      .toLowerCase(Locale.ROOT);
  private ArticleStore store;

  @BeforeEach
  void open() throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    store = ArticleStore.open(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        user, password);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void roundTripAndVersioning() {
    AnalyzedArticle rich = TestArticles.rich("a1");
    assertThat(store.save(rich)).isEqualTo(new SaveResult("a1", 1, Status.NEW));
    assertThat(store.load("a1")).contains(rich.withVersion(1));
    assertThat(store.save(rich).outcome()).isEqualTo(Status.UNCHANGED);
    AnalyzedArticle full = TestArticles.full("f1");
    store.save(full);
    assertThat(store.load("f1")).contains(full.withVersion(1));
    assertThat(store.actor("Lina Hadad").orElseThrow().articleCount()).isEqualTo(2);

    AnalyzedArticle redone = ArticleStoreTest.reanalysed(rich, "0.2.0");
    assertThat(store.save(redone)).isEqualTo(new SaveResult("a1", 1, Status.REANALYSE));
    assertThat(store.load("a1")).contains(redone.withVersion(1));

    AnalyzedArticle changed = ArticleStoreTest.withContent(rich, "other");
    assertThat(store.save(changed)).isEqualTo(new SaveResult("a1", 2, Status.CHANGED));
    assertThat(store.load("a1", 1)).contains(redone.withVersion(1));
    assertThat(store.load("a1", 2)).contains(changed.withVersion(2));
    assertThat(store.versions("a1")).containsExactly(1, 2);

    // a1 (two versions) and f1, which names the same three entities.
    StoreStats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(2);
    assertThat(stats.versions()).isEqualTo(3);
    assertThat(stats.entities()).isEqualTo(6);
    assertThat(stats.topEntities()).hasSize(3);
  }

  @Test
  void registryScopesGenericNamesAndRebuilds() {
    store.save(TestArticles.rich("a1"));
    store.save(TestArticles.full("f1"));
    List<RegistryActor> before = store.registry(100);
    assertThat(before).isNotEmpty();

    assertThat(store.rebuildRegistry()).isEqualTo(2);

    assertThat(store.registry(100)).extracting(RegistryActor::canonicalName,
        RegistryActor::aliases, RegistryActor::articleCount)
        .containsExactlyElementsOf(before.stream().map(a -> org.assertj.core.groups.Tuple.tuple(
            a.canonicalName(), a.aliases(), a.articleCount())).toList());

    Entity ministry = ActorRegistryTest.org("e1", "Ministry of Defense");
    store.save(ActorRegistryTest.institutions("g1", "SYR", ministry));
    store.save(ActorRegistryTest.institutions("g2", "TUR", ministry));
    store.save(ActorRegistryTest.institutions("g3", null, ministry));
    store.save(ActorRegistryTest.institutions("g4", "SYR", ministry));
    assertThat(store.rebuildRegistry()).isEqualTo(6);
    assertThat(store.registry(100)).filteredOn(a -> a.canonicalName().equals("Ministry of Defense"))
        .extracting(RegistryActor::country, RegistryActor::articleCount)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SYR", 2L),
            org.assertj.core.groups.Tuple.tuple("TUR", 1L),
            org.assertj.core.groups.Tuple.tuple(null, 1L));
    assertThat(store.actor("the ministry of defense").orElseThrow().country()).isEqualTo("SYR");
  }

  @Test
  void concurrentSavesOfTheSameIds() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<SaveResult>>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      futures.add(pool.submit(() -> {
        List<SaveResult> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          out.add(store.save(TestArticles.generated(i)));
        }
        return out;
      }));
    }
    List<SaveResult> all = new ArrayList<>();
    for (Future<List<SaveResult>> f : futures) {
      all.addAll(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(all).filteredOn(r -> r.outcome() == Status.NEW).hasSize(20);
    assertThat(store.stats().versions()).isEqualTo(20);
    List<AnalyzedArticle> seen = new ArrayList<>();
    store.forEachLatest(seen::add);
    assertThat(seen).hasSize(20);
    assertThat(seen.get(3)).isEqualTo(TestArticles.generated(3).withVersion(1));
  }
}
