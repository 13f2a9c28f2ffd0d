package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.Json;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.store.ArticleStore;

/** {@code --db JDBC_URL} and {@code actors --rebuild}, on an H2 database by URL (no CoreNLP). */
class CliDatabaseTest {
  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void theOptionWinsOverTheEnvironment() {
    Map<String, String> env = Map.of("SITREP_DB", "jdbc:h2:file:/from/env",
        "SITREP_DB_USER", "reader", "SITREP_DB_PASSWORD", "secret");
    assertThat(DataOptions.database(null, env))
        .isEqualTo(new DataOptions.Database("jdbc:h2:file:/from/env", "reader", "secret"));
    assertThat(DataOptions.database("jdbc:h2:file:/given", env).url())
        .isEqualTo("jdbc:h2:file:/given");
    assertThat(DataOptions.database(null, Map.of("SITREP_DB", " ")))
        .isEqualTo(new DataOptions.Database(null, null, null));
  }

  @Test
  void readCommandsUseTheDatabaseAndKeepTheIndexInTheDataDirectory() throws Exception {
    // A plain H2 URL, as a user would type it: no compatibility settings.
    String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    try (ArticleStore store = ArticleStore.open(url, null, null)) {
      store.save(article("a1", org("Northern Valley Brigades", "NVB")));
      store.save(article("a2", org("NVB")));
    }
    Path data = tmp.resolve("data");

    CliRun actors = run("actors", "--db", url);
    assertThat(actors.code()).as(actors.err()).isZero();
    assertThat(actors.out()).contains("2", "Northern Valley Brigades  (NVB)");
    assertThat(run("stats", "--db", url).out()).contains("articles:  2 (2 versions)");
    assertThat(run("show", "--db", url, "a2").out()).contains("NVB");
    List<String> lines = run("export", "--db", url, "--format", "jsonl").out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(Json.fromLine(lines.get(0)).id()).isEqualTo("a1");
    CliRun search = run("search", "--db", url, "--data", data.toString(), "invented");
    assertThat(search.code()).as(search.err()).isZero();
    assertThat(search.out()).contains("2 hit(s)");
    assertThat(data.resolve("index")).isDirectory();
    assertThat(Files.exists(data.resolve("sitrep.mv.db"))).as("no embedded database").isFalse();
  }

  @Test
  void rebuildFillsARegistryThatPredatesTheArticles() throws Exception {
    String url = "jdbc:h2:file:" + tmp.resolve("db").toAbsolutePath();
    try (ArticleStore store = ArticleStore.open(url, null, null)) {
      store.save(article("a1", org("Northern Valley Brigades", "NVB")));
      store.save(article("a2", org("NVB")));
    }
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      for (String table : List.of("registry_links", "registry_aliases", "registry_actors")) {
        st.execute("DELETE FROM " + table);
      }
    }
    assertThat(run("actors", "--db", url).out()).contains("no actors stored yet");

    CliRun rebuilt = run("actors", "--db", url, "--rebuild");
    assertThat(rebuilt.code()).as(rebuilt.err()).isZero();
    assertThat(rebuilt.err()).contains("registry rebuilt from 2 stored article(s)");
    assertThat(rebuilt.out()).contains("Northern Valley Brigades  (NVB)");
    CliRun again = run("actors", "--db", url, "--rebuild", "nvb");
    assertThat(again.out()).contains("articles:  2");
  }

  @Test
  void aBadOrUnreachableDatabaseIsOneLineWithoutAStackTrace() {
    CliRun notUrl = run("stats", "--db", "postgres://localhost/sitrep");
    assertThat(notUrl.code()).isEqualTo(2);
    assertThat(notUrl.err()).contains("--db: a JDBC URL starts with 'jdbc:'");
    CliRun noDriver = run("actors", "--db", "jdbc:nosuchdb://localhost/sitrep?password=hunter2");
    assertThat(noDriver.code()).isEqualTo(2);
    assertThat(noDriver.err()).contains("no JDBC driver accepts jdbc:nosuchdb://localhost/sitrep")
        .doesNotContain("hunter2");
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    CliRun unreachable = run("stats", "--db", "jdbc:postgresql://127.0.0.1:1/sitrep");
    assertThat(unreachable.code()).isEqualTo(1);
    assertThat(unreachable.err()).contains("cannot open database jdbc:postgresql://127.0.0.1:1");
    CliRun absent = run("show", "--db", "jdbc:h2:file:" + tmp.resolve("absent").toAbsolutePath()
        + ";IFEXISTS=TRUE", "a1");
    assertThat(absent.code()).isEqualTo(1);
    assertThat(absent.err()).contains("cannot open database");
    // analyze opens the store before it loads any language model.
    CliRun analyze = run("analyze", "--db", "jdbc:postgresql://127.0.0.1:1/sitrep", "--data",
        tmp.resolve("data").toString(), "samples/text");
    assertThat(analyze.code()).isEqualTo(1);
    assertThat(analyze.err()).contains("cannot open database").doesNotContain("loading");
    for (CliRun r : List.of(notUrl, noDriver, unreachable, absent)) {
      assertThat(r.err().lines()).hasSize(1).allSatisfy(line ->
          assertThat(line).startsWith("sitrep: ").doesNotContain("Exception"));
    }
  }

  private static Entity org(String name, String... forms) {
    List<Mention> mentions = new java.util.ArrayList<>(List.of(new Mention(0, 1, name)));
    for (String f : forms) {
      mentions.add(new Mention(0, 1, f));
    }
    return new Entity("e1", name, EntityType.ORGANIZATION, "ARMED_GROUP", List.of(), mentions);
  }

  private static AnalyzedArticle article(String id, Entity... entities) {
    List<ActorRef> actors = java.util.Arrays.stream(entities)
        .map(e -> new ActorRef(e.id(), e.name(), ActorKind.ARMED_NONSTATE, "SYR", "XYZREB",
            "entity subtype: ARMED_GROUP"))
        .toList();
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, "test", null, null,
        "text", "Invented " + id, new PublishedDate(null, false, null), null,
        "Invented article " + id + " about " + entities[0].name(), List.of(), List.of(entities),
        List.of(), List.of(), List.of(), actors, List.of(), List.of(), List.of(), List.of(),
        List.of());
  }
}
