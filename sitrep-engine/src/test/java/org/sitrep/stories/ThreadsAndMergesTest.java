package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.stories.StoryClustererTest.article;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Threads and merges on invented articles: a story that goes quiet for weeks and comes back with
 * a new development opens a thread; a late copy of an old report does not; a later report that
 * tells two stories as one merges them, the younger into the older, whose id stays.
 */
class ThreadsAndMergesTest {
  private static final StoryArticle LATER_CEASEFIRE = article("a3", "Lake Post", "2031-03-30",
      "Ceasefire ends three weeks of fighting in Osterbrook's Harven district",
      "A ceasefire took hold in the Harven and Mirelle districts of Osterbrook, weeks after the "
          + "Valdenian army stormed them. Ilan Berec, commander of the local security forces, "
          + "signed the truce at the Sarto Bridge, where prisoners will be exchanged next week "
          + "under the watch of mediators from Karsland.");
  private static final StoryArticle SAME_DAYS_FOLLOW_UP = article("a4", "Harbour Daily",
      "2031-03-06", "Shelling continues in Osterbrook districts",
      "Shelling continued for a third day in the Harven and Mirelle districts of Osterbrook, "
          + "residents said, as the Valdenian army pressed towards the Sarto Bridge and Ilan "
          + "Berec's forces held their positions.");

  private static List<StoryArticle> corpus(StoryArticle... more) {
    List<StoryArticle> all = new ArrayList<>(StoryClustererTest.corpus());
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void aReportWeeksLaterWithANewDevelopmentOpensAThread() {
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(corpus(SAME_DAYS_FOLLOW_UP, LATER_CEASEFIRE));
    Story story = c.story("s-a1").orElseThrow();
    assertThat(story.articleIds()).contains("a1", "a2", "a4", "a3");
    assertThat(story.members()).filteredOn(m -> !m.articleId().equals("a3"))
        .extracting(Membership::thread).containsOnly(1);
    assertThat(story.members()).filteredOn(m -> m.articleId().equals("a3"))
        .extracting(Membership::thread).containsExactly(2);
  }

  @Test
  void aLateCopyOfAnEarlierReportStaysInItsThread() {
    StoryArticle d = StoryClustererTest.DEFENDERS_VIEW;
    StoryArticle copy = new StoryArticle("a2-late", "Aggregator", d.title(), d.text(),
        d.published().plusDays(20), d.names());
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(corpus(copy));
    Membership m = c.story("s-a1").orElseThrow().members().stream()
        .filter(x -> x.articleId().equals("a2-late")).findFirst().orElseThrow();
    assertThat(m.thread()).isEqualTo(1);
    assertThat(m.duplicateOf()).isEqualTo("a2");
  }

  // Two stories that start apart (a dam's talks; a drought downstream) and a later report that
  // tells them as one.
  private static final StoryArticle DAM_TALKS = article("d1", "River Times", "2032-06-01",
      "Talks on the Korvan dam open in Ressa",
      "Delegations of Ostmark and Pellory opened talks in Ressa on filling the Korvan dam, which "
          + "Pellory says will cut the flow of the Lune river to its farms.");
  private static final StoryArticle DROUGHT = article("d2", "Farm Weekly", "2032-06-02",
      "Drought hits Lune valley farmers in Pellory",
      "Farmers in Pellory's Lune valley said wells were drying up and the wheat harvest would "
          + "fail, as the river fell to its lowest level in decades near the town of Amberly.");
  private static final StoryArticle BOTH = article("d3", "Evening Courier", "2032-06-03",
      "Korvan dam talks in Ressa turn to Lune valley drought",
      "At the Korvan dam talks in Ressa, Pellory's delegation said the drought drying up wells "
          + "and wheat farms in the Lune valley near Amberly showed that Ostmark must slow the "
          + "filling of the dam and let the Lune river flow to Pellory's farmers.");

  @Test
  void aLaterReportThatConnectsTwoStoriesMergesThemAndTheYoungerIdRedirects() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.sitrep().withMerge(0.2));
    List<StoryArticle> all = corpus(DAM_TALKS, DROUGHT, BOTH);
    c.addAll(all);
    assertThat(c.story("s-d2")).map(Story::id).contains("s-d1");
    Story merged = c.story("s-d1").orElseThrow();
    assertThat(merged.articleIds()).containsExactly("d1", "d2", "d3");
    assertThat(merged.members()).extracting(Membership::storyId).containsOnly("s-d1");
    assertThat(c.stories()).extracting(Story::id).doesNotContain("s-d2");
    assertThat(c.assignments().get("d2")).isEqualTo("s-d1");
  }

  @Test
  void withoutAConnectingReportOrUnderTheDefaultThresholdNothingMerges() {
    StoryClusterer apart = new StoryClusterer(StoryClusterer.Settings.sitrep().withMerge(0.2));
    apart.addAll(corpus(DAM_TALKS, DROUGHT));
    assertThat(apart.stories()).extracting(Story::id).contains("s-d1", "s-d2");
    StoryClusterer standard = StoryClusterer.sitrep();
    standard.addAll(corpus());
    assertThat(standard.stories()).extracting(Story::id).contains("s-a1", "s-b1");
  }
}
