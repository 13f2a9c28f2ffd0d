package org.sitrep.fusion;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A story's events fused across its articles.
 *
 * @param storyId the story
 * @param events the fused events, in order of their first report
 * @param contradictions what their reports disagree on, in event order
 * @param timeline the events in date order with counts per day
 */
public record FusedStory(String storyId, List<FusedEvent> events,
    List<Contradiction> contradictions, Timeline timeline) {

  public FusedStory {
    Objects.requireNonNull(storyId, "storyId");
    events = ImmutableList.copyOf(events);
    contradictions = ImmutableList.copyOf(contradictions);
    Objects.requireNonNull(timeline, "timeline");
  }

  /** The events at least {@code n} independent sources report, most corroborated first. */
  public List<FusedEvent> corroboratedBy(int n) {
    return events.stream().filter(e -> e.corroboration() >= n)
        .sorted(java.util.Comparator.comparingInt(FusedEvent::corroboration).reversed())
        .toList();
  }
}
