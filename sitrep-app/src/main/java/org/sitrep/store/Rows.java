package org.sitrep.store;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.core.IsoDays;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.numbers.NumberMention;
import org.sitrep.time.TimeExpression;

/**
 * Maps one article version to and from its rows. Every method runs on the caller's connection and
 * transaction; none commits.
 */
final class Rows {
  /**
   * Child tables, children of children first, so deleting in this order honours foreign keys. The
   * registry's links are not among them: {@link Registry} removes those itself.
   */
  private static final List<String> CHILD_TABLES = ImmutableList.<String>builder()
      .addAll(AnalysisRows.TABLES)
      .add("mentions", "entity_roles", "entities", "structure_spans", "time_expressions",
          "numbers", "warnings")
      .build();

  private Rows() {}

  /** The latest version's revision of {@code id}, or null when the id is not stored. */
  static Revision latest(Connection c, String id, boolean lock) throws SQLException {
    String sql = "SELECT a.latest_version FROM articles a WHERE a.id = ?" + (lock ? " FOR UPDATE" : "");
    int version;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        version = rs.getInt(1);
      }
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT content_hash, analysis_version"
        + " FROM article_versions WHERE article_id = ? AND version = ?")) {
      ps.setString(1, id);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("article '" + id + "' points at version " + version
              + ", which is not stored; the database was modified outside sitrep");
        }
        return new Revision(version, rs.getString(1), rs.getString(2));
      }
    }
  }

  static void insertArticle(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO articles (id, latest_version) VALUES (?, 1)")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  static void setLatest(Connection c, String id, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE articles SET latest_version = ? WHERE id = ?")) {
      ps.setInt(1, version);
      ps.setString(2, id);
      ps.executeUpdate();
    }
  }

  static void insertVersion(Connection c, AnalyzedArticle a, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_versions (schema_version,"
        + " content_hash, analysis_version, source, url, format, title, published_value,"
        + " published_inferred, published_basis, published_on, dateline, article_text, stored_at,"
        + " article_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bindVersion(ps, a, version);
      ps.executeUpdate();
    }
    updateOutlet(c, a, version);
  }

  /** The outlet columns (schema 4), kept apart so the version row's binding stays as it was. */
  private static void updateOutlet(Connection c, AnalyzedArticle a, int version)
      throws SQLException {
    // outlet_key (schema 7): lower-cased by the database, as V7 and the outlet filter do
    try (PreparedStatement ps = c.prepareStatement("UPDATE article_versions SET outlet = ?,"
        + " outlet_from = ?, wire = ?, outlet_key = LOWER(?)"
        + " WHERE article_id = ? AND version = ?")) {
      ps.setString(1, a.outlet());
      ps.setString(2, a.outletFrom());
      ps.setString(3, a.wire());
      ps.setString(4, a.outlet());
      ps.setString(5, a.id());
      ps.setInt(6, version);
      ps.executeUpdate();
    }
  }

  static void updateVersion(Connection c, AnalyzedArticle a, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE article_versions SET schema_version = ?,"
        + " content_hash = ?, analysis_version = ?, source = ?, url = ?, format = ?, title = ?,"
        + " published_value = ?, published_inferred = ?, published_basis = ?, published_on = ?,"
        + " dateline = ?, article_text = ?, stored_at = ? WHERE article_id = ? AND version = ?")) {
      bindVersion(ps, a, version);
      ps.executeUpdate();
    }
    updateOutlet(c, a, version);
  }

  private static void bindVersion(PreparedStatement ps, AnalyzedArticle a, int version)
      throws SQLException {
    PublishedDate p = a.published();
    ps.setInt(1, a.schema());
    ps.setString(2, a.contentHash());
    ps.setString(3, a.analysisVersion());
    ps.setString(4, a.source());
    ps.setString(5, a.url());
    ps.setString(6, a.format());
    ps.setString(7, a.title());
    ps.setString(8, p.value());
    ps.setBoolean(9, p.inferred());
    ps.setString(10, p.basis());
    LocalDate day = IsoDays.dayOf(p.value());
    ps.setDate(11, day == null ? null : Date.valueOf(day));
    ps.setString(12, a.dateline());
    ps.setString(13, a.text());
    ps.setObject(14, OffsetDateTime.now(ZoneOffset.UTC));
    ps.setString(15, a.id());
    ps.setInt(16, version);
  }

  static void deleteChildren(Connection c, String id, int version) throws SQLException {
    for (String table : CHILD_TABLES) {
      try (PreparedStatement ps = c.prepareStatement(
          "DELETE FROM " + table + " WHERE article_id = ? AND version = ?")) {
        ps.setString(1, id);
        ps.setInt(2, version);
        ps.executeUpdate();
      }
    }
  }

  static void insertChildren(Connection c, AnalyzedArticle a, int version) throws SQLException {
    String id = a.id();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO structure_spans (article_id,"
        + " version, ordinal, span_type, start_offset, end_offset, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Section s : a.structure()) {
        key(ps, id, version, i++);
        ps.setString(4, s.type());
        ps.setInt(5, s.start());
        ps.setInt(6, s.end());
        ps.setString(7, s.note());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement es = c.prepareStatement("INSERT INTO entities (article_id, version,"
            + " ordinal, entity_id, name, entity_type, subtype) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement rs = c.prepareStatement("INSERT INTO entity_roles (article_id, version,"
            + " entity_ordinal, ordinal, role) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement ms = c.prepareStatement("INSERT INTO mentions (article_id, version,"
            + " entity_ordinal, ordinal, start_offset, end_offset, covered_text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      int roles = 0;
      int mentions = 0;
      for (Entity e : a.entities()) {
        key(es, id, version, i);
        es.setString(4, e.id());
        es.setString(5, e.name());
        es.setString(6, e.type().name());
        es.setString(7, e.subtype());
        es.addBatch();
        int j = 0;
        for (String role : e.roles()) {
          key(rs, id, version, i);
          rs.setInt(4, j++);
          rs.setString(5, role);
          rs.addBatch();
          roles++;
        }
        j = 0;
        for (Mention m : e.mentions()) {
          key(ms, id, version, i);
          ms.setInt(4, j++);
          ms.setInt(5, m.start());
          ms.setInt(6, m.end());
          ms.setString(7, m.text());
          ms.addBatch();
          mentions++;
        }
        i++;
      }
      // Parents before children: the foreign keys are checked statement by statement.
      run(es, i);
      run(rs, roles);
      run(ms, mentions);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO time_expressions (article_id,"
        + " version, ordinal, start_offset, end_offset, covered_text, timex_type, timex_value)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (TimeExpression t : a.times()) {
        key(ps, id, version, i++);
        ps.setInt(4, t.start());
        ps.setInt(5, t.end());
        ps.setString(6, t.text());
        ps.setString(7, t.type());
        ps.setString(8, t.value());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO numbers (article_id, version,"
        + " ordinal, start_offset, end_offset, covered_text, min_value, min_scale, max_value,"
        + " max_scale, vague) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (NumberMention n : a.numbers()) {
        key(ps, id, version, i++);
        ps.setInt(4, n.start());
        ps.setInt(5, n.end());
        ps.setString(6, n.text());
        setDecimal(ps, 7, n.min());
        setDecimal(ps, 9, n.max());
        ps.setBoolean(11, n.vague());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO warnings (article_id, version,"
        + " ordinal, message) VALUES (?, ?, ?, ?)")) {
      int i = 0;
      for (String w : a.warnings()) {
        key(ps, id, version, i++);
        ps.setString(4, w);
        ps.addBatch();
      }
      run(ps, i);
    }
    AnalysisRows.insert(c, a, version);
  }

  static void key(PreparedStatement ps, String id, int version, int ordinal)
      throws SQLException {
    ps.setString(1, id);
    ps.setInt(2, version);
    ps.setInt(3, ordinal);
  }

  static void run(PreparedStatement ps, int rows) throws SQLException {
    if (rows > 0) {
      ps.executeBatch();
    }
  }

  static void setDecimal(PreparedStatement ps, int index, BigDecimal value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NUMERIC);
      ps.setNull(index + 1, Types.INTEGER);
    } else {
      ps.setBigDecimal(index, value);
      ps.setInt(index + 1, value.scale());
    }
  }

  static BigDecimal getDecimal(ResultSet rs, String column, String scaleColumn)
      throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    // Exact: the database keeps the value, only its scale is lost, so no rounding can occur.
    return value == null ? null : value.setScale(rs.getInt(scaleColumn));
  }

  /** Rebuilds one stored version, or returns null when it is not stored. */
  static AnalyzedArticle read(Connection c, String id, int version) throws SQLException {
    AnalyzedArticle head;
    try (PreparedStatement ps = c.prepareStatement("SELECT schema_version, content_hash,"
        + " analysis_version, source, url, format, title, published_value, published_inferred,"
        + " published_basis, dateline, article_text, outlet, outlet_from, wire"
        + " FROM article_versions"
        + " WHERE article_id = ? AND version = ?")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        head = new AnalyzedArticle(rs.getInt(1), id, version, rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            new PublishedDate(rs.getString(8), rs.getBoolean(9), rs.getString(10)),
            rs.getString(11), rs.getString(12), List.of(), List.of(), List.of(), List.of(),
            List.of());
        head = head.withOutlet(rs.getString(13), rs.getString(14), rs.getString(15));
      }
    }
    List<Section> sections = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT span_type, start_offset, end_offset,"
        + " note FROM structure_spans WHERE article_id = ? AND version = ? ORDER BY ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sections.add(new Section(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
        }
      }
    }
    Map<Integer, List<String>> roles = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT entity_ordinal, role FROM entity_roles"
        + " WHERE article_id = ? AND version = ? ORDER BY entity_ordinal, ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          roles.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    Map<Integer, List<Mention>> mentions = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT entity_ordinal, start_offset,"
        + " end_offset, covered_text FROM mentions WHERE article_id = ? AND version = ?"
        + " ORDER BY entity_ordinal, ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          mentions.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(new Mention(rs.getInt(2), rs.getInt(3), rs.getString(4)));
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, entity_id, name, entity_type,"
        + " subtype FROM entities WHERE article_id = ? AND version = ? ORDER BY ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int ordinal = rs.getInt(1);
          entities.add(new Entity(rs.getString(2), rs.getString(3), entityType(rs.getString(4)),
              rs.getString(5), roles.getOrDefault(ordinal, List.of()),
              mentions.getOrDefault(ordinal, List.of())));
        }
      }
    }
    List<TimeExpression> times = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT start_offset, end_offset, covered_text,"
        + " timex_type, timex_value FROM time_expressions WHERE article_id = ? AND version = ?"
        + " ORDER BY ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          times.add(new TimeExpression(rs.getInt(1), rs.getInt(2), rs.getString(3),
              rs.getString(4), rs.getString(5), segment(sections, rs.getInt(1))));
        }
      }
    }
    List<NumberMention> numbers = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT start_offset, end_offset, covered_text,"
        + " min_value, min_scale, max_value, max_scale, vague FROM numbers"
        + " WHERE article_id = ? AND version = ? ORDER BY ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          numbers.add(new NumberMention(rs.getInt("start_offset"), rs.getInt("end_offset"),
              rs.getString("covered_text"), getDecimal(rs, "min_value", "min_scale"),
              getDecimal(rs, "max_value", "max_scale"), rs.getBoolean("vague")));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT message FROM warnings"
        + " WHERE article_id = ? AND version = ? ORDER BY ordinal")) {
      bind(ps, id, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          warnings.add(rs.getString(1));
        }
      }
    }
    return AnalysisRows.read(c, new AnalyzedArticle(head.schema(), id, version,
        head.contentHash(), head.analysisVersion(), head.source(), head.url(), head.format(),
        head.title(), head.published(), head.dateline(), head.text(), sections, entities, times,
        numbers, warnings)).withOutlet(head.outlet(), head.outletFrom(), head.wire());
  }

  /**
   * The segment of a stored time expression starting at {@code offset}: not stored, because the
   * stored structure decides it (the time stage marks by the same rule what lies in the dateline,
   * a byline or a publication line).
   */
  private static TimeExpression.Segment segment(List<Section> sections, int offset) {
    for (Section s : sections) {
      if (s.start() <= offset && offset < s.end()) {
        TimeExpression.Segment furniture;
        try {
          furniture = TimeExpression.Segment.ofFurniture(
              StructureType.valueOf(s.type().toUpperCase(java.util.Locale.ROOT)), s.note());
        } catch (IllegalArgumentException e) {
          return TimeExpression.Segment.TEXT;
        }
        return furniture == null ? TimeExpression.Segment.TEXT : furniture;
      }
    }
    return TimeExpression.Segment.TEXT;
  }

  static EntityType entityType(String stored) {
    try {
      return EntityType.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw new StoreException("the store holds entity type '" + stored
          + "', which this version of sitrep does not know; was it written by a newer version?");
    }
  }

  /** Stored version numbers of {@code id}, ascending. */
  static List<Integer> versions(Connection c, String id) throws SQLException {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version FROM article_versions WHERE article_id = ? ORDER BY version")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    }
    return out.build();
  }

  private static void bind(PreparedStatement ps, String id, int version) throws SQLException {
    ps.setString(1, id);
    ps.setInt(2, version);
  }
}
