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
import org.sitrep.analysis.EventOut;
import org.sitrep.events.DateBasis;
import org.sitrep.store.StoreBackend.TestDatabase;

/**
 * The event listing (schema 7: normalised filter columns, one query per actor alternative) selects
 * exactly what the listing before schema 7 selected, whose SQL is kept here as the reference:
 * invented articles with events of mixed-case codes, names, PLOVER types and modalities, dates
 * of every precision, several outlets, entities linked to registry actors, and articles stored in
 * two versions; every filter and combination, whole and page by page, on H2 and PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class EventQueriesTest {
  private static final String[] CODES = {"SYRGOV", "syrgov", "IRQREB", null, "Irqreb"};
  private static final String[] NAMES = {"Northern Shield", "NORTHERN SHIELD", "the militia",
      "Lina Hadad", "lina hadad", null};
  private static final String[] IDS = {"e1", "e3", null};
  private static final String[] ROOTS = {"02", "18", "19", "19"};
  private static final String[] PLOVER = {"ASSAULT", "assault", "Protest", null};
  private static final String[] MODALITIES = {"reported", "Asserted", "planned", null};
  private static final String[] DATES = {"2026-01-09", "2026-01", "2026", "2026-01-10T05:00",
      "2026-01-12", null};
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
  void everyFilterSelectsWhatTheListingBeforeSchema7Selected() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      String id = String.format(Locale.ROOT, "q%02d", i);
      store.save(article(id, "h" + i, random));
      if (i % 5 == 0) {
        // a second version: only its events may be listed
        store.save(article(id, "h" + i + "b", random));
      }
    }
    List<EventFilter> filters = filters();
    // H2 lets a raw connection in only while no store is open
    store.close();
    store = null;
    Map<EventFilter, List<StoredItem.Key>> expected = new LinkedHashMap<>();
    try (Connection c = db.connect()) {
      for (EventFilter f : filters) {
        expected.put(f, before(c, f));
      }
    }
    store = db.open();
    int nonEmpty = 0;
    for (EventFilter f : filters) {
      List<StoredItem.Key> whole = keys(store.events(f, null, 1000));
      assertThat(whole).as("%s", f).isEqualTo(expected.get(f));
      // a registry actor's links are walked a chunk at a time: pages that span several steps,
      // steps that end inside an article, and the default chunk
      for (int chunk : new int[] {1, 2, 5, Queries.LINK_CHUNK}) {
        int c = chunk;
        assertThat(paged((after, n) -> keys(store.events(f, after, n, c)), 3))
            .as("%s, pages of 3, link chunks of %s", f, c).isEqualTo(expected.get(f));
        assertThat(keys(store.events(f, null, 1000, c))).as("%s, link chunks of %s", f, c)
            .isEqualTo(expected.get(f));
      }
      nonEmpty += whole.isEmpty() ? 0 : 1;
    }
    // the invented data exercise the filters: most select something, and not everything
    assertThat(nonEmpty).isGreaterThan(filters.size() * 2 / 3);
    assertThat(expected.get(EventFilter.any()).size())
        .isGreaterThan(expected.get(filters.get(1)).size());
  }

  @Test
  void theRegistryAloneFindsAnEventWhoseActorIsNamedOtherwise() {
    Random random = new Random(3);
    AnalyzedArticle a = article("r1", "h", random);
    EventOut e = a.events().get(0);
    // "the militia" is entity e3, which the registry knows as Northern Shield
    EventOut militia = event(e, "the militia", "e3", null, null, null, null, "19", "ASSAULT",
        "reported", "2026-01-09");
    store.save(with(a, "h", List.of(militia), "Delta Herald"));
    List<StoredItem<EventOut>> found = store.events(new EventFilter("Northern Shield", null, null,
        null, null, null, null), null, 10);
    assertThat(found).extracting(s -> s.item().source()).containsExactly("the militia");
    assertThat(store.events(new EventFilter("the militia", "18", null, null, null, null, null),
        null, 10)).isEmpty();
  }

  /** One page of keys: the first {@code limit} after {@code after} (null: from the start). */
  @FunctionalInterface
  interface Pager {
    List<StoredItem.Key> page(StoredItem.Key after, int limit);
  }

  /** Every key, read page by page, each page starting after the last key of the one before. */
  static List<StoredItem.Key> paged(Pager pager, int size) {
    List<StoredItem.Key> all = new ArrayList<>();
    StoredItem.Key after = null;
    while (true) {
      List<StoredItem.Key> page = pager.page(after, size);
      all.addAll(page);
      if (page.size() < size) {
        return all;
      }
      after = page.get(page.size() - 1);
    }
  }

  private static List<EventFilter> filters() {
    List<EventFilter> out = new ArrayList<>();
    out.add(EventFilter.any());
    for (String actor : List.of("syrgov", "IRQREB", "northern shield", "Northern Shield",
        "Lina Hadad", "the militia", "nobody at all")) {
      out.add(new EventFilter(actor, null, null, null, null, null, null));
    }
    for (String root : List.of("02", "18", "19", "20")) {
      out.add(new EventFilter(null, root, null, null, null, null, null));
    }
    out.add(new EventFilter(null, null, "assault", null, null, null, null));
    out.add(new EventFilter(null, null, null, null, null, null, "ASSERTED"));
    out.add(new EventFilter(null, null, null, LocalDate.of(2026, 1, 9), null, null, null));
    out.add(new EventFilter(null, null, null, null, LocalDate.of(2026, 1, 9), null, null));
    out.add(new EventFilter(null, null, null, LocalDate.of(2026, 1, 10),
        LocalDate.of(2026, 1, 12), null, null));
    for (String outlet : List.of("DELTA HERALD", "sable times", "Nowhere")) {
      out.add(new EventFilter(null, null, null, null, null, outlet, null));
    }
    out.add(new EventFilter("Northern Shield", "19", null, null, null, "delta herald", null));
    out.add(new EventFilter("SYRGOV", null, "ASSAULT", LocalDate.of(2026, 1, 1), null, null,
        "reported"));
    out.add(new EventFilter("lina hadad", "02", null, null, LocalDate.of(2026, 1, 10),
        "Sable Times", null));
    return out;
  }

  /**
   * The listing's keys as the store selected them before schema 7 (the SQL of that version's
   * {@code Queries.events}, kept verbatim but for reading the keys only).
   */
  private static List<StoredItem.Key> before(Connection c, EventFilter f) throws SQLException {
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
    if (f.source() != null) {
      where.append(" AND LOWER(v.outlet) = ?");
      args.add(f.source().toLowerCase(Locale.ROOT));
    }
    String sql = "SELECT t.article_id, t.ordinal FROM events t"
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

  private static List<StoredItem.Key> keys(List<StoredItem<EventOut>> items) {
    return items.stream().map(s -> new StoredItem.Key(s.articleId(), s.ordinal())).toList();
  }

  /** {@link TestArticles#full} with one to four random events and a random outlet. */
  private static AnalyzedArticle article(String id, String hash, Random r) {
    AnalyzedArticle base = TestArticles.full(id);
    EventOut e = base.events().get(0);
    List<EventOut> events = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      events.add(event(e, pick(NAMES, r), pick(IDS, r), pick(CODES, r), pick(NAMES, r),
          pick(IDS, r), pick(CODES, r), pick(ROOTS, r), pick(PLOVER, r), pick(MODALITIES, r),
          pick(DATES, r)));
    }
    return with(base, hash, events, pick(OUTLETS, r));
  }

  private static EventOut event(EventOut e, String source, String sourceId, String sourceCode,
      String target, String targetId, String targetCode, String root, String plover,
      String modality, String date) {
    return new EventOut(e.start(), e.end(), e.sentence(), e.trigger(), source, sourceId,
        sourceCode, target, targetId, targetCode, root + "0", root, 4, -10.0, plover, null, null,
        null, date, date == null ? null : "day", date == null ? DateBasis.UNKNOWN
            : DateBasis.SENTENCE, e.place(), modality, null, List.of(), null, e.triggerStart(),
        e.triggerEnd());
  }

  private static AnalyzedArticle with(AnalyzedArticle a, String hash, List<EventOut> events,
      String outlet) {
    return new AnalyzedArticle(a.schema(), a.id(), 0, "hash-" + a.id() + "-" + hash,
        a.analysisVersion(), a.source(), a.url(), a.format(), a.title(), a.published(),
        a.dateline(), a.text(), a.structure(), a.entities(), a.times(), a.numbers(), a.warnings(),
        a.actors(), a.affiliations(), a.places(), a.quotes(), a.claims(), events, outlet,
        outlet == null ? "unknown" : "user", null, a.framing());
  }

  private static <T> T pick(T[] values, Random r) {
    return values[r.nextInt(values.length)];
  }
}
