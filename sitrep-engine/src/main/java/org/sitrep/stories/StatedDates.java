package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.TreeSet;
import org.sitrep.clean.ExplicitDates;

/**
 * The days an article states in full ("April 3, 2031", "3 April 2031", "2031-04-03") in its
 * title and text, on or before its publication day: the days it reports on. The clusterer takes
 * an article to be near a story in time when it was published near the story's reports or states
 * a day near them: publication dates in metadata are often crawl or update dates months after the
 * report, and a late piece that names the day of an earlier event is about that event. Days after
 * publication (a scheduled vote, a deadline) say nothing about what was reported and are left out.
 * Stateless.
 */
final class StatedDates {
  /** At most this many days are kept (the latest), so scoring costs the same for any text. */
  static final int MAX = 8;

  private StatedDates() {}

  /** The distinct days stated, latest first, at most {@link #MAX}; none when undated. */
  static ImmutableList<LocalDate> of(StoryArticle a) {
    if (a.published() == null) {
      return ImmutableList.of();
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (String part : new String[] {a.title(), a.text()}) {
      if (part == null) {
        continue;
      }
      for (ExplicitDates.Found f : ExplicitDates.find(part, 0, part.length())) {
        if (!f.date().isAfter(a.published())) {
          days.add(f.date());
        }
      }
    }
    return days.descendingSet().stream().limit(MAX).collect(ImmutableList.toImmutableList());
  }
}
