package org.sitrep.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.events.Figure;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;
import org.sitrep.fusion.Report;
import org.sitrep.quotes.Quote;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryFraming;

/**
 * What a situation report on one story says, gathered from the story's analyses; the renderers
 * only lay it out. Every statement keeps the article and span it came from.
 *
 * @param story the story
 * @param articles its articles, in the story's order (the source list)
 * @param fused its fused events, contradictions and timeline
 * @param summary the extractive summary: the first report's sentence of the most corroborated
 *     fused events (most independent sources first, then most reports, then earliest), at most
 *     {@link #SUMMARY_EVENTS}
 * @param casualties every casualty and displacement figure of every fused event, with its source
 * @param quotes key quotes: direct quotes of named speakers, one per speaker, taken in turn from
 *     each article so no outlet fills the list, at most {@link #QUOTES}
 * @param framing each outlet's labels, loaded terms, voice share and omitted actors ({@link
 *     StoryFraming})
 * @param omittedEvents per known outlet, the fused events other outlets report and it does not
 *     ({@link Omissions})
 * @param network key actors and the relations between them ({@link ActorNetwork})
 */
public record SituationReport(Story story, List<SourceArticle> articles, FusedStory fused,
    List<Cited> summary, List<CasualtyFigure> casualties, List<KeyQuote> quotes,
    StoryFraming framing, Map<String, List<Omissions.OmittedEvent>> omittedEvents,
    ActorNetwork network) {

  /** At most this many summary sentences. */
  public static final int SUMMARY_EVENTS = 8;
  /** At most this many key quotes. */
  public static final int QUOTES = 8;
  /** Quotes shorter than this (in characters) say too little to be key. */
  static final int MIN_QUOTE = 30;
  /** Quotes longer than this are shortened in the report (with an ellipsis). */
  static final int MAX_QUOTE = 400;

  public SituationReport {
    Objects.requireNonNull(story, "story");
    articles = ImmutableList.copyOf(articles);
    Objects.requireNonNull(fused, "fused");
    summary = ImmutableList.copyOf(summary);
    casualties = ImmutableList.copyOf(casualties);
    quotes = ImmutableList.copyOf(quotes);
    Objects.requireNonNull(framing, "framing");
    omittedEvents = com.google.common.collect.ImmutableMap.copyOf(omittedEvents);
    Objects.requireNonNull(network, "network");
  }

  /**
   * An article in the source list.
   *
   * @param id article id
   * @param title headline, or null
   * @param outlet outlet with wire credit, or "unknown"
   * @param published publication date as stored, or null
   * @param url address as text (never rendered as a link), or null
   */
  public record SourceArticle(String id, String title, String outlet, String published,
      String url) {
    public SourceArticle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outlet, "outlet");
    }
  }

  /**
   * A sentence quoted from an article.
   *
   * @param text the sentence as written
   * @param articleId its article
   * @param outlet the article's outlet with wire credit
   * @param start UTF-16 offset into the article's text
   * @param end exclusive end
   * @param eventId the fused event it reports, or null
   * @param corroboration that event's independent sources, or 0
   */
  public record Cited(String text, String articleId, String outlet, int start, int end,
      String eventId, int corroboration) {
    public Cited {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(articleId, "articleId");
      checkArgument(start >= 0 && end >= start, "bad span [%s,%s)", start, end);
    }
  }

  /**
   * One figure one report gives for a fused event.
   *
   * @param eventId the fused event
   * @param figure the figure (kind, text as written, range, span)
   * @param articleId the article
   * @param outlet its outlet with wire credit
   */
  public record CasualtyFigure(String eventId, Figure figure, String articleId, String outlet) {
    public CasualtyFigure {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(articleId, "articleId");
    }
  }

  /**
   * A key quote.
   *
   * @param speaker who said it
   * @param text the quote as written, at most {@link #MAX_QUOTE} characters plus an ellipsis
   * @param articleId its article
   * @param outlet the article's outlet
   * @param start UTF-16 offset of the quote in the article's text
   * @param end exclusive end
   */
  public record KeyQuote(String speaker, String text, String articleId, String outlet, int start,
      int end) {
    public KeyQuote {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Gathers the report of {@code story} from its articles and their fused events. */
  public static SituationReport of(Story story, List<AnalyzedArticle> articles,
      FusedStory fused) {
    List<SourceArticle> sources = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      sources.add(new SourceArticle(a.id(), a.title(), outletLabel(a),
          a.published() == null ? null : a.published().value(), a.url()));
    }
    List<FusedEvent> ranked = new ArrayList<>(fused.events());
    ranked.sort(Comparator.comparingInt(FusedEvent::corroboration).reversed()
        .thenComparing(Comparator.comparingInt((FusedEvent e) -> e.reports().size()).reversed()));
    List<Cited> summary = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FusedEvent e : ranked) {
      Report r = e.first();
      // Two events reported in one sentence would repeat it.
      if (summary.size() < SUMMARY_EVENTS && seen.add(r.articleId() + ":" + r.sentenceStart())) {
        summary.add(new Cited(r.wording().strip(), r.articleId(), r.outletLabel(),
            r.sentenceStart(), r.sentenceEnd(), e.id(), e.corroboration()));
      }
    }
    List<CasualtyFigure> casualties = new ArrayList<>();
    for (FusedEvent e : fused.events()) {
      for (Report r : e.reports()) {
        for (Figure f : r.figures()) {
          casualties.add(new CasualtyFigure(e.id(), f, r.articleId(), r.outletLabel()));
        }
      }
    }
    return new SituationReport(story, sources, fused, summary, casualties, quotes(articles),
        StoryFraming.of(articles), Omissions.events(articles, fused), ActorNetwork.of(fused));
  }

  private static List<KeyQuote> quotes(List<AnalyzedArticle> articles) {
    Map<String, List<KeyQuote>> perArticle = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      List<KeyQuote> list = new ArrayList<>();
      for (Quote q : a.quotes()) {
        if (Quote.DIRECT.equals(q.kind()) && q.speaker() != null && !q.speaker().isBlank()
            && q.text().strip().length() >= MIN_QUOTE) {
          String t = q.text().strip();
          list.add(new KeyQuote(q.speaker(), t.length() > MAX_QUOTE
              ? t.substring(0, MAX_QUOTE) + "\u2026" : t, a.id(), outletLabel(a), q.start(),
              q.end()));
        }
      }
      perArticle.put(a.id(), list);
    }
    List<KeyQuote> out = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    for (int round = 0; out.size() < QUOTES; round++) {
      boolean any = false;
      for (List<KeyQuote> list : perArticle.values()) {
        if (round < list.size()) {
          any = true;
          KeyQuote q = list.get(round);
          if (out.size() < QUOTES && speakers.add(q.speaker().toLowerCase(java.util.Locale.ROOT))) {
            out.add(q);
          }
        }
      }
      if (!any) {
        break;
      }
    }
    return out;
  }

  /** The article's outlet (resolved, else metadata) with its wire credit, or "unknown". */
  static String outletLabel(AnalyzedArticle a) {
    String o = a.outlet() != null ? a.outlet() : a.source();
    o = o == null || o.isBlank() ? "unknown" : o;
    return a.wire() == null || a.wire().isBlank() || a.wire().equalsIgnoreCase(o) ? o
        : o + " (" + a.wire() + ")";
  }
}
