package org.sitrep.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.entities.EntityType;

/**
 * The registry's locks on PostgreSQL: instead of one lock row that every save holds while it
 * resolves its entities, a save locks only the parts of the registry its names can touch, so
 * saves about different actors run at the same time.
 *
 * <p>A part ("bucket") is one entity type, alias scope, first letter and letter count: two keys
 * that could be the same name or spelling variants of each other (same type, scope and first
 * letter, letter counts at most {@value ActorNames#MAX_DISTANCE} apart) always fall in the same
 * bucket or in neighbouring ones. A save takes, as transaction-scoped advisory locks:
 *
 * <ul>
 *   <li>exclusive on the bucket of every key it may add (a key not yet known);
 *   <li>shared on the neighbouring buckets that an unknown entity's spelling-variant search reads;
 *   <li>none for keys already known, which it only reads: most names in an article are known
 *       actors, and saves that merely name the same actors do not wait for each other;
 *   <li>shared on bucket 0, which {@link ArticleStore#rebuildRegistry} takes exclusive.
 * </ul>
 *
 * <p>Which keys are known is read before locking, without locks; {@link #checkWrite} then stops
 * a save that finds, under its locks, that it must add a key it holds no exclusive lock for (the
 * registry changed in between) with a serialisation failure, which the store retries with every
 * bucket exclusive. Locks are taken in ascending order, so saves cannot deadlock on them. Changes
 * that reach outside the locked buckets (merging two actors, deleting an actor no entity links to
 * any more) are kept consistent by the foreign keys: a save that links an actor another save is
 * deleting fails on the foreign key, is rolled back and retried.
 *
 * <p>Hash collisions between buckets only make unrelated saves wait for each other.
 */
final class RegistryLocks {
  /** The first key of every advisory lock Sitrep takes, so it shares no locks with other users. */
  static final int NAMESPACE = 0x53495452;
  /** The lock that a rebuild holds exclusive and every save shared. */
  private static final int WHOLE_REGISTRY = 0;

  /** Bucket to exclusive (true) or shared (false). */
  private final TreeMap<Integer, Boolean> modes = new TreeMap<>();
  private final boolean everything;

  private RegistryLocks(boolean everything) {
    this.everything = everything;
  }

  /**
   * Plans the locks of one save: {@code entities} are the article's entities' alias keys by
   * type, one collection per entity. With {@code everything}, every bucket is exclusive.
   */
  static RegistryLocks plan(Connection c, List<Registry.Names> entities, boolean everything)
      throws SQLException {
    RegistryLocks locks = new RegistryLocks(everything);
    Set<String> known = everything ? Set.of() : known(c, entities);
    for (Registry.Names e : entities) {
      boolean entityKnown = e.keys().stream().anyMatch(k -> known.contains(id(e.type(), k)));
      for (String k : e.keys()) {
        if (known.contains(id(e.type(), k))) {
          // Reading a known key needs no bucket: keys are never renamed, and an actor removed
          // meanwhile fails the save's foreign keys.
          continue;
        }
        locks.add(bucket(e.type(), k, 0), true);
        if (!entityKnown) {
          for (int d = -ActorNames.MAX_DISTANCE; d <= ActorNames.MAX_DISTANCE; d++) {
            locks.add(bucket(e.type(), k, d), false);
          }
        }
      }
    }
    return locks;
  }

  private void add(int bucket, boolean exclusive) {
    modes.merge(bucket, exclusive || everything, Boolean::logicalOr);
  }

  /** Takes the planned locks, in ascending order, until the transaction ends. */
  void acquire(Connection c) throws SQLException {
    try (PreparedStatement whole = c.prepareStatement(
        "SELECT pg_advisory_xact_lock_shared(?, ?)")) {
      whole.setInt(1, NAMESPACE);
      whole.setInt(2, WHOLE_REGISTRY);
      whole.execute();
    }
    try (PreparedStatement exclusive = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)");
        PreparedStatement shared = c.prepareStatement(
            "SELECT pg_advisory_xact_lock_shared(?, ?)")) {
      for (Map.Entry<Integer, Boolean> m : modes.entrySet()) {
        PreparedStatement ps = m.getValue() ? exclusive : shared;
        ps.setInt(1, NAMESPACE);
        ps.setInt(2, m.getKey());
        ps.execute();
      }
    }
  }

  /** Takes the whole registry exclusively, for a rebuild, until the transaction ends. */
  static void acquireWhole(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
      ps.setInt(1, NAMESPACE);
      ps.setInt(2, WHOLE_REGISTRY);
      ps.execute();
    }
  }

  /**
   * Fails with a retryable serialisation failure unless this save holds the bucket of a key it is
   * about to add, or a variant search about to read, exclusively (or shared, for a search).
   */
  void checkWrite(EntityType type, String key) throws SQLException {
    if (!Boolean.TRUE.equals(modes.get(bucket(type, key, 0)))) {
      throw changed();
    }
  }

  /** As {@link #checkWrite}, for the buckets a spelling-variant search of {@code key} reads. */
  void checkSearch(EntityType type, String key) throws SQLException {
    for (int d = -ActorNames.MAX_DISTANCE; d <= ActorNames.MAX_DISTANCE; d++) {
      if (!modes.containsKey(bucket(type, key, d))) {
        throw changed();
      }
    }
  }

  private static SQLException changed() {
    return new SQLException("the actor registry changed while this save planned its locks",
        "40001");
  }

  /** The bucket of a scoped alias key, {@code offset} letters longer. Never 0. */
  static int bucket(EntityType type, String scopedKey, int offset) {
    String bare = ActorNames.bare(scopedKey);
    int h = Objects.hash(type.name(), ActorNames.scope(scopedKey), ActorNames.firstLetter(bare),
        ActorNames.letters(bare) + offset);
    return h == WHOLE_REGISTRY ? 1 : h;
  }

  private static String id(EntityType type, String key) {
    return type.name() + '\u0000' + key;
  }

  /** Which of the entities' keys the registry knows now, as {@link #id}s. */
  private static Set<String> known(Connection c, List<Registry.Names> entities)
      throws SQLException {
    Map<EntityType, Set<String>> byType = new EnumMap<>(EntityType.class);
    for (Registry.Names e : entities) {
      byType.computeIfAbsent(e.type(), t -> new HashSet<>()).addAll(e.keys());
    }
    Set<String> known = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT alias_key FROM registry_aliases"
        + " WHERE entity_type = ? AND alias_key = ANY (?)")) {
      for (Map.Entry<EntityType, Set<String>> e : byType.entrySet()) {
        Array keys = c.createArrayOf("varchar", e.getValue().toArray());
        ps.setString(1, e.getKey().name());
        ps.setArray(2, keys);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            known.add(id(e.getKey(), rs.getString(1)));
          }
        }
        keys.free();
      }
    }
    return known;
  }
}
