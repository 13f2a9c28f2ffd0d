package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.app.SitrepService;
import org.sitrep.framing.Voice;
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
 * duplicates), and a timeline of the stored events of those articles by event date (undated
 * last). An unknown id is a usage error (exit 2). JSON: the fields of {@code sitrep stories}
 * plus {@code members} (per article: id, title, outlet, wire, published, started, score, text,
 * names, time, shared_names, duplicate_of) and {@code timeline} (event, date, code, source,
 * target, outlet, article).
 */
@Command(name = "story", description = "Show one story: its articles, why each joined, and a"
    + " timeline of their events.")
final class StoryCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID", description = "A story id, as 'sitrep stories' lists it.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}")
  StoriesCommand.Format format;

  /** One event of the timeline with the article it was reported in. */
  private record Entry(EventOut event, AnalyzedArticle article, int articleOrder) {}

  /** Event date (TIMEX-style, so ISO prefixes sort by time), undated last, then report order. */
  private static final Comparator<Entry> TIMELINE = Comparator
      .comparing((Entry e) -> e.event().date(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(Entry::articleOrder)
      .thenComparingInt(e -> e.event().start());

  @Override
  public Integer call() {
    Story story;
    List<AnalyzedArticle> articles = new ArrayList<>();
    try (SitrepService app = Stores.open(data)) {
      story = app.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(
          () -> new Main.UserException("no story '" + id + "'; 'sitrep stories' lists them", 2));
      for (Membership m : story.members()) {
        // The clusterer read these articles a moment ago; one deleted meanwhile is left out.
        app.article(m.articleId()).ifPresent(articles::add);
      }
    }
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Entry> timeline = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (EventOut e : articles.get(i).events()) {
        timeline.add(new Entry(e, articles.get(i), i));
      }
    }
    timeline.sort(TIMELINE);
    PrintWriter out = spec.commandLine().getOut();
    if (format == StoriesCommand.Format.json) {
      out.println(StoriesCommand.json(json(story, byId, timeline)));
    } else {
      text(out, story, byId, timeline);
    }
    return 0;
  }

  private static Map<String, Object> json(Story story, Map<String, AnalyzedArticle> byId,
      List<Entry> timeline) {
    Map<String, Object> m = StoriesCommand.summary(story);
    List<Map<String, Object>> members = new ArrayList<>();
    for (Membership ms : story.members()) {
      AnalyzedArticle a = byId.get(ms.articleId());
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", ms.articleId());
      o.put("title", a == null ? null : a.title());
      o.put("outlet", a == null ? null : outlet(a));
      o.put("wire", a == null ? null : a.wire());
      o.put("published", a == null ? null : a.published().value());
      o.put("started", ms.started());
      o.put("score", round(ms.score()));
      o.put("text", round(ms.text()));
      o.put("names", round(ms.names()));
      o.put("time", round(ms.time()));
      o.put("shared_names", ms.sharedNames());
      o.put("duplicate_of", ms.duplicateOf());
      members.add(o);
    }
    m.put("members", members);
    List<Map<String, Object>> events = new ArrayList<>();
    for (Entry e : timeline) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("event", e.event().id());
      o.put("date", e.event().date());
      o.put("code", e.event().code());
      o.put("source", e.event().source());
      o.put("target", e.event().target());
      o.put("outlet", outlet(e.article()));
      o.put("article", e.article().id());
      events.add(o);
    }
    m.put("timeline", events);
    m.put("framing", framing(StoryFraming.of(List.copyOf(byId.values()))));
    return m;
  }

  /** The story's framing in the wire form: snake_case, enums in lower case. */
  private static Map<String, Object> framing(StoryFraming f) {
    List<Map<String, Object>> outlets = new ArrayList<>();
    for (StoryFraming.OutletFraming of : f.outlets()) {
      List<Map<String, Object>> actors = new ArrayList<>();
      for (StoryFraming.ActorLabels al : of.actors()) {
        List<Map<String, Object>> labels = new ArrayList<>();
        for (StoryFraming.LabelUse l : al.labels()) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("text", l.text());
          o.put("voice", lower(l.voice()));
          o.put("speaker", l.speaker());
          o.put("article_id", l.articleId());
          o.put("start", l.start());
          o.put("end", l.end());
          labels.add(o);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("actor", al.actor());
        a.put("labels", labels);
        actors.add(a);
      }
      List<Map<String, Object>> terms = new ArrayList<>();
      for (StoryFraming.TermUse t : of.loadedTerms()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("term", t.term());
        o.put("category", lower(t.category()));
        o.put("voice", lower(t.voice()));
        o.put("speaker", t.speaker());
        o.put("actor", t.actor());
        o.put("article_id", t.articleId());
        o.put("start", t.start());
        o.put("end", t.end());
        terms.add(o);
      }
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("outlet", of.outlet());
      o.put("actors", actors);
      o.put("loaded_terms", terms);
      outlets.add(o);
    }
    return Map.of("outlets", outlets);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static void text(PrintWriter out, Story story, Map<String, AnalyzedArticle> byId,
      List<Entry> timeline) {
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
          + (ms.duplicateOf() == null ? "" : "; near-duplicate of " + ms.duplicateOf()));
    }
    out.println("timeline:");
    for (Entry e : timeline) {
      EventOut ev = e.event();
      out.printf(Locale.ROOT, "  %-10s %-5s %s → %s  [%s, %s, %s]%n", nz(ev.date()), ev.code(),
          nz(ev.source()), nz(ev.target()), nz(ev.id()), nz(outlet(e.article())),
          e.article().id());
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

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }
}
