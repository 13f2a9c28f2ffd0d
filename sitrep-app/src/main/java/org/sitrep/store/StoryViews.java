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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.sitrep.stories.StoryMerges;

/**
 * Computed documents kept with their story (migration V8): a story's page, say, which takes
 * fusing every article of the story, is computed once and read back until the story or one of its
 * articles changes. A document is stored under its story, a kind (what document it is, with the
 * version of the code that computed it) and the fingerprint of what it was computed from (its
 * story's revisions, schema 10: {@link #current}); {@link #get} returns it only while the
 * fingerprint still matches, so a stale document is never read, whatever changed it (a new
 * member, a merge, an article stored in a new version or analysed again). A document may be stored with parts (migration V9: pieces read on their own,
 * such as one page of a long list), each with its {@link #etag}, replaced with the document and
 * read only under the same fingerprint ({@link #part}). Thread-safe. Database failures surface
 * as {@link StoreException}.
 */
public final class StoryViews {
  private final DataSource pool;
  private final String where;

  StoryViews(DataSource pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  /**
   * Where a story id leads (itself, or the story it was merged into, followed to the end) and the
   * fingerprint of what that story's documents are computed from.
   *
   * @param storyId the resolved story's id
   * @param fingerprint a hash of the story's id and the revisions (schema 10) of every story
   *     folded into it, itself included
   */
  public record Stamp(String storyId, String fingerprint) {}

  /**
   * The {@link Stamp} of the story an id leads to, or empty when no story has that id. A story's
   * revision counts every change to what its documents are computed from (an article added, a
   * merge into or out of it, a member article stored in a new version or analysed again: see
   * {@link StoryTables} and {@link ArticleStore#save}), and a merged story's articles are listed
   * in the story it leads to, so the revisions of the stories folded into the resolved one
   * change exactly when its documents would. Costs a few indexed reads, whatever the story's size
   * (a fingerprint over its members' versions read them all on every request).
   */
  public Optional<Stamp> current(String storyId) {
    try (Connection c = pool.getConnection()) {
      String target = storyId;
      Long revision = null;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT merged_into, revision FROM stories WHERE story_id = ?")) {
        for (int hop = 0; ; hop++) {
          if (hop == 1000) {
            throw new StoreException("story merges loop at " + storyId + " in " + where);
          }
          ps.setString(1, target);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            String next = rs.getString(1);
            if (next == null) {
              revision = rs.getLong(2);
              break;
            }
            target = next;
          }
        }
      }
      Map<String, Long> folded = new TreeMap<>();
      folded.put(target, revision);
      List<String> todo = new ArrayList<>(List.of(target));
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT story_id, revision FROM stories WHERE merged_into = ?")) {
        while (!todo.isEmpty()) {
          ps.setString(1, todo.remove(todo.size() - 1));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (folded.put(rs.getString(1), rs.getLong(2)) == null) {
                todo.add(rs.getString(1));
              }
            }
          }
        }
      }
      return Optional.of(new Stamp(target, hash(target, folded)));
    } catch (SQLException e) {
      throw new StoreException("cannot read the revision of story " + storyId + " in " + where
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * The fingerprint ({@link #current}) of every story listed on its own (not merged into
   * another), by story id: one read of the stories table.
   */
  public Map<String, String> currentFingerprints() {
    Map<String, String> mergedInto = new HashMap<>();
    Map<String, Long> revisions = new HashMap<>();
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT story_id, merged_into, revision FROM stories"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        revisions.put(rs.getString(1), rs.getLong(3));
        if (rs.getString(2) != null) {
          mergedInto.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the revisions of the stories in " + where + ": "
          + e.getMessage(), e);
    }
    Map<String, Map<String, Long>> groups = new HashMap<>();
    revisions.forEach((id, rev) -> groups.computeIfAbsent(
        StoryMerges.resolve(id, mergedInto), k -> new TreeMap<>()).put(id, rev));
    Map<String, String> out = new HashMap<>();
    groups.forEach((id, group) -> {
      if (revisions.containsKey(id) && !mergedInto.containsKey(id)) {
        out.put(id, hash(id, group));
      }
    });
    return out;
  }

  private static String hash(String storyId, Map<String, Long> revisions) {
    Hasher h = Hashing.sha256().newHasher();
    // "r10": schema 10's fingerprints, never equal to a page stored under an earlier one
    h.putString("r10 " + storyId, StandardCharsets.UTF_8).putChar('\n');
    revisions.forEach((id, rev) -> h.putString(id, StandardCharsets.UTF_8).putChar('=')
        .putLong(rev).putChar('\n'));
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
