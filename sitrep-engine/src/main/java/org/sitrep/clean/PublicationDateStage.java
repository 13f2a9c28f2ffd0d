package org.sitrep.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;

/**
 * Decides the date that relative expressions resolve against, in order of trust: the metadata's
 * publication date; a date printed on a publication line in the text ("Jan. 09, 2026 • 3 min
 * read"); else a date inferred from the article's own evidence, marked as inferred with its basis;
 * else none, and relative dates stay unresolved.
 *
 * <p>Inference: the latest fully specified date in the title, captions or body (a photo's date,
 * a "Wednesday's attack" date) is the earliest the article can be. A story reporting events by weekday names them relative to the day it is
 * written, so each weekday mentioned is placed in the week around that date (up to four days
 * before, two after); the latest of them, if after the date, is taken as the day of writing.
 */
public final class PublicationDateStage implements Stage<Published> {
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** How many lines above the story a publication line may stand. */
  private static final int TOP_LINES = 12;
  /**
   * A dateline holding a full date: the place (optional, capitalised, up to a comma), the date,
   * an optional bracketed place or agency, and the dash or colon that opens the story.
   */
  private static final Pattern DATELINE_DATE = Pattern.compile(
      "\\s*(?:\\p{Lu}[\\p{L}'’./ -]{1,40},\\s*)?((?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d\\d"
          + "|(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+)(?:19|20)\\d\\d))"
          + "(?:\\s*\\([^()\\n]{2,40}\\))?\\s*[-–—:]");
  /** How far after the latest explicit date a mentioned weekday may move the reference. */
  private static final int MAX_SHIFT_DAYS = 2;

  private PublicationDateStage() {}

  public static PublicationDateStage create() {
    return new PublicationDateStage();
  }

  @Override
  public String name() {
    return "published";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER);
  }

  @Override
  public Layer<Published> produces() {
    return Published.LAYER;
  }

  @Override
  public Published process(Document document) {
    Article article = document.get(Article.LAYER);
    Structure structure = document.get(Structure.LAYER);
    if (article.published() != null) {
      return new Published(article.published(), false, "metadata", List.of());
    }
    if (structure.statedDate() != null) {
      return new Published(structure.statedDate().toString(), false, "publication line in text",
          List.of());
    }
    Published numeric = numericOrDateline(article.text(), structure,
        NumericDates.order(article.url()));
    return numeric != null ? numeric : infer(article.text(), structure);
  }

  /**
   * A date stated where a reader looks for the day of publication but in a form the structure
   * stage does not read: an all-numeric date on a publication line near the top ("Agency
   * 24-07-2025", see {@link NumericDates}), or a full date in the dateline that opens the story
   * ("4-2-2027 (LORVAN) -", "LORVAN, March 3, 2027 -"). Null when there is none.
   */
  static Published numericOrDateline(String text, Structure structure, NumericDates.Order order) {
    String opening = "";
    StructureSpan first = null;
    for (StructureSpan s : structure.spans()) {
      if (s.type() == StructureType.BODY || s.type() == StructureType.DATELINE) {
        first = s;
        int end = structure.spans().stream().filter(b -> b.type() == StructureType.BODY
            && b.span().end() >= s.span().end()).findFirst().map(b -> b.span().end())
            .orElse(s.span().end());
        opening = text.substring(s.span().start(), end);
        break;
      }
    }
    int seen = 0;
    for (StructureSpan s : structure.spans()) {
      if (first != null && s.span().start() >= first.span().start() || ++seen > TOP_LINES) {
        break;
      }
      if (s.type() == StructureType.BOILERPLATE && s.note().equals("publication line")) {
        NumericDates.Found f = NumericDates.find(text.substring(s.span().start(), s.span().end()),
            opening, order);
        if (f != null) {
          return new Published(f.date().toString(), false, "numeric date on a publication line",
              List.of());
        }
      }
    }
    Matcher m = DATELINE_DATE.matcher(opening);
    if (m.lookingAt()) {
      String date = m.group(1);
      List<ExplicitDates.Found> named = ExplicitDates.find(date, 0, date.length());
      LocalDate found = !named.isEmpty() ? named.get(0).date() : null;
      if (found == null) {
        NumericDates.Found f = NumericDates.find(date, opening, order);
        found = f == null ? null : f.date();
      }
      if (found != null) {
        return new Published(found.toString(), false, "date in the dateline", List.of());
      }
    }
    return null;
  }

  static Published infer(String text, Structure structure) {
    ExplicitDates.Found best = null;
    StructureType bestType = null;
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (StructureSpan s : structure.analysed()) {
      for (ExplicitDates.Found f : ExplicitDates.find(text, s.span().start(), s.span().end())) {
        if (best == null || f.date().isAfter(best.date())) {
          best = f;
          bestType = s.type();
        }
      }
      Matcher m = WEEKDAY.matcher(text.substring(s.span().start(), s.span().end()));
      while (m.find()) {
        weekdays.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
      }
    }
    if (best == null) {
      return Published.unknown();
    }
    LocalDate date = best.date();
    List<String> why = new ArrayList<>();
    why.add("latest explicit date " + date + " (" + bestType.label() + ": \""
        + text.substring(best.start(), best.end()) + "\")");
    // Each weekday the text names is read as its occurrence in the week around the anchor
    // ([anchor - 4, anchor + 2]); one falling after the anchor means the story was written then.
    LocalDate anchor = date;
    for (DayOfWeek w : weekdays) {
      int ahead = (w.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
      LocalDate day = ahead <= MAX_SHIFT_DAYS ? anchor.plusDays(ahead) : anchor.plusDays(ahead - 7);
      if (day.isAfter(date)) {
        date = day;
      }
    }
    if (date.isAfter(anchor)) {
      why.add("the text names " + title(date.getDayOfWeek()) + ", "
          + java.time.temporal.ChronoUnit.DAYS.between(anchor, date) + " day(s) later");
    }
    return new Published(date.toString(), true, "inferred: " + String.join("; ", why),
        List.of("publication date inferred, not stated: " + date));
  }

  private static String title(DayOfWeek d) {
    String s = d.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
