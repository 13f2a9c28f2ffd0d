package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.sitrep.stories.Story;

/**
 * Computed documents kept with their story (migration V8): a story's page, say, which takes
 * fusing every article of the story, is computed once and read back until the story or one of its
 * articles changes. A document is stored under its story, a kind (what document it is, with the
 * version of the code that computed it) and the {@link #fingerprint} of what it was computed
 * from; {@link #get} returns it only while the fingerprint still matches, so a stale document is
 * never read, whatever changed it (a new member, a merge, an article stored in a new version or
 * analysed again). A document may be stored with parts (migration V9: pieces read on their own,
 * such as one page of a long list), each with its {@link #etag}, replaced with the document and
 * read only under the same fingerprint ({@link #part}). Thread-safe. Database failures surface
 * as {@link StoreException}.
 */
public final class StoryViews {
  /** Member ids per IN list when reading their versions. */
  private static final int CHUNK = 500;

  private final DataSource pool;
  private final String where;

  StoryViews(DataSource pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  /**
   * A hash of what a document of {@code story} is computed from: the story as read (its id,
   * title, members in order with their scores, threads and duplicates) and, for each member
   * article, its latest stored version and when that version was last written (a new analysis of
   * the same content rewrites it in place and renews that time); a deleted article counts as
   * absent. Costs one indexed read per {@value #CHUNK} members.
   */
  public String fingerprint(Story story) {
    List<String> ids = story.articleIds();
    Map<String, String> stamps = new HashMap<>();
    try (Connection c = pool.getConnection()) {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.latest_version,"
            + " v.stored_at FROM articles a JOIN article_versions v ON v.article_id = a.id"
            + " AND v.version = a.latest_version WHERE a.id IN ("
            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              stamps.put(rs.getString(1), rs.getInt(2) + "@" + rs.getString(3));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the articles of story " + story.id() + " in "
          + where + ": " + e.getMessage(), e);
    }
    Hasher h = Hashing.sha256().newHasher();
    h.putString(story.toString(), StandardCharsets.UTF_8).putChar('\n');
    for (String id : ids) {
      h.putString(id, StandardCharsets.UTF_8).putChar('=')
          .putString(stamps.getOrDefault(id, "absent"), StandardCharsets.UTF_8).putChar('\n');
    }
    return h.hash().toString();
  }

  /**
   * The stored document of this kind for the story, if it was computed from {@code fingerprint}.
   */
  public Optional<String> get(String storyId, String kind, String fingerprint) {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT body FROM story_views WHERE story_id = ? AND kind = ? AND fingerprint = ?")) {
      bind(ps, storyId, kind, fingerprint);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read a computed page of story " + storyId + " in " + where
          + ": " + e.getMessage(), e);
    }
  }

  /** The fingerprints of the stored documents of this kind, by story id. */
  public Map<String, String> fingerprints(String kind) {
    return fingerprints("SELECT story_id, fingerprint FROM story_views WHERE kind = ?", kind);
  }

  /** Story id to fingerprint, from a query on story ids and fingerprints with these parameters. */
  private Map<String, String> fingerprints(String sql, String... params) {
    Map<String, String> out = new HashMap<>();
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the computed story pages in " + where + ": "
          + e.getMessage(), e);
    }
    return out;
  }

  /**
   * One stored part of a document (schema 9): a piece of it that is read on its own, with the
   * {@link #etag} of its body.
   *
   * @param etag the part's ETag, as {@link #etag} gives it for the body
   * @param body the part, or null when the caller said it already has this ETag
   */
  public record Part(String etag, String body) {}

  /**
   * The strong HTTP ETag of a body as the API sends it: a quoted hex digest of its UTF-8 bytes
   * (the first 128 bits of SHA-256). Stored with each part, so a conditional request is answered
   * without reading or hashing the body.
   */
  public static String etag(byte[] body) {
    return "\"" + Hashing.sha256().hashBytes(body).toString().substring(0, 32) + "\"";
  }

  /**
   * The part {@code part} of the stored document of this kind, if the document was computed from
   * {@code fingerprint} and has that part; its body is read only when {@code has} does not
   * accept its ETag (a client that already has it needs none).
   */
  public Optional<Part> part(String storyId, String kind, String part, String fingerprint,
      Predicate<String> has) {
    try (Connection c = pool.getConnection()) {
      String etag;
      try (PreparedStatement ps = c.prepareStatement("SELECT etag FROM story_view_parts"
          + " WHERE story_id = ? AND kind = ? AND part = ? AND fingerprint = ?")) {
        bind(ps, storyId, kind, part, fingerprint);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          etag = rs.getString(1);
        }
      }
      if (has.test(etag)) {
        return Optional.of(new Part(etag, null));
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT etag, body FROM story_view_parts"
          + " WHERE story_id = ? AND kind = ? AND part = ? AND fingerprint = ?")) {
        bind(ps, storyId, kind, part, fingerprint);
        try (ResultSet rs = ps.executeQuery()) {
          // replaced meanwhile by a document of another fingerprint: this one is stale
          return rs.next() ? Optional.of(new Part(rs.getString(1), rs.getString(2)))
              : Optional.empty();
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read a computed page of story " + storyId + " in " + where
          + ": " + e.getMessage(), e);
    }
  }

  /** Whether a document of this kind computed from {@code fingerprint} is stored (body unread). */
  public boolean has(String storyId, String kind, String fingerprint) {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT 1 FROM story_views WHERE story_id = ? AND kind = ? AND fingerprint = ?")) {
      bind(ps, storyId, kind, fingerprint);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read a computed page of story " + storyId + " in " + where
          + ": " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement ps, String... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setString(i + 1, values[i]);
    }
  }

  /** The fingerprints of the stored documents of this kind that have part {@code part}. */
  public Map<String, String> partFingerprints(String kind, String part) {
    return fingerprints("SELECT story_id, fingerprint FROM story_view_parts WHERE kind = ?"
        + " AND part = ?", kind, part);
  }

  /**
   * Stores a document, replacing the story's earlier one of this kind. Two processes storing one
   * story's document at once both computed it from a snapshot; the later write wins, and a reader
   * takes it only if its fingerprint is current.
   */
  public void put(String storyId, String kind, String fingerprint, String body) {
    put(storyId, kind, fingerprint, body, Map.of());
  }

  /**
   * {@link #put} with the document's parts (name to body, names up to 80 characters), which
   * replace the parts of the story's earlier document of this kind, in the same transaction;
   * each is stored with its {@link #etag}.
   */
  public void put(String storyId, String kind, String fingerprint, String body,
      Map<String, String> parts) {
    checkArgument(kind != null && !kind.isBlank() && kind.length() <= 40,
        "a document kind is 1 to 40 characters, got '%s'", kind);
    for (String name : parts.keySet()) {
      checkArgument(!name.isEmpty() && name.length() <= 80,
          "a part name is 1 to 80 characters, got '%s'", name);
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (String table : List.of("story_views", "story_view_parts")) {
          try (PreparedStatement del = c.prepareStatement(
              "DELETE FROM " + table + " WHERE story_id = ? AND kind = ?")) {
            del.setString(1, storyId);
            del.setString(2, kind);
            del.executeUpdate();
          }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO story_views (story_id, kind,"
            + " fingerprint, body) VALUES (?, ?, ?, ?)")) {
          ins.setString(1, storyId);
          ins.setString(2, kind);
          ins.setString(3, fingerprint);
          ins.setString(4, body);
          ins.executeUpdate();
        }
        if (!parts.isEmpty()) {
          try (PreparedStatement ins = c.prepareStatement("INSERT INTO story_view_parts (story_id,"
              + " kind, part, fingerprint, etag, body) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
              bind(ins, storyId, kind, p.getKey(), fingerprint,
                  etag(p.getValue().getBytes(StandardCharsets.UTF_8)), p.getValue());
              ins.addBatch();
            }
            ins.executeBatch();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // a concurrent writer of the same document won: its document is as good as this one
      if (!"23505".equals(e.getSQLState())) {
        throw new StoreException("cannot store a computed page of story " + storyId + " in "
            + where + ": " + e.getMessage(), e);
      }
    }
  }
}
