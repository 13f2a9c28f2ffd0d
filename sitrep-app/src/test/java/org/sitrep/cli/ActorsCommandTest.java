package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.store.ArticleStore;

/** {@code sitrep actors} on hand-built articles (no CoreNLP). */
class ActorsCommandTest {
  @TempDir Path tmp;

  static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void listsAndShowsRegistryActors() {
    Path data = tmp.resolve("data");
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      store.save(article("a1", group("Northern Valley Brigades", "NVB"), person("Omar Tamimi")));
      store.save(article("a2", group("NVB")));
    }

    CliRun list = run("actors", "--data", data.toString());
    assertThat(list.code()).as(list.err()).isZero();
    List<String> lines = list.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains("2", "ORGANIZATION", "ARMED_NONSTATE", "SYR", "XYZREB",
        "Northern Valley Brigades  (NVB)");
    assertThat(lines.get(2)).contains("1", "PERSON", "Omar Tamimi").doesNotContain("(");
    assertThat(run("actors", "--data", data.toString(), "--limit", "1").out().lines())
        .hasSize(2);

    CliRun one = run("actors", "--data", data.toString(), "nvb");
    assertThat(one.code()).isZero();
    assertThat(one.out()).contains("actor:     Northern Valley Brigades", "articles:  2",
        "aliases:   NVB; Northern Valley Brigades", "cameo:     XYZREB");

    CliRun unknown = run("actors", "--data", data.toString(), "Nobody Known");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no actor known as 'Nobody Known'");
    assertThat(run("actors", "--data", data.toString(), "--limit", "0").code()).isEqualTo(2);
    CliRun none = run("actors", "--data", tmp.resolve("absent").toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no data in");
  }

  private static Entity group(String name, String... forms) {
    List<Mention> mentions = new java.util.ArrayList<>(List.of(new Mention(0, 1, name)));
    for (String f : forms) {
      mentions.add(new Mention(0, 1, f));
    }
    return new Entity("e1", name, EntityType.ORGANIZATION, "ARMED_GROUP", List.of(), mentions);
  }

  private static Entity person(String name) {
    return new Entity("e2", name, EntityType.PERSON, null, List.of(),
        List.of(new Mention(0, 1, name)));
  }

  private static AnalyzedArticle article(String id, Entity... entities) {
    List<ActorRef> actors = java.util.Arrays.stream(entities)
        .filter(e -> e.type() == EntityType.ORGANIZATION)
        .map(e -> new ActorRef(e.id(), e.name(), ActorKind.ARMED_NONSTATE, "SYR", "XYZREB",
            "entity subtype: ARMED_GROUP"))
        .toList();
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, "test", null, null,
        "text", null, new PublishedDate(null, false, null), null, "Invented " + id, List.of(),
        List.of(entities), List.of(), List.of(), List.of(), actors, List.of(), List.of(),
        List.of(), List.of(), List.of());
  }
}
