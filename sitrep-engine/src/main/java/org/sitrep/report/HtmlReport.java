package org.sitrep.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.framing.Voice;
import org.sitrep.fusion.Contradiction;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.Report;
import org.sitrep.fusion.Timeline;
import org.sitrep.stories.StoryFraming;

/**
 * Renders a {@link SituationReport} as one self-contained HTML page: styles inline, the timeline
 * chart as inline SVG, no script, no external resource and no link leaving the page (article
 * addresses are shown as text; citations link to the page's own source list), so it works
 * offline, can be mailed on and prints well. Article text is untrusted: every string from an
 * article or its analysis is HTML-escaped ({@code & < > " '}). Stateless and thread-safe.
 */
public final class HtmlReport {
  /**
   * The page's Content-Security-Policy (in its own meta tag, and the header a server should send
   * with it): nothing loads and nothing runs; only the page's own inline style applies.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'";

  private static final Escaper ESC = HtmlEscapers.htmlEscaper();
  private static final String STYLE = "body{font:15px/1.45 system-ui,sans-serif;max-width:60em;"
      + "margin:2em auto;padding:0 1em;color:#222}h1{font-size:1.6em}h2{border-bottom:1px solid"
      + " #ccc;margin-top:1.6em}table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{"
      + "border:1px solid #ddd;padding:.25em .4em;vertical-align:top;text-align:left}th{"
      + "background:#f4f4f4}.cite{color:#555;font-size:.9em}blockquote{margin:.6em 0;padding:"
      + ".2em .8em;border-left:3px solid #bbb}.meta{color:#555}svg text{font:11px sans-serif}"
      + "@media print{body{margin:0}a{color:inherit;text-decoration:none}}";

  /** The report as one HTML document. */
  public String render(SituationReport r) {
    StringBuilder h = new StringBuilder();
    String title = r.story().title() == null ? r.story().id() : Texts.line(r.story().title());
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(CONTENT_SECURITY_POLICY).append("\">")
        .append("<title>Situation report: ").append(e(title)).append("</title><style>")
        .append(STYLE).append("</style></head><body>\n");
    h.append("<h1>Situation report: ").append(e(title)).append("</h1>\n<p class=\"meta\">Story ")
        .append(e(r.story().id())).append(" \u00b7 ").append(r.articles().size())
        .append(" article(s) from ").append(r.story().outlets().size()).append(" outlet(s) (")
        .append(e(Texts.join(List.copyOf(r.story().outlets())))).append(") \u00b7 ")
        .append(r.story().first() == null ? "undated" : r.story().first()).append(" \u2013 ")
        .append(r.story().last() == null ? "undated" : r.story().last())
        .append(". Every statement cites its article and character span; corroboration counts"
            + " independent sources, a wire agency once for all its copies.</p>\n");

    h.append("<h2>Summary</h2>\n");
    if (r.summary().isEmpty()) {
      h.append("<p>No events were extracted from the story's articles.</p>\n");
    } else {
      h.append("<ul>\n");
      for (SituationReport.Cited c : r.summary()) {
        h.append("<li>").append(e(Texts.line(c.text()))).append(" <span class=\"cite\">\u2014 ")
            .append(cite(c.articleId(), c.outlet(), c.start(), c.end())).append("; ")
            .append(c.corroboration()).append(" independent source(s)</span></li>\n");
      }
      h.append("</ul>\n");
    }

    h.append("<h2>Timeline</h2>\n").append(chart(r.fused().timeline()));
    h.append("<table><tr><th>date</th><th>event</th><th>place</th><th>sources</th>"
        + "<th>reports</th></tr>\n");
    for (FusedEvent ev : r.fused().timeline().events()) {
      h.append("<tr><td>").append(e(Texts.date(ev.date()))).append("</td><td><a href=\"#")
          .append(e(anchor(ev.id()))).append("\">").append(e(Texts.event(ev)))
          .append("</a></td><td>").append(e(Texts.place(ev))).append("</td><td>")
          .append(ev.corroboration()).append("</td><td>").append(ev.reports().size())
          .append("</td></tr>\n");
    }
    h.append("</table>\n<table><tr><th>day</th><th>events</th><th>reports</th><th>killed</th>"
        + "<th>wounded</th></tr>\n");
    for (Timeline.Day d : r.fused().timeline().days()) {
      h.append("<tr><td>").append(d.day()).append("</td><td>").append(d.events())
          .append("</td><td>").append(d.reports()).append("</td><td>")
          .append(e(Texts.range(d.killed()))).append("</td><td>")
          .append(e(Texts.range(d.wounded()))).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Events by corroboration</h2>\n");
    for (FusedEvent ev : r.fused().corroboratedBy(1)) {
      h.append("<h3 id=\"").append(e(anchor(ev.id()))).append("\">").append(e(ev.id()))
          .append(": ").append(e(Texts.event(ev))).append("</h3>\n<p>date ")
          .append(e(Texts.date(ev.date()))).append("; place ").append(e(Texts.place(ev)))
          .append("; corroboration ").append(ev.corroboration()).append(" (")
          .append(e(Texts.join(ev.sources()))).append("); first reported by ")
          .append(e(ev.first().outletLabel())).append(", latest by ")
          .append(e(ev.latest().outletLabel())).append("</p>\n<ul>\n");
      for (Report rep : ev.reports()) {
        h.append("<li>").append(e(Texts.line(rep.wording()))).append(" <span class=\"cite\">\u2014 ")
            .append(cite(rep.articleId(), rep.outletLabel(), rep.sentenceStart(),
                rep.sentenceEnd())).append("</span></li>\n");
      }
      h.append("</ul>\n");
    }

    h.append("<h2>Casualty figures</h2>\n");
    if (r.casualties().isEmpty()) {
      h.append("<p>No report gives a figure.</p>\n");
    } else {
      h.append("<table><tr><th>event</th><th>kind</th><th>as written</th><th>range</th>"
          + "<th>source</th></tr>\n");
      for (SituationReport.CasualtyFigure c : r.casualties()) {
        h.append("<tr><td>").append(e(c.eventId())).append("</td><td>")
            .append(e(c.figure().kind().label())).append("</td><td>")
            .append(e(Texts.line(c.figure().text()))).append("</td><td>")
            .append(e(Texts.range(c.figure()))).append("</td><td>")
            .append(cite(c.articleId(), c.outlet(), c.figure().start(), c.figure().end()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>Contradictions</h2>\n");
    if (r.fused().contradictions().isEmpty()) {
      h.append("<p>The reports of each event agree on its figures, roles, date and place.</p>\n");
    }
    for (Contradiction c : r.fused().contradictions()) {
      h.append("<h3>").append(e(c.attribute().label())).append(" in <a href=\"#")
          .append(e(anchor(c.eventId()))).append("\">").append(e(c.eventId()))
          .append("</a></h3>\n<table><tr><th>value</th><th>reported by</th></tr>\n");
      for (Contradiction.Side s : c.sides()) {
        h.append("<tr><td>").append(e(s.value())).append("</td><td>");
        for (Contradiction.Source src : s.sources()) {
          h.append("\u201c").append(e(Texts.line(src.text()))).append("\u201d <span class=\"cite\">")
              .append(cite(src.articleId(), src.outlet(), src.start(), src.end()))
              .append("</span><br>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>Key actors and relations</h2>\n");
    ActorNetwork net = r.network();
    if (net.actors().isEmpty()) {
      h.append("<p>No actor is named in the story's events.</p>\n");
    } else {
      h.append(network(net));
      h.append("<table><tr><th>source</th><th>target</th><th>fused events</th><th>kind</th></tr>"
          + "\n");
      for (ActorNetwork.Relation rel : net.relations()) {
        h.append("<tr><td>").append(e(rel.source())).append("</td><td>").append(e(rel.target()))
            .append("</td><td>").append(rel.events()).append("</td><td>")
            .append(e(rel.kind().label())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>Key quotes</h2>\n");
    if (r.quotes().isEmpty()) {
      h.append("<p>No direct quote of a named speaker.</p>\n");
    }
    for (SituationReport.KeyQuote q : r.quotes()) {
      h.append("<blockquote>").append(e(Texts.line(q.text()))).append("<br><span class=\"cite\">"
          + "\u2014 ").append(e(q.speaker())).append(", ")
          .append(cite(q.articleId(), q.outlet(), q.start(), q.end()))
          .append("</span></blockquote>\n");
    }

    h.append("<h2>Framing per outlet</h2>\n<table><tr><th>outlet</th><th>actor</th>"
        + "<th>labels and loaded terms (voice)</th></tr>\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.ActorLabels al : of.actors()) {
        h.append("<tr><td>").append(e(of.outlet())).append("</td><td>").append(e(al.actor()))
            .append("</td><td>").append(e(String.join("; ", al.labels().stream().map(l ->
                "\u201c" + Texts.line(l.text()) + "\u201d " + voice(l.voice(), l.speaker()))
                .toList()))).append("</td></tr>\n");
      }
      for (StoryFraming.TermUse t : of.loadedTerms()) {
        h.append("<tr><td>").append(e(of.outlet())).append("</td><td>")
            .append(e(t.actor() == null ? "\u2014" : t.actor())).append("</td><td>loaded: ")
            .append(e("\u201c" + t.term() + "\u201d " + t.category().name()
                .toLowerCase(Locale.ROOT) + ", " + voice(t.voice(), t.speaker())))
            .append("</td></tr>\n");
      }
    }
    h.append("</table>\n");

    h.append("<h3>Voice share: whose quotes each outlet carries</h3>\n<table><tr><th>outlet</th>"
        + "<th>speaker</th><th>side</th><th>quotes</th><th>share</th></tr>\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.VoiceShare v : of.voices()) {
        h.append("<tr><td>").append(e(of.outlet())).append("</td><td>").append(e(v.speaker()))
            .append("</td><td>").append(e(v.side())).append("</td><td>").append(v.quotes())
            .append("</td><td>").append(Math.round(v.share() * 100)).append("%</td></tr>\n");
      }
    }
    h.append("</table>\n<h3>Omissions: what other outlets report and this one does not</h3>\n"
        + "<table><tr><th>outlet</th><th>omits</th><th>reported by</th></tr>\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.OmittedActor a : of.omittedActors()) {
        h.append("<tr><td>").append(e(of.outlet())).append("</td><td>actor ")
            .append(e(a.actor())).append("</td><td>").append(e(Texts.join(a.namedBy())))
            .append("</td></tr>\n");
      }
      for (Omissions.OmittedEvent ev : r.omittedEvents().getOrDefault(of.outlet(), List.of())) {
        h.append("<tr><td>").append(e(of.outlet())).append("</td><td>event <a href=\"#")
            .append(e(anchor(ev.fusedEventId()))).append("\">").append(e(Texts.omitted(ev)))
            .append("</a></td><td>").append(e(Texts.join(ev.reportedBy())))
            .append("</td></tr>\n");
      }
    }
    h.append("</table>\n");

    h.append("<h2>Sources</h2>\n<table><tr><th>article</th><th>outlet</th><th>published</th>"
        + "<th>title</th><th>address (not linked)</th></tr>\n");
    for (SituationReport.SourceArticle a : r.articles()) {
      h.append("<tr id=\"").append(e(anchor("a-" + a.id()))).append("\"><td>").append(e(a.id()))
          .append("</td><td>").append(e(a.outlet())).append("</td><td>")
          .append(e(a.published() == null ? "\u2014" : a.published())).append("</td><td>")
          .append(e(a.title() == null ? "\u2014" : Texts.line(a.title()))).append("</td><td>")
          .append(e(a.url() == null ? "\u2014" : a.url())).append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"meta\">Made by Sitrep from its stored analyses.</p>\n"
        + "</body></html>\n");
    return h.toString();
  }

  /** A bar per day: reports (light) with events (dark) in front; nothing when no day is known. */
  static String chart(Timeline t) {
    List<Timeline.Day> days = t.days();
    if (days.isEmpty()) {
      return "<p>No event is dated to the day.</p>\n";
    }
    int max = days.stream().mapToInt(Timeline.Day::reports).max().orElse(1);
    int bar = 28;
    int gap = 6;
    int height = 120;
    int width = days.size() * (bar + gap) + gap;
    StringBuilder s = new StringBuilder();
    s.append("<svg role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height + 40).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height + 40).append("\"><title>Events (dark) and reports (light)"
            + " per day</title>\n");
    for (int i = 0; i < days.size(); i++) {
      Timeline.Day d = days.get(i);
      int x = gap + i * (bar + gap);
      int hr = Math.max(1, d.reports() * height / max);
      int he = Math.max(1, d.events() * height / max);
      s.append("<rect x=\"").append(x).append("\" y=\"").append(height - hr + 12)
          .append("\" width=\"").append(bar).append("\" height=\"").append(hr)
          .append("\" fill=\"#b9cde5\"/>");
      s.append("<rect x=\"").append(x + 6).append("\" y=\"").append(height - he + 12)
          .append("\" width=\"").append(bar - 12).append("\" height=\"").append(he)
          .append("\" fill=\"#2f5d8a\"/>");
      s.append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(height - hr + 9)
          .append("\" text-anchor=\"middle\">").append(d.events()).append('/')
          .append(d.reports()).append("</text>");
      s.append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(height + 26)
          .append("\" text-anchor=\"middle\">").append(d.day().toString().substring(5))
          .append("</text>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /**
   * The key actors on a circle, heaviest at the top, clockwise; a line per relation, solid for
   * material and dashed for verbal, red for conflict and green for cooperation, with an arrow
   * head at the target. Names are escaped; nothing is interactive.
   */
  static String network(ActorNetwork net) {
    int n = net.actors().size();
    int w = 640;
    int hgt = 420;
    double cx = w / 2.0;
    double cy = hgt / 2.0;
    double radius = n == 1 ? 0 : 150;
    Map<String, double[]> at = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      at.put(net.actors().get(i).name(), new double[] {cx + radius * Math.cos(angle),
          cy + radius * Math.sin(angle)});
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg role=\"img\" width=\"").append(w).append("\" height=\"").append(hgt)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt).append("\"><title>Key"
            + " actors and relations</title>\n<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\""
            + " refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
    for (ActorNetwork.Relation rel : net.relations()) {
      double[] a = at.get(rel.source());
      double[] b = at.get(rel.target());
      double dx = b[0] - a[0];
      double dy = b[1] - a[1];
      double len = Math.max(1, Math.hypot(dx, dy));
      // Stop short of the node circles so the arrow head shows.
      double r0 = 14 / len;
      boolean conflict = rel.kind() == ActorNetwork.Kind.MATERIAL_CONFLICT
          || rel.kind() == ActorNetwork.Kind.VERBAL_CONFLICT;
      boolean verbal = rel.kind() == ActorNetwork.Kind.VERBAL_CONFLICT
          || rel.kind() == ActorNetwork.Kind.VERBAL_COOPERATION;
      s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\""
          + " y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s marker-end=\"url(#arrow)\">",
          a[0] + dx * r0, a[1] + dy * r0, b[0] - dx * r0, b[1] - dy * r0,
          conflict ? "#b8423a" : "#3a8a4f", Math.min(6, 1 + rel.events()),
          verbal ? " stroke-dasharray=\"6 4\"" : ""));
      s.append("<title>").append(e(rel.source() + " \u2192 " + rel.target() + ": "
          + rel.events() + " event(s), " + rel.kind().label())).append("</title></line>\n");
    }
    for (ActorNetwork.Actor a : net.actors()) {
      double[] p = at.get(a.name());
      s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\""
          + " fill=\"#2f5d8a\"/>", p[0], p[1], Math.min(14, 5 + a.events())));
      boolean left = p[0] < cx - 1;
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
          p[0] + (left ? -18 : 18), p[1] + 4, left ? "end" : "start"))
          .append(e(Texts.line(a.name()))).append(" (").append(a.events()).append(")</text>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** "Outlet, a1 120–245" linking to the article in the source list. */
  private static String cite(String articleId, String outlet, int start, int end) {
    return "<a href=\"#" + e(anchor("a-" + articleId)) + "\">" + e(outlet) + ", "
        + e(Texts.span(articleId, start, end)) + "</a>";
  }

  /** An id attribute value made of safe characters only. */
  static String anchor(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String voice(Voice v, String speaker) {
    return v.name().toLowerCase(Locale.ROOT) + (speaker == null ? "" : " (" + speaker + ")");
  }

  private static String e(String s) {
    return ESC.escape(s == null ? "" : s);
  }
}
