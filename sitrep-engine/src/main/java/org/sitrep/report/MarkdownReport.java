package org.sitrep.report;

import java.util.List;
import java.util.Locale;
import org.sitrep.fusion.Contradiction;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.Report;
import org.sitrep.fusion.Timeline;
import org.sitrep.stories.StoryFraming;

/**
 * Renders a {@link SituationReport} as Markdown (CommonMark with pipe tables). Article text is
 * untrusted: every piece of it is put on one line and its Markdown and HTML punctuation is
 * backslash-escaped, so a headline cannot open a link, an image, a table cell or raw HTML.
 * Stateless and thread-safe.
 */
public final class MarkdownReport {

  /** The report as one Markdown document. */
  public String render(SituationReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# Situation report: ").append(esc(r.story().title() == null ? r.story().id()
        : r.story().title())).append("\n\n");
    md.append("Story `").append(esc(r.story().id())).append("` \u00b7 ")
        .append(r.articles().size()).append(" article(s) from ")
        .append(r.story().outlets().size()).append(" outlet(s) (")
        .append(esc(Texts.join(List.copyOf(r.story().outlets())))).append(") \u00b7 ")
        .append(r.story().first() == null ? "undated" : r.story().first()).append(" \u2013 ")
        .append(r.story().last() == null ? "undated" : r.story().last()).append("\n\n")
        .append("Every statement below cites its article and character span (article id, start"
            + "\u2013end); fused events count independent sources, a wire agency once for all"
            + " its copies.\n\n");

    md.append("## Summary\n\n");
    if (r.summary().isEmpty()) {
      md.append("No events were extracted from the story's articles.\n\n");
    }
    for (SituationReport.Cited c : r.summary()) {
      md.append("- ").append(esc(Texts.line(c.text()))).append(" \u2014 *")
          .append(esc(c.outlet())).append("*, ").append(esc(Texts.span(c.articleId(), c.start(),
              c.end()))).append("; ").append(c.corroboration()).append(" independent source(s)")
          .append("\n");
    }
    md.append("\n## Timeline\n\n");
    md.append("| date | event | place | sources | reports |\n|---|---|---|---|---|\n");
    for (FusedEvent e : r.fused().timeline().events()) {
      md.append("| ").append(esc(Texts.date(e.date()))).append(" | ")
          .append(esc(Texts.event(e))).append(" | ").append(esc(Texts.place(e))).append(" | ")
          .append(e.corroboration()).append(" | ").append(e.reports().size()).append(" |\n");
    }
    md.append("\n| day | events | reports | killed | wounded |\n|---|---|---|---|---|\n");
    for (Timeline.Day d : r.fused().timeline().days()) {
      md.append("| ").append(d.day()).append(" | ").append(d.events()).append(" | ")
          .append(d.reports()).append(" | ").append(esc(Texts.range(d.killed()))).append(" | ")
          .append(esc(Texts.range(d.wounded()))).append(" |\n");
    }

    md.append("\n## Events by corroboration\n\n");
    for (FusedEvent e : r.fused().corroboratedBy(1)) {
      md.append("### ").append(esc(e.id())).append(": ").append(esc(Texts.event(e)))
          .append("\n\n");
      md.append("- date: ").append(esc(Texts.date(e.date()))).append("; place: ")
          .append(esc(Texts.place(e))).append("\n");
      md.append("- corroboration: ").append(e.corroboration()).append(" (")
          .append(esc(Texts.join(e.sources()))).append("); first reported by ")
          .append(esc(e.first().outletLabel())).append(" (").append(date(e.first()))
          .append("), latest by ").append(esc(e.latest().outletLabel())).append(" (")
          .append(date(e.latest())).append(")\n");
      for (Report rep : e.reports()) {
        md.append("- *").append(esc(rep.outletLabel())).append("*, ")
            .append(esc(Texts.span(rep.articleId(), rep.sentenceStart(), rep.sentenceEnd())))
            .append(": ").append(esc(Texts.line(rep.wording()))).append("\n");
      }
      md.append("\n");
    }

    md.append("## Casualty figures\n\n");
    if (r.casualties().isEmpty()) {
      md.append("No report gives a figure.\n\n");
    } else {
      md.append("| event | kind | as written | range | outlet | span |\n"
          + "|---|---|---|---|---|---|\n");
      for (SituationReport.CasualtyFigure c : r.casualties()) {
        md.append("| ").append(esc(c.eventId())).append(" | ").append(c.figure().kind().label())
            .append(" | ").append(esc(Texts.line(c.figure().text()))).append(" | ")
            .append(esc(Texts.range(c.figure()))).append(" | ").append(esc(c.outlet()))
            .append(" | ").append(esc(Texts.span(c.articleId(), c.figure().start(),
                c.figure().end()))).append(" |\n");
      }
      md.append("\n");
    }

    md.append("## Contradictions\n\n");
    if (r.fused().contradictions().isEmpty()) {
      md.append("The reports of each event agree on its figures, roles, date and place.\n\n");
    }
    for (Contradiction c : r.fused().contradictions()) {
      md.append("- **").append(c.attribute().label()).append("** in ").append(esc(c.eventId()))
          .append(":\n");
      for (Contradiction.Side s : c.sides()) {
        md.append("  - ").append(esc(s.value())).append(": ");
        boolean first = true;
        for (Contradiction.Source src : s.sources()) {
          md.append(first ? "" : "; ").append('*').append(esc(src.outlet())).append("*, ")
              .append(esc(Texts.span(src.articleId(), src.start(), src.end()))).append(" \u201c")
              .append(esc(Texts.line(src.text()))).append("\u201d");
          first = false;
        }
        md.append("\n");
      }
    }

    md.append("\n## Key actors and relations\n\n");
    if (r.network().actors().isEmpty()) {
      md.append("No actor is named in the story's events.\n");
    } else {
      for (ActorNetwork.Actor a : r.network().actors()) {
        md.append("- ").append(esc(a.name())).append(" (").append(a.events())
            .append(" event(s))\n");
      }
      md.append("\n| source | target | fused events | kind |\n|---|---|---|---|\n");
      for (ActorNetwork.Relation rel : r.network().relations()) {
        md.append("| ").append(esc(rel.source())).append(" | ").append(esc(rel.target()))
            .append(" | ").append(rel.events()).append(" | ").append(rel.kind().label())
            .append(" |\n");
      }
    }

    md.append("\n## Key quotes\n\n");
    if (r.quotes().isEmpty()) {
      md.append("No direct quote of a named speaker.\n");
    }
    for (SituationReport.KeyQuote q : r.quotes()) {
      md.append("> ").append(esc(Texts.line(q.text()))).append("\n>\n> \u2014 ")
          .append(esc(q.speaker())).append(", *").append(esc(q.outlet())).append("*, ")
          .append(esc(Texts.span(q.articleId(), q.start(), q.end()))).append("\n\n");
    }

    md.append("\n## Framing per outlet\n\n");
    md.append("| outlet | actor | labels (voice) |\n|---|---|---|\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.ActorLabels al : of.actors()) {
        md.append("| ").append(esc(of.outlet())).append(" | ").append(esc(al.actor()))
            .append(" | ").append(esc(String.join("; ", al.labels().stream()
                .map(l -> "\u201c" + Texts.line(l.text()) + "\u201d " + voice(l.voice(),
                    l.speaker())).toList()))).append(" |\n");
      }
      for (StoryFraming.TermUse t : of.loadedTerms()) {
        md.append("| ").append(esc(of.outlet())).append(" | ")
            .append(esc(t.actor() == null ? "\u2014" : t.actor())).append(" | loaded: ")
            .append(esc("\u201c" + t.term() + "\u201d " + t.category().name()
                .toLowerCase(Locale.ROOT) + ", " + voice(t.voice(), t.speaker()))).append(" |\n");
      }
    }

    md.append("\n### Voice share: whose quotes each outlet carries\n\n"
        + "| outlet | speaker | side | quotes | share |\n|---|---|---|---|---|\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.VoiceShare v : of.voices()) {
        md.append("| ").append(esc(of.outlet())).append(" | ").append(esc(v.speaker()))
            .append(" | ").append(esc(v.side())).append(" | ").append(v.quotes()).append(" | ")
            .append(Math.round(v.share() * 100)).append("% |\n");
      }
    }
    md.append("\n### Omissions: what other outlets report and this one does not\n\n"
        + "| outlet | omits | reported by |\n|---|---|---|\n");
    for (StoryFraming.OutletFraming of : r.framing().outlets()) {
      for (StoryFraming.OmittedActor a : of.omittedActors()) {
        md.append("| ").append(esc(of.outlet())).append(" | actor ").append(esc(a.actor()))
            .append(" | ").append(esc(Texts.join(a.namedBy()))).append(" |\n");
      }
      for (Omissions.OmittedEvent ev : r.omittedEvents().getOrDefault(of.outlet(),
          java.util.List.of())) {
        md.append("| ").append(esc(of.outlet())).append(" | event ")
            .append(esc(Texts.omitted(ev))).append(" | ").append(esc(Texts.join(ev.reportedBy())))
            .append(" |\n");
      }
    }

    md.append("\n## Sources\n\n| article | outlet | published | title | address |\n"
        + "|---|---|---|---|---|\n");
    for (SituationReport.SourceArticle a : r.articles()) {
      md.append("| ").append(esc(a.id())).append(" | ").append(esc(a.outlet())).append(" | ")
          .append(esc(a.published() == null ? "\u2014" : a.published())).append(" | ")
          .append(esc(Texts.line(a.title() == null ? "\u2014" : a.title()))).append(" | ")
          .append(a.url() == null ? "\u2014" : "`" + a.url().replace("`", "%60")
              .replace("|", "%7C").replaceAll("\\s", "") + "`").append(" |\n");
    }
    return md.toString();
  }

  private static String voice(org.sitrep.framing.Voice v, String speaker) {
    return v.name().toLowerCase(Locale.ROOT) + (speaker == null ? "" : " (" + speaker + ")");
  }

  private static String date(Report r) {
    return r.published() == null ? "undated" : r.published().toString();
  }

  /**
   * Escapes untrusted text for Markdown: one line, and every character that could start markup
   * inside a line (emphasis, code, links and images, raw HTML and entities, table cells,
   * strikethrough) backslash-escaped, and so is a first character that could open a heading, a list
   * or a quote where the text follows a quote mark ("> # text", "> 1. text").
   */
  static String esc(String s) {
    String one = Texts.line(s);
    StringBuilder b = new StringBuilder(one.length() + 8);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      boolean opensBlock = (i == 0 && "#-+=".indexOf(c) >= 0)
          || (i <= 9 && (c == '.' || c == ')') && one.substring(0, i).matches("\\d{1,9}"));
      if ("\\`*_[]<>|&~".indexOf(c) >= 0 || opensBlock) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
