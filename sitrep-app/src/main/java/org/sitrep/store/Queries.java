package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.quotes.Quote;

/**
 * The listing queries behind {@link ArticleStore#events}, {@link ArticleStore#quotes} and {@link
 * ArticleStore#articles}: keyset pages over the latest versions, ordered by article id and
 * ordinal. The SQL picks the keys; the annotations themselves are read with the same code that
 * loads articles ({@link Rows#read}), so a listed event is exactly the event {@code load} gives.
 */
final class Queries {
  private static final String LATEST = " JOIN articles a ON a.id = t.article_id"
      + " AND a.latest_version = t.version"
      + " JOIN article_versions v ON v.article_id = t.article_id AND v.version = t.version";

  private Queries() {}

  static List<StoredItem<EventOut>> events(Connection c, EventFilter f, StoredItem.Key after,
      int limit) throws SQLException {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (f.actor() != null) {
      Optional<RegistryActor> actor = Registry.find(c, f.actor());
      where.append(" AND (UPPER(t.source_code) = ? OR UPPER(t.target_code) = ?"
          + " OR LOWER(t.source_name) = ? OR LOWER(t.target_name) = ?");
      String upper = f.actor().toUpperCase(Locale.ROOT);
      String lower = f.actor().toLowerCase(Locale.ROOT);
      args.add(upper);
      args.add(upper);
      args.add(lower);
      args.add(lower);
      if (actor.isPresent()) {
        where.append(" OR EXISTS (SELECT 1 FROM registry_links l WHERE l.article_id = t.article_id"
            + " AND l.version = t.version AND l.actor_id = ?"
            + " AND (l.entity_id = t.source_id OR l.entity_id = t.target_id))");
        args.add(actor.get().id());
      }
      where.append(")");
    }
    if (f.cameoRoot() != null) {
      where.append(" AND t.cameo_root = ?");
      args.add(f.cameoRoot());
    }
    if (f.plover() != null) {
      where.append(" AND UPPER(t.plover) = ?");
      args.add(f.plover().toUpperCase(Locale.ROOT));
    }
    if (f.modality() != null) {
      where.append(" AND LOWER(t.modality) = ?");
      args.add(f.modality().toLowerCase(Locale.ROOT));
    }
    if (f.from() != null) {
      where.append(" AND t.event_date IS NOT NULL AND SUBSTRING(t.event_date, 1, 10) >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND t.event_date IS NOT NULL AND SUBSTRING(t.event_date, 1, 10) <= ?");
      args.add(f.to().toString());
    }
    source(f.source(), where, args);
    return page(c, "events", where, args, after, limit, AnalyzedArticle::events);
  }

  static List<StoredItem<Quote>> quotes(Connection c, QuoteFilter f, StoredItem.Key after,
      int limit) throws SQLException {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (f.speaker() != null) {
      Optional<RegistryActor> actor = Registry.find(c, f.speaker());
      where.append(" AND (LOWER(t.speaker) = ?");
      args.add(f.speaker().toLowerCase(Locale.ROOT));
      if (actor.isPresent()) {
        where.append(" OR EXISTS (SELECT 1 FROM registry_links l WHERE l.article_id = t.article_id"
            + " AND l.version = t.version AND l.actor_id = ? AND l.entity_id = t.speaker_id)");
        args.add(actor.get().id());
      }
      where.append(")");
    }
    if (f.from() != null) {
      where.append(" AND v.published_on >= ?");
      args.add(java.sql.Date.valueOf(f.from()));
    }
    if (f.to() != null) {
      where.append(" AND v.published_on <= ?");
      args.add(java.sql.Date.valueOf(f.to()));
    }
    source(f.source(), where, args);
    return page(c, "quotes", where, args, after, limit, AnalyzedArticle::quotes);
  }

  static List<ArticleSummary> articles(Connection c, String afterId, int limit)
      throws SQLException {
    List<ArticleSummary> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT a.id, v.version, v.title, v.outlet,"
        + " v.published_value FROM articles a JOIN article_versions v ON v.article_id = a.id"
        + " AND v.version = a.latest_version" + (afterId == null ? "" : " WHERE a.id > ?")
        + " ORDER BY a.id LIMIT " + limit)) {
      if (afterId != null) {
        ps.setString(1, afterId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ArticleSummary(rs.getString(1), rs.getInt(2), rs.getString(3),
              rs.getString(4), rs.getString(5)));
        }
      }
    }
    return out;
  }

  /** The outlet filter: the resolved outlet (schema 4), not the metadata's raw source. */
  private static void source(String source, StringBuilder where, List<Object> args) {
    if (source != null) {
      where.append(" AND LOWER(v.outlet) = ?");
      args.add(source.toLowerCase(Locale.ROOT));
    }
  }

  /** Selects one page of keys from {@code table}, then reads each article once for its items. */
  private static <T> List<StoredItem<T>> page(Connection c, String table, StringBuilder where,
      List<Object> args, StoredItem.Key after, int limit,
      Function<AnalyzedArticle, List<T>> items) throws SQLException {
    List<Object> all = new ArrayList<>(args);
    String keyset = "";
    if (after != null) {
      keyset = " AND (t.article_id > ? OR (t.article_id = ? AND t.ordinal > ?))";
      all.add(after.articleId());
      all.add(after.articleId());
      all.add(after.ordinal());
    }
    String sql = "SELECT t.article_id, t.version, t.ordinal, v.title, v.outlet, v.published_value"
        + " FROM " + table + " t" + LATEST + " WHERE 1 = 1" + where + keyset
        + " ORDER BY t.article_id, t.ordinal LIMIT " + limit;
    List<StoredItem<T>> out = new ArrayList<>();
    Map<String, AnalyzedArticle> loaded = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < all.size(); i++) {
        ps.setObject(i + 1, all.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          int version = rs.getInt(2);
          int ordinal = rs.getInt(3);
          AnalyzedArticle a = loaded.get(id);
          if (a == null) {
            a = Rows.read(c, id, version);
            loaded.put(id, a);
          }
          List<T> list = a == null ? List.of() : items.apply(a);
          if (ordinal < list.size()) {
            out.add(new StoredItem<>(id, version, ordinal, rs.getString(4), rs.getString(5),
                rs.getString(6), list.get(ordinal)));
          }
        }
      }
    }
    return out;
  }
}
