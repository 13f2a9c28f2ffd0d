package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as a story's articles report it: every report, with how many independent
 * sources stand behind it.
 *
 * @param id stable id: {@code "f-"} plus the event id of its first report (or that report's
 *     article id and sentence offset when the event has no id)
 * @param code the CAMEO code most of its reports give (ties: the first report's)
 * @param root that code's root
 * @param source the source actor most reports name (ties: the first to name one), or null
 * @param target the target actor, likewise, or null
 * @param date the most precise date the reports themselves state (ties: the one most reports
 *     give, then the first); an article-date fallback only when no report states one; or null
 * @param place the most precise place the reports give (ties: the most frequent), or null
 * @param reports every report, in publication order (undated articles last)
 * @param sources the independent sources behind it, as first written: a wire agency once for all
 *     its copies, an outlet once for all its articles (and, through {@link StoryFusion}, a set of
 *     near-duplicate articles once); reports of unknown outlet are not listed
 * @param corroboration the number of independent sources; reports of unknown outlet count as one
 *     source only when no known source reports the event (an article of unknown origin may be a
 *     copy of any other, so it never adds to a known source), so it is at least 1
 */
public record FusedEvent(String id, String code, String root, String source, String target,
    EventDate date, org.sitrep.analysis.PlaceOut place, List<Report> reports,
    List<String> sources, int corroboration) {

  public FusedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(root, "root");
    reports = ImmutableList.copyOf(reports);
    sources = ImmutableList.copyOf(sources);
    checkArgument(!reports.isEmpty(), "a fused event needs at least one report");
    checkArgument(corroboration >= 1, "corroboration must be >= 1, got %s", corroboration);
  }

  /** The first report: the earliest published (an undated article's only when none is dated). */
  public Report first() {
    return reports.get(0);
  }

  /** The latest dated report, or the last report when no article is dated. */
  public Report latest() {
    for (int i = reports.size() - 1; i >= 0; i--) {
      if (reports.get(i).published() != null) {
        return reports.get(i);
      }
    }
    return reports.get(reports.size() - 1);
  }

  /** The distinct articles reporting it. */
  public List<String> articleIds() {
    return reports.stream().map(Report::articleId).distinct().toList();
  }
}
