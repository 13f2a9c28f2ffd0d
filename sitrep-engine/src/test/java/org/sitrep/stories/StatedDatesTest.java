package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.stories.StoryClustererTest.article;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days an article states in full count as its days for the time factor: a report whose metadata
 * date is a crawl date months late, but which names the day of the event, is near the event's
 * reports in time. Invented articles about a fire at an invented port.
 */
class StatedDatesTest {
  private static final StoryArticle FIRE = article("f1", "Harbour Times", "2033-03-14",
      "Fire destroys grain sheds at the port of Velmar",
      "A fire broke out overnight in the grain sheds of Velmar port and burned until the "
          + "morning, the Coastal Fire Service said. Dock workers of the Ostry Grain Company "
          + "were evacuated and two fireboats kept the flames from the tankers moored nearby.");
  private static final StoryArticle FIRE_CAUSE = article("f2", "Velmar Gazette", "2033-03-15",
      "Velmar port fire started in a conveyor, fire service says",
      "The blaze that gutted the grain sheds of Velmar port began in an overheated conveyor, "
          + "the Coastal Fire Service said. The Ostry Grain Company said the sheds held "
          + "forty thousand tonnes of wheat and that no dock workers were hurt.");

  /** The same late report, published a year on, stating the fire's day or not. */
  private static StoryArticle lateReport(String id, String statedDay) {
    return article(id, "Harbour Times", "2034-04-02",
        "Inquiry into the Velmar port fire names the conveyor maker",
        "An inquiry into the fire at Velmar port" + statedDay + " found that the maker of the "
            + "conveyor, Brask Engineering, had skipped its yearly servicing. The harbour union "
            + "asked the transport minister Ilse Varga for new rules on dust in storage halls.");
  }

  @Test
  void findsTheFullDaysOnOrBeforePublicationLatestFirst() {
    StoryArticle a = new StoryArticle("x", null, "Talks resume on 2 May 2035",
        "The ceasefire of March 3, 2035 held until April 20, 2035, the mediators said. A vote "
            + "is set for June 1, 2035; the first round of talks, on March 3, 2035, had failed. "
            + "In May the rains came.",
        LocalDate.parse("2035-05-02"), List.of());
    assertThat(StatedDates.of(a)).containsExactly(LocalDate.parse("2035-05-02"),
        LocalDate.parse("2035-04-20"), LocalDate.parse("2035-03-03"));
  }

  @Test
  void anUndatedArticleStatesNoDaysForTheClusterer() {
    StoryArticle a = new StoryArticle("x", null, null, "The ceasefire of March 3, 2035 held.",
        null, List.of());
    assertThat(StatedDates.of(a)).isEmpty();
  }

  @Test
  void keepsAtMostTheLatestDays() {
    StringBuilder text = new StringBuilder();
    for (int d = 1; d <= 20; d++) {
      text.append("On January ").append(d).append(", 2036 the ferry ran late. ");
    }
    StoryArticle a = new StoryArticle("x", null, null, text.toString(),
        LocalDate.parse("2036-02-01"), List.of());
    assertThat(StatedDates.of(a)).hasSize(StatedDates.MAX)
        .startsWith(LocalDate.parse("2036-01-20"));
  }

  @Test
  void aLateReportStatingTheEventsDayJoinsItsStory() {
    StoryClusterer stated = StoryClusterer.sitrep();
    stated.addAll(List.of(FIRE, FIRE_CAUSE));
    Membership withDay = stated.add(lateReport("f3", " on March 14, 2033,"));
    StoryClusterer plain = StoryClusterer.sitrep();
    plain.addAll(List.of(FIRE, FIRE_CAUSE));
    Membership withoutDay = plain.add(lateReport("f3", ""));

    assertThat(withDay.started()).isFalse();
    assertThat(withDay.storyId()).isEqualTo("s-f1");
    assertThat(withDay.time()).isEqualTo(1.0);
    assertThat(withoutDay.started()).isTrue();
    assertThat(withoutDay.time()).isCloseTo(
        StoryClusterer.timeFactor(384, StoryClusterer.Settings.sitrep().timeFloor()),
        within(1e-9));
  }

  @Test
  void aDayAfterPublicationDoesNotCount() {
    // A report published long before the story, naming the story's day as a day to come (a
    // scheduled opening), is no report of it.
    StoryClusterer c = StoryClusterer.sitrep();
    c.addAll(List.of(FIRE, FIRE_CAUSE));
    StoryArticle early = article("f0", "Harbour Times", "2032-01-10",
        "Velmar port to open new grain sheds",
        "The grain sheds of Velmar port will open on March 14, 2033, the Ostry Grain Company "
            + "said, with a conveyor to the tankers' quay; the Coastal Fire Service approved "
            + "the plans for the dock workers' safety.");
    Membership m = c.add(early);
    assertThat(m.time()).isLessThan(0.5);
  }
}
