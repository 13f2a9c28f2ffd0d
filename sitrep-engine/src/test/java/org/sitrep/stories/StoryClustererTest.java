package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clusterer on invented articles: two framings of one event, an older event, distractors. */
class StoryClustererTest {
  private static final NameFinder NAMES = NameFinder.withDefaults();

  static StoryArticle article(String id, String outlet, String date, String title, String text) {
    return new StoryArticle(id, outlet, title, text, date == null ? null : LocalDate.parse(date),
        NAMES.find(title + "\n" + text));
  }

  // One event told by two outlets with opposite framings: different words for the same forces,
  // the same districts, landmark, city and days.
  static final StoryArticle ARMY_VIEW = article("a1", "Northern Herald", "2031-03-04",
      "Army storms Harven district held by KLF terrorists",
      "The Valdenian army launched an assault on the Harven and Mirelle districts of Osterbrook "
          + "on Tuesday, saying the terrorist group KLF had refused to leave by the deadline. "
          + "Residents fled as troops advanced towards the Sarto Bridge. The army said it had "
          + "opened safe corridors for civilians and would strike only militant positions.");
  static final StoryArticle DEFENDERS_VIEW = article("a2", "Free Coast Radio", "2031-03-05",
      "Local security forces hold out in Osterbrook neighbourhoods",
      "Community security forces defended the Harven and Mirelle neighbourhoods of Osterbrook "
          + "against government-aligned factions for a second day. Medics said dozens of people "
          + "were killed and hundreds displaced near the Sarto Bridge. Their commander Ilan Berec "
          + "appealed for a ceasefire and accused the factions of shelling homes.");
  // An earlier, different event in the same city.
  static final StoryArticle OFFENSIVE = article("b1", "Coastal Times", "2029-11-28",
      "Rebels seize most of Osterbrook in surprise offensive",
      "Rebel fighters backed by Karsland captured most of Osterbrook, the second city of "
          + "Valdenia, in a lightning offensive, forcing President Aldo Venn's troops to withdraw "
          + "from the airport. Karsland's foreign minister Mira Tocq urged talks with the rebels.");
  static final StoryArticle OFFENSIVE_DIPLOMACY = article("b2", "Daily Meridian", "2029-12-01",
      "Karsland and Valdenia discuss rebel offensive",
      "Mira Tocq, the foreign minister of Karsland, spoke by telephone with envoys of President "
          + "Aldo Venn about the rebel offensive that took most of Osterbrook and its airport. "
          + "She said the rebels would not be allowed to threaten civilians.");
  static final List<StoryArticle> DISTRACTORS = List.of(
      article("c1", "Sport Daily", "2031-03-04", "Linfield Rovers win the cup final",
          "Linfield Rovers beat Castor Athletic three goals to one in the cup final, with two "
              + "goals from their young striker Pim Oderk in the second half."),
      article("c2", "Money Wire", "2031-03-05", "Brannock Bank profit rises on lending",
          "Brannock Bank reported a rise in quarterly profit as lending to households grew and "
              + "deposit costs fell, its chief executive Tova Reyl told analysts."),
      article("c3", "Rail News", "2029-11-29", "Rail strike halts trains across Pellory",
          "Train drivers in Pellory began a two-day strike over pay, cancelling most services "
              + "and leaving commuters stranded at Pellory Central station."),
      article("c4", "Weather Desk", "2031-03-03", "Floods close roads in the Ambry valley",
          "Heavy rain flooded roads and farms in the Ambry valley, and the river rose above "
              + "its banks at Fennick, where volunteers filled sandbags overnight."),
      article("c5", "Arts Review", "2029-11-30", "Film festival opens in Lorsa",
          "The Lorsa film festival opened with a drama about a lighthouse keeper, and its "
              + "director Ebba Strand thanked the crowd for filling the old theatre."));

  static List<StoryArticle> corpus() {
    List<StoryArticle> all = new ArrayList<>(DISTRACTORS);
    all.addAll(List.of(ARMY_VIEW, DEFENDERS_VIEW, OFFENSIVE, OFFENSIVE_DIPLOMACY));
    return all;
  }

  @Test
  void oppositeFramingsOfOneEventJoinThroughSharedPlacesAndDates() {
    StoryClusterer c = StoryClusterer.sitrep();
    List<Membership> added = c.addAll(corpus());
    var story = c.assignments();
    assertThat(story.get("a2")).isEqualTo(story.get("a1")).isEqualTo("s-a1");
    Membership defenders = added.stream().filter(m -> m.articleId().equals("a2")).findFirst()
        .orElseThrow();
    assertThat(defenders.started()).isFalse();
    assertThat(defenders.sharedNames()).contains("Harven", "Mirelle", "Sarto Bridge",
        "Osterbrook");
    assertThat(defenders.time()).isEqualTo(1.0);
    assertThat(defenders.score()).isGreaterThanOrEqualTo(c.settings().threshold());
  }

  @Test
  void anEarlierEventInTheSameCityIsAnotherStory() {
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(corpus());
    var story = c.assignments();
    assertThat(story.get("b2")).isEqualTo(story.get("b1"));
    assertThat(story.get("b1")).isNotEqualTo(story.get("a1"));
    for (StoryArticle d : DISTRACTORS) {
      assertThat(story.get(d.id())).isEqualTo("s-" + d.id());
    }
    assertThat(c.size()).isEqualTo(DISTRACTORS.size() + 2);
  }

  @Test
  void theSameCorpusInAnyOrderGivesTheSameStories() {
    StoryClusterer first = StoryClusterer.sitrep();
    first.addAll(corpus());
    for (long seed = 1; seed <= 5; seed++) {
      List<StoryArticle> shuffled = new ArrayList<>(corpus());
      Collections.shuffle(shuffled, new Random(seed));
      StoryClusterer again = StoryClusterer.sitrep();
      again.addAll(shuffled);
      assertThat(again.assignments()).isEqualTo(first.assignments());
      assertThat(again.stories()).isEqualTo(first.stories());
    }
  }

  @Test
  void aWireCopyIsFlaggedAsANearDuplicate() {
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(corpus());
    StoryArticle copy = new StoryArticle("a1-copy", "Harbour Post", ARMY_VIEW.title(),
        ARMY_VIEW.text() + "\nReporting by a wire agency.", LocalDate.parse("2031-03-04"),
        ARMY_VIEW.names());
    Membership m = c.add(copy);
    assertThat(m.storyId()).isEqualTo("s-a1");
    assertThat(m.duplicateOf()).isEqualTo("a1");
    Membership other = c.stories().get(0).members().get(0);
    assertThat(other.duplicateOf()).isNull();
  }

  @Test
  void storiesRecordTheirArticlesDatesAndOutlets() {
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(corpus());
    Story s = c.stories().stream().filter(x -> x.id().equals("s-a1")).findFirst().orElseThrow();
    assertThat(s.articleIds()).containsExactly("a1", "a2");
    assertThat(s.first()).isEqualTo(LocalDate.parse("2031-03-04"));
    assertThat(s.last()).isEqualTo(LocalDate.parse("2031-03-05"));
    assertThat(s.outlets()).containsExactly("Free Coast Radio", "Northern Herald");
    assertThat(s.members().get(0).started()).isTrue();
  }

  @Test
  void anArticleIsAddedOnce() {
    StoryClusterer c = StoryClusterer.sitrep();
    c.add(ARMY_VIEW);
    assertThatThrownBy(() -> c.add(ARMY_VIEW)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a1");
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> StoryClusterer.Settings.baseline(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
    assertThatThrownBy(() -> StoryClusterer.Settings.sitrep().withNameWeight(2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names weight");
  }

  @Test
  void theBaselineReadsWordsOnly() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.baseline(0.18));
    List<Membership> added = c.addAll(corpus());
    assertThat(added).allSatisfy(m -> {
      assertThat(m.names()).isZero();
      assertThat(m.sharedNames()).isEmpty();
    });
  }
}
