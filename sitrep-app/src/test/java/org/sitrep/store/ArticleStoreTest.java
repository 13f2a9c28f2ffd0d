package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.framing.ActorLabel;
import org.sitrep.framing.Framing;
import org.sitrep.framing.LabelForm;
import org.sitrep.framing.LoadedCategory;
import org.sitrep.framing.LoadedTerm;
import org.sitrep.framing.Voice;
import org.sitrep.store.StoreBackend.TestDatabase;
import org.sitrep.time.TimeExpression;

/** The store's contract, run once on the embedded H2 and once on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class ArticleStoreTest {
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
    store.close();
    db.close();
  }

  @Test
  void roundTripRebuildsAnEqualArticle() {
    AnalyzedArticle rich = TestArticles.rich("a1");

    SaveResult result = store.save(rich);

    assertThat(result).isEqualTo(new SaveResult("a1", 1, Status.NEW));
    assertThat(store.load("a1")).contains(rich.withVersion(1));
    assertThat(store.load("a1", 1)).contains(rich.withVersion(1));
    // Scale survives although neither H2 nor PostgreSQL NUMERIC keeps it.
    assertThat(store.load("a1").orElseThrow().numbers().get(1).min()).hasToString("2.50E+6");
  }

  @Test
  void roundTripKeepsWhereEachTimeSits() {
    String text = "Bridge reopens\nPublished 2 March 2027 | 3 min read\n"
        + "KARVIA, March 3 (Wirenews) - Engineers reopened it on Tuesday.\n";
    int dash = text.indexOf(" - ") + 2;
    List<AnalyzedArticle.Section> structure = List.of(
        TestArticles.section(text, "title", "Bridge reopens", ""),
        TestArticles.section(text, "boilerplate", "Published 2 March 2027 | 3 min read",
            "publication line"),
        TestArticles.section(text, "dateline", "KARVIA, March 3 (Wirenews) -", ""),
        new AnalyzedArticle.Section("body", dash + 1, text.length() - 1, ""));
    List<TimeExpression> times = List.of(
        TestArticles.time(text, "2 March 2027", "DATE", "2027-03-02")
            .in(TimeExpression.Segment.PUBLICATION_LINE),
        TestArticles.time(text, "March 3", "DATE", "2027-03-03")
            .in(TimeExpression.Segment.DATELINE),
        TestArticles.time(text, "on Tuesday", "DATE", "2027-03-02"));
    AnalyzedArticle a = new AnalyzedArticle(AnalyzedArticle.SCHEMA, "t1", 0, "hash-t1",
        "test", null, null, "text", "Bridge reopens",
        new AnalyzedArticle.PublishedDate("2027-03-02", false, "publication line in text"),
        "KARVIA", text,
        structure, List.of(), times, List.of(), List.of());

    store.save(a);

    assertThat(store.load("t1").orElseThrow().times()).containsExactlyElementsOf(times);
  }

  @Test
  void roundTripKeepsActorsPlacesQuotesClaimsAndEvents() {
    AnalyzedArticle full = TestArticles.full("a1");

    store.save(full);
    store.close();
    store = db.open();

    AnalyzedArticle loaded = store.load("a1").orElseThrow();
    assertThat(loaded).isEqualTo(full.withVersion(1));
    assertThat(loaded.places().get(1).latitude()).isNull();
    assertThat(loaded.events().get(1).place()).isNull();
    assertThat(loaded.events().get(0).place().longitude()).isEqualTo(0.1 + 0.2);
    assertThat(loaded.events().get(1).goldstein()).isEqualTo(Double.MIN_VALUE);
    assertThat(loaded.events().get(0).figures().get(1).max()).hasToString("3E+2");
    StoreStats stats = store.stats();
    assertThat(List.of(stats.quotes(), stats.claims(), stats.events()))
        .containsExactly((long) full.quotes().size(), (long) full.claims().size(),
            (long) full.events().size());
    assertThat(stats.events()).isPositive();
  }

  @Test
  void reanalysisReplacesActorsQuotesAndEvents() throws Exception {
    AnalyzedArticle full = TestArticles.full("a1");
    store.save(full);
    AnalyzedArticle r = reanalysed(full, "0.2.0");
    EventOut only = full.events().get(1);
    AnalyzedArticle redone = new AnalyzedArticle(r.schema(), "a1", 0, r.contentHash(),
        r.analysisVersion(), r.source(), r.url(), r.format(), r.title(), r.published(),
        r.dateline(), r.text(), r.structure(), r.entities(), r.times(), r.numbers(),
        r.warnings(), List.of(new ActorRef("e1", "Hadad", ActorKind.PERSON, null, null, "person")),
        List.of(), List.of(), full.quotes().subList(1, 2), List.of(), List.of(only));

    assertThat(store.save(redone).outcome()).isEqualTo(Status.REANALYSE);

    assertThat(store.load("a1")).contains(redone.withVersion(1));
    store.close();
    try (Connection c = db.connect()) {
      for (String table : List.of("actors", "affiliations", "places", "quotes", "claims",
          "events", "event_places", "event_figures", "registry_links", "registry_actors")) {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          int expected = switch (table) {
            case "actors", "quotes", "events", "registry_links", "registry_actors" -> 1;
            default -> 0;
          };
          assertThat(rs.getInt(1)).as(table).isEqualTo(expected);
        }
      }
    }
    store = db.open();
    assertThat(store.registry(10)).extracting(RegistryActor::canonicalName)
        .containsExactly("Hadad");
  }

  @Test
  void roundTripOfAnArticleWithoutMetadataOrAnnotations() {
    AnalyzedArticle bare = TestArticles.bare("b", "Just text \u2018quoted\u2019 \uD83C\uDF0D.");

    store.save(bare);

    assertThat(store.load("b")).contains(bare.withVersion(1));
  }

  @Test
  void survivesReopening() {
    store.save(TestArticles.rich("a1"));
    store.close();
    store = db.open();

    assertThat(store.load("a1")).contains(TestArticles.rich("a1").withVersion(1));
  }

  @Test
  void unknownIdsAndVersionsAreEmpty() {
    store.save(TestArticles.rich("a1"));

    assertThat(store.load("nope")).isEmpty();
    assertThat(store.load("a1", 2)).isEmpty();
    assertThat(store.versions("nope")).isEmpty();
    assertThat(store.status("nope", "h", TestArticles.ANALYSIS)).isEqualTo(Status.NEW);
  }

  @Test
  void sameContentTwiceChangesNothing() {
    AnalyzedArticle a = TestArticles.rich("a1");
    store.save(a);

    assertThat(store.status("a1", a.contentHash(), a.analysisVersion()))
        .isEqualTo(Status.UNCHANGED);
    assertThat(store.save(a)).isEqualTo(new SaveResult("a1", 1, Status.UNCHANGED));
    assertThat(store.versions("a1")).containsExactly(1);
    assertThat(store.stats().versions()).isEqualTo(1);
    assertThat(store.stats().entities()).isEqualTo(3);
  }

  @Test
  void changedContentAddsAVersionAndKeepsTheOldOne() {
    AnalyzedArticle v1 = TestArticles.rich("a1");
    store.save(v1);
    AnalyzedArticle v2 = withContent(TestArticles.bare("a1", "Updated: the depot burned."), "h2");

    assertThat(store.status("a1", "h2", TestArticles.ANALYSIS)).isEqualTo(Status.CHANGED);
    assertThat(store.save(v2)).isEqualTo(new SaveResult("a1", 2, Status.CHANGED));

    assertThat(store.versions("a1")).containsExactly(1, 2);
    assertThat(store.load("a1")).contains(v2.withVersion(2));
    assertThat(store.load("a1", 1)).contains(v1.withVersion(1));
    // Back to the first content: that is a change from the latest, so a third version.
    assertThat(store.save(v1).version()).isEqualTo(3);
  }

  @Test
  void reanalysisReplacesTheLatestVersionInPlace() {
    AnalyzedArticle old = TestArticles.rich("a1");
    store.save(old);
    AnalyzedArticle redone = reanalysed(old, "0.2.0");

    assertThat(store.status("a1", old.contentHash(), "0.2.0")).isEqualTo(Status.REANALYSE);
    assertThat(store.save(redone)).isEqualTo(new SaveResult("a1", 1, Status.REANALYSE));

    assertThat(store.versions("a1")).containsExactly(1);
    assertThat(store.load("a1")).contains(redone.withVersion(1));
    StoreStats stats = store.stats();
    assertThat(stats.entities()).isEqualTo(1);
    assertThat(stats.mentions()).isEqualTo(1);
    assertThat(stats.numbers()).isEqualTo(3);
  }

  @Test
  void concurrentSavesStoreEachArticleOnce() throws Exception {
    int threads = 4;
    int articles = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    ConcurrentLinkedQueue<SaveResult> results = new ConcurrentLinkedQueue<>();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int seed = t;
      futures.add(pool.submit(() -> {
        // Every thread saves every article, in its own order, so the same ids race.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        start.await();
        for (int i : order) {
          results.add(store.save(TestArticles.generated(i)));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(results).hasSize(threads * articles);
    assertThat(results).filteredOn(r -> r.outcome() == Status.NEW).hasSize(articles);
    assertThat(results).allMatch(r -> r.version() == 1
        && (r.outcome() == Status.NEW || r.outcome() == Status.UNCHANGED));
    StoreStats stats = store.stats();
    assertThat(stats.articles()).isEqualTo(articles);
    assertThat(stats.versions()).isEqualTo(articles);
    for (int i = 0; i < articles; i++) {
      AnalyzedArticle expected = TestArticles.generated(i);
      assertThat(store.load(expected.id())).contains(expected.withVersion(1));
    }
  }

  @Test
  void moreThreadsThanConnectionsShareTheBoundedPool() throws Exception {
    int threads = 3 * ArticleStore.MAX_CONNECTIONS;
    int each = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CyclicBarrier start = new CyclicBarrier(threads);
    AtomicInteger most = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * each;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = first; i < first + each; i++) {
          store.save(TestArticles.generated(i));
          most.accumulateAndGet(store.pooledConnections(), Math::max);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(most.get()).isBetween(1, ArticleStore.MAX_CONNECTIONS);
    assertThat(store.stats().articles()).isEqualTo(threads * each);
  }

  @Test
  void statsCountLatestVersionsAndRankEntitiesByArticles() {
    store.save(TestArticles.rich("a1"));
    store.save(TestArticles.rich("a2"));
    store.save(TestArticles.rich("a3"));
    store.save(reanalysed(withContent(TestArticles.rich("a3"), "new"), TestArticles.ANALYSIS));

    StoreStats stats = store.stats();

    assertThat(stats.articles()).isEqualTo(3);
    assertThat(stats.versions()).isEqualTo(4);
    assertThat(stats.entities()).isEqualTo(3 + 3 + 1);
    assertThat(stats.mentions()).isEqualTo(4 + 4 + 1);
    assertThat(stats.times()).isEqualTo(2 + 2 + 0);
    assertThat(stats.numbers()).isEqualTo(9);
    // a3's latest version names only "Hadad"; ties are ordered by name.
    assertThat(stats.topEntities()).containsExactly(
        new StoreStats.EntityCount("Lina Hadad", EntityType.PERSON, 2),
        new StoreStats.EntityCount("Northern Shield", EntityType.ORGANIZATION, 2),
        new StoreStats.EntityCount("Qaraqosh", EntityType.LOCATION, 2),
        new StoreStats.EntityCount("Hadad", EntityType.PERSON, 1));
  }

  @Test
  void forEachLatestVisitsLatestVersionsInIdOrderAcrossPages() {
    for (int i = 204; i >= 0; i--) {
      store.save(TestArticles.bare(String.format("id-%03d", i), "text " + i));
    }
    store.save(withContent(TestArticles.bare("id-007", "newer text"), "v2"));
    List<AnalyzedArticle> seen = new ArrayList<>();

    store.forEachLatest(seen::add);

    assertThat(seen).hasSize(205);
    assertThat(seen).extracting(AnalyzedArticle::id).isSorted().doesNotHaveDuplicates();
    assertThat(seen.get(7).text()).isEqualTo("newer text");
    assertThat(seen.get(7).version()).isEqualTo(2);
  }

  @Test
  void rowsAreQueryableWithSql() throws Exception {
    store.save(TestArticles.rich("a1"));
    store.close();
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT m.covered_text FROM mentions m"
            + " JOIN entities e ON e.article_id = m.article_id AND e.version = m.version"
            + " AND e.ordinal = m.entity_ordinal WHERE e.name = 'Lina Hadad' ORDER BY m.ordinal")) {
      List<String> mentions = new ArrayList<>();
      while (rs.next()) {
        mentions.add(rs.getString(1));
      }
      assertThat(mentions).containsExactly("Lina Hadad", "Hadad");
    }
    store = db.open();
  }

  @Test
  void framingLabelsAndLoadedTermsRoundTripAndLeaveWithTheirVersion() {
    AnalyzedArticle full = TestArticles.full("a1");
    Framing framing = new Framing(
        List.of(new ActorLabel("Norland Front", "e1", "armed group", LabelForm.PREMODIFIER,
                Voice.OWN, null, 4, 15),
            new ActorLabel("Norland Front", "e1", "a gang of thugs", LabelForm.APPOSITION,
                Voice.QUOTED, "the governor", 20, 35)),
        List.of(new LoadedTerm("terrorist", LoadedCategory.TERROR_LABEL, Voice.QUOTED,
            "the governor", "Norland Front", "e1", 40, 49)));
    AnalyzedArticle framed = new AnalyzedArticle(full.schema(), full.id(), 0, full.contentHash(),
        full.analysisVersion(), full.source(), full.url(), full.format(), full.title(),
        full.published(), full.dateline(), full.text(), full.structure(), full.entities(),
        full.times(), full.numbers(), full.warnings(), full.actors(), full.affiliations(),
        full.places(), full.quotes(), full.claims(), full.events(), full.outlet(),
        full.outletFrom(), full.wire(), framing);
    store.save(framed);
    store.close();
    store = db.open();
    AnalyzedArticle loaded = store.load("a1").orElseThrow();
    assertThat(loaded.framing()).isEqualTo(framing);
    assertThat(loaded).isEqualTo(framed.withVersion(1));
    // Re-analysed in place under another analysis version: the old framing rows go with it.
    AnalyzedArticle redone = new AnalyzedArticle(full.schema(), full.id(), 0, full.contentHash(),
        "other-analysis", full.source(), full.url(), full.format(), full.title(),
        full.published(), full.dateline(), full.text(), full.structure(), full.entities(),
        full.times(), full.numbers(), full.warnings(), full.actors(), full.affiliations(),
        full.places(), full.quotes(), full.claims(), full.events(), full.outlet(),
        full.outletFrom(), full.wire(), Framing.empty());
    store.save(redone);
    assertThat(store.load("a1").orElseThrow().framing()).isEqualTo(Framing.empty());
  }

  @Test
  void outletWhereItCameFromAndWireCreditRoundTrip() {
    AnalyzedArticle user = TestArticles.full("a1").withOutlet("Valley Times", "user", "Reuters");
    AnalyzedArticle unknown = TestArticles.bare("a2", "Nothing to go on.")
        .withOutlet(null, "unknown", null);
    store.save(user);
    store.save(unknown);
    store.close();
    store = db.open();
    AnalyzedArticle loaded = store.load("a1").orElseThrow();
    assertThat(List.of(loaded.outlet(), loaded.outletFrom(), loaded.wire()))
        .containsExactly("Valley Times", "user", "Reuters");
    assertThat(loaded).isEqualTo(user.withVersion(1));
    AnalyzedArticle none = store.load("a2").orElseThrow();
    assertThat(none.outlet()).isNull();
    assertThat(none.outletFrom()).isEqualTo("unknown");
  }

  /** Takes a store back to schema 5: the story tables (V6) gone and V6 not applied. */
  /**
   * Back to schema 6: V8's story pages and V7's indexes and filter-key columns gone, their
   * migrations not applied.
   */
  /** Back to schema 9: V10's event_actors table and story revisions gone, V10 not applied. */
  private static final List<String> ROLL_BACK_V10 = List.of("DROP TABLE event_actors",
      "DROP INDEX stories_by_merge", "DROP INDEX registry_aliases_by_key",
      "ALTER TABLE stories DROP COLUMN revision",
      "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'");

  private static final List<String> ROLL_BACK_V9 = concat(ROLL_BACK_V10, List.of(
      "DROP TABLE story_view_parts",
      "DROP INDEX quotes_by_speaker", "ALTER TABLE quotes DROP COLUMN speaker_key",
      "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'"));

  private static final List<String> ROLL_BACK_V7 = concat(ROLL_BACK_V9, List.of(
      "DROP TABLE story_views",
      "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'",
      "DROP INDEX events_by_source_code",
      "DROP INDEX events_by_target_code", "DROP INDEX events_by_source_name",
      "DROP INDEX events_by_target_name", "DROP INDEX events_by_root",
      "DROP INDEX events_by_plover", "DROP INDEX events_by_day",
      "DROP INDEX article_versions_by_outlet", "DROP INDEX registry_links_by_actor_version",
      "ALTER TABLE events DROP COLUMN source_code_key",
      "ALTER TABLE events DROP COLUMN target_code_key",
      "ALTER TABLE events DROP COLUMN source_name_key",
      "ALTER TABLE events DROP COLUMN target_name_key", "ALTER TABLE events DROP COLUMN plover_key",
      "ALTER TABLE events DROP COLUMN modality_key", "ALTER TABLE events DROP COLUMN event_day",
      "ALTER TABLE article_versions DROP COLUMN outlet_key",
      "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'"));

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  @Test
  void migrationV10ListsTheRegistryActorsOfEventsStoredBeforeIt() throws Exception {
    // the event names its actor otherwise: only the registry (entity e3) ties it to the name
    AnalyzedArticle a = TestArticles.full("a1");
    EventOut e = a.events().get(0);
    EventOut militia = new EventOut(e.start(), e.end(), e.sentence(), e.trigger(), "the militia",
        "e3", null, null, null, null, e.code(), e.root(), e.quadClass(), e.goldstein(),
        e.plover(), e.ploverMode(), e.acledType(), e.acledSubType(), e.date(), e.datePrecision(),
        e.dateBasis(), e.place(), e.modality(), e.reportedBy(), e.figures(), e.id(),
        e.triggerStart(), e.triggerEnd());
    store.save(new AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(), a.analysisVersion(),
        a.source(), a.url(), a.format(), a.title(), a.published(), a.dateline(), a.text(),
        a.structure(), a.entities(), a.times(), a.numbers(), a.warnings(), a.actors(),
        a.affiliations(), a.places(), a.quotes(), a.claims(), List.of(militia, e), a.outlet(),
        a.outletFrom(), a.wire(), a.framing()));
    EventFilter byRegistry = new EventFilter("Northern Shield", null, null, null, null, null,
        null);
    List<StoredItem.Key> listed = store.events(byRegistry, null, 10).stream()
        .map(StoredItem::key).toList();
    assertThat(listed).isNotEmpty();
    store.close();
    try (Connection c = db.connect()) {
      for (String sql : ROLL_BACK_V10) {
        c.createStatement().execute(sql);
      }
    }
    store = db.open();
    assertThat(store.events(byRegistry, null, 10)).extracting(StoredItem::key)
        .containsExactlyElementsOf(listed);
    store.close();
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM event_actors")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isPositive();
    }
    store = db.open();
  }

  @Test
  void migrationV9FillsTheSpeakerKeysOfQuotesStoredBeforeIt() throws Exception {
    store.save(TestArticles.full("a1"));
    store.close();
    try (Connection c = db.connect()) {
      for (String sql : ROLL_BACK_V9) {
        c.createStatement().execute(sql);
      }
    }
    store = db.open();
    org.sitrep.quotes.Quote said = TestArticles.full("a1").quotes().get(0);
    assertThat(store.quotes(new QuoteFilter("LINA HADAD", null, null, null), null, 10))
        .extracting(StoredItem::item).containsExactly(said);
    store.close();
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT speaker_key FROM quotes"
            + " ORDER BY ordinal")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("lina hadad");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isNull();
    }
    store = db.open();
  }

  private static final String[] ROLL_BACK_V6 = {"DROP TABLE story_names",
      "DROP TABLE story_term_postings", "DROP TABLE story_name_df", "DROP TABLE story_term_df",
      "DROP TABLE story_members", "DROP TABLE stories", "DROP TABLE story_state",
      "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'"};

  @Test
  void migrationV7FillsTheFilterKeysOfRowsStoredBeforeIt() throws Exception {
    store.save(TestArticles.full("a1").withOutlet("Delta Herald", "user", null));
    store.close();
    try (Connection c = db.connect()) {
      for (String sql : ROLL_BACK_V7) {
        c.createStatement().execute(sql);
      }
    }
    store = db.open();
    EventOut first = TestArticles.full("a1").events().get(0);
    assertThat(store.events(new EventFilter("irqgov", null, null, null, null, null, null), null,
        10)).extracting(StoredItem::item).containsExactly(first);
    assertThat(store.events(new EventFilter("NORTHERN SHIELD", "02", "assault",
        java.time.LocalDate.of(2026, 1, 9), java.time.LocalDate.of(2026, 1, 9), "delta herald",
        "REPORTED"), null, 10)).extracting(StoredItem::item).containsExactly(first);
    store.close();
    try (Connection c = db.connect();
        ResultSet rs = c.createStatement().executeQuery("SELECT source_code_key, target_name_key,"
            + " plover_key, modality_key, event_day FROM events WHERE ordinal = 0")) {
      assertThat(rs.next()).isTrue();
      assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
          rs.getString(5))).containsExactly("IRQGOV", "northern shield", "ASSAULT", "reported",
          "2026-01-09");
    }
    store = db.open();
  }

  @Test
  void migrationV4TakesTheOutletOfRowsStoredBeforeItFromTheirSource() throws Exception {
    AnalyzedArticle withSource = TestArticles.full("a1");
    assertThat(withSource.source()).isNotNull();
    store.save(withSource.withOutlet("Other", "user", "Reuters"));
    store.save(TestArticles.bare("a2", "No source."));
    store.close();
    // Back to schema 3: the V4 (and later) columns and tables gone, their migrations not applied.
    try (Connection c = db.connect()) {
      for (String sql : ROLL_BACK_V7) {
        c.createStatement().execute(sql);
      }
      for (String sql : List.of(ROLL_BACK_V6[0], ROLL_BACK_V6[1], ROLL_BACK_V6[2],
          ROLL_BACK_V6[3], ROLL_BACK_V6[4], ROLL_BACK_V6[5], ROLL_BACK_V6[6], ROLL_BACK_V6[7],
          "DROP TABLE framing_labels", "DROP TABLE loaded_terms",
          "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'",
          "ALTER TABLE article_versions DROP COLUMN outlet",
          "ALTER TABLE article_versions DROP COLUMN outlet_from",
          "ALTER TABLE article_versions DROP COLUMN wire",
          "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'")) {
        c.createStatement().execute(sql);
      }
    }
    store = db.open();
    AnalyzedArticle a1 = store.load("a1").orElseThrow();
    assertThat(List.of(a1.outlet(), a1.outletFrom())).containsExactly(withSource.source(),
        "metadata");
    assertThat(a1.wire()).isNull();
    AnalyzedArticle a2 = store.load("a2").orElseThrow();
    assertThat(a2.outlet()).isNull();
    assertThat(a2.outletFrom()).isEqualTo("unknown");
  }

  @Test
  void migrationV3FillsTheSpansOfEventsStoredBeforeIt() throws Exception {
    AnalyzedArticle full = TestArticles.full("a1");
    store.save(full);
    store.close();
    // Back to schema 2: the V3 (and later) columns gone and the migrations not yet applied.
    try (Connection c = db.connect()) {
      for (String sql : ROLL_BACK_V7) {
        c.createStatement().execute(sql);
      }
      for (String sql : List.of(ROLL_BACK_V6[0], ROLL_BACK_V6[1], ROLL_BACK_V6[2],
          ROLL_BACK_V6[3], ROLL_BACK_V6[4], ROLL_BACK_V6[5], ROLL_BACK_V6[6], ROLL_BACK_V6[7],
          "DROP TABLE framing_labels", "DROP TABLE loaded_terms",
          "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '5'",
          "ALTER TABLE article_versions DROP COLUMN outlet",
          "ALTER TABLE article_versions DROP COLUMN outlet_from",
          "ALTER TABLE article_versions DROP COLUMN wire",
          "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'",
          "DROP INDEX events_by_event_id",
          "ALTER TABLE events DROP COLUMN event_id", "ALTER TABLE events DROP COLUMN trigger_start",
          "ALTER TABLE events DROP COLUMN trigger_end",
          "ALTER TABLE event_figures DROP COLUMN start_offset",
          "ALTER TABLE event_figures DROP COLUMN end_offset",
          "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'")) {
        c.createStatement().execute(sql);
      }
    }
    store = db.open();

    List<EventOut> events = store.load("a1").orElseThrow().events();
    for (int i = 0; i < events.size(); i++) {
      EventOut before = full.events().get(i);
      assertThat(events.get(i).id()).isNull();
      assertThat(List.of(events.get(i).triggerStart(), events.get(i).triggerEnd()))
          .containsExactly(before.triggerStart(), before.triggerEnd());
      for (int j = 0; j < before.figures().size(); j++) {
        if (before.sentence().contains(before.figures().get(j).text())) {
          assertThat(events.get(i).figures().get(j)).isEqualTo(before.figures().get(j));
        }
      }
    }
    assertThat(full.events().get(0).figures()).anyMatch(f -> full.events().get(0).sentence()
        .contains(f.text()));
  }

  @Test
  void badInputGivesClearErrors() throws Exception {
    AnalyzedArticle noHash = withContent(TestArticles.rich("a1"), " ");
    assertThatThrownBy(() -> store.save(noHash))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no content hash");
    assertThatThrownBy(() -> store.load("a1", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("versions start at 1");
    assertThatThrownBy(() -> store.load(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    if (backend == StoreBackend.H2) {
      Path file = Files.writeString(dir.resolve("plain-file"), "x");
      assertThatThrownBy(() -> ArticleStore.openEmbedded(file))
          .isInstanceOf(StoreException.class).hasMessageContaining("cannot create data directory");
      assertThatThrownBy(() -> ArticleStore.open("jdbc:h2:file:" + dir.resolve("absent")
          + ";IFEXISTS=TRUE", "sa", ""))
          .isInstanceOf(StoreException.class).hasMessageContaining("cannot open database");
    } else {
      String absent = TestPostgres.url().replaceFirst("(//[^/]+/)[^?]*", "$1no_such_database");
      assertThatThrownBy(() -> ArticleStore.open(absent, null, null))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot open database")
          .hasMessageContaining("no_such_database")
          .hasMessageNotContaining("password=");
    }
  }

  @Test
  void aClosedStoreSaysSo() {
    store.close();
    assertThatThrownBy(() -> store.save(TestArticles.rich("a1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    store = db.open();
    assertThat(store.load("a1")).isEmpty();
  }

  @Test
  void aSaveThatFailsHalfwayLeavesNothingOfIt() {
    AnalyzedArticle v1 = TestArticles.rich("a1");
    store.save(v1);
    // The section type overflows its column, so the insert fails after the version row is written.
    AnalyzedArticle bad = new AnalyzedArticle(v1.schema(), "a1", 0, "other", v1.analysisVersion(),
        null, null, "text", null, v1.published(), null, "x",
        List.of(new AnalyzedArticle.Section("t".repeat(41), 0, 1, "")), List.of(), List.of(),
        List.of(), List.of());
    AnalyzedArticle badNew = withContent(bad, "other").withVersion(0);

    assertThatThrownBy(() -> store.save(bad)).isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot save article 'a1'");
    assertThatThrownBy(() -> store.save(new AnalyzedArticle(badNew.schema(), "a2", 0, "h",
        badNew.analysisVersion(), null, null, "text", null, badNew.published(), null, "x",
        badNew.structure(), List.of(), List.of(), List.of(), List.of())))
        .isInstanceOf(StoreException.class);

    assertThat(store.versions("a1")).containsExactly(1);
    assertThat(store.load("a1")).contains(v1.withVersion(1));
    assertThat(store.load("a2")).isEmpty();
    assertThat(store.stats().versions()).isEqualTo(1);
  }

  @Test
  void outletFiltersAndListingsReadTheResolvedOutlet() {
    // rich() carries a metadata source; the user's --source names another outlet over it.
    AnalyzedArticle full = TestArticles.full("a1");
    store.save(full.withOutlet("Delta Herald", "user", null));
    String metadata = full.source();

    assertThat(store.events(new EventFilter(null, null, null, null, null, "delta herald", null),
        null, 10)).hasSize(2).allSatisfy(e -> assertThat(e.source()).isEqualTo("Delta Herald"));
    assertThat(store.events(new EventFilter(null, null, null, null, null, metadata, null),
        null, 10)).isEmpty();
    assertThat(store.quotes(new QuoteFilter(null, null, null, "Delta Herald"), null, 10))
        .hasSize(2);
    assertThat(store.articles(null, 10)).singleElement()
        .satisfies(a -> assertThat(a.source()).isEqualTo("Delta Herald"));
  }

  static AnalyzedArticle withContent(AnalyzedArticle a, String hash) {
    return new AnalyzedArticle(a.schema(), a.id(), 0, hash, a.analysisVersion(), a.source(),
        a.url(), a.format(), a.title(), a.published(), a.dateline(), a.text(), a.structure(),
        a.entities(), a.times(), a.numbers(), a.warnings());
  }

  /** The same content with different annotations, as a newer analyser might produce. */
  static AnalyzedArticle reanalysed(AnalyzedArticle a, String analysisVersion) {
    int at = a.text().indexOf("Hadad");
    Entity only = new Entity("e1", "Hadad", EntityType.PERSON, "POLITICIAN", List.of(),
        List.of(new Mention(at, at + 5, "Hadad")));
    return new AnalyzedArticle(a.schema(), a.id(), 0, a.contentHash(), analysisVersion,
        a.source(), a.url(), a.format(), "A new title", a.published(), null, a.text(),
        a.structure().subList(0, 2), List.of(only), List.of(), a.numbers(), List.of("redone"));
  }
}
