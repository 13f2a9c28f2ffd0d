package org.sitrep.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NerSpan;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;

/**
 * Time expressions with TIMEX3 values, from SUTime's reading (run inside the nlp stage with the
 * article's reference date), corrected for how news is written:
 *
 * <ul>
 *   <li>News reports the past. SUTime resolves a bare weekday within the reference date's ISO week
 *       and a month-day without a year within the reference year, so "a meeting on Sunday" in a
 *       Friday article lands two days in the future and "the March 10 agreement" in a January
 *       article ten months ahead. Unless the sentence looks ahead ("will", "next", "scheduled", …),
 *       a weekday after the reference moves back a week and a month-day more than a week after it
 *       moves back a year.
 *   <li>"03:00 after midnight" is one time, not "03:00" and "midnight".
 * </ul>
 */
public final class TimeStage implements Stage<Times> {
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
  private static final Pattern MONTH = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
      + "|oct|nov|dec)[a-z]*\\.?\\s*\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr"
      + "|may|jun|jul|aug|sep|oct|nov|dec)");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|'\\d\\d\\b");
  private static final Pattern LOOKS_AHEAD = Pattern.compile("\\b(?:next|coming|this coming)\\b");
  private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|'ll|going to|"
      + "scheduled|planned|plans? to|due to|set to|expected to|upcoming|to be held|(?:is|are) to"
      + "|next)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AFTER_MIDNIGHT =
      Pattern.compile("\\s+(?:after|past)\\s+midnight\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  private TimeStage() {}

  public static TimeStage create() {
    return new TimeStage();
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, NlpAnalysis.LAYER, Published.LAYER);
  }

  @Override
  public Layer<Times> produces() {
    return Times.LAYER;
  }

  @Override
  public Times process(Document document) {
    String text = document.get(Article.LAYER).text();
    NlpAnalysis nlp = document.get(NlpAnalysis.LAYER);
    LocalDate ref = document.get(Published.LAYER).date().orElse(null);
    List<TimeExpression> out = new ArrayList<>();
    List<NerSpan> mentions = nlp.mentions().stream()
        .filter(m -> TEMPORAL.contains(m.type()) && m.timexType() != null).toList();
    for (int i = 0; i < mentions.size(); i++) {
      NerSpan m = mentions.get(i);
      int end = m.end();
      var after = AFTER_MIDNIGHT.matcher(text).region(end, Math.min(text.length(), end + 20));
      if ("TIME".equals(m.timexType()) && after.lookingAt()) {
        end = after.end();
        if (i + 1 < mentions.size() && mentions.get(i + 1).start() < end) {
          i++;
        }
      }
      String value = valid(m.timexValue());
      String surface = text.substring(m.start(), end);
      if ("DATE".equals(m.timexType()) || "TIME".equals(m.timexType())) {
        value = towardsPast(value, surface, sentence(text, nlp, m.start()), ref);
      }
      out.add(new TimeExpression(m.start(), end, surface, m.timexType(), value));
    }
    return new Times(out);
  }

  /**
   * SUTime sometimes returns an expression, not a TIMEX3 value, for a composite phrase
   * ("THIS P1D INTERSECT XXXX-WXX-3"); the last value-shaped part is the one the phrase pins down.
   */
  static String valid(String value) {
    if (value == null) {
      return "";
    }
    if (!value.contains(" ")) {
      return value;
    }
    String[] parts = value.split("\\s+");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (parts[i].matches("[0-9X]{4}(?:-.*)?|P.*|T.*")) {
        return parts[i];
      }
    }
    return "";
  }

  /** Applies the news-reports-the-past corrections described on the class. */
  static String towardsPast(String value, String surface, String sentence, LocalDate ref) {
    if (ref == null || value.length() < 10 || !Character.isDigit(value.charAt(0))) {
      return value;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return value;
    }
    String s = surface.toLowerCase(Locale.ROOT);
    if (YEAR.matcher(s).find() || LOOKS_AHEAD.matcher(s).find() || FUTURE.matcher(sentence).find()) {
      return value;
    }
    LocalDate moved = null;
    if (WEEKDAY.matcher(s).find() && !MONTH.matcher(s).find() && date.isAfter(ref)) {
      moved = date.minusWeeks(1);
    } else if (MONTH.matcher(s).find() && date.isAfter(ref.plusDays(7))) {
      moved = date.minusYears(1);
    }
    return moved == null ? value : moved + value.substring(10);
  }

  private static String sentence(String text, NlpAnalysis nlp, int offset) {
    for (Sentence s : nlp.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return text.substring(s.start(), s.end());
      }
    }
    return "";
  }
}
