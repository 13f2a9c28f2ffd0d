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

  /**
   * One page of events. Every filter compares a normalised copy of its column (schema 7: {@code
   * source_code_key} is {@code UPPER(source_code)}, and so on), which an index serves, instead of
   * the expression itself, which none can. The actor filter is an OR of six alternatives (either
   * code, either name, or either entity linked to the registry actor); an OR over different
   * columns again defeats every index, so each alternative is its own query, with every other
   * filter and the page's order and limit, and the page is the first {@code limit} rows of their
   * union (the first rows of a union are among the first rows of its parts).
   */
  static List<StoredItem<EventOut>> events(Connection c, EventFilter f, StoredItem.Key after,
      int limit) throws SQLException {
    StringBuilder where = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (f.cameoRoot() != null) {
      where.append(" AND t.cameo_root = ?");
      args.add(f.cameoRoot());
    }
    if (f.plover() != null) {
      where.append(" AND t.plover_key = ?");
      args.add(f.plover().toUpperCase(Locale.ROOT));
    }
    if (f.modality() != null) {
      where.append(" AND t.modality_key = ?");
      args.add(f.modality().toLowerCase(Locale.ROOT));
    }
    // event_day is null exactly when event_date is, so an undated event never matches a range
    if (f.from() != null) {
      where.append(" AND t.event_day >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND t.event_day <= ?");
      args.add(f.to().toString());
    }
    source(f.source(), where, args);
    // the column a common filter fixes, to lead the page order (see Branch#lead)
    String fixed = f.cameoRoot() != null ? "t.cameo_root"
        : f.plover() != null ? "t.plover_key" : "";
    List<Branch> branches = new ArrayList<>();
    if (f.actor() == null) {
      branches.add(new Branch("events t", "", List.of(), fixed));
    } else {
      String upper = f.actor().toUpperCase(Locale.ROOT);
      String lower = f.actor().toLowerCase(Locale.ROOT);
      branches.add(new Branch("events t", " AND t.source_code_key = ?", List.of(upper),
          "t.source_code_key"));
      branches.add(new Branch("events t", " AND t.target_code_key = ?", List.of(upper),
          "t.target_code_key"));
      branches.add(new Branch("events t", " AND t.source_name_key = ?", List.of(lower),
          "t.source_name_key"));
      branches.add(new Branch("events t", " AND t.target_name_key = ?", List.of(lower),
          "t.target_name_key"));
      Optional<RegistryActor> actor = Registry.find(c, f.actor());
      if (actor.isPresent()) {
        branches.add(new Branch("registry_links l JOIN events t ON t.article_id = l.article_id"
            + " AND t.version = l.version AND (t.source_id = l.entity_id"
            + " OR t.target_id = l.entity_id)", " AND l.actor_id = ?",
            List.of(actor.get().id()), ""));
      }
    }
    return page(c, branches, where, args, after, limit, AnalysisRows::readEvents);
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
    return page(c, List.of(new Branch("quotes t", "", List.of(), "")), where, args, after, limit,
        (conn, id, version) -> {
          AnalyzedArticle a = Rows.read(conn, id, version);
          return a == null ? List.of() : a.quotes();
        });
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

  /**
   * The outlet filter: the resolved outlet (schema 4), not the metadata's raw source, through its
   * lower-cased copy (schema 7), which an index serves.
   */
  private static void source(String source, StringBuilder where, List<Object> args) {
    if (source != null) {
      where.append(" AND v.outlet_key = ?");
      args.add(source.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * One way of selecting rows of the listed table {@code t}: what to select from (the table,
   * or a join that ends in it), a condition of its own, added to the common filters, and {@code
   * lead}, a column the branch's conditions fix to one value (or ""). Ordering by that column
   * before {@code (article_id, ordinal)} changes no order, since it is constant, but it makes the
   * order the whole key of the index on {@code (lead, article_id, ordinal)}, which H2 then reads
   * in order and stops at the page's limit; ordered by {@code (article_id, ordinal)} alone, H2
   * fetched and sorted every matching row first (8,460 rows for one root in a 10,000-article
   * store: 22,549 reads against 72).
   */
  private record Branch(String from, String where, List<Object> args, String lead) {}

  /** Reads the listed items of one stored version (empty when it is gone). */
  @FunctionalInterface
  private interface ItemReader<T> {
    List<T> read(Connection c, String id, int version) throws SQLException;
  }

  private static final String COLUMNS =
      "t.article_id, t.version, t.ordinal, v.title, v.outlet, v.published_value";

  /**
   * Selects one page of keys (the union of {@code branches}, each with the common filters
   * {@code where}), then reads each article's items once.
   */
  private static <T> List<StoredItem<T>> page(Connection c, List<Branch> branches,
      StringBuilder where, List<Object> args, StoredItem.Key after, int limit,
      ItemReader<T> items) throws SQLException {
    String keyset = "";
    List<Object> keys = new ArrayList<>();
    if (after != null) {
      keyset = " AND (t.article_id > ? OR (t.article_id = ? AND t.ordinal > ?))";
      keys.add(after.articleId());
      keys.add(after.articleId());
      keys.add(after.ordinal());
    }
    List<Object> all = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Branch b : branches) {
      parts.add("SELECT " + COLUMNS + " FROM " + b.from() + LATEST + " WHERE 1 = 1" + b.where()
          + where + keyset + " ORDER BY " + (b.lead().isEmpty() ? "" : b.lead() + ", ")
          + "t.article_id, t.ordinal LIMIT " + limit);
      all.addAll(b.args());
      all.addAll(args);
      all.addAll(keys);
    }
    String sql = parts.size() == 1 ? parts.get(0)
        : "SELECT * FROM ((" + String.join(") UNION (", parts) + ")) u"
            + " ORDER BY u.article_id, u.ordinal LIMIT " + limit;
    List<StoredItem<T>> out = new ArrayList<>();
    Map<String, List<T>> loaded = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < all.size(); i++) {
        ps.setObject(i + 1, all.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          int version = rs.getInt(2);
          int ordinal = rs.getInt(3);
          List<T> list = loaded.get(id);
          if (list == null) {
            list = items.read(c, id, version);
            loaded.put(id, list);
          }
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
