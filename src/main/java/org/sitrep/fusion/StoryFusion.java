package org.sitrep.fusion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.stories.Story;

/**
 * Fuses one story: the reports of the story's articles ({@link Report#of}) fused into events
 * ({@link EventFusion}), their contradictions ({@link ContradictionFinder}) and the timeline. A
 * pure function of the story and its articles' analyses; an article that is not a member of the
 * story is ignored. Stateless and thread-safe.
 */
public final class StoryFusion {
  private final EventFusion fusion;
  private final ContradictionFinder contradictions;

  public StoryFusion(EventFusion fusion, ContradictionFinder contradictions) {
    this.fusion = Objects.requireNonNull(fusion, "fusion");
    this.contradictions = Objects.requireNonNull(contradictions, "contradictions");
  }

  /** The standard matcher ({@link EventMatcher#standard}) and the shipped word list. */
  public static StoryFusion standard() {
    return new StoryFusion(new EventFusion(EventMatcher.standard()),
        ContradictionFinder.standard());
  }

  /** The fused events, contradictions and timeline of {@code story}. */
  public FusedStory fuse(Story story, List<AnalyzedArticle> articles) {
    Set<String> members = story.articleIds().stream().collect(Collectors.toSet());
    List<Report> reports = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      if (members.contains(a.id())) {
        reports.addAll(Report.of(a));
      }
    }
    List<FusedEvent> events = fusion.fuse(reports);
    return new FusedStory(story.id(), events, contradictions.find(events), Timeline.of(events));
  }
}
