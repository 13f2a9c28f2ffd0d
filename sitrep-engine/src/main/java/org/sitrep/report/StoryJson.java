package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.fusion.FusedStory;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryFraming;

/**
 * Stories as JSON-ready maps (snake_case keys, field order fixed), one wire form for {@code
 * sitrep stories}, {@code sitrep story ID --format json} and the API's {@code /api/stories}:
 *
 * <pre>
 * summary: {id, title, articles, first, last, outlets}
 * story:   summary + {members: [{id, title, outlet, wire, published, started, score, text,
 *   names, time, shared_names, duplicate_of}], fused_events, contradictions, timeline (see
 *   {@link FusionJson}), framing: {outlets: [{outlet, actors: [{actor, labels: [{text, voice,
 *   speaker, article_id, start, end}]}], loaded_terms: [{term, category, voice, speaker, actor,
 *   article_id, start, end}], voice_share: [{speaker, side, quotes, share}],
 *   voice_share_by_side: [{side, quotes, share}], omissions: {actors: [{actor, named_by}],
 *   events: [{fused_event_id, code, source, target, date, place, reported_by}]}}]},
 *   threads: [{thread, articles, first, last}], merged: [story ids folded into this one]}
 * </pre>
 *
 * Dates are ISO-8601 or null; scores are rounded to three decimals. Stateless.
 */
public final class StoryJson {
  private StoryJson() {}

  /** A story's summary, as {@code sitrep stories} lists it. */
  public static Map<String, Object> summary(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("articles", s.articleIds());
    m.put("first", s.first() == null ? null : s.first().toString());
    m.put("last", s.last() == null ? null : s.last().toString());
    m.put("outlets", List.copyOf(s.outlets()));
    return m;
  }

  /**
   * The whole story: {@link #summary} plus {@code members}, the keys of {@link FusionJson#of}
   * and {@code framing}. {@code articles} are the story's stored articles (any order; one
   * missing since clustering leaves its member's article fields null).
   */
  public static Map<String, Object> of(Story story, List<AnalyzedArticle> articles,
      FusedStory fused) {
    Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, Object> m = summary(story);
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
      o.put("thread", ms.thread());
      members.add(o);
    }
    m.put("members", members);
    m.put("threads", threads(story, byId));
    m.put("merged", story.members().stream().map(Membership::storyId)
        .filter(id -> !id.equals(story.id())).distinct().toList());
    m.putAll(FusionJson.of(fused));
    List<AnalyzedArticle> inOrder = List.copyOf(byId.values());
    m.put("framing", framing(StoryFraming.of(inOrder), Omissions.events(inOrder, fused)));
    return m;
  }

  /** The story's threads: number, articles, first and last publication day. */
  private static List<Map<String, Object>> threads(Story story,
      Map<String, AnalyzedArticle> byId) {
    Map<Integer, List<String>> ids = new java.util.TreeMap<>();
    Map<Integer, String[]> span = new java.util.HashMap<>();
    for (Membership ms : story.members()) {
      ids.computeIfAbsent(ms.thread(), k -> new ArrayList<>()).add(ms.articleId());
      AnalyzedArticle a = byId.get(ms.articleId());
      String d = a == null || a.published().value() == null || a.published().value().length() < 10
          ? null : a.published().value().substring(0, 10);
      if (d != null) {
        String[] fl = span.computeIfAbsent(ms.thread(), k -> new String[] {d, d});
        fl[0] = d.compareTo(fl[0]) < 0 ? d : fl[0];
        fl[1] = d.compareTo(fl[1]) > 0 ? d : fl[1];
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    ids.forEach((t, list) -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("thread", t);
      o.put("articles", list);
      String[] fl = span.get(t);
      o.put("first", fl == null ? null : fl[0]);
      o.put("last", fl == null ? null : fl[1]);
      out.add(o);
    });
    return out;
  }

  /** The story's framing in the wire form, without event omissions. */
  static Map<String, Object> framing(StoryFraming f) {
    return framing(f, Map.of());
  }

  /** The story's framing in the wire form: snake_case, enums in lower case. */
  static Map<String, Object> framing(StoryFraming f,
      Map<String, List<Omissions.OmittedEvent>> omittedEvents) {
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
      o.put("voice_share", of.voices().stream().map(v -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("speaker", v.speaker());
        x.put("side", v.side());
        x.put("quotes", v.quotes());
        x.put("share", round(v.share()));
        return x;
      }).toList());
      o.put("voice_share_by_side", of.sides().stream().map(v -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("side", v.side());
        x.put("quotes", v.quotes());
        x.put("share", round(v.share()));
        return x;
      }).toList());
      Map<String, Object> omissions = new LinkedHashMap<>();
      omissions.put("actors", of.omittedActors().stream().map(a -> {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("actor", a.actor());
        x.put("named_by", a.namedBy());
        return x;
      }).toList());
      omissions.put("events", omittedEvents.getOrDefault(of.outlet(), List.of()).stream()
          .map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("fused_event_id", e.fusedEventId());
            x.put("code", e.code());
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("date", e.date());
            x.put("place", e.place());
            x.put("reported_by", e.reportedBy());
            return x;
          }).toList());
      o.put("omissions", omissions);
      outlets.add(o);
    }
    return Map.of("outlets", outlets);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }


  /** The resolved outlet, else (rows stored before outlets were resolved) the metadata's. */
  private static String outlet(AnalyzedArticle a) {
    return a.outlet() != null ? a.outlet() : a.source();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
