package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.quotes.Quote;
import org.sitrep.store.StoreBackend.TestDatabase;

/**
 * The quote listing (schema 9: the speaker filter compares the lower-cased copy {@code
 * speaker_key}, and the registry alternative is its own query) selects exactly what the listing
 * before schema 9 selected, whose SQL is kept here as the reference: invented articles with
 * quotes of mixed-case speakers, speaker entities linked to registry actors, several outlets and
 * days, and articles stored in two versions; every filter, whole and page by page, on H2 and
 * PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class QuoteQueriesTest {
  private static final String[] SPEAKERS = {"Lina Hadad", "LINA HADAD", "the militia",
      "Northern Shield", "a spokesman", null};
  private static final String[] IDS = {"e1", "e3", null};
  private static final String[] DAYS = {"2026-01-08", "2026-01-09", "2026-01-11", null};
  private static final String[] OUTLETS = {"Delta Herald", "delta herald", "Sable Times", null};

  @Parameter StoreBackend backend;
  @TempDir Path dir;
  private TestDatabase db;
  private ArticleStore store;

  @BeforeEach
  void open() {
    db = backend.create(dir);
    store = db.open();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
    db.close();
  }

  @Test
  void everyFilterSelectsWhatTheListingBeforeSchema9Selected() throws Exception {
    Random random = new Random(11);
    for (int i = 0; i < 40; i++) {
      String id = String.format(Locale.ROOT, "q%02d", i);
      store.save(article(id, "h" + i, random));
      if (i % 5 == 0) {
        // a second version: only its quotes may be listed
        store.save(article(id, "h" + i + "b", random));
      }
    }
    List<QuoteFilter> filters = new ArrayList<>();
    filters.add(QuoteFilter.any());
    for (String speaker : List.of("lina hadad", "Lina Hadad", "THE MILITIA", "Northern Shield",
        "northern shield", "a spokesman", "nobody at all")) {
      filters.add(new QuoteFilter(speaker, null, null, null));
    }
    filters.add(new QuoteFilter(null, LocalDate.of(2026, 1, 9), null, null));
    filters.add(new QuoteFilter(null, null, LocalDate.of(2026, 1, 9), "sable times"));
    filters.add(new QuoteFilter("Northern Shield", LocalDate.of(2026, 1, 9), null,
        "DELTA HERALD"));
    filters.add(new QuoteFilter("lina hadad", null, LocalDate.of(2026, 1, 10), null));
    // H2 lets a raw connection in only while no store is open
    store.close();
    store = null;
    Map<QuoteFilter, List<StoredItem.Key>> expected = new LinkedHashMap<>();
    try (Connection c = db.connect()) {
      for (QuoteFilter f : filters) {
        expected.put(f, before(c, f));
      }
    }
    store = db.open();
    int nonEmpty = 0;
    for (QuoteFilter f : filters) {
      List<StoredItem.Key> whole = keys(store.quotes(f, null, 1000));
      assertThat(whole).as("%s", f).isEqualTo(expected.get(f));
      for (int chunk : new int[] {1, 2, 5, Queries.LINK_CHUNK}) {
        int c = chunk;
        assertThat(EventQueriesTest.paged((after, n) -> keys(store.quotes(f, after, n, c)), 3))
            .as("%s, pages of 3, link chunks of %s", f, c).isEqualTo(expected.get(f));
      }
      nonEmpty += whole.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).isGreaterThan(filters.size() * 2 / 3);
    // the registry finds quotes whose speaker is named otherwise ("the militia" is e3)
    assertThat(expected.get(filters.get(4)).size())
        .isGreaterThan(namedExactly(filters.get(4)).size());
  }

  /** The keys whose speaker is named exactly (case aside) as the filter says, for comparison. */
  private List<StoredItem.Key> namedExactly(QuoteFilter f) {
    return store.quotes(f, null, 1000).stream()
        .filter(s -> f.speaker().equalsIgnoreCase(String.valueOf(s.item().speaker())))
        .map(s -> new StoredItem.Key(s.articleId(), s.ordinal())).toList();
  }

  /**
   * The listing's keys as the store selected them before schema 9 (the SQL of that version's
   * {@code Queries.quotes}, kept verbatim but for reading the keys only).
   */
  private static List<StoredItem.Key> before(Connection c, QuoteFilter f) throws SQLException {
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
    if (f.source() != null) {
      where.append(" AND v.outlet_key = ?");
      args.add(f.source().toLowerCase(Locale.ROOT));
    }
    String sql = "SELECT t.article_id, t.ordinal FROM quotes t"
        + " JOIN articles a ON a.id = t.article_id AND a.latest_version = t.version"
        + " JOIN article_versions v ON v.article_id = t.article_id AND v.version = t.version"
        + " WHERE 1 = 1" + where + " ORDER BY t.article_id, t.ordinal";
    List<StoredItem.Key> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredItem.Key(rs.getString(1), rs.getInt(2)));
        }
      }
    }
    return out;
  }

  private static List<StoredItem.Key> keys(List<StoredItem<Quote>> items) {
    return items.stream().map(s -> new StoredItem.Key(s.articleId(), s.ordinal())).toList();
  }

  /** {@link TestArticles#full} with one to four random quotes, a random outlet and day. */
  private static AnalyzedArticle article(String id, String hash, Random r) {
    AnalyzedArticle a = TestArticles.full(id);
    Quote q = a.quotes().get(0);
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      quotes.add(new Quote(q.start(), q.end(), q.text(), pick(SPEAKERS, r), pick(IDS, r),
          q.verb(), q.channel(), q.kind(), q.sentenceStart(), q.sentenceEnd()));
    }
    String day = pick(DAYS, r);
    String outlet = pick(OUTLETS, r);
    return new AnalyzedArticle(a.schema(), a.id(), 0, "hash-" + a.id() + "-" + hash,
        a.analysisVersion(), a.source(), a.url(), a.format(), a.title(),
        new PublishedDate(day, day != null, null), a.dateline(), a.text(), a.structure(),
        a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(), a.affiliations(),
        a.places(), quotes, a.claims(), a.events(), outlet, outlet == null ? "unknown" : "user",
        null, a.framing());
  }

  private static <T> T pick(T[] values, Random r) {
    return values[r.nextInt(values.length)];
  }
}
