package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.store.StoreBackend.TestDatabase;

/**
 * Kills a JVM in the middle of saving and checks that the store holds only whole articles, on the
 * embedded H2 and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(StoreBackend.class)
class StoreCrashTest {
  private static final int KILL_AFTER = 25;

  @Parameter StoreBackend backend;
  @TempDir Path dir;

  @Test
  void aKilledSaverLeavesOnlyWholeArticlesAndARerunCompletesThem() throws Exception {
    try (TestDatabase db = backend.create(dir)) {
      killAndRerun(db);
    }
  }

  private void killAndRerun(TestDatabase db) throws Exception {
    // Fewer on PostgreSQL, where its parent kills the child at once, and to keep the suite quick.
    int n = backend == StoreBackend.H2 ? 300 : 100;
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        CrashSaver.class.getName(), db.location(), String.valueOf(n))
        .redirectError(dir.resolve("child-stderr.txt").toFile())
        .start();
    Set<String> reported = new HashSet<>();
    boolean stillRunning;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < KILL_AFTER && (line = out.readLine()) != null) {
        if (line.startsWith("saved ")) {
          reported.add(line.substring(6));
        }
      }
      assertThat(reported).as("child stderr in %s", dir).hasSize(KILL_AFTER);

      if (backend == StoreBackend.H2) {
        // While the child holds the database, a second process is told so plainly.
        assertThatThrownBy(db::open)
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("is locked by another sitrep process");
      }
      // (PostgreSQL is shared by design; ConcurrentWritersTest covers several processes at once.)

      stillRunning = child.isAlive();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stillRunning).as("the child must be killed mid-run, not after it finished").isTrue();

    try (ArticleStore store = db.open()) {
      Map<String, Revision> stored = store.latestRevisions();
      // Every save that returned is durable, and whatever else is there is whole.
      assertThat(stored.keySet()).containsAll(reported);
      assertThat(stored.size()).isLessThan(n);
      for (String id : stored.keySet()) {
        AnalyzedArticle expected = TestArticles.generated(Integer.parseInt(id.substring(4)));
        assertThat(store.load(id)).contains(expected.withVersion(1));
        assertThat(store.versions(id)).containsExactly(1);
      }

      int created = 0;
      for (int i = 0; i < n; i++) {
        SaveResult r = store.save(TestArticles.generated(i));
        assertThat(r.version()).isEqualTo(1);
        created += r.outcome() == Status.NEW ? 1 : 0;
      }
      assertThat(created).isEqualTo(n - stored.size());
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(n);
      assertThat(stats.versions()).isEqualTo(n);
      assertThat(stats.entities()).isEqualTo(n * 12L);
      assertThat(stats.mentions()).isEqualTo(n * 12L);
    }
  }
}
