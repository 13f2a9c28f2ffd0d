package org.sitrep.fusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;

/**
 * Fuses one story: the reports of the story's articles ({@link Report#of}) fused into events
 * ({@link EventFusion}), their contradictions ({@link ContradictionFinder}) and the timeline. A
 * pure function of the story and its articles' analyses; an article that is not a member of the
 * story is ignored. Stateless and thread-safe.
 *
 * <p>Independent sources: an article's source is its wire agency, else its outlet; articles the
 * clusterer found to be near-duplicates of each other ({@link
 * org.sitrep.stories.Membership#duplicateOf}: the same copy run twice, often an agency's story
 * whose credit one outlet kept and another dropped) are one source, named by the wire agency any
 * of them credits, else by the first one's outlet.
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
    Map<String, String> sources = sources(story, articles);
    List<FusedEvent> events = fusion.fuse(reports, r -> sources.containsKey(r.articleId())
        ? sources.get(r.articleId()) : r.independentSource());
    return new FusedStory(story.id(), events, contradictions.find(events), Timeline.of(events));
  }

  /** Each member article's independent source (null when unknown), near-duplicates merged. */
  static Map<String, String> sources(Story story, List<AnalyzedArticle> articles) {
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    // the earliest article of each chain of near-duplicates stands for the chain
    Map<String, String> root = new HashMap<>();
    for (Membership m : story.members()) {
      String r = m.duplicateOf() != null && root.containsKey(m.duplicateOf())
          ? root.get(m.duplicateOf()) : m.articleId();
      root.put(m.articleId(), r);
    }
    Map<String, String> groupSource = new LinkedHashMap<>();
    Map<String, Boolean> fromWire = new HashMap<>();
    for (Membership m : story.members()) {
      AnalyzedArticle a = byId.get(m.articleId());
      if (a == null) {
        continue;
      }
      String g = root.get(m.articleId());
      boolean wire = a.wire() != null && !a.wire().isBlank();
      String outlet = a.outlet() != null ? a.outlet() : a.source();
      String own = wire ? a.wire().strip() : outlet == null || outlet.isBlank() ? null
          : outlet.strip();
      if (own != null && (!groupSource.containsKey(g) || groupSource.get(g) == null
          || (wire && !fromWire.getOrDefault(g, false)))) {
        groupSource.put(g, own);
        fromWire.put(g, wire);
      } else {
        groupSource.putIfAbsent(g, null);
      }
    }
    Map<String, String> out = new HashMap<>();
    root.forEach((article, g) -> out.put(article, groupSource.get(g)));
    return out;
  }
}
