package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed articles of {@code ../shared/seeds} (outlets with opposite framings; two real stories)
 * cluster into exactly their two stories, by the general rules, among the articles of {@code
 * ../shared/eval/realnews-dev}; the gold labels come from {@code seed-stories.tsv} (file stems
 * only). Skipped when either folder is absent.
 */
class SeedStoriesTest {
  private static final Path SEEDS = Path.of("../shared/seeds");
  private static final Path REALNEWS = Path.of("../shared/eval/realnews-dev");
  private static final Path GOLD =
      Path.of("sitrep-engine/src/test/resources/org/sitrep/stories/seed-stories.tsv");

  @Test
  void seedsClusterIntoTheirTwoStories() {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed clustering not checked");
    var data = ClusterEval.readFolder(SEEDS, GOLD);
    var reader = ClusterEval.light();
    List<StoryArticle> articles = new ArrayList<>(data.items().stream()
        .map(i -> reader.apply(i.article())).toList());
    // Five articles alone give no usable document frequencies (every word of the conflict is in
    // all five, and a handful of invented articles is not enough background either): as the
    // issue's target says, the seeds are clustered pooled with the real-news development set,
    // as they would be among the other news of a running system.
    assumeTrue(Files.isDirectory(REALNEWS),
        "../shared/eval/realnews-dev is absent: seed clustering (pooled with it) not checked");
    ClusterEval.readRealNews(REALNEWS).items().forEach(i -> articles.add(reader.apply(
        i.article())));
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(articles);
    Map<String, String> seedStories = new HashMap<>(c.assignments());
    seedStories.keySet().retainAll(ClusterEval.gold(data).keySet());
    assertThat(partition(seedStories)).isEqualTo(partition(ClusterEval.gold(data)));
    assertThat(new HashSet<>(seedStories.values())).hasSize(2);
  }

  private static Set<Set<String>> partition(Map<String, String> labels) {
    Map<String, Set<String>> by = new HashMap<>();
    labels.forEach((id, label) -> by.computeIfAbsent(label, k -> new HashSet<>()).add(id));
    return new HashSet<>(by.values());
  }
}
