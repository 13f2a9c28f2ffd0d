package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.stories.StoryClustererTest.article;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two rules of the clusterer on invented articles: the time factor keeps falling for gaps of
 * months (a story silent that long is a topic, and a late report needs stronger evidence), and
 * document frequencies carry a prior of background articles (so that in a young corpus a story's
 * own words still count).
 */
class TimeAndPriorTest {
  private static final double FLOOR = StoryClusterer.Settings.sitrep().timeFloor();

  @Test
  void theTimeFactorFallsPastTheMonthToHalfTheFloorAtAYear() {
    assertThat(StoryClusterer.timeFactor(0, FLOOR)).isEqualTo(1.0);
    assertThat(StoryClusterer.timeFactor(StoryClusterer.FULL_DAYS, FLOOR)).isEqualTo(1.0);
    assertThat(StoryClusterer.timeFactor(StoryClusterer.FLOOR_DAYS, FLOOR))
        .isCloseTo(FLOOR, within(1e-9));
    assertThat(StoryClusterer.timeFactor(StoryClusterer.STALE_DAYS, FLOOR))
        .isCloseTo(FLOOR * StoryClusterer.STALE_RATIO, within(1e-9));
    assertThat(StoryClusterer.timeFactor(5_000, FLOOR))
        .isCloseTo(FLOOR * StoryClusterer.STALE_RATIO, within(1e-9));
    double before = 1.01;
    for (long gap = 0; gap <= 2 * StoryClusterer.STALE_DAYS; gap++) {
      double f = StoryClusterer.timeFactor(gap, FLOOR);
      assertThat(f).as("gap %d", gap).isLessThanOrEqualTo(before);
      before = f;
    }
  }

  // Reports of a dam breach in an invented valley; the follow-up tells of the repairs.
  private static final StoryArticle BREACH = article("d1", "Valley Post", "2031-05-02",
      "Dam breach floods villages below Lake Orvane",
      "The Orvane dam gave way before dawn and flood water swept through Tessel and Brin, "
          + "destroying bridges and forcing thousands of villagers onto higher ground. "
          + "Engineers of the Corvel water authority said the spillway had cracked after days of "
          + "rain, and rescue boats searched the flooded fields for the missing.");
  private static final StoryArticle BREACH_TOLL = article("d2", "Corvel Courier", "2031-05-03",
      "Orvane dam flood: toll rises as water recedes in Tessel",
      "Rescuers in Tessel and Brin recovered more bodies as the flood from the broken Orvane "
          + "dam receded. The Corvel water authority admitted the spillway had shown cracks "
          + "for months, and villagers asked why they were not warned before the dam gave way.");

  private static StoryArticle repairs(String id, String date) {
    return article(id, "Valley Post", date, "Repairs begin at the Orvane dam",
        "Work started on rebuilding the spillway of the Orvane dam that gave way above Tessel. "
            + "Villagers who lost homes in the flood will be housed in schools until the bridges "
            + "are rebuilt, the regional governor Anselm Pry said on a visit to the site.");
  }

  @Test
  void theSameFollowUpJoinsWithinDaysButStartsItsOwnStoryAYearLater() {
    StoryClusterer soon = StoryClusterer.sitrep();
    soon.addAll(List.of(BREACH, BREACH_TOLL));
    Membership near = soon.add(repairs("d3", "2031-05-09"));
    StoryClusterer late = StoryClusterer.sitrep();
    late.addAll(List.of(BREACH, BREACH_TOLL));
    Membership far = late.add(repairs("d3", "2032-07-01"));

    assertThat(near.started()).isFalse();
    assertThat(near.storyId()).isEqualTo("s-d1");
    assertThat(far.started()).isTrue();
    // the same words and names, only the time differs
    assertThat(far.text()).isCloseTo(near.text(), within(1e-9));
    assertThat(far.time()).isCloseTo(FLOOR * StoryClusterer.STALE_RATIO, within(1e-9));
  }

  @Test
  void inAYoungCorpusTwoReportsOfOneEventStillFindEachOther() {
    // Only three articles so far: without a prior, every word both reports use has a document
    // frequency of two in three and little weight beside the words only one of them uses, so
    // the words they share would count for little (a text cosine near 0.28 here, against 0.48
    // with the prior); the names alone would have to carry the join.
    StoryClusterer c = StoryClusterer.sitrep();
    c.add(StoryClustererTest.DISTRACTORS.get(1));
    c.add(BREACH);
    Membership toll = c.add(BREACH_TOLL);
    assertThat(toll.started()).isFalse();
    assertThat(toll.storyId()).isEqualTo("s-d1");
    assertThat(toll.text()).isGreaterThan(0.4);
  }
}
