package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.api.ApiServer;
import org.sitrep.app.SitrepService;
import org.sitrep.framing.Voice;
import org.sitrep.fusion.Contradiction;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;
import org.sitrep.fusion.Report;
import org.sitrep.fusion.StoryFusion;
import org.sitrep.fusion.Timeline;
import org.sitrep.report.FusionJson;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryFraming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep story ID}: one story of the stored corpus (see {@link StoriesCommand}) with its
 * articles, why each joined (the clusterer's scores, the names it shares, the article it
 * duplicates), its fused events ({@link StoryFusion}: the reports of one event across articles,
 * with corroboration by independent sources), what their reports contradict each other on, a
 * timeline of the fused events in date order with counts per day, and the framing per outlet. An
 * unknown id is a usage error (exit 2). JSON: the fields of {@code sitrep stories} plus {@code
 * members} (per article: id, title, outlet, wire, published, started, score, text, names, time,
 * shared_names, duplicate_of), {@code fused_events}, {@code contradictions} and {@code timeline}
 * (see {@link FusionJson}), {@code framing} and {@code fused_event_places}: the page the API
 * computes and stores with the story ({@link ApiServer#storyPage}), read while the story is
 * unchanged. The text form is computed from the articles each time.
 */
@Command(name = "story", description = "Show one story: its articles and why each joined, its"
    + " fused events with corroboration, contradictions, a timeline, and framing per outlet.")
final class StoryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID", description = "A story id, as 'sitrep stories' lists it.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}")
  StoriesCommand.Format format;

  @Override
  public Integer call() {
    Story story;
    List<AnalyzedArticle> articles;
    PrintWriter out = spec.commandLine().getOut();
    try (SitrepService app = Stores.open(data)) {
      story = find(app, id, spec);
      if (format == StoriesCommand.Format.json) {
        // the page the server sends, stored with the story: read, not computed, while unchanged
        out.println(ApiServer.storyPage(app, story));
        return 0;
      }
      articles = app.articles(story);
    }
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    text(out, story, byId, StoryFusion.standard().fuse(story, articles));
    return 0;
  }

  /** The story with this id, or a usage error naming the command that lists them. */
  static Story find(SitrepService app, String id,
      picocli.CommandLine.Model.CommandSpec spec) {
    return app.story(id, Stores.notices(spec)).orElseThrow(
        () -> new Main.UserException("no story '" + id + "'; 'sitrep stories' lists them", 2));
  }

  private static void text(PrintWriter out, Story story, Map<String, AnalyzedArticle> byId,
      FusedStory fused) {
    out.println("story:     " + story.id());
    out.println("title:     " + nz(story.title()));
    out.println("dates:     " + StoriesCommand.date(story.first()) + " .. "
        + StoriesCommand.date(story.last()));
    out.println("outlets:   " + (story.outlets().isEmpty() ? "—"
        : String.join(", ", story.outlets())));
    out.println("articles:");
    for (Membership ms : story.members()) {
      AnalyzedArticle a = byId.get(ms.articleId());
      out.printf(Locale.ROOT, "  %-20s %-10s %-20s %s%n", ms.articleId(),
          a == null ? "—" : nz(a.published().value()),
          a == null ? "—" : nz(outlet(a)) + (a.wire() == null ? "" : " (" + a.wire() + ")"),
          a == null ? "(no longer stored)" : nz(a.title()).replace('\n', ' '));
      String scores = String.format(Locale.ROOT, "score %.3f (words %.3f, names %.3f, time %.2f)",
          ms.score(), ms.text(), ms.names(), ms.time());
      // An article that started its story carries the scores of the closest story it did not
      // join, all 0 when there was none to compare with.
      boolean alone = ms.started() && ms.score() == 0 && ms.sharedNames().isEmpty();
      out.println("      " + (alone ? "started the story (no earlier story to compare with)"
          : ms.started() ? "started the story; the closest earlier story: " + scores
          : "joined: " + scores)
          + (ms.sharedNames().isEmpty() ? "" : "; shared names: "
              + String.join(", ", ms.sharedNames()))
          + (ms.duplicateOf() == null ? "" : "; near-duplicate of " + ms.duplicateOf())
          + (ms.thread() > 1 ? "; thread " + ms.thread() : "")
          + (ms.storyId().equals(story.id()) ? "" : "; joined " + ms.storyId()
              + ", since merged into this story"));
    }
    out.println("fused events (" + fused.events().size() + "; "
        + fused.corroboratedBy(2).size() + " reported by two or more independent sources):");
    for (FusedEvent e : fused.events()) {
      out.printf(Locale.ROOT, "  %-28s %-24s %s%n", e.id(), nz(e.date() == null ? null
          : e.date().value()), line(e.source()) + " \u2192 " + line(e.target()) + ", "
          + e.code() + (e.place() == null ? "" : ", in " + place(e)));
      out.println("      corroboration " + e.corroboration() + (e.sources().isEmpty() ? ""
          : " (" + String.join(", ", e.sources()) + ")") + "; first " + e.first().articleId()
          + ", latest " + e.latest().articleId());
      for (Report r : e.reports()) {
        out.printf(Locale.ROOT, "      %s [%s %d-%d]: %s%n", r.outletLabel(), r.articleId(),
            r.sentenceStart(), r.sentenceEnd(), clip(line(r.wording())));
      }
    }
    out.println("contradictions (" + fused.contradictions().size() + "):");
    for (Contradiction c : fused.contradictions()) {
      out.println("  " + c.attribute().label() + " in " + c.eventId() + ":");
      for (Contradiction.Side side : c.sides()) {
        List<String> srcs = new ArrayList<>();
        for (Contradiction.Source src : side.sources()) {
          srcs.add(src.outlet() + " [" + src.articleId() + " " + src.start() + "-" + src.end()
              + "] \u201c" + clip(line(src.text())) + "\u201d");
        }
        out.println("    " + side.value() + ": " + String.join("; ", srcs));
      }
    }
    out.println("timeline (fused events in date order):");
    for (FusedEvent e : fused.timeline().events()) {
      out.printf(Locale.ROOT, "  %-18s %-6s %-5s %s \u2192 %s  [%s, %d source(s), %d report(s)]%n",
          nz(e.date() == null ? null : e.date().value()), e.date() == null ? "" : e.date()
          .precision().name().toLowerCase(Locale.ROOT), e.code(), line(e.source()),
          line(e.target()), e.id(), e.corroboration(), e.reports().size());
    }
    out.println("per day:");
    for (Timeline.Day d : fused.timeline().days()) {
      out.printf(Locale.ROOT, "  %s  %d event(s), %d report(s), killed %s, wounded %s%n",
          d.day(), d.events(), d.reports(), d.killed() == null ? "\u2014" : d.killed(),
          d.wounded() == null ? "\u2014" : d.wounded());
    }
    out.println("framing (labels per actor; loaded terms):");
    for (StoryFraming.OutletFraming of : StoryFraming.of(List.copyOf(byId.values())).outlets()) {
      out.println("  " + of.outlet());
      for (StoryFraming.ActorLabels al : of.actors()) {
        List<String> labels = new ArrayList<>();
        for (StoryFraming.LabelUse l : al.labels()) {
          labels.add("\u201c" + l.text() + "\u201d " + (l.voice() == Voice.OWN ? "own"
              : "quoted" + (l.speaker() == null ? "" : " (" + l.speaker() + ")")));
        }
        out.println("    " + al.actor() + ": " + String.join("; ", labels));
      }
      for (StoryFraming.TermUse t : of.loadedTerms()) {
        out.println("    loaded: " + t.term() + " [" + lower(t.category()) + ", "
            + lower(t.voice()) + (t.speaker() == null ? "" : ", " + t.speaker()) + "]"
            + (t.actor() == null ? "" : " on " + t.actor()));
      }
    }
  }

  /** The resolved outlet, else (rows stored before outlets were resolved) the metadata's. */
  private static String outlet(AnalyzedArticle a) {
    return a.outlet() != null ? a.outlet() : a.source();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static String line(String s) {
    return s == null ? "?" : s.replaceAll("\\s+", " ").strip();
  }

  private static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 159) + "\u2026";
  }

  private static String place(FusedEvent e) {
    return e.place().resolvedName() != null ? e.place().resolvedName() : e.place().name();
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }
}
