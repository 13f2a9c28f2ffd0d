package org.sitrep.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.fusion.Contradiction;
import org.sitrep.fusion.EventDate;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;
import org.sitrep.fusion.Report;
import org.sitrep.fusion.Timeline;

/**
 * A story's fused events, contradictions and timeline as JSON-ready maps (snake_case keys, field
 * order fixed), for {@code sitrep story ID --format json} and the API:
 *
 * <pre>
 * fused_events: [{id, code, root, source, target, date, date_precision, place, corroboration,
 *   sources, first: {article_id, outlet, published}, latest: {…},
 *   reports: [{article_id, outlet, wire, published, event_id, code, modality, source, target,
 *     date, trigger, trigger_start, trigger_end, sentence_start, sentence_end, wording}]}]
 * contradictions: [{event, attribute, sides: [{value, sources: [{article_id, outlet, start, end,
 *   text}]}]}]
 * timeline: {events: [{event, date, date_precision, code, source, target, place, corroboration,
 *   reports}], days: [{day, events, reports, killed: {min, max} | null, wounded: …}]}
 * </pre>
 *
 * Dates are the events' TIMEX-style values; precision is {@code day}, {@code month} or
 * {@code year}; a range's {@code max} is null when open. Stateless.
 */
public final class FusionJson {
  private FusionJson() {}

  /** The three keys above, in that order. */
  public static Map<String, Object> of(FusedStory f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fused_events", f.events().stream().map(FusionJson::event).toList());
    m.put("contradictions", f.contradictions().stream().map(FusionJson::contradiction).toList());
    m.put("timeline", timeline(f.timeline()));
    return m;
  }

  static Map<String, Object> event(FusedEvent e) {
    Map<String, Object> m = head(e);
    m.put("sources", e.sources());
    m.put("first", brief(e.first()));
    m.put("latest", brief(e.latest()));
    List<Map<String, Object>> reports = new ArrayList<>();
    for (Report r : e.reports()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("article_id", r.articleId());
      o.put("outlet", r.outlet());
      o.put("wire", r.wire());
      o.put("published", r.published() == null ? null : r.published().toString());
      o.put("event_id", r.eventId());
      o.put("code", r.code());
      o.put("modality", r.modality());
      o.put("source", r.source());
      o.put("target", r.target());
      o.put("date", r.date() == null ? null : r.date().value());
      o.put("trigger", r.trigger());
      o.put("trigger_start", r.triggerStart());
      o.put("trigger_end", r.triggerEnd());
      o.put("sentence_start", r.sentenceStart());
      o.put("sentence_end", r.sentenceEnd());
      o.put("wording", r.wording());
      reports.add(o);
    }
    m.put("reports", reports);
    return m;
  }

  private static Map<String, Object> head(FusedEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("code", e.code());
    m.put("root", e.root());
    m.put("source", e.source());
    m.put("target", e.target());
    m.put("date", e.date() == null ? null : e.date().value());
    m.put("date_precision", precision(e.date()));
    m.put("place", e.place() == null ? null : Texts.place(e));
    m.put("corroboration", e.corroboration());
    return m;
  }

  private static Map<String, Object> brief(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("article_id", r.articleId());
    m.put("outlet", r.outletLabel());
    m.put("published", r.published() == null ? null : r.published().toString());
    return m;
  }

  static Map<String, Object> contradiction(Contradiction c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", c.eventId());
    m.put("attribute", c.attribute().label());
    List<Map<String, Object>> sides = new ArrayList<>();
    for (Contradiction.Side s : c.sides()) {
      List<Map<String, Object>> sources = new ArrayList<>();
      for (Contradiction.Source src : s.sources()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("article_id", src.articleId());
        o.put("outlet", src.outlet());
        o.put("start", src.start());
        o.put("end", src.end());
        o.put("text", src.text());
        sources.add(o);
      }
      Map<String, Object> side = new LinkedHashMap<>();
      side.put("value", s.value());
      side.put("sources", sources);
      sides.add(side);
    }
    m.put("sides", sides);
    return m;
  }

  static Map<String, Object> timeline(Timeline t) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (FusedEvent e : t.events()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", e.id());
      m.put("date", e.date() == null ? null : e.date().value());
      m.put("date_precision", precision(e.date()));
      m.put("code", e.code());
      m.put("source", e.source());
      m.put("target", e.target());
      m.put("place", e.place() == null ? null : Texts.place(e));
      m.put("corroboration", e.corroboration());
      m.put("reports", e.reports().size());
      events.add(m);
    }
    List<Map<String, Object>> days = new ArrayList<>();
    for (Timeline.Day d : t.days()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("day", d.day().toString());
      m.put("events", d.events());
      m.put("reports", d.reports());
      m.put("killed", range(d.killed()));
      m.put("wounded", range(d.wounded()));
      days.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("events", events);
    m.put("days", days);
    return m;
  }

  private static Map<String, Object> range(Timeline.CountRange r) {
    if (r == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("min", number(r.min()));
    m.put("max", number(r.max()));
    return m;
  }

  private static Object number(BigDecimal b) {
    if (b == null) {
      return null;
    }
    BigDecimal s = b.stripTrailingZeros();
    return s.scale() <= 0 ? (Object) s.toBigInteger() : s;
  }

  private static String precision(EventDate d) {
    return d == null ? null : d.precision().name().toLowerCase(java.util.Locale.ROOT);
  }
}
