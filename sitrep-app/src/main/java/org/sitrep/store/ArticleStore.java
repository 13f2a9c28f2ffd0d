package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.analysis.AnalyzedArticle;

/**
 * Stores analysed articles, with their versions, as normalised rows in a SQL database: embedded H2
 * by default, or any PostgreSQL-compatible database through {@link #open}. The schema is created
 * and upgraded by Flyway migrations ({@code db/migration}) whenever a store is opened; its SQL is
 * plain enough for both H2 (run in {@code MODE=PostgreSQL}) and PostgreSQL.
 *
 * <p>Versioning: an article id's first content is version 1; content with a different hash adds
 * the next version and leaves the earlier ones loadable; the same content analysed by a different
 * analysis version replaces the latest version's annotations in place; the same content and
 * analysis changes nothing. {@link #status} tells a caller in advance which of these a save would
 * do, so it can skip re-analysis. The store sets {@link AnalyzedArticle#version()}; the value the
 * caller passes is ignored. Any differing analysis version counts as a re-analysis, newer or
 * older, because version strings cannot be ordered reliably: the last analysis saved wins.
 *
 * <p>Atomicity and crash safety: {@link #save} writes one article — its version row and every
 * child row — in one transaction, so a failure or a killed JVM leaves the whole article or none of
 * it. The embedded database is opened with {@code WRITE_DELAY=0}, so H2 writes each commit to its
 * file before {@code save} returns and a killed JVM loses no saved article (an operating-system
 * crash may still lose the last commits, since H2 does not fsync each one).
 *
 * <p>Connections: a HikariCP pool of at most {@value #MAX_CONNECTIONS} connections per store (so
 * per process), for H2 and PostgreSQL alike; a caller that finds them all in use waits for one
 * (up to 30 seconds, then its call fails with a {@link StoreException}). The bound keeps several
 * {@code analyze} processes on one PostgreSQL server well inside its default 100 connections;
 * idle connections beyond one are closed after a minute. The embedded database additionally
 * holds one connection outside the pool for the store's whole life so H2 never closes and reopens
 * the database file between calls; {@code DB_CLOSE_DELAY} is left at its default so that {@link
 * #close()} really closes the file and releases its lock, and {@code AUTO_SERVER} is off so
 * that a second process gets a clear "locked" error instead of silently sharing the file (use
 * PostgreSQL for several processes).
 *
 * <p>Thread-safe: analysis threads may save concurrently. Saves of different ids run in parallel;
 * saves of the same id are serialised by a row lock, and a save that loses a race to create the
 * same new id is retried, so each content is stored once. On PostgreSQL the same holds across
 * processes: any number of {@code sitrep analyze} runs may write to one database at once.
 *
 * <p>Every database failure surfaces as a {@link StoreException} whose message says what went
 * wrong.
 */
public final class ArticleStore implements AutoCloseable {
  /** The most connections one store holds at once. */
  static final int MAX_CONNECTIONS = 8;
  private static final int SAVE_ATTEMPTS = 8;
  private static final int PAGE = 200;
  private static final int TOP_ENTITIES = 10;

  private final HikariDataSource pool;
  private final String where;
  /** Holds the embedded database open between calls; null for a server database. */
  private final Connection keeper;
  /** PostgreSQL: saves lock parts of the registry ({@link RegistryLocks}), not all of it. */
  private final boolean partialRegistryLocks;
  private final StoryTables stories;
  private final StoryViews storyViews;

  private ArticleStore(HikariDataSource pool, String where, Connection keeper,
      boolean partialRegistryLocks) {
    this.pool = pool;
    this.where = where;
    this.keeper = keeper;
    this.partialRegistryLocks = partialRegistryLocks;
    this.stories = new StoryTables(pool, where);
    this.storyViews = new StoryViews(pool, where);
  }

  /**
   * Opens (creating if needed) the embedded H2 database in {@code dataDir} and migrates its schema.
   *
   * @throws StoreException when the directory cannot be created, another process has the database
   *     open, or the schema cannot be migrated
   */
  public static ArticleStore openEmbedded(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create data directory " + dir + ": " + e, e);
    }
    String url = "jdbc:h2:file:" + dir.resolve("sitrep")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    return open(url, "sa", "", "data directory " + dir, true);
  }

  /**
   * Opens a database by JDBC URL (for example {@code jdbc:postgresql://host/sitrep}) and migrates
   * its schema.
   *
   * @param user the database user, or null for the driver's default (or one given in the URL)
   * @param password the password, or null
   * @throws IllegalArgumentException when the URL does not start with {@code jdbc:} or no JDBC
   *     driver on the class path accepts it (sitrep ships H2's and PostgreSQL's)
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static ArticleStore open(String jdbcUrl, String user, String password) {
    checkArgument(jdbcUrl != null && jdbcUrl.startsWith("jdbc:"),
        "a JDBC URL starts with 'jdbc:', got %s", jdbcUrl == null ? null : redact(jdbcUrl));
    try {
      DriverManager.getDriver(jdbcUrl);
    } catch (SQLException e) {
      throw new IllegalArgumentException("no JDBC driver accepts " + redact(jdbcUrl)
          + "; sitrep includes drivers for H2 (jdbc:h2:...) and PostgreSQL"
          + " (jdbc:postgresql://host/db)", e);
    }
    return open(jdbcUrl, user, password, "database " + redact(jdbcUrl), false);
  }

  private static ArticleStore open(String url, String user, String password, String where,
      boolean embedded) {
    Connection keeper = null;
    if (embedded) {
      // Opened before the pool so that a locked file is reported as such, and kept open.
      try {
        keeper = DriverManager.getConnection(url, user, password);
      } catch (SQLException e) {
        throw failure("cannot open " + where, where, e);
      }
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(url, user, password));
    } catch (HikariPool.PoolInitializationException e) {
      closeQuietly(keeper);
      throw e.getCause() instanceof SQLException s ? failure("cannot open " + where, where, s)
          : new StoreException("cannot open " + where + ": " + e.getMessage(), e);
    }
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      pool.close();
      closeQuietly(keeper);
      throw new StoreException("cannot migrate the schema of " + where + ": " + e.getMessage(), e);
    }
    boolean postgres;
    try (Connection c = pool.getConnection()) {
      postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      pool.close();
      closeQuietly(keeper);
      throw failure("cannot open " + where, where, e);
    }
    return new ArticleStore(pool, where, keeper, postgres);
  }

  private static HikariConfig poolConfig(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sitrep-store");
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    // One warm connection for a CLI run's sequential calls; the rest open under load and close
    // after a minute idle, so an idle process does not hold a server's connection slots.
    config.setMinimumIdle(1);
    config.setIdleTimeout(60_000);
    config.setConnectionTimeout(30_000);
    return config;
  }

  /**
   * The store's stories (its {@code story_*} tables), sharing this store's connections; see
   * {@link StoryTables}.
   */
  public StoryTables stories() {
    return stories;
  }

  /** Documents computed from the stories and kept with them; see {@link StoryViews}. */
  public StoryViews storyViews() {
    return storyViews;
  }

  /** The connections the pool holds now, in use or idle; for tests of the bound. */
  int pooledConnections() {
    return pool.getHikariPoolMXBean().getTotalConnections();
  }

  /** A pooled connection in auto-commit mode; closing it gives it back. */
  private Connection connection() throws SQLException {
    if (pool.isClosed()) {
      throw new IllegalStateException("the article store is closed");
    }
    return pool.getConnection();
  }

  private static String redact(String url) {
    // Credentials can ride in the URL; keep them out of messages.
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//[^/@:]*:[^/@]*@", "//***@");
  }

  /**
   * What {@link #save} would do with an article of this id, content hash and analysis version.
   */
  public Status status(String id, String contentHash, String analysisVersion) {
    checkKey(id, contentHash, analysisVersion);
    try (Connection c = connection()) {
      return decide(Rows.latest(c, id, false), contentHash, analysisVersion);
    } catch (SQLException e) {
      throw failure("cannot read the status of article '" + id + "'", where, e);
    }
  }

  private static Status decide(Revision latest, String contentHash, String analysisVersion) {
    if (latest == null) {
      return Status.NEW;
    }
    if (!latest.contentHash().equals(contentHash)) {
      return Status.CHANGED;
    }
    return latest.analysisVersion().equals(analysisVersion) ? Status.UNCHANGED : Status.REANALYSE;
  }

  private static void checkKey(String id, String contentHash, String analysisVersion) {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    checkArgument(contentHash != null && !contentHash.isBlank(),
        "article '%s' has no content hash", id);
    checkArgument(analysisVersion != null && !analysisVersion.isBlank(),
        "article '%s' has no analysis version", id);
  }

  /**
   * Stores one article, whole in one transaction or not at all, as described in the class
   * comment. The article's own {@code version} is ignored.
   *
   * @throws IllegalArgumentException when the id, content hash or analysis version is blank
   * @throws StoreException when the database fails; nothing of the article is then stored
   */
  public SaveResult save(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    checkKey(article.id(), article.contentHash(), article.analysisVersion());
    for (int attempt = 1; ; attempt++) {
      // A retry locks the registry more widely: whatever made the first attempt fail (a
      // concurrent change to the names it planned for, a deadlock) is then ruled out.
      boolean widely = attempt > 1;
      try {
        return inTransaction(c -> saveIn(c, article, widely));
      } catch (SQLException e) {
        if (attempt < SAVE_ATTEMPTS && isTransient(e)) {
          backOff(attempt);
          continue;
        }
        throw failure("cannot save article '" + article.id() + "'", where, e);
      }
    }
  }

  /** A short random pause before a retry, so that savers that collided do not collide again. */
  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Work on one connection inside a transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  /** Runs {@code work} as one transaction on a leased connection; rolled back on any failure. */
  private <T> T inTransaction(Work<T> work) throws SQLException {
    return inTransaction(-1, work);
  }

  /** As {@link #inTransaction(Work)}, at {@code isolation} unless it is -1 (the default). */
  private <T> T inTransaction(int isolation, Work<T> work) throws SQLException {
    try (Connection c = connection()) {
      int before = c.getTransactionIsolation();
      if (isolation >= 0) {
        c.setTransactionIsolation(isolation);
      }
      c.setAutoCommit(false);
      try {
        T result = work.on(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      } finally {
        if (!c.isClosed()) {
          c.setAutoCommit(true);
          c.setTransactionIsolation(before);
        }
      }
    }
  }

  /**
   * Locks what the registry work of saving {@code a} needs, and returns the locks to check or
   * null when the whole registry is held (H2, where one process writes anyway).
   */
  private RegistryLocks lockRegistry(Connection c, AnalyzedArticle a, boolean widely)
      throws SQLException {
    if (!partialRegistryLocks) {
      Registry.lock(c);
      return null;
    }
    RegistryLocks locks = RegistryLocks.plan(c, Registry.names(a), widely);
    locks.acquire(c);
    return locks;
  }

  private SaveResult saveIn(Connection c, AnalyzedArticle a, boolean widely)
      throws SQLException {
    Revision latest = Rows.latest(c, a.id(), true);
    Status status = decide(latest, a.contentHash(), a.analysisVersion());
    switch (status) {
      case NEW -> {
        Rows.insertArticle(c, a.id());
        Rows.insertVersion(c, a, 1);
        Rows.insertChildren(c, a, 1);
        Registry.link(c, a, 1, lockRegistry(c, a, widely));
        return new SaveResult(a.id(), 1, status);
      }
      case CHANGED -> {
        int version = latest.version() + 1;
        Rows.insertVersion(c, a, version);
        Rows.insertChildren(c, a, version);
        Rows.setLatest(c, a.id(), version);
        Registry.link(c, a, version, lockRegistry(c, a, widely));
        touchStory(c, a.id());
        return new SaveResult(a.id(), version, status);
      }
      case REANALYSE -> {
        RegistryLocks locks = lockRegistry(c, a, widely);
        Set<Long> before = Registry.unlink(c, a.id(), latest.version());
        Rows.deleteChildren(c, a.id(), latest.version());
        Rows.updateVersion(c, a, latest.version());
        Rows.insertChildren(c, a, latest.version());
        Registry.link(c, a, latest.version(), locks);
        Registry.prune(c, before);
        touchStory(c, a.id());
        return new SaveResult(a.id(), latest.version(), status);
      }
      default -> {
        return new SaveResult(a.id(), latest.version(), status);
      }
    }
  }

  /**
   * Moves on the revision (schema 10) of the story an article is in, if any, in the save's
   * transaction: the article's next version or new analysis changes that story's pages ({@link
   * StoryViews#current}). Taken last, after the article's and the registry's locks; an addition
   * to stories takes the story state's lock and then story rows, never an article's, so the two
   * cannot deadlock.
   */
  private static void touchStory(Connection c, String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET revision = revision + 1"
        + " WHERE ordinal = (SELECT story_ordinal FROM story_members WHERE article_id = ?)")) {
      ps.setString(1, articleId);
      ps.executeUpdate();
    }
  }

  /**
   * Unique-key races (two threads creating the same new id), foreign-key races (a registry actor
   * merged away or deleted by a concurrent save; see {@link RegistryLocks}), deadlocks,
   * serialisation failures and lock timeouts: the transaction was rolled back and a retry will see
   * the winner's commit.
   */
  private static boolean isTransient(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals("23505") || state.equals("23503")
        || state.startsWith("40") || state.equals("HYT00"));
  }

  private void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The connection is unusable; evicting it keeps it out of the pool.
      pool.evictConnection(c);
    }
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // Nothing to do about a connection that fails to close; it is dropped either way.
    }
  }

  /** The latest version of an article, or empty when the id is not stored. */
  public Optional<AnalyzedArticle> load(String id) {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    return read("cannot load article '" + id + "'", c -> {
      Revision latest = Rows.latest(c, id, false);
      return latest == null ? Optional.empty() : Optional.ofNullable(Rows.read(c, id, latest.version()));
    });
  }

  /** One stored version of an article, or empty when that version is not stored. */
  public Optional<AnalyzedArticle> load(String id, int version) {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    checkArgument(version >= 1, "versions start at 1, got %s", version);
    return read("cannot load version " + version + " of article '" + id + "'",
        c -> Optional.ofNullable(Rows.read(c, id, version)));
  }

  /** The stored version numbers of an article, ascending; empty when the id is not stored. */
  public List<Integer> versions(String id) {
    checkArgument(id != null && !id.isBlank(), "article id must not be blank");
    return read("cannot list versions of article '" + id + "'", c -> Rows.versions(c, id));
  }

  /**
   * Passes the latest version of every stored article to {@code sink}, in the database's order of
   * ids. Articles are read a page of ids at a time and loaded one by one, so memory stays flat for
   * any store size, and {@code sink} may itself use the store. Articles saved meanwhile may or may
   * not be seen.
   */
  public void forEachLatest(Consumer<AnalyzedArticle> sink) {
    Objects.requireNonNull(sink, "sink");
    String after = null;
    while (true) {
      List<String> ids = idsAfter(after);
      for (String id : ids) {
        load(id).ifPresent(sink);
      }
      if (ids.size() < PAGE) {
        return;
      }
      after = ids.get(ids.size() - 1);
    }
  }

  private List<String> idsAfter(String after) {
    return read("cannot list stored articles", c -> {
      String sql = "SELECT id FROM articles" + (after == null ? "" : " WHERE id > ?")
          + " ORDER BY id LIMIT " + PAGE;
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        if (after != null) {
          ps.setString(1, after);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      return ids;
    });
  }

  /** The latest revision of every stored article, by id; cheap compared with loading them. */
  public Map<String, Revision> latestRevisions() {
    return read("cannot list stored articles", c -> {
      ImmutableMap.Builder<String, Revision> out = ImmutableMap.builder();
      try (PreparedStatement ps = c.prepareStatement("SELECT a.id, v.version, v.content_hash,"
          + " v.analysis_version FROM articles a JOIN article_versions v"
          + " ON v.article_id = a.id AND v.version = a.latest_version ORDER BY a.id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new Revision(rs.getInt(2), rs.getString(3), rs.getString(4)));
        }
      }
      return out.build();
    });
  }

  /** Counts over the store and the ten entities named in most articles; see {@link StoreStats}. */
  public StoreStats stats() {
    return read("cannot compute store statistics", c -> {
      String latest = " JOIN articles a ON a.id = t.article_id AND a.latest_version = t.version";
      long articles = count(c, "SELECT COUNT(*) FROM articles");
      long versions = count(c, "SELECT COUNT(*) FROM article_versions");
      long entities = count(c, "SELECT COUNT(*) FROM entities t" + latest);
      long mentions = count(c, "SELECT COUNT(*) FROM mentions t" + latest);
      long times = count(c, "SELECT COUNT(*) FROM time_expressions t" + latest);
      long numbers = count(c, "SELECT COUNT(*) FROM numbers t" + latest);
      long quotes = count(c, "SELECT COUNT(*) FROM quotes t" + latest);
      long claims = count(c, "SELECT COUNT(*) FROM claims t" + latest);
      long events = count(c, "SELECT COUNT(*) FROM events t" + latest);
      ImmutableList.Builder<StoreStats.EntityCount> top = ImmutableList.builder();
      try (PreparedStatement ps = c.prepareStatement("SELECT t.name, t.entity_type,"
          + " COUNT(DISTINCT t.article_id) AS n FROM entities t" + latest
          + " GROUP BY t.name, t.entity_type ORDER BY n DESC, t.name, t.entity_type LIMIT "
          + TOP_ENTITIES);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          top.add(new StoreStats.EntityCount(rs.getString(1), Rows.entityType(rs.getString(2)),
              rs.getLong(3)));
        }
      }
      return new StoreStats(articles, versions, entities, mentions, times, numbers, quotes, claims,
          events, top.build());
    });
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * The canonical actor registry, most articles first (counting each article's latest version),
   * ties by canonical name.
   *
   * <p>Every entity of every saved version is resolved, inside its save's transaction, to one
   * registry actor of the same entity type: (a) an actor already known under the same normalised
   * name (case, diacritics, apostrophes, dots, hyphens, "the" and the Arabic article ignored; see
   * {@link ActorNames}); else (b) one known under any name the article itself gives the entity —
   * its mention forms, so "SDF" and "Syrian Democratic Forces" in one article make them one actor
   * everywhere, merging two registry actors if both were known; else (c) a spelling variant: both
   * names at least seven letters, same first letter, edit distance at most two, and for places the
   * same known country, for persons the same number of words with only long words differing;
   * else a new actor. A person's surname-only mentions are not aliases, so different people who
   * share a surname stay apart. A generic institution name of an organisation or group ("the
   * Defense Ministry", "security forces"; see {@link ActorNames}) is resolved only among entities
   * of the same country (as the actor stage or place resolved it), and one whose country is
   * unknown only within its own article, so two countries' ministries never merge by name.
   * Actors without an entity ("Syrian rebels") are not registered.
   * Re-analysis removes the version's old links and deletes actors no entity links to any more.
   *
   * <p>Concurrent saves never create the same actor twice: a unique key on (entity type, alias)
   * backs registry locks taken after the article's own row lock. On the embedded H2 that is one
   * lock row, so saves resolve their entities one at a time. On PostgreSQL, where several
   * processes may write, a save locks only the parts of the registry its names can touch (see
   * {@link RegistryLocks}), so saves about different actors resolve them at the same time; a save
   * that collides with another is rolled back and retried.
   *
   * @param limit the most actors to return, at least 1
   */
  public List<RegistryActor> registry(int limit) {
    checkArgument(limit >= 1, "limit must be at least 1, got %s", limit);
    return read("cannot list the actor registry", c -> Registry.list(c, limit));
  }

  /**
   * Rebuilds the actor registry from the stored analyses, without analysing anything again:
   * empties the {@code registry_*} tables and resolves the entities of every article's latest
   * version afresh, in order of article id, under the rules of {@link #registry}. Use it for
   * articles stored before the registry existed or under older rules. All of it is one
   * transaction: a failure or a killed process leaves the registry as it was. Running it again on
   * the same articles gives the same actors, names, aliases and counts (registry ids are new each
   * time). Saves that arrive meanwhile wait for it on the registry locks (and may time out and
   * fail on a large store, so rebuild while nothing else writes).
   *
   * @return the number of articles whose entities were resolved
   * @throws StoreException when the database fails; the registry is then unchanged
   */
  public int rebuildRegistry() {
    return rebuildRegistry(id -> {});
  }

  /** {@link #rebuildRegistry()}, calling {@code afterEach} with each article id; for tests. */
  int rebuildRegistry(Consumer<String> afterEach) {
    try {
      return inTransaction(c -> relinkAll(c, afterEach));
    } catch (SQLException e) {
      throw failure("cannot rebuild the actor registry", where, e);
    }
  }

  private int relinkAll(Connection c, Consumer<String> afterEach) throws SQLException {
    if (partialRegistryLocks) {
      RegistryLocks.acquireWhole(c);
    } else {
      Registry.lock(c);
    }
    Registry.clear(c);
    int n = 0;
    String after = null;
    while (true) {
      // A page of ids at a time keeps memory flat; the ids come from this transaction, which
      // sees every save committed before it took the registry lock.
      Map<String, Integer> page = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, latest_version FROM articles"
          + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT " + PAGE)) {
        if (after != null) {
          ps.setString(1, after);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
      for (Map.Entry<String, Integer> e : page.entrySet()) {
        AnalyzedArticle a = Rows.read(c, e.getKey(), e.getValue());
        if (a != null) {
          Registry.link(c, a, e.getValue(), null);
          n++;
        }
        afterEach.accept(e.getKey());
        after = e.getKey();
      }
      if (page.size() < PAGE) {
        return n;
      }
    }
  }

  /**
   * The registry actor known under a name or alias (compared in normalised form, in any entity
   * type; the actor in most articles when several are), or empty when none is.
   */
  public Optional<RegistryActor> actor(String nameOrAlias) {
    checkArgument(nameOrAlias != null && !nameOrAlias.isBlank(), "actor name must not be blank");
    return read("cannot look up actor '" + nameOrAlias + "'", c -> Registry.find(c, nameOrAlias));
  }

  /**
   * One page of the stored events of every article's latest version that pass {@code filter},
   * ordered by article id and then by their order in the article, starting after {@code after}
   * (null for the first page). Each event is read within one snapshot with its article.
   *
   * @param limit the most events to return, 1 to 1000
   */
  public List<StoredItem<org.sitrep.analysis.EventOut>> events(EventFilter filter,
      StoredItem.Key after, int limit) {
    Objects.requireNonNull(filter, "filter");
    checkArgument(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000, got %s", limit);
    return events(filter, after, limit, Queries.LINK_CHUNK);
  }

  /**
   * {@link #events}, walking a registry actor's links {@code linkChunk} at a time; tests give a
   * small chunk, so that a page spans several steps.
   */
  List<StoredItem<org.sitrep.analysis.EventOut>> events(EventFilter filter,
      StoredItem.Key after, int limit, int linkChunk) {
    Objects.requireNonNull(filter, "filter");
    checkArgument(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000, got %s", limit);
    return read("cannot list events", c -> Queries.events(c, filter, after, limit, linkChunk));
  }

  /** As {@link #events}, for quotes (reported speech included). */
  public List<StoredItem<org.sitrep.quotes.Quote>> quotes(QuoteFilter filter,
      StoredItem.Key after, int limit) {
    Objects.requireNonNull(filter, "filter");
    checkArgument(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000, got %s", limit);
    return quotes(filter, after, limit, Queries.LINK_CHUNK);
  }

  /** {@link #quotes}, walking a registry actor's links {@code linkChunk} at a time (tests). */
  List<StoredItem<org.sitrep.quotes.Quote>> quotes(QuoteFilter filter, StoredItem.Key after,
      int limit, int linkChunk) {
    Objects.requireNonNull(filter, "filter");
    checkArgument(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000, got %s", limit);
    return read("cannot list quotes", c -> Queries.quotes(c, filter, after, limit, linkChunk));
  }

  /**
   * One page of stored articles (their latest versions' heads), by id, starting after {@code
   * afterId} (null for the first page).
   *
   * @param limit the most articles to return, 1 to 1000
   */
  public List<ArticleSummary> articles(String afterId, int limit) {
    checkArgument(limit >= 1 && limit <= 1000, "limit must be between 1 and 1000, got %s", limit);
    return read("cannot list articles", c -> Queries.articles(c, afterId, limit));
  }

  /**
   * Runs several statements in one repeatable-read transaction, so a load sees one consistent
   * snapshot even while another thread re-analyses the same article in place.
   */
  private <T> T read(String what, Work<T> work) {
    try {
      return inTransaction(Connection.TRANSACTION_REPEATABLE_READ, work);
    } catch (SQLException e) {
      throw failure(what, where, e);
    }
  }

  /** Closes every connection; the embedded database file is closed and unlocked. */
  @Override
  public void close() {
    pool.close();
    closeQuietly(keeper);
  }

  @Override
  public String toString() {
    return "ArticleStore[" + where + "]";
  }

  /** Turns a driver exception into a message a user can act on. */
  static StoreException failure(String what, String where, SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && (s.getErrorCode() == 90020
          || String.valueOf(s.getMessage()).contains("already in use"))) {
        return new StoreException(where + " is locked by another sitrep process (or another"
            + " program has its database open); close it, or use a PostgreSQL database to share"
            + " one store between processes", e);
      }
    }
    String context = what.endsWith(where) ? what : what + " in " + where;
    return new StoreException(context + ": " + e.getMessage(), e);
  }
}
