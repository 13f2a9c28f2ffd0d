package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.Revision;

/**
 * Soak test of {@code sitrep analyze} under SIGKILL (issue 9, section 4): the real command, in a
 * child JVM, analyses a few hundred invented articles and is killed with SIGKILL at random moments
 * (while CoreNLP loads, between articles, in the middle of a save) many times; a last run then
 * completes. Every article must be stored exactly once (one version: a re-run skips what is
 * stored, it never stores the same content twice) and the search index must agree with the store.
 *
 * <p>Each child loads CoreNLP, so the test takes minutes: it runs only with {@code
 * -Dsitrep.soak=true}, which CI's profile sets in an execution of its own; elsewhere it is skipped
 * with a message saying so.
 */
class AnalyzeSoakTest {
  private static final int ARTICLES = 300;
  private static final int KILLS = 8;
  private static final long SEED = 20261207L;

  @TempDir Path dir;

  @Test
  void analyzeKilledManyTimesStoresEveryArticleExactlyOnce() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("sitrep.soak"),
        "soak test skipped: it runs sitrep analyze in child JVMs for minutes; run it with"
            + " -Dsitrep.soak=true (CI's profile does)");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < ARTICLES; i++) {
      Files.writeString(corpus.resolve(String.format(Locale.ROOT, "report-%03d.txt", i)),
          article(i), StandardCharsets.UTF_8);
    }
    Path data = dir.resolve("data");
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> kills = new ArrayList<>();
    int interrupted = 0;
    for (int k = 0; k < KILLS; k++) {
      // Half the kills come after a number of stored articles, half after a random delay, which
      // also lands while CoreNLP loads or while the index commits.
      boolean byCount = random.nextBoolean();
      int afterLines = 1 + random.nextInt(30);
      long afterMillis = 500 + random.nextInt(25_000);
      int done = runAndKill(corpus, data, byCount ? afterLines : -1, byCount ? -1 : afterMillis, k);
      if (done >= 0) {
        interrupted++;
      }
      kills.add(byCount ? "after " + Math.abs(done) + " articles" : "after " + afterMillis
          + " ms (" + Math.abs(done) + " articles)");
    }
    // A test whose kills all came too late would prove nothing.
    assertThat(interrupted).as("runs killed before they finished: %s", kills)
        .isGreaterThanOrEqualTo(KILLS / 2);
    Process last = child(corpus, data, KILLS);
    assertThat(last.waitFor(20, TimeUnit.MINUTES)).as("the last run finishes").isTrue();
    assertThat(last.exitValue()).as("exit code of the last run; log in %s", dir).isZero();

    try (ArticleStore store = ArticleStore.openEmbedded(data);
        SearchIndex index = SearchIndex.open(data.resolve("index"))) {
      Map<String, Revision> stored = store.latestRevisions();
      assertThat(stored).as("kills: %s", kills).hasSize(ARTICLES);
      assertThat(stored.values()).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
      for (String id : stored.keySet()) {
        assertThat(store.versions(id)).as(id).containsExactly(1);
      }
      assertThat(index.reconcile(store)).as("index documents out of step with the store").isZero();
      assertThat(index.size()).isEqualTo(ARTICLES);
    }
  }

  /**
   * Runs analyze until it reports {@code afterLines} articles or {@code afterMillis} pass, then
   * kills it; returns the articles it reported, negated (or -0 as -1) when it finished first.
   */
  private int runAndKill(Path corpus, Path data, int afterLines, long afterMillis, int run)
      throws IOException, InterruptedException {
    Process p = child(corpus, data, run);
    AtomicInteger lines = new AtomicInteger();
    Thread reader = new Thread(() -> {
      try (BufferedReader err = new BufferedReader(
          new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = err.readLine()) != null) {
          if (line.startsWith("[")) {
            lines.incrementAndGet();
          }
        }
      } catch (IOException e) {
        // The child was killed: its stream ends.
      }
    });
    reader.start();
    long start = System.nanoTime();
    boolean killed = false;
    while (p.isAlive()) {
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      if ((afterLines > 0 && lines.get() >= afterLines)
          || (afterMillis > 0 && elapsed >= afterMillis)) {
        p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks run
        killed = true;
        break;
      }
      Thread.sleep(20);
    }
    p.waitFor(1, TimeUnit.MINUTES);
    reader.join(TimeUnit.MINUTES.toMillis(1));
    return killed ? lines.get() : -Math.max(1, lines.get());
  }

  private Process child(Path corpus, Path data, int run) throws IOException {
    ProcessBuilder b = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), "org.sitrep.cli.Main", "analyze",
        corpus.toString(), "--data", data.toString(), "--no-events", "--threads", "2");
    if (run == KILLS) {
      b.redirectErrorStream(true).redirectOutput(dir.resolve("last-run.log").toFile());
    } else {
      b.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    return b.start();
  }

  /** An invented report: a few sentences with places, people, numbers and dates that vary. */
  static String article(int i) {
    String[] towns = {"Varnholm", "Osk", "Tarnby", "Kelso Ridge", "Mirav", "Dunmere"};
    String[] people = {"Ilse Tarn", "Omar Vesk", "Dana Holt", "Piet Aramis", "Lena Corvo"};
    String[] groups = {"the Northern Shield", "the Valley Front", "provincial police",
        "the Brenmark army"};
    String town = towns[i % towns.length];
    String other = towns[(i * 7 + 3) % towns.length];
    String person = people[i % people.length];
    String group = groups[i % groups.length];
    return "Clashes near " + town + " leave " + (i % 17 + 2) + " dead\n\n"
        + town.toUpperCase(Locale.ROOT) + ", March " + (i % 28 + 1) + " - Fighters of " + group
        + " shelled a checkpoint outside " + town + " on Tuesday, killing " + (i % 17 + 2)
        + " people and wounding " + (i % 9 + 4) + ", officials said.\n\n"
        + "\"We counted " + (i % 40 + 10) + " shells before dawn,\" said " + person
        + ", the mayor of " + town + ". Report number " + i + " was filed from " + other + ".\n\n"
        + "Aid groups said about " + (i * 13 % 900 + 100) + " families had fled toward " + other
        + " since " + (i % 2 == 0 ? "last week" : "the weekend") + ".\n";
  }
}
