package org.sitrep.store;

import com.google.common.collect.ImmutableList;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryIndex;
import org.sitrep.stories.StoryMerges;
import org.sitrep.stories.TermVec;

/**
 * The store's stories (migration V6): a {@link StoryIndex} whose state is SQL rows, so stories
 * persist and grow as articles arrive. Each {@link #update addition} is one transaction that
 * first locks the one {@code story_state} row, so additions are serial across threads and
 * processes sharing a database, and a failed addition leaves nothing behind. An addition reads
 * the document frequencies of its own terms and names, the postings of its query terms and names
 * (most recent first, limited), and its candidate stories: its cost does not grow with the store.
 *
 * <p>Also the reads the application needs around clustering: which stored articles are in no
 * story yet ({@link #unassigned}), for catching up after an upgrade or a killed run, and merges
 * ({@link #merge}: a story merged into another keeps its id, which then redirects). Thread-safe.
 * Database failures surface as {@link StoreException}.
 */
public final class StoryTables implements StoryIndex {
  private final DataSource pool;
  private final String where;

  StoryTables(DataSource pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  /**
   * A stored article not yet in any story.
   *
   * @param id the article id
   * @param published the day its latest version was published, or null
   */
  public record Unassigned(String id, LocalDate published) {}

  /** The latest stored articles that are in no story, in id order. */
  public List<Unassigned> unassigned() {
    String sql = "SELECT a.id, v.published_on FROM articles a JOIN article_versions v"
        + " ON v.article_id = a.id AND v.version = a.latest_version"
        + " WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)"
        + " ORDER BY a.id";
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<Unassigned> out = new ArrayList<>();
      while (rs.next()) {
        Date d = rs.getDate(2);
        out.add(new Unassigned(rs.getString(1), d == null ? null : d.toLocalDate()));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list the articles in no story in " + where + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Whether some stored article is in no story: fewer members than articles, since an article is
   * added to one story at most and articles are never deleted. Two counts, which H2 keeps and
   * PostgreSQL reads from an index: cheap enough to ask before every read of stories, where
   * {@link #unassigned} reads every article.
   */
  public boolean anyUnassigned() {
    try (Connection c = pool.getConnection()) {
      return count(c, "SELECT COUNT(*) FROM articles")
          > count(c, "SELECT COUNT(*) FROM story_members");
    } catch (SQLException e) {
      throw new StoreException("cannot count the articles in no story in " + where + ": "
          + e.getMessage(), e);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** How many articles have been added to stories. */
  public int articlesAdded() {
    return update(Tx::articles);
  }

  @Override
  public <T> T update(Function<Tx, T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        int articles;
        int stories;
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT articles, stories FROM story_state WHERE id = 1 FOR UPDATE");
            ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new StoreException("the story state row is missing in " + where);
          }
          articles = rs.getInt(1);
          stories = rs.getInt(2);
        }
        T result = work.apply(new SqlTx(c, articles, stories));
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        if (!c.isClosed()) {
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot update the stories in " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public ImmutableList<Story> stories() {
    return read(null);
  }

  @Override
  public Optional<Story> story(String id) {
    String target = resolve(id);
    if (target == null) {
      return Optional.empty();
    }
    List<Story> one = read(target);
    return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
  }

  /**
   * Where a story id leads: itself, or the story it was merged into (followed to the end), or null
   * when no story has that id.
   */
  public String resolve(String id) {
    String current = id;
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT merged_into FROM stories WHERE story_id = ?")) {
      for (int hop = 0; hop < 1000; hop++) {
        ps.setString(1, current);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          String next = rs.getString(1);
          if (next == null) {
            return current;
          }
          current = next;
        }
      }
      throw new StoreException("story merges loop at " + id + " in " + where);
    } catch (SQLException e) {
      throw new StoreException("cannot read story " + id + " in " + where + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Records that story {@code from} is merged into {@code into}: {@code from}'s articles are
   * listed under {@code into} from now on and {@code from}'s id redirects there. The clustering
   * state is left as it is (later articles may still join {@code from}'s centroid; they are then
   * listed under {@code into} too).
   *
   * @param note why (the evidence), kept with the merge
   */
  public void merge(String from, String into, String note) {
    try (Connection c = pool.getConnection()) {
      mergeIn(c, from, into, note);
    } catch (SQLException e) {
      throw new StoreException("cannot merge story " + from + " in " + where + ": "
          + e.getMessage(), e);
    }
  }

  private static void mergeIn(Connection c, String from, String into, String note)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE stories SET merged_into = ?, merge_note = ?, revision = revision + 1"
            + " WHERE story_id = ? AND merged_into IS NULL")) {
      ps.setString(1, into);
      ps.setString(2, note);
      ps.setString(3, from);
      if (ps.executeUpdate() == 0) {
        return;
      }
    }
    // schema 10: both stories' pages change (StoryViews#current)
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE stories SET revision = revision + 1 WHERE story_id = ?")) {
      ps.setString(1, into);
      ps.executeUpdate();
    }
  }

  /** Every story's merge: merged story id → (target id, note). */
  public Map<String, String[]> merges() {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT story_id, merged_into, merge_note FROM stories WHERE merged_into IS NOT NULL"
            + " ORDER BY ordinal"); ResultSet rs = ps.executeQuery()) {
      Map<String, String[]> out = new LinkedHashMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read story merges in " + where + ": " + e.getMessage(), e);
    }
  }

  /** Reads every story (one = null) or one resolved story, merged members folded in. */
  private ImmutableList<Story> read(String one) {
    List<Story> all = readAll();
    Map<String, String> into = new HashMap<>();
    merges().forEach((from, to) -> into.put(from, to[0]));
    ImmutableList<Story> folded = StoryMerges.fold(all, into);
    return one == null ? folded : folded.stream().filter(s -> s.id().equals(one))
        .collect(ImmutableList.toImmutableList());
  }

  private List<Story> readAll() {
    String sql = "SELECT s.story_id, s.ordinal, s.title, s.first_day, s.last_day, s.merged_into,"
        + " m.article_id, m.seq, m.outlet, m.started, m.score, m.text_score, m.names_score,"
        + " m.time_factor, m.shared_names, m.duplicate_of, m.thread"
        + " FROM stories s JOIN story_members m ON m.story_ordinal = s.ordinal"
        + " ORDER BY s.ordinal, m.seq";
    Map<String, Building> byId = new LinkedHashMap<>();
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        Building b = byId.get(id);
        if (b == null) {
          b = new Building(id, rs.getInt(2), rs.getString(3), day(rs.getDate(4)),
              day(rs.getDate(5)));
          byId.put(id, b);
        }
        String shared = rs.getString(15);
        b.members.add(new Membership(rs.getString(7), id, rs.getBoolean(10), rs.getDouble(11),
            rs.getDouble(12), rs.getDouble(13), rs.getDouble(14),
            shared.isEmpty() ? List.of() : Arrays.asList(shared.split("\t")), rs.getString(16),
            rs.getInt(8), rs.getInt(17)));
        if (rs.getString(9) != null) {
          b.outlets.add(rs.getString(9));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the stories in " + where + ": " + e.getMessage(), e);
    }
    List<Story> out = new ArrayList<>();
    for (Building b : byId.values()) {
      out.add(new Story(b.id, b.ordinal, b.title, b.members, b.first, b.last, b.outlets));
    }
    return out;
  }

  private static LocalDate day(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static final class Building {
    final String id;
    final int ordinal;
    final String title;
    LocalDate first;
    LocalDate last;
    final List<Membership> members = new ArrayList<>();
    final TreeSet<String> outlets = new TreeSet<>();

    Building(String id, int ordinal, String title, LocalDate first, LocalDate last) {
      this.id = id;
      this.ordinal = ordinal;
      this.title = title;
      this.first = first;
      this.last = last;
    }
  }

  /** One addition's reads and write, on the connection holding the state lock. */
  private final class SqlTx implements Tx {
    private final Connection c;
    private final int articles;
    private final int stories;
    private final Map<Integer, StoryHead> heads = new HashMap<>();

    SqlTx(Connection c, int articles, int stories) {
      this.c = c;
      this.articles = articles;
      this.stories = stories;
    }

    @Override
    public int articles() {
      return articles;
    }

    @Override
    public int storyCount() {
      return stories;
    }

    @Override
    public boolean contains(String articleId) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT 1 FROM story_members WHERE article_id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next();
        }
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public Map<String, Integer> termDf(Collection<String> terms) {
      return counts("SELECT term, df FROM story_term_df WHERE term = ANY(?)", terms);
    }

    @Override
    public Map<String, Integer> nameDf(Collection<String> keys) {
      return counts("SELECT name_key, df FROM story_name_df WHERE name_key = ANY(?)", keys);
    }

    private Map<String, Integer> counts(String sql, Collection<String> keys) {
      Map<String, Integer> out = new HashMap<>();
      if (keys.isEmpty()) {
        return out;
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Array arr = c.createArrayOf("VARCHAR", keys.toArray(String[]::new));
        ps.setArray(1, arr);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getInt(2));
          }
        }
        return out;
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public List<Integer> termStories(String term, int depth) {
      return ordinals("SELECT story_ordinal FROM story_term_postings WHERE term = ?"
          + " ORDER BY seq DESC LIMIT ?", term, depth);
    }

    @Override
    public List<Integer> nameStories(String key, int depth) {
      return ordinals("SELECT story_ordinal FROM story_names WHERE name_key = ?"
          + " ORDER BY seq DESC LIMIT ?", key, depth);
    }

    private List<Integer> ordinals(String sql, String key, int depth) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, key);
        ps.setInt(2, depth);
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getInt(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public StoryHead story(int ordinal) {
      StoryHead cached = heads.get(ordinal);
      if (cached != null) {
        return cached;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT story_id, title, first_day,"
          + " last_day, centroid, threads, merged_into FROM stories WHERE ordinal = ?")) {
        ps.setInt(1, ordinal);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new StoreException("no story with ordinal " + ordinal + " in " + where);
          }
          StoryHead h = new StoryHead(rs.getString(1), ordinal, rs.getString(2),
              day(rs.getDate(3)), day(rs.getDate(4)), TermVec.decode(rs.getString(5)),
              rs.getInt(6), rs.getString(7));
          heads.put(ordinal, h);
          return h;
        }
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public Set<String> namesIn(int ordinal, Collection<String> keys) {
      Set<String> out = new HashSet<>();
      if (keys.isEmpty()) {
        return out;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT name_key FROM story_names"
          + " WHERE story_ordinal = ? AND name_key = ANY(?)")) {
        ps.setInt(1, ordinal);
        ps.setArray(2, c.createArrayOf("VARCHAR", keys.toArray(String[]::new)));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
        return out;
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public List<MemberVec> recent(int ordinal, int n) {
      try (PreparedStatement ps = c.prepareStatement("SELECT article_id, vec, thread FROM"
          + " story_members WHERE story_ordinal = ? ORDER BY seq DESC LIMIT ?")) {
        ps.setInt(1, ordinal);
        ps.setInt(2, n);
        List<MemberVec> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String vec = rs.getString(2);
            if (!vec.isEmpty()) {
              out.add(new MemberVec(rs.getString(1), TermVec.decode(vec), rs.getInt(3)));
            }
          }
        }
        java.util.Collections.reverse(out);
        return out;
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    @Override
    public void apply(Change ch) {
      try {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE story_state SET articles = ?, stories = ? WHERE id = 1")) {
          ps.setInt(1, ch.seq());
          ps.setInt(2, ch.created() ? stories + 1 : stories);
          ps.executeUpdate();
        }
        bump("story_term_df", "term", ch.terms());
        bump("story_name_df", "name_key", ch.nameKeys());
        StoryHead s = ch.story();
        if (ch.created()) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO stories (story_id, ordinal,"
              + " title, first_day, last_day, centroid, threads) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setInt(2, s.ordinal());
            ps.setString(3, s.title());
            ps.setDate(4, s.first() == null ? null : Date.valueOf(s.first()));
            ps.setDate(5, s.last() == null ? null : Date.valueOf(s.last()));
            ps.setString(6, s.centroid().encode());
            ps.setInt(7, s.threads());
            ps.executeUpdate();
          }
        } else {
          // a new member: the story's revision (schema 10, StoryViews#current) moves on
          try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET first_day = ?,"
              + " last_day = ?, centroid = ?, threads = ?, revision = revision + 1"
              + " WHERE ordinal = ?")) {
            ps.setDate(1, s.first() == null ? null : Date.valueOf(s.first()));
            ps.setDate(2, s.last() == null ? null : Date.valueOf(s.last()));
            ps.setString(3, s.centroid().encode());
            ps.setInt(4, s.threads());
            ps.setInt(5, s.ordinal());
            ps.executeUpdate();
          }
        }
        postings(s.ordinal(), ch.seq(), ch.enteredTerms());
        if (!ch.newNames().isEmpty()) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_names (story_ordinal,"
              + " name_key, seq, mentions) VALUES (?, ?, ?, 1)")) {
            for (String k : ch.newNames()) {
              ps.setInt(1, s.ordinal());
              ps.setString(2, k);
              ps.setInt(3, ch.seq());
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        if (!ch.oldNames().isEmpty()) {
          try (PreparedStatement ps = c.prepareStatement("UPDATE story_names SET mentions ="
              + " mentions + 1 WHERE story_ordinal = ? AND name_key = ?")) {
            for (String k : ch.oldNames()) {
              ps.setInt(1, s.ordinal());
              ps.setString(2, k);
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        Membership m = ch.membership();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_members (article_id,"
            + " story_ordinal, seq, outlet, started, score, text_score, names_score, time_factor,"
            + " shared_names, duplicate_of, thread, vec)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, m.articleId());
          ps.setInt(2, s.ordinal());
          ps.setInt(3, ch.seq());
          ps.setString(4, ch.outlet());
          ps.setBoolean(5, m.started());
          ps.setDouble(6, m.score());
          ps.setDouble(7, m.text());
          ps.setDouble(8, m.names());
          ps.setDouble(9, m.time());
          ps.setString(10, String.join("\t", m.sharedNames().stream()
              .map(n -> n.replace('\t', ' ')).toList()));
          ps.setString(11, m.duplicateOf());
          ps.setInt(12, m.thread());
          ps.setString(13, ch.vec().encode());
          ps.executeUpdate();
        }
        if (ch.merge() != null) {
          mergeIn(c, ch.merge().from(), ch.merge().into(), ch.merge().note());
        }
      } catch (SQLException e) {
        throw fail(e);
      }
    }

    /** Adds one to each key's count, creating the rows of keys not counted yet. */
    private void bump(String table, String key, Collection<String> keys) throws SQLException {
      if (keys.isEmpty()) {
        return;
      }
      List<String> list = List.copyOf(keys);
      int[] done;
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE " + table + " SET df = df + 1 WHERE " + key + " = ?")) {
        for (String k : list) {
          ps.setString(1, k);
          ps.addBatch();
        }
        done = ps.executeBatch();
      }
      insertMissing("INSERT INTO " + table + " (" + key + ", df) VALUES (?, 1)", list, done,
          (ps, k) -> ps.setString(1, k));
    }

    private void postings(int ordinal, int seq, Collection<String> terms) throws SQLException {
      if (terms.isEmpty()) {
        return;
      }
      List<String> list = List.copyOf(terms);
      int[] done;
      try (PreparedStatement ps = c.prepareStatement("UPDATE story_term_postings SET seq = ?"
          + " WHERE term = ? AND story_ordinal = ?")) {
        for (String t : list) {
          ps.setInt(1, seq);
          ps.setString(2, t);
          ps.setInt(3, ordinal);
          ps.addBatch();
        }
        done = ps.executeBatch();
      }
      insertMissing("INSERT INTO story_term_postings (term, story_ordinal, seq) VALUES (?, ?, ?)",
          list, done, (ps, t) -> {
            ps.setString(1, t);
            ps.setInt(2, ordinal);
            ps.setInt(3, seq);
          });
    }

    private void insertMissing(String sql, List<String> keys, int[] updated, Binder bind)
        throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        boolean any = false;
        for (int i = 0; i < keys.size(); i++) {
          if (updated[i] == 0) {
            bind.bind(ps, keys.get(i));
            ps.addBatch();
            any = true;
          }
        }
        if (any) {
          ps.executeBatch();
        }
      }
    }

    private StoreException fail(SQLException e) {
      return new StoreException("cannot cluster stories in " + where + ": " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps, String key) throws SQLException;
  }
}
