package org.sitrep.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;
import org.sitrep.fusion.Report;
import org.sitrep.stories.StoryFraming;

/**
 * Events an outlet leaves out: the fused events that at least two of the story's other known
 * outlets report, and at least half of them, while none of this outlet's articles does (one other
 * outlet's report is not enough: events are found sentence by sentence and one outlet's
 * background sentence would count as news everyone else missed). Outlets are the articles'
 * resolved outlets; articles of unknown outlet neither omit nor report. Actors left out are in
 * {@link StoryFraming}. Stateless.
 */
public final class Omissions {
  private Omissions() {}

  /**
   * An event an outlet does not report.
   *
   * @param fusedEventId the fused event's id
   * @param code its CAMEO code
   * @param source its source actor, or null
   * @param target its target actor, or null
   * @param date its date as the reports state it, or null
   * @param place its place, or null
   * @param reportedBy the other outlets that report it, sorted
   */
  public record OmittedEvent(String fusedEventId, String code, String source, String target,
      String date, String place, List<String> reportedBy) {
    public OmittedEvent {
      Objects.requireNonNull(fusedEventId, "fusedEventId");
      reportedBy = ImmutableList.copyOf(reportedBy);
    }
  }

  /** Known outlet → the events it omits, in the fused story's order. */
  static ImmutableMap<String, List<OmittedEvent>> events(List<AnalyzedArticle> articles,
      FusedStory fused) {
    Map<String, String> outletOf = new LinkedHashMap<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (AnalyzedArticle a : articles) {
      if (a.outlet() != null) {
        outletOf.put(a.id(), a.outlet());
        outlets.add(a.outlet());
      }
    }
    Map<String, List<OmittedEvent>> out = new LinkedHashMap<>();
    int others = outlets.size() - 1;
    int needed = Math.max(2, (others + 1) / 2);
    for (String outlet : outlets) {
      List<OmittedEvent> missed = new ArrayList<>();
      for (FusedEvent e : fused.events()) {
        Set<String> by = new TreeSet<>();
        for (Report r : e.reports()) {
          String o = outletOf.get(r.articleId());
          if (o != null) {
            by.add(o);
          }
        }
        if (!by.contains(outlet) && by.size() >= needed) {
          missed.add(new OmittedEvent(e.id(), e.code(), e.source(), e.target(),
              e.date() == null ? null : e.date().value(),
              e.place() == null ? null : e.place().name(), List.copyOf(by)));
        }
      }
      out.put(outlet, missed);
    }
    return ImmutableMap.copyOf(out);
  }
}
