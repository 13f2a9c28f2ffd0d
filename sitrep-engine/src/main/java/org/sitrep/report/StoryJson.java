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
 *   article_id, start, end}]}]}}
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
      members.add(o);
    }
    m.put("members", members);
    m.putAll(FusionJson.of(fused));
    m.put("framing", framing(StoryFraming.of(List.copyOf(byId.values()))));
    return m;
  }

  /** The story's framing in the wire form: snake_case, enums in lower case. */
  static Map<String, Object> framing(StoryFraming f) {
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


  /** The resolved outlet, else (rows stored before outlets were resolved) the metadata's. */
  private static String outlet(AnalyzedArticle a) {
    return a.outlet() != null ? a.outlet() : a.source();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
