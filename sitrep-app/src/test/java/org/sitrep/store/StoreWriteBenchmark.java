package org.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.numbers.NumberMention;

/**
 * Saves per second into one PostgreSQL with 1 and with 4 concurrent writers, each writer with its
 * own store (its own pool), as separate {@code analyze} processes would have, and how much of the
 * time the writers' database sessions are busy they spend waiting for a lock (sampled from {@code
 * pg_stat_activity} every 10 ms): the share that shows whether saves queue behind each other. Not
 * a test: run it by hand (see the README) and read what it prints. It starts its own embedded PostgreSQL with
 * durable commits (fsync and synchronous_commit on), or uses {@code -Dsitrep.test.postgres}.
 *
 * <p>The articles are invented and shaped like news for the registry: each names 10 entities, a
 * few from a small set of very common actors, most from a long tail of 600 recurring names, and a
 * few seen in no other article, so saves both find known actors and create new ones. Before the
 * timed part, 200 articles fill the registry.
 */
public final class StoreWriteBenchmark {
  private static final int WARM = 200;
  private static final int PER_WRITER = 150;
  private static final String[] SYLLABLES = {"ka", "ra", "mi", "zo", "ten", "bar", "lu", "qa",
      "shi", "dor", "vel", "an", "is", "ur", "ne", "fa", "gol", "hem", "jun", "pir"};

  private StoreWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    String external = System.getProperty("sitrep.test.postgres", "");
    EmbeddedPostgres server = null;
    String url;
    if (external.startsWith("jdbc:postgresql:")) {
      url = TestPostgres.url();
    } else {
      server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
      url = server.getJdbcUrl("postgres", "postgres");
    }
    try {
      System.out.printf(Locale.ROOT, "PostgreSQL %s, %d cores, %d articles per writer%n",
          version(url), Runtime.getRuntime().availableProcessors(), PER_WRITER);
      for (int round = 1; round <= 2; round++) {
        for (int writers : new int[] {1, 4}) {
          double[] result = run(url, writers, round);
          System.out.printf(Locale.ROOT, "round %d: %d writer(s): %.1f saves/s, %.0f%% of the"
              + " writers' time in the database spent waiting for a lock%n", round, writers,
              result[0], result[1]);
        }
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static String version(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url)) {
      return c.getMetaData().getDatabaseProductVersion();
    }
  }

  /** Saves per second, and the share (percent) of busy writer connections waiting on a lock. */
  private static double[] run(String url, int writers, int round) throws Exception {
    String schema = "bench_" + writers + "_" + round;
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    }
    String location = url + "&currentSchema=" + schema;
    try (ArticleStore warm = ArticleStore.open(location, null, null)) {
      for (int i = 0; i < WARM; i++) {
        warm.save(article(i));
      }
    }
    List<ArticleStore> stores = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      stores.add(ArticleStore.open(location, null, null));
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CyclicBarrier start = new CyclicBarrier(writers + 1);
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      ArticleStore store = stores.get(w);
      int first = WARM + w * PER_WRITER;
      futures.add(pool.submit(() -> {
        List<AnalyzedArticle> mine = new ArrayList<>();
        for (int i = first; i < first + PER_WRITER; i++) {
          mine.add(article(i));
        }
        start.await();
        for (AnalyzedArticle a : mine) {
          store.save(a);
        }
        return null;
      }));
    }
    start.await();
    long t0 = System.nanoTime();
    long[] samples = new long[2];
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FILTER (WHERE wait_event_type"
            + " = 'Lock'), COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
            + " AND state = 'active' AND pid <> pg_backend_pid()")) {
      while (futures.stream().anyMatch(f -> !f.isDone())) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          samples[0] += rs.getLong(1);
          samples[1] += rs.getLong(2);
        }
        Thread.sleep(10);
      }
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    for (ArticleStore s : stores) {
      s.close();
    }
    return new double[] {writers * PER_WRITER / seconds,
        samples[1] == 0 ? 0 : 100.0 * samples[0] / samples[1]};
  }

  /** Invented article {@code i}: 10 entities, 2 common, 6 recurring, 2 of its own. */
  static AnalyzedArticle article(int i) {
    Random random = new Random(i);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      names.add(name(random.nextInt(12)));
    }
    for (int k = 0; k < 6; k++) {
      names.add(name(12 + random.nextInt(600)));
    }
    names.add(name(10_000 + 2 * i));
    names.add(name(10_001 + 2 * i));
    StringBuilder text = new StringBuilder("Invented report " + i + "\n");
    List<Entity> entities = new ArrayList<>();
    List<ActorRef> actors = new ArrayList<>();
    List<PlaceOut> places = new ArrayList<>();
    List<NumberMention> numbers = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      if (entities.stream().anyMatch(e -> e.name().equals(name))) {
        continue;
      }
      String id = "e" + (k + 1);
      EntityType type = EntityType.values()[Math.floorMod(name.hashCode(), 3)];
      int start = text.length();
      text.append(name).append(" reported ");
      int numStart = text.length();
      text.append(k + 2).append(" incidents. ");
      entities.add(new Entity(id, name, type, null, List.of(),
          List.of(new Mention(start, start + name.length(), name))));
      String n = String.valueOf(k + 2);
      numbers.add(new NumberMention(numStart, numStart + n.length(), n, new BigDecimal(n),
          new BigDecimal(n), false));
      if (type == EntityType.LOCATION) {
        places.add(new PlaceOut(id, name, "CITY", name, "SY", null, 35.0, 36.0, "gazetteer"));
      } else if (type == EntityType.ORGANIZATION) {
        actors.add(new ActorRef(id, name, ActorKind.ARMED_NONSTATE, "SYR", "SYRREB",
            "entity subtype: ARMED_GROUP"));
      }
    }
    String t = text.toString();
    String id = String.format(Locale.ROOT, "bench-%06d", i);
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id,
        TestArticles.ANALYSIS, "Bench", null, "text", "Invented report " + i,
        new PublishedDate("2026-02-01", false, "metadata"), null, t,
        List.of(new Section("body", 0, t.length(), "")), entities, List.of(), numbers,
        List.of(), actors, List.of(), places, List.of(), List.of(), List.of());
  }

  /** An invented name, the same for the same number. */
  static String name(int j) {
    StringBuilder b = new StringBuilder();
    int x = j;
    for (int s = 0; s < 3 || x > 0; s++) {
      b.append(SYLLABLES[x % SYLLABLES.length]);
      x /= SYLLABLES.length;
    }
    String word = b.toString();
    return Character.toUpperCase(word.charAt(0)) + word.substring(1) + (j % 2 == 0 ? "" : " Front");
  }
}
