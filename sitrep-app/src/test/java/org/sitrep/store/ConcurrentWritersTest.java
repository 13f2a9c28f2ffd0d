package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.store.StoreBackend.TestDatabase;

/**
 * Several writers on one PostgreSQL at once, as several {@code sitrep analyze} processes would
 * be: separate JVMs and threads, each submitting every article, still store each article exactly
 * once and one registry actor per name, also when they spell names differently.
 */
class ConcurrentWritersTest {
  private static final int ARTICLES = 40;
  private static final int PROCESSES = 2;
  private static final int THREADS = 2;

  @TempDir Path dir;
  private TestDatabase db;

  @BeforeEach
  void create() {
    db = StoreBackend.POSTGRESQL.create(dir);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void processesAndThreadsSubmittingTheSameArticlesStoreEachOnce() throws Exception {
    // The child JVMs start on an empty schema, so they also race to migrate it.
    List<Process> children = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      children.add(new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          // A short-lived writer: the quick compiler and GC start it sooner on a busy machine.
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"),
          ConcurrentWriter.class.getName(), db.location(), String.valueOf(ARTICLES),
          String.valueOf(100 + p))
          .redirectOutput(dir.resolve("child-" + p + ".out").toFile())
          .redirectError(dir.resolve("child-" + p + ".err").toFile())
          .start());
    }
    int created = 0;
    int unchanged = 0;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (ArticleStore store = db.open()) {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<int[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        futures.add(pool.submit(() -> {
          int[] counts = new int[2];
          start.await();
          for (int i : ConcurrentWriter.shuffled(ARTICLES, seed)) {
            Status outcome = store.save(TestArticles.generated(i)).outcome();
            counts[outcome == Status.NEW ? 0 : 1]++;
            assertThat(outcome).isIn(Status.NEW, Status.UNCHANGED);
          }
          return counts;
        }));
      }
      for (Future<int[]> f : futures) {
        int[] counts = f.get(120, TimeUnit.SECONDS);
        created += counts[0];
        unchanged += counts[1];
      }
    } finally {
      pool.shutdownNow();
    }
    for (int p = 0; p < PROCESSES; p++) {
      Process child = children.get(p);
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child %s finishes", p).isTrue();
      String err = Files.readString(dir.resolve("child-" + p + ".err"), StandardCharsets.UTF_8);
      assertThat(child.exitValue()).as("child %s exit; stderr: %s", p, err).isZero();
      String[] out = Files.readString(dir.resolve("child-" + p + ".out"), StandardCharsets.UTF_8)
          .strip().split(" ");
      created += Integer.parseInt(out[1]);
      unchanged += Integer.parseInt(out[3]);
    }

    int writers = PROCESSES + THREADS;
    assertThat(created).as("saves that created an article").isEqualTo(ARTICLES);
    assertThat(created + unchanged).isEqualTo(writers * ARTICLES);
    try (ArticleStore store = db.open()) {
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(ARTICLES);
      assertThat(stats.versions()).isEqualTo(ARTICLES);
      assertThat(stats.entities()).isEqualTo(ARTICLES * 12L);
      Map<String, Long> articlesByName = new HashMap<>();
      for (int i = 0; i < ARTICLES; i++) {
        AnalyzedArticle expected = TestArticles.generated(i);
        assertThat(store.load(expected.id())).contains(expected.withVersion(1));
        expected.entities().stream().map(Entity::name).distinct()
            .forEach(name -> articlesByName.merge(name, 1L, Long::sum));
      }
      // One registry actor per name, however the saves interleaved, counting every article.
      List<RegistryActor> registry = store.registry(1000);
      assertThat(registry).extracting(RegistryActor::canonicalName).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(articlesByName.keySet());
      for (RegistryActor actor : registry) {
        assertThat(actor.articleCount()).as(actor.canonicalName())
            .isEqualTo(articlesByName.get(actor.canonicalName()));
      }
    }
  }

  @Test
  void threadsThatSpellTheSameNamesDifferentlyShareOneActorPerName() throws Exception {
    // Invented places and groups, each with a second spelling one letter away, and no two of
    // them spelling variants of each other: the registry must end with one actor per name
    // whichever spelling each writer saw first.
    List<String[]> names = new ArrayList<>();
    for (int j = 0; names.size() < 24; j++) {
      String base = StoreWriteBenchmark.name(3 * j + 1).replace(" Front", "");
      String[] spellings = {base + "iyeh", base + "ieh"};
      boolean apart = names.stream().allMatch(other -> !ActorNames.variants(
          ActorNames.key(other[0]), ActorNames.key(spellings[0])) && !ActorNames.variants(
          ActorNames.key(other[1]), ActorNames.key(spellings[1])) && !ActorNames.variants(
          ActorNames.key(other[0]), ActorNames.key(spellings[1])) && !ActorNames.variants(
          ActorNames.key(other[1]), ActorNames.key(spellings[0])));
      if (apart) {
        names.add(spellings);
      }
    }
    int threads = 4;
    int each = 20;
    Map<Integer, Long> articlesByName = new HashMap<>();
    List<List<AnalyzedArticle>> work = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < threads; t++) {
      List<AnalyzedArticle> mine = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < 4) {
          int n = random.nextInt(names.size());
          if (!picked.contains(n)) {
            picked.add(n);
            articlesByName.merge(n, 1L, Long::sum);
          }
        }
        List<String> spelled = picked.stream().map(n -> names.get(n)[random.nextInt(2)])
            .toList();
        List<EntityType> types = picked.stream()
            .map(n -> n % 2 == 0 ? EntityType.LOCATION : EntityType.ORGANIZATION).toList();
        mine.add(article("w" + t + "-" + i, spelled, types));
      }
      work.add(mine);
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ArticleStore store = db.open()) {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (List<AnalyzedArticle> mine : work) {
        futures.add(pool.submit(() -> {
          start.await();
          for (AnalyzedArticle a : mine) {
            assertThat(store.save(a).outcome()).isEqualTo(Status.NEW);
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }

      List<RegistryActor> registry = store.registry(1000);
      assertThat(registry).hasSize(articlesByName.size());
      for (Map.Entry<Integer, Long> e : articlesByName.entrySet()) {
        String[] spellings = names.get(e.getKey());
        RegistryActor actor = store.actor(spellings[0]).orElseThrow();
        assertThat(store.actor(spellings[1])).contains(actor);
        assertThat(actor.articleCount()).as(spellings[0]).isEqualTo(e.getValue());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSaveWaitsOnlyForSavesThatTouchTheSameNames() throws Exception {
    List<EntityType> place = List.of(EntityType.LOCATION);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (ArticleStore store = db.open(); Connection other = DriverManager.getConnection(
        db.location())) {
      store.save(article("a0", List.of("Qarnabiyeh"), place));
      // Another writer in the middle of registering "Tel Varoush" holds that name's part of the
      // registry until it commits.
      other.setAutoCommit(false);
      try (PreparedStatement ps = other.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
        ps.setInt(1, RegistryLocks.NAMESPACE);
        ps.setInt(2, RegistryLocks.bucket(EntityType.LOCATION, ActorNames.key("Tel Varoush"), 0));
        ps.execute();
      }

      // A save about a known name and a new, unrelated one goes ahead meanwhile...
      Future<SaveResult> unrelated = pool.submit(() -> store.save(
          article("a1", List.of("Qarnabiyeh", "Mazraat Sulaym"), List.of(EntityType.LOCATION,
              EntityType.LOCATION))));
      assertThat(unrelated.get(60, TimeUnit.SECONDS).outcome()).isEqualTo(Status.NEW);
      // ...while one that names "Tel Varoush" waits for the other writer.
      Future<SaveResult> same = pool.submit(() -> store.save(
          article("a2", List.of("Tel Varoush"), place)));
      Thread.sleep(1500);
      assertThat(same).isNotDone();
      other.commit();
      assertThat(same.get(60, TimeUnit.SECONDS).outcome()).isEqualTo(Status.NEW);
      assertThat(store.registry(10)).hasSize(3);
    } finally {
      pool.shutdownNow();
    }
  }

  /** An invented article naming places in Syria and Syrian armed groups. */
  private static AnalyzedArticle article(String id, List<String> names, List<EntityType> types) {
    StringBuilder text = new StringBuilder();
    List<Entity> entities = new ArrayList<>();
    List<PlaceOut> places = new ArrayList<>();
    List<ActorRef> actors = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      String entityId = "e" + (k + 1);
      int start = text.length();
      text.append(name).append(" was named. ");
      entities.add(new Entity(entityId, name, types.get(k), null, List.of(),
          List.of(new Mention(start, start + name.length(), name))));
      if (types.get(k) == EntityType.LOCATION) {
        places.add(new PlaceOut(entityId, name, "CITY", name, "SY", null, 35.0, 36.0,
            "gazetteer"));
      } else {
        actors.add(new ActorRef(entityId, name, ActorKind.ARMED_NONSTATE, "SYR", "SYRREB",
            "entity subtype: ARMED_GROUP"));
      }
    }
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, TestArticles.ANALYSIS,
        null, null, "text", null, new PublishedDate(null, false, null), null, text.toString(),
        List.of(), entities, List.of(), List.of(), List.of(), actors, List.of(), places,
        List.of(), List.of(), List.of());
  }
}
