package org.sitrep.fusion;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.analysis.PlaceOut;

/**
 * Fuses a story's reports into events. Reports are taken in publication order; each joins the
 * fused event every one of whose reports it matches ({@link EventMatcher}: complete linkage, so
 * a chain of near matches never drags two different events together), the one with most reports
 * when several qualify (ties: the earliest), or starts a new one. Deterministic: the same reports
 * in any order give the same fused events. Stateless and thread-safe.
 */
public final class EventFusion {
  private static final Map<String, Integer> PLACE_RANK = Map.of("NEIGHBORHOOD", 0, "CITY", 1,
      "REGION", 2, "COUNTRY", 3);

  private final EventMatcher matcher;

  public EventFusion(EventMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /**
   * The fused events of {@code reports}, in order of their first report, each report's
   * independent source being its wire agency or outlet ({@link Report#independentSource}).
   */
  public ImmutableList<FusedEvent> fuse(List<Report> reports) {
    return fuse(reports, Report::independentSource);
  }

  /**
   * The fused events of {@code reports}, in order of their first report.
   *
   * @param sourceOf the independent source behind a report, or null when unknown; sources are
   *     compared case-insensitively and shown as the first report writes them
   */
  public ImmutableList<FusedEvent> fuse(List<Report> reports,
      Function<Report, String> sourceOf) {
    List<Report> ordered = new ArrayList<>(reports);
    ordered.sort(Report.PUBLICATION_ORDER);
    List<List<Report>> groups = new ArrayList<>();
    // Blocking: a report can only join a group of its own block (see block), so it is compared
    // with those groups only. Exact: every group holds reports of one block.
    Map<String, List<List<Report>>> byBlock = new HashMap<>();
    ActorRelation.Names names = new ActorRelation.Names();
    for (Report r : ordered) {
      List<List<Report>> candidates = byBlock.computeIfAbsent(block(r), k -> new ArrayList<>());
      List<Report> best = null;
      for (List<Report> g : candidates) {
        if ((best == null || g.size() > best.size()) && linked(g, r, names)) {
          best = g;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        groups.add(best);
        candidates.add(best);
      }
      best.add(r);
    }
    return groups.stream().map(g -> fused(g, sourceOf))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The most reports of one group a new report is compared with. Complete linkage compares a
   * report with every report of a group, so fusing n reports of one event costs n squared
   * comparisons: a story of a thousand copies of a wire report would take minutes. Up to this
   * size the linkage is complete; above it a report is compared with the group's first {@code
   * LINK_CAP / 2} reports (which fixed what the event is) and its latest {@code LINK_CAP / 2}
   * (which the most recent chain of near matches would run through), so fusion is linear in
   * reports per group. No story of real, distinct articles reaches it: 64 reports of one event
   * means dozens of articles, and the ones above it are nearly always copies.
   */
  static final int LINK_CAP = 64;

  /** Whether {@code r} matches the reports of {@code group} (all of them, up to the cap). */
  private boolean linked(List<Report> group, Report r, ActorRelation.Names names) {
    int n = group.size();
    if (n <= LINK_CAP) {
      return group.stream().allMatch(m -> matcher.match(m, r, names).isPresent());
    }
    for (int i = 0; i < LINK_CAP / 2; i++) {
      if (matcher.match(group.get(i), r, names).isEmpty()
          || matcher.match(group.get(n - 1 - i), r, names).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The reports {@code r} can possibly match ({@link EventMatcher} rules 2 and 3): compatible
   * roots (the violence family 18 to 20 is one block, every other root its own) and the same
   * side of happened against not (yet) happened.
   */
  private static String block(Report r) {
    String root = EventMatcher.compatibleRoots(r.root(), "19") ? "violence" : r.root();
    return root + (EventMatcher.unrealised(r) ? "/unrealised" : "/realised");
  }

  /** The matcher this fusion uses. */
  public EventMatcher matcher() {
    return matcher;
  }

  static FusedEvent fused(List<Report> reports, Function<Report, String> sourceOf) {
    Report first = reports.get(0);
    String id = "f-" + (first.eventId() != null ? first.eventId()
        : first.articleId() + "-" + first.sentenceStart());
    String code = mostFrequent(reports, Report::code);
    String root = reports.stream().filter(r -> r.code().equals(code)).findFirst()
        .orElse(first).root();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Report r : reports) {
      String name = sourceOf.apply(r);
      if (name != null && !name.isBlank()) {
        sources.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
      }
    }
    int corroboration = sources.isEmpty() ? 1 : sources.size();
    return new FusedEvent(id, code, root, mostFrequent(reports, Report::source),
        mostFrequent(reports, Report::target), date(reports), place(reports), reports,
        List.copyOf(sources.values()), corroboration);
  }

  /** The value most reports give (ties: the first given); null values are not counted. */
  private static String mostFrequent(List<Report> reports, Function<Report, String> value) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (Report r : reports) {
      String v = value.apply(r);
      String key = ActorRelation.norm(v);
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
        shown.putIfAbsent(key, v);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> shown.get(e.getKey())).orElse(null);
  }

  private static EventDate date(List<Report> reports) {
    List<EventDate> dates = reports.stream().map(Report::date).filter(Objects::nonNull).toList();
    if (dates.isEmpty()) {
      return null;
    }
    boolean anyClaimed = dates.stream().anyMatch(EventDate::claimed);
    Map<String, Integer> counts = new HashMap<>();
    dates.forEach(d -> counts.merge(d.value(), 1, Integer::sum));
    EventDate best = null;
    for (EventDate d : dates) {
      if (anyClaimed && !d.claimed()) {
        continue;
      }
      if (best == null || d.precision().compareTo(best.precision()) < 0
          || (d.precision() == best.precision() && counts.get(d.value())
              > counts.get(best.value()))) {
        best = d;
      }
    }
    return best;
  }

  private static PlaceOut place(List<Report> reports) {
    Map<String, Integer> counts = new HashMap<>();
    for (Report r : reports) {
      if (r.place() != null) {
        counts.merge(PlaceRelation.label(r.place()), 1, Integer::sum);
      }
    }
    Comparator<PlaceOut> better = Comparator
        .comparing((PlaceOut p) -> PLACE_RANK.getOrDefault(p.precision(), 4))
        .thenComparing(p -> -counts.get(PlaceRelation.label(p)));
    PlaceOut best = null;
    for (Report r : reports) {
      if (r.place() != null && (best == null || better.compare(r.place(), best) < 0)) {
        best = r.place();
      }
    }
    return best;
  }
}
