package org.sitrep.fusion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.core.IsoDays;
import org.sitrep.events.Figure;

/**
 * One article's report of an event: the article's event record with where it was published.
 * Every span is a UTF-16 offset into that article's text.
 *
 * @param articleId the article
 * @param outlet the outlet that published it, or null when unknown
 * @param wire the news agency whose copy the article carries, or null
 * @param published the article's publication date, or null
 * @param eventId the event's stable id in its article, or null for events stored before ids
 * @param code CAMEO event code
 * @param root CAMEO root (two digits)
 * @param modality the event's modality (asserted, reported, denied, planned, …), or null
 * @param source the source actor's name, or null
 * @param sourceCode the source actor's CAMEO code, or null
 * @param target the target actor's name, or null
 * @param targetCode the target actor's CAMEO code, or null
 * @param date the event's date, or null when undated
 * @param place the event's place, or null
 * @param figures casualty and other counts with their ranges and spans
 * @param trigger the word naming the action, as written
 * @param triggerStart trigger start
 * @param triggerEnd trigger end, exclusive
 * @param sentenceStart start of the sentence reporting it
 * @param sentenceEnd end of that sentence, exclusive
 * @param wording the sentence as written (the report's wording)
 */
public record Report(String articleId, String outlet, String wire, LocalDate published,
    String eventId, String code, String root, String modality, String source, String sourceCode,
    String target, String targetCode, EventDate date, PlaceOut place, List<Figure> figures,
    String trigger, int triggerStart, int triggerEnd, int sentenceStart, int sentenceEnd,
    String wording) {

  /** Days an article-date fallback reaches back (see {@link EventDate}). */
  public static final int ARTICLE_DATE_WINDOW = 3;

  /** Order of publication (undated last), then article id, then position in the article. */
  public static final Comparator<Report> PUBLICATION_ORDER = Comparator
      .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Report::articleId)
      .thenComparingInt(Report::sentenceStart)
      .thenComparingInt(Report::triggerStart);

  public Report {
    checkArgument(articleId != null && !articleId.isBlank(), "article id must not be blank");
    checkArgument(root != null && !root.isBlank(), "CAMEO root must not be blank");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(wording, "wording");
    checkArgument(sentenceStart >= 0 && sentenceEnd >= sentenceStart, "bad sentence span [%s,%s)",
        sentenceStart, sentenceEnd);
    figures = ImmutableList.copyOf(figures);
  }

  /**
   * Who stands behind the report, for counting independent sources: the wire agency when the
   * article carries wire copy (two outlets running one agency's story are one source, and so is
   * the agency's own site), else the outlet, else null (unknown; see {@link FusedEvent}). Fusion
   * compares sources case-insensitively.
   */
  public String independentSource() {
    String s = wire != null && !wire.isBlank() ? wire : outlet;
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The outlet as shown, with its wire credit: "Daily Post (Reuters)", or "unknown". */
  public String outletLabel() {
    String o = outlet == null || outlet.isBlank() ? "unknown" : outlet;
    // "Daily Post (Reuters)" as the outlet's own name already credits the wire
    return wire == null || wire.isBlank() || o.toLowerCase(Locale.ROOT).contains(
        wire.strip().toLowerCase(Locale.ROOT)) ? o : o + " (" + wire + ")";
  }

  /**
   * The reports in an article: one per event record, in the article's order. An article's events
   * were already merged within the article by the events stage (a repeated mention is one event),
   * so each is a distinct report.
   */
  public static List<Report> of(AnalyzedArticle a) {
    LocalDate published = IsoDays.dayOf(a.published() == null ? null : a.published().value());
    String outlet = a.outlet() != null ? a.outlet() : a.source();
    List<Report> out = new ArrayList<>();
    for (EventOut e : a.events()) {
      if (e.root() == null || e.root().isBlank()) {
        continue;
      }
      int ts = e.triggerStart();
      int te = e.triggerEnd();
      out.add(new Report(a.id(), outlet, a.wire(), published, e.id(), e.code() == null ? e.root()
          : e.code(), e.root(), e.modality(), e.source(), e.sourceCode(), e.target(),
          e.targetCode(), EventDate.of(e.date(), e.dateBasis(), ARTICLE_DATE_WINDOW), e.place(),
          e.figures(), e.trigger() == null ? "" : e.trigger(), ts, te, e.start(), e.end(),
          e.sentence() == null ? "" : e.sentence()));
    }
    return out;
  }

}
