package org.sitrep.store;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;

/**
 * Maintains the canonical actor registry (tables {@code registry_*}) inside a save's transaction,
 * and reads it. Resolution rules are those of {@link ArticleStore#registry}; the name rules are in
 * {@link ActorNames}.
 */
final class Registry {
  private static final String ACTOR_COLUMNS =
      "r.id, r.canonical_name, r.entity_type, r.kind, r.country, r.cameo_code,"
          + " (SELECT COUNT(DISTINCT l.article_id) FROM registry_links l JOIN articles a"
          + " ON a.id = l.article_id AND a.latest_version = l.version WHERE l.actor_id = r.id)"
          + " AS article_count";

  private Registry() {}

  /**
   * Takes the whole registry's lock row until the transaction ends: on H2, every save does; on
   * PostgreSQL, saves take {@link RegistryLocks} instead. Callers hold their article's row lock
   * first, so every save takes the two in the same order and cannot deadlock on them.
   */
  static void lock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM registry_lock WHERE id = 1 FOR UPDATE"); ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException("the registry lock row is missing; the database was modified"
            + " outside sitrep");
      }
    }
  }

  /** Empties the registry: every link, alias and actor. The caller holds the registry lock. */
  static void clear(Connection c) throws SQLException {
    for (String table : List.of("event_actors", "registry_links", "registry_aliases",
        "registry_actors")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
        ps.executeUpdate();
      }
    }
  }

  /** Removes one version's links and returns the actors they pointed at. */
  static Set<Long> unlink(Connection c, String id, int version) throws SQLException {
    Set<Long> actors = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT actor_id FROM registry_links"
        + " WHERE article_id = ? AND version = ?")) {
      ps.setString(1, id);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          actors.add(rs.getLong(1));
        }
      }
    }
    for (String table : List.of("event_actors", "registry_links")) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + table + " WHERE article_id = ? AND version = ?")) {
        ps.setString(1, id);
        ps.setInt(2, version);
        ps.executeUpdate();
      }
    }
    return actors;
  }

  /** Deletes those of {@code actorIds} that no stored entity links to any more. */
  static void prune(Connection c, Collection<Long> actorIds) throws SQLException {
    for (long actor : actorIds) {
      boolean linked;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM registry_links WHERE actor_id = ? LIMIT 1")) {
        ps.setLong(1, actor);
        try (ResultSet rs = ps.executeQuery()) {
          linked = rs.next();
        }
      }
      if (!linked) {
        update(c, "DELETE FROM registry_aliases WHERE actor_id = ?", actor);
        update(c, "DELETE FROM registry_actors WHERE id = ?", actor);
      }
    }
  }

  /** One entity's names as the registry keys them: its type and scoped alias keys. */
  record Names(EntityType type, Set<String> keys) {}

  /** One entity to resolve: its alias keys with their surface forms, country and actor. */
  private record Item(Entity entity, Map<String, String> aliases, String country, ActorRef ref) {}

  /** The names of the entities {@link #link} will resolve for this article, in its order. */
  static List<Names> names(AnalyzedArticle a) {
    List<Names> out = new ArrayList<>();
    for (Item item : items(a)) {
      out.add(new Names(item.entity().type(), item.aliases().keySet()));
    }
    return out;
  }

  private static List<Item> items(AnalyzedArticle a) {
    Map<String, ActorRef> refs = new HashMap<>();
    for (ActorRef r : a.actors()) {
      if (r.entityId() != null) {
        refs.putIfAbsent(r.entityId(), r);
      }
    }
    Map<String, PlaceOut> places = new HashMap<>();
    for (PlaceOut p : a.places()) {
      if (p.entityId() != null) {
        places.putIfAbsent(p.entityId(), p);
      }
    }
    Set<String> seen = new HashSet<>();
    List<Item> items = new ArrayList<>();
    for (Entity e : a.entities()) {
      String nameKey = ActorNames.key(e.name());
      if (nameKey.isEmpty() || !seen.add(e.id())) {
        continue;
      }
      ActorRef ref = refs.get(e.id());
      PlaceOut place = places.get(e.id());
      String country = place != null && place.countryCode() != null
          ? ActorNames.alpha3(place.countryCode())
          : ref == null ? null : ActorNames.alpha3(ref.country());
      items.add(new Item(e, aliases(e, nameKey, country, a.id()), country, ref));
    }
    return items;
  }

  /**
   * Resolves every entity of one stored version to a registry actor and links it. {@code locks}
   * are the save's {@link RegistryLocks}, checked before each change, or null when the caller
   * holds the whole registry.
   */
  static void link(Connection c, AnalyzedArticle a, int version, RegistryLocks locks)
      throws SQLException {
    for (Item item : items(a)) {
      Entity e = item.entity();
      ActorRef ref = item.ref();
      long actor = resolve(c, e.type(), item.aliases(), item.country(), locks);
      enrich(c, actor, e.name(), ref == null ? null : ref.kind().name(), item.country(),
          ref == null ? null : ref.cameoCode());
      addAliases(c, e.type(), actor, item.aliases(), locks);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO registry_links (article_id,"
          + " version, entity_id, actor_id) VALUES (?, ?, ?, ?)")) {
        ps.setString(1, a.id());
        ps.setInt(2, version);
        ps.setString(3, e.id());
        ps.setLong(4, actor);
        ps.executeUpdate();
      }
    }
    linkEvents(c, a.id(), version);
  }

  /**
   * Records which registry actors each event of one stored version involves (schema 10's {@code
   * event_actors}): the events whose source or target is an entity linked to the actor, by the
   * same join the migration filled the table with. Run once the version's links are final (a
   * later entity's resolution may merge an earlier one's actor), so it reads them back rather
   * than remembering the ids it linked.
   */
  private static void linkEvents(Connection c, String articleId, int version)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_actors (actor_id,"
        + " article_id, ordinal, version) SELECT DISTINCT l.actor_id, t.article_id, t.ordinal,"
        + " t.version FROM registry_links l JOIN events t ON t.article_id = l.article_id"
        + " AND t.version = l.version AND (t.source_id = l.entity_id OR t.target_id = l.entity_id)"
        + " WHERE l.article_id = ? AND l.version = ?")) {
      ps.setString(1, articleId);
      ps.setInt(2, version);
      ps.executeUpdate();
    }
  }

  /**
   * The entity's names by stored alias key: its canonical name, then every mention form. A
   * person's shorter mention forms ("Hadad" for "Lina Hadad") are left out: the entity stage
   * already tied them to the full name within the article, and as registry aliases they would
   * merge different people who share a surname. An organisation's or group's generic institution
   * names ("the defense ministry") are scoped to the entity's country, or to this article when the
   * country is unknown ({@link ActorNames#scoped}), so that one country's ministry never becomes
   * another's by name.
   */
  private static Map<String, String> aliases(Entity e, String nameKey, String country,
      String articleId) {
    boolean institution = e.type() == EntityType.ORGANIZATION || e.type() == EntityType.GROUP;
    Map<String, String> out = new LinkedHashMap<>();
    out.put(institution ? ActorNames.scoped(nameKey, country, articleId) : nameKey, e.name());
    int words = nameKey.split(" ").length;
    for (Mention m : e.mentions()) {
      String k = ActorNames.key(m.text());
      if (k.isEmpty() || (e.type() == EntityType.PERSON && k.split(" ").length < words)) {
        continue;
      }
      out.putIfAbsent(institution ? ActorNames.scoped(k, country, articleId) : k, m.text());
    }
    return out;
  }

  private static long resolve(Connection c, EntityType type, Map<String, String> aliases,
      String country, RegistryLocks locks) throws SQLException {
    TreeSet<Long> known = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT actor_id FROM registry_aliases"
        + " WHERE entity_type = ? AND alias_key = ?")) {
      for (String k : aliases.keySet()) {
        ps.setString(1, type.name());
        ps.setString(2, k);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            known.add(rs.getLong(1));
          }
        }
      }
    }
    if (!known.isEmpty()) {
      // This article shows all of them to be one actor: keep the oldest.
      long winner = known.first();
      for (long loser : known.tailSet(winner, false)) {
        merge(c, winner, loser);
      }
      return winner;
    }
    if (locks != null) {
      for (String k : aliases.keySet()) {
        locks.checkSearch(type, k);
      }
    }
    Long variant = variant(c, type, aliases.keySet(), country);
    if (variant != null) {
      return variant;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO registry_actors (canonical_name,"
        + " entity_type) VALUES (?, ?)", new String[] {"id"})) {
      ps.setString(1, aliases.values().iterator().next());
      ps.setString(2, type.name());
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        if (!rs.next()) {
          throw new SQLException("the database returned no id for a new registry actor");
        }
        return rs.getLong(1);
      }
    }
  }

  /**
   * The registry actor one of {@code keys} is a spelling variant of, nearest first, or null. A
   * scoped (generic) key is only a variant of another key in the same scope.
   */
  private static Long variant(Connection c, EntityType type, Collection<String> keys,
      String country) throws SQLException {
    if (type == EntityType.LOCATION && country == null) {
      return null;
    }
    Long best = null;
    int bestDistance = Integer.MAX_VALUE;
    try (PreparedStatement ps = c.prepareStatement("SELECT a.alias_key, a.actor_id, r.country"
        + " FROM registry_aliases a JOIN registry_actors r ON r.id = a.actor_id"
        + " WHERE a.entity_type = ? AND a.first_letter = ? AND a.letters BETWEEN ? AND ?"
        + " ORDER BY a.actor_id")) {
      for (String scoped : keys) {
        String k = ActorNames.bare(scoped);
        String scope = ActorNames.scope(scoped);
        int letters = ActorNames.letters(k);
        if (letters < ActorNames.MIN_LETTERS) {
          continue;
        }
        ps.setString(1, type.name());
        ps.setString(2, ActorNames.firstLetter(k));
        ps.setInt(3, letters - ActorNames.MAX_DISTANCE);
        ps.setInt(4, letters + ActorNames.MAX_DISTANCE);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String other = ActorNames.bare(rs.getString(1));
            if (!scope.equals(ActorNames.scope(rs.getString(1)))
                || !ActorNames.variants(k, other)
                || (type == EntityType.PERSON && !ActorNames.personVariants(k, other))
                || (type == EntityType.LOCATION && !country.equals(rs.getString(3)))) {
              continue;
            }
            int d = ActorNames.distance(k, other);
            if (d < bestDistance) {
              bestDistance = d;
              best = rs.getLong(2);
            }
          }
        }
      }
    }
    return best;
  }

  /** Moves everything of {@code loser} to {@code winner} and deletes {@code loser}. */
  private static void merge(Connection c, long winner, long loser) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT canonical_name, kind, country,"
        + " cameo_code FROM registry_actors WHERE id = ?")) {
      ps.setLong(1, loser);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          enrich(c, winner, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        }
      }
    }
    // an event involving both (source one, target the other) keeps one row, the winner's
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_actors WHERE actor_id = ?"
        + " AND EXISTS (SELECT 1 FROM event_actors w WHERE w.actor_id = ?"
        + " AND w.article_id = event_actors.article_id AND w.ordinal = event_actors.ordinal"
        + " AND w.version = event_actors.version)")) {
      ps.setLong(1, loser);
      ps.setLong(2, winner);
      ps.executeUpdate();
    }
    for (String table : List.of("event_actors", "registry_links", "registry_aliases")) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE " + table + " SET actor_id = ? WHERE actor_id = ?")) {
        ps.setLong(1, winner);
        ps.setLong(2, loser);
        ps.executeUpdate();
      }
    }
    update(c, "DELETE FROM registry_actors WHERE id = ?", loser);
  }

  /**
   * Gives an actor a better canonical name (longer, then first in order) and fills its kind,
   * country and CAMEO code where it has none: the first value known wins. The row is locked and
   * written only when something changes, so saves that merely name a well-known actor do not
   * queue on its row.
   */
  private static void enrich(Connection c, long actor, String name, String kind, String country,
      String cameoCode) throws SQLException {
    for (boolean locked : new boolean[] {false, true}) {
      String current;
      boolean fills;
      try (PreparedStatement ps = c.prepareStatement("SELECT canonical_name, kind, country,"
          + " cameo_code FROM registry_actors WHERE id = ?" + (locked ? " FOR UPDATE" : ""))) {
        ps.setLong(1, actor);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            // Merged away or deleted by a concurrent save that committed first: start again.
            throw new SQLException("registry actor " + actor + " vanished during a save",
                "40001");
          }
          current = rs.getString(1);
          fills = (rs.getString(2) == null && kind != null)
              || (rs.getString(3) == null && country != null)
              || (rs.getString(4) == null && cameoCode != null);
        }
      }
      boolean better = name.length() > current.length()
          || (name.length() == current.length() && name.compareTo(current) < 0);
      if (!better && !fills) {
        return;
      }
      if (locked) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE registry_actors SET"
            + " canonical_name = ?, kind = COALESCE(kind, ?), country = COALESCE(country, ?),"
            + " cameo_code = COALESCE(cameo_code, ?) WHERE id = ?")) {
          ps.setString(1, better ? name : current);
          ps.setString(2, kind);
          ps.setString(3, country);
          ps.setString(4, cameoCode);
          ps.setLong(5, actor);
          ps.executeUpdate();
        }
      }
    }
  }

  /**
   * Adds the keys the actor lacks. A key another transaction is adding at the same moment fails
   * the insert with a unique-key violation, which the store retries; the registry lock makes that
   * rare, but a database without it would still never hold one key twice.
   */
  private static void addAliases(Connection c, EntityType type, long actor,
      Map<String, String> aliases, RegistryLocks locks) throws SQLException {
    try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM registry_aliases"
            + " WHERE entity_type = ? AND alias_key = ?");
        PreparedStatement insert = c.prepareStatement("INSERT INTO registry_aliases (entity_type,"
            + " alias_key, actor_id, alias, first_letter, letters) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Map.Entry<String, String> alias : aliases.entrySet()) {
        exists.setString(1, type.name());
        exists.setString(2, alias.getKey());
        try (ResultSet rs = exists.executeQuery()) {
          if (rs.next()) {
            continue;
          }
        }
        if (locks != null) {
          locks.checkWrite(type, alias.getKey());
        }
        insert.setString(1, type.name());
        insert.setString(2, alias.getKey());
        insert.setLong(3, actor);
        insert.setString(4, alias.getValue());
        String bare = ActorNames.bare(alias.getKey());
        insert.setString(5, ActorNames.firstLetter(bare));
        insert.setInt(6, ActorNames.letters(bare));
        insert.executeUpdate();
      }
    }
  }

  private static void update(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
  }

  /** Registry actors, most articles first, then by name. */
  static List<RegistryActor> list(Connection c, int limit) throws SQLException {
    List<RegistryActor> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTOR_COLUMNS
        + " FROM registry_actors r ORDER BY article_count DESC, r.canonical_name, r.id LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(actor(c, rs));
        }
      }
    }
    return out;
  }

  /**
   * The actor a name or alias denotes, by normalised key in any entity type and, for a generic
   * institution name, in any country; when several know the key ("Washington" the person and the
   * place, one country's and another's "Defense Ministry") the one in most articles.
   */
  static Optional<RegistryActor> find(Connection c, String nameOrAlias) throws SQLException {
    String key = ActorNames.key(nameOrAlias);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ACTOR_COLUMNS
        + " FROM registry_actors r WHERE r.id IN (SELECT actor_id FROM registry_aliases"
        + " WHERE alias_key = ? OR alias_key LIKE ?) ORDER BY article_count DESC, r.id LIMIT 1")) {
      ps.setString(1, key);
      ps.setString(2, ActorNames.anyScope(key));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(actor(c, rs)) : Optional.empty();
      }
    }
  }

  /**
   * The id of the actor {@link #find} gives, without reading the actor: the actors that know the
   * key, and only when there are several their article counts (a count reads every link of the
   * actor: half a second for one named in 6,000 of 10,000 articles, which a listing filtered by
   * the actor paid on every request).
   */
  static Optional<Long> findId(Connection c, String nameOrAlias) throws SQLException {
    String key = ActorNames.key(nameOrAlias);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<Long> ids = new TreeSet<>();
    // two lookups, each served by registry_aliases_by_key (schema 10), rather than one OR
    for (String sql : List.of("SELECT actor_id FROM registry_aliases WHERE alias_key = ?",
        "SELECT actor_id FROM registry_aliases WHERE alias_key LIKE ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, sql.endsWith("= ?") ? key : ActorNames.anyScope(key));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
    }
    if (ids.size() <= 1) {
      return ids.isEmpty() ? Optional.empty() : Optional.of(ids.first());
    }
    return find(c, nameOrAlias).map(RegistryActor::id);
  }

  private static RegistryActor actor(Connection c, ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    // Sorted here, not by the database, so the order does not depend on its collation.
    TreeSet<String> aliases = new TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT alias FROM registry_aliases WHERE actor_id = ?")) {
      ps.setLong(1, id);
      try (ResultSet as = ps.executeQuery()) {
        while (as.next()) {
          aliases.add(as.getString(1));
        }
      }
    }
    String kind = rs.getString(4);
    return new RegistryActor(id, rs.getString(2), Rows.entityType(rs.getString(3)),
        kind == null ? null : AnalysisRows.kind(kind), rs.getString(5), rs.getString(6),
        ImmutableList.copyOf(aliases), rs.getLong(7));
  }
}
