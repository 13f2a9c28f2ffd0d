package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.StoreBackend.TestDatabase;

/**
 * Several real {@code sitrep analyze} processes (separate JVMs, the CLI's own command line) storing
 * the same input folder in one PostgreSQL at once, as the README says users may run them: every
 * article is stored exactly once, at version 1, the runs' "new" counts add up to the articles, and
 * the search indexes (one per process, under each one's {@code --data}, since a Lucene index has
 * one writer) hold only stored articles, together all of them, and each agrees with the store
 * after its reconcile. {@link ConcurrentWritersTest} covers the store's own writers; this covers
 * the whole command, start-up migration included, with CoreNLP in each process.
 */
class AnalyzeProcessesTest {
  private static final int PROCESSES = 2;
  private static final Pattern NEW = Pattern.compile(
      "stored: (\\d+) new, (\\d+) re-analysed \\(analysis version changed\\), (\\d+) re-analysed"
          + " \\(content changed\\)");

  /** Short invented wire reports sharing places and groups, so saves meet in the registry too. */
  private static final Map<String, String> ARTICLES = Map.of(
      "kesta-shelling.txt", """
          Shelling hits Kesta market

          KESTA, 3 May 2027 — Artillery fire struck the market of Kesta on Tuesday, killing four \
          people, the Valdoran health ministry said. The Sable Brigade denied firing on the town.
          """,
      "merida-talks.txt", """
          Valdora and Ostmark open talks in Merida

          MERIDA, 4 May 2027 — Envoys of Valdora and Ostmark met in Merida on Wednesday to \
          discuss a ceasefire, a spokesperson for the Valdoran foreign ministry said.
          """,
      "sarnek-convoy.txt", """
          Aid convoy reaches Sarnek

          SARNEK, 5 May 2027 — A convoy of 20 trucks from the Red Crescent reached Sarnek on \
          Thursday after the Sable Brigade lifted its checkpoint on the northern road.
          """,
      "border-post.txt", """
          Northern Front seizes border post

          KESTA, 6 May 2027 — Fighters of the Northern Front seized a border post near Kesta on \
          Friday, killing two guards, a Valdoran security official said.
          """,
      "ostmark-arrests.txt", """
          Ostmark police arrest protesters

          LANDSBERG, 7 May 2027 — Police in Landsberg arrested 30 people on Saturday at a \
          protest against the war in Valdora, Ostmark's interior ministry said.
          """,
      "general-ekwall.txt", """
          General Ekwall visits the front

          MERIDA, 8 May 2027 — General Tomas Ekwall, commander of the Valdoran army in the east, \
          visited troops near Sarnek on Sunday and promised to retake the border post.
          """);

  @TempDir Path dir;
  private TestDatabase db;

  @BeforeEach
  void create() {
    db = StoreBackend.POSTGRESQL.create(dir);
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void analyzeProcessesOnOnePostgresqlStoreEachArticleOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
      Files.writeString(in.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    // All start at once on an empty schema, so they also race to migrate it; one worker thread
    // each (the machine has two cores) and no event extraction: the point is the store.
    List<Process> children = new ArrayList<>();
    for (int p = 0; p < PROCESSES; p++) {
      children.add(new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1500m",
          "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "analyze",
          "--no-events", "--threads", "1", "--db", db.location(),
          "--data", dir.resolve("data-" + p).toString(), in.toString())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child-" + p + ".log").toFile())
          .start());
    }
    int created = 0;
    for (int p = 0; p < PROCESSES; p++) {
      Process child = children.get(p);
      boolean finished = child.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        children.forEach(Process::destroyForcibly);
      }
      String log = Files.readString(dir.resolve("child-" + p + ".log"), StandardCharsets.UTF_8);
      assertThat(finished).as("process %s finishes; its log: %s", p, log).isTrue();
      assertThat(child.exitValue()).as("process %s exit; its log: %s", p, log).isZero();
      Matcher m = NEW.matcher(log);
      assertThat(m.find()).as("process %s summary; its log: %s", p, log).isTrue();
      created += Integer.parseInt(m.group(1));
      assertThat(m.group(2) + m.group(3)).as("nothing re-analysed by process %s", p)
          .isEqualTo("00");
    }
    assertThat(created).as("saves that created an article, over all processes")
        .isEqualTo(ARTICLES.size());

    try (ArticleStore store = db.open()) {
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(ARTICLES.size());
      assertThat(stats.versions()).as("one version per article").isEqualTo(ARTICLES.size());
      Map<String, Revision> stored = store.latestRevisions();
      assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(ARTICLES.keySet().stream()
          .map(f -> f.replace(".txt", "")).toList());
      assertThat(stored.values()).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));

      // Each process indexed what it stored (and what it found stored when it started): only
      // stored articles, each once per index, and together every stored article.
      Set<String> indexedSomewhere = new HashSet<>();
      for (int p = 0; p < PROCESSES; p++) {
        List<String> ids = indexedIds(dir.resolve("data-" + p).resolve("index"));
        assertThat(ids).as("index of process %s", p).doesNotHaveDuplicates()
            .isSubsetOf(stored.keySet());
        indexedSomewhere.addAll(ids);
      }
      assertThat(indexedSomewhere).as("articles indexed by the process that stored them")
          .isEqualTo(stored.keySet());
      // And each index agrees with the whole store once reconciled, as the next command would.
      for (int p = 0; p < PROCESSES; p++) {
        try (SearchIndex index = SearchIndex.open(dir.resolve("data-" + p).resolve("index"))) {
          index.reconcile(store);
          assertThat(index.size()).as("index of process %s", p).isEqualTo(ARTICLES.size());
        }
        assertThat(indexedIds(dir.resolve("data-" + p).resolve("index")))
            .containsExactlyInAnyOrderElementsOf(stored.keySet());
      }
    }
  }

  /** The article ids of an index's live documents, as committed. */
  private static List<String> indexedIds(Path indexDir) throws IOException {
    List<String> ids = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document document = fields.document(doc, Set.of("id"));
            ids.add(document.get("id"));
          }
        }
      }
    }
    return ids;
  }
}
