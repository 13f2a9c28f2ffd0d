package org.sitrep.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NerSpan;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Time expressions with TIMEX3 values, from SUTime's reading (run inside the nlp stage with the
 * article's reference date), corrected for how news is written:
 *
 * <ul>
 *   <li>News reports the past. SUTime resolves a bare weekday within the reference date's ISO week
 *       and a month-day without a year within the reference year, so "a meeting on Sunday" in a
 *       Friday article lands two days in the future and "the March 10 agreement" in a January
 *       article ten months ahead. Sitrep reads the clause's tense from its nearest verb group ("met
 *       on Sunday" is past, "will meet on Saturday" future, "expires on Saturday" the nearer
 *       Saturday). With no hint, a bare weekday is the past one, a month-day its nearest
 *       occurrence, and "the March 10 agreement" (a date naming a known event) is past.
 *   <li>"03:00 after midnight" is one time, not "03:00" and "midnight".
 *   <li>A range of years written with a dash ("2014-16", "1998–2003") is two dates: see
 *       {@link YearRanges}.
 *   <li>Values follow TimeML's conventions where SUTime's differ: see {@link TimexConventions}.
 * </ul>
 *
 * <p>The dates and clock times of the dateline, bylines and publication lines, which the language
 * analysis never reads, are added by {@link FurnitureTimes}, marked with their segment, in text
 * order among the others.
 */
public final class TimeStage implements Stage<Times> {
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
  private static final Pattern MONTH = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
      + "|oct|nov|dec)[a-z]*\\.?\\s*\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr"
      + "|may|jun|jul|aug|sep|oct|nov|dec)");
  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b|'\\d\\d\\b");
  private static final Pattern LOOKS_AHEAD = Pattern.compile("\\b(?:next|coming|this coming)\\b");
  private static final Pattern LOOKS_BACK = Pattern.compile("\\b(?:last|previous|past)\\b");
  private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|'ll|going to|"
      + "scheduled|planned|plans? to|due to|set to|expected to|upcoming|to be held|(?:is|are) to"
      + "|next)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_AFTER_TIME = Pattern.compile(
      "\\s*(?:local time\\s*)?(?:\\([^)]{0,30}\\)\\s*)?(?:on\\s+|,\\s*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DEADLINE = Pattern.compile(
      "\\b(?:(as soon as)|until|till|no later than)\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** Words before "to VB" that make the infinitive a plan: "is scheduled to close Monday". */
  private static final Set<String> PLAN_BEFORE_TO = Set.of("is", "are", "am", "due", "set",
      "scheduled", "planned", "expected", "likely", "ready", "poised", "about", "plans", "intends",
      "hopes", "aims", "wants", "planning", "preparing", "expecting", "hoping", "intending",
      "aiming");
  private static final Pattern AFTER_MIDNIGHT =
      Pattern.compile("\\s+(?:after|past)\\s+midnight\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "would");
  private static final Set<String> PAST_AUX = Set.of("had", "has", "have", "was", "were", "did");
  private static final Set<String> FUTURE_VERBS = Set.of("plan", "schedule", "expect", "intend",
      "aim", "hope", "prepare");

  private final YearRanges yearRanges;

  private TimeStage(YearRanges yearRanges) {
    this.yearRanges = yearRanges;
  }

  /** The stage with the word lists shipped in this package. */
  public static TimeStage create() {
    return new TimeStage(YearRanges.standard());
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, NlpAnalysis.LAYER, Published.LAYER);
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
      String value = resolve(text, nlp, m, m.start(), ref);
      int end = m.end();
      var after = AFTER_MIDNIGHT.matcher(text).region(end, Math.min(text.length(), end + 20));
      if ("TIME".equals(m.timexType()) && after.lookingAt()) {
        end = after.end();
      }
      // A clock time and the day it falls on are one expression: "02:00 after midnight on
      // Tuesday", "8 am local time on Saturday". SUTime reads the day separately (or as
      // "midnight on Tuesday"); its date is the day, the first mention's clock time the time.
      if ("TIME".equals(m.timexType()) && i + 1 < mentions.size()) {
        NerSpan next = mentions.get(i + 1);
        boolean joined = next.start() < end || next.start() >= end
            && DAY_AFTER_TIME.matcher(text.substring(end, next.start())).matches()
            && "DATE".equals(next.timexType());
        if (joined) {
          i++;
          String day = resolve(text, nlp, next, m.start(), ref);
          end = Math.max(end, next.end());
          int t = value.indexOf('T');
          if (day.length() >= 10 && Character.isDigit(day.charAt(0)) && t >= 0) {
            value = day.substring(0, 10) + value.substring(t);
          }
        }
      }
      out.add(new TimeExpression(m.start(), end, text.substring(m.start(), end),
          TimexConventions.type(text.substring(m.start(), m.end()), m.timexType()), value));
    }
    List<TimeExpression> inText =
        TimexConventions.yearAgoQuarters(yearRanges.apply(text, out), ref, text);
    return new Times(merge(inText,
        FurnitureTimes.find(text, document.get(Structure.LAYER), ref)));
  }

  /**
   * {@code furniture} (in text order) placed among {@code inText} (kept in its order) by start;
   * one overlapping an expression of the text is left out (the text's reading is the fuller one).
   */
  static List<TimeExpression> merge(List<TimeExpression> inText, List<TimeExpression> furniture) {
    List<TimeExpression> out = new ArrayList<>(inText.size() + furniture.size());
    int f = 0;
    for (TimeExpression t : inText) {
      while (f < furniture.size() && furniture.get(f).start() < t.start()) {
        addUnlessOverlapping(out, furniture.get(f++), inText);
      }
      out.add(t);
    }
    while (f < furniture.size()) {
      addUnlessOverlapping(out, furniture.get(f++), inText);
    }
    return out;
  }

  private static void addUnlessOverlapping(List<TimeExpression> out, TimeExpression t,
      List<TimeExpression> inText) {
    if (inText.stream().noneMatch(x -> x.span().overlaps(t.span()))) {
      out.add(t);
    }
  }

  /** The corrected value of {@code m}, reading the tense where the whole expression starts. */
  private static String resolve(String text, NlpAnalysis nlp, NerSpan m, int clauseAt,
      LocalDate ref) {
    String value = valid(m.timexValue());
    String surface = text.substring(m.start(), m.end());
    Sentence s = sentence(nlp, m.start());
    Tense tense = s == null ? Tense.UNKNOWN : tense(s.tokens(), clauseAt);
    String sentenceText = s == null ? "" : text.substring(s.start(), s.end());
    Direction dir = switch (tense) {
      case PAST -> Direction.PAST;
      case FUTURE -> Direction.FUTURE;
      case PRESENT -> Direction.NEAREST;
      case UNKNOWN -> FUTURE.matcher(sentenceText).find() ? Direction.NEAREST : Direction.USUAL;
    };
    if (s != null && attributive(s.tokens(), m.start(), m.end())) {
      dir = Direction.PAST;
    }
    // "until Tuesday", "as soon as Tuesday": a deadline or the earliest date of a plan, often
    // after a past-tense verb ("postponed until Tuesday", "said they could leave as soon as
    // Tuesday"). "As soon as" looks ahead; "until" takes the nearer occurrence.
    dir = deadline(text.substring(Math.max(0, clauseAt - 20), clauseAt), surface, dir);
    if ("DATE".equals(m.timexType()) || "TIME".equals(m.timexType())) {
      value = anchor(value, surface, dir, ref);
    }
    return TimexConventions.value(surface, value, dir, ref);
  }

  /**
   * The direction given by a deadline word just {@code before} the expression, else {@code dir}.
   * "Until" decides only for a weekday, a day close at hand: "operated until October" in a
   * past-tense clause is the October gone.
   */
  static Direction deadline(String before, String surface, Direction dir) {
    Matcher m = DEADLINE.matcher(before);
    if (!m.find()) {
      return dir;
    }
    if (m.group(1) != null) {
      return Direction.FUTURE;
    }
    return WEEKDAY.matcher(surface.toLowerCase(Locale.ROOT)).find() ? Direction.NEAREST : dir;
  }

  /**
   * "the March 10 agreement": a date used as the label of a noun names an event the reader
   * already knows of, which lies in the past.
   */
  static boolean attributive(List<Token> tk, int start, int end) {
    int before = -1;
    int after = -1;
    for (int i = 0; i < tk.size(); i++) {
      if (tk.get(i).end() <= start) {
        before = i;
      }
      if (after < 0 && tk.get(i).start() >= end) {
        after = i;
      }
    }
    return before >= 0 && after >= 0 && tk.get(before).pos().equals("DT")
        && (tk.get(after).pos().equals("NN") || tk.get(after).pos().equals("NNS"));
  }

  /**
   * Which occurrence of a weekday or year-less date is meant. USUAL, when the clause gives no
   * hint: a bare weekday in news is a day of the past week; a month and day is its nearest
   * occurrence (schedules, record dates and deadlines are written so).
   */
  enum Direction { PAST, FUTURE, NEAREST, USUAL }

  /**
   * The tense of the verb a time expression hangs on: the nearest verb group before it, unless a
   * noun comes first ("a meeting on Sunday"), when the expression belongs to the noun and the
   * tense is unknown. A present-tense verb with a later day is a schedule ("the deadline expires
   * on Saturday").
   */
  enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }

  static Tense tense(List<Token> tk, int offset) {
    int i = 0;
    while (i < tk.size() && tk.get(i).start() < offset) {
      i++;
    }
    for (int j = i - 1; j >= 0; j--) {
      Token t = tk.get(j);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD")) {
        return FUTURE_MODALS.contains(w) ? Tense.FUTURE : Tense.UNKNOWN;
      }
      // A noun between verb and date may own the date ("a meeting on Sunday"); an object pronoun
      // cannot ("come back to it on Wednesday"), nor a proper name, which takes no date ("will
      // travel to the United States Thursday").
      if (t.pos().equals("NN") || t.pos().equals("NNS")) {
        return Tense.UNKNOWN;
      }
      if (!t.pos().startsWith("VB")) {
        continue;
      }
      return verbGroup(tk, j);
    }
    // Nothing before it: a fronted date ("In September, the group said…") takes the tense of the
    // clause it introduces, the first verb group after it.
    for (int j = i; j < tk.size(); j++) {
      Token t = tk.get(j);
      if (t.pos().equals("MD")) {
        return FUTURE_MODALS.contains(t.word().toLowerCase(Locale.ROOT)) ? Tense.FUTURE
            : Tense.UNKNOWN;
      }
      if (t.pos().startsWith("VB") && t.start() >= offset) {
        return verbGroup(tk, j);
      }
    }
    return Tense.UNKNOWN;
  }

  /** The tense of the verb group whose last verb is token {@code j}. */
  private static Tense verbGroup(List<Token> tk, int j) {
    Token t = tk.get(j);
    if (FUTURE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return Tense.FUTURE;
    }
    // "is scheduled to close Monday", "is to resume trading Tuesday": an infinitive of a plan.
    // Not a plan that had been ("had been due to expire Friday"): that one is told as past.
    if (t.pos().equals("VB") && j >= 2 && tk.get(j - 1).word().equalsIgnoreCase("to")
        && PLAN_BEFORE_TO.contains(tk.get(j - 2).word().toLowerCase(Locale.ROOT))
        && tk.subList(Math.max(0, j - 5), j - 2).stream()
            .noneMatch(x -> x.word().equalsIgnoreCase("had"))) {
      return Tense.FUTURE;
    }
    for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
      String a = tk.get(k).word().toLowerCase(Locale.ROOT);
      if (tk.get(k).pos().equals("MD")) {
        return FUTURE_MODALS.contains(a) ? Tense.FUTURE : Tense.UNKNOWN;
      }
      if (a.equals("going") || PAST_AUX.contains(a)) {
        return a.equals("going") ? Tense.FUTURE : Tense.PAST;
      }
    }
    return switch (t.pos()) {
      case "VBD" -> Tense.PAST;
      case "VBZ", "VBP" -> Tense.PRESENT;
      default -> Tense.UNKNOWN;
    };
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
      if (parts[i].matches("[0-9X]{4}(?:-.*)?|P[0-9X].*|PT.*|T(?:\\d.*|MO|AF|EV|NI|DT)")) {
        return parts[i];
      }
    }
    return "";
  }

  /** Applies the news-reports-the-past corrections described on the class. */
  static String anchor(String value, String surface, Direction dir, LocalDate ref) {
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
    if (YEAR.matcher(s).find() || LOOKS_AHEAD.matcher(s).find() || LOOKS_BACK.matcher(s).find()) {
      return value;
    }
    LocalDate resolved = date;
    Matcher weekday = WEEKDAY.matcher(s);
    if (weekday.find() && !MONTH.matcher(s).find()) {
      // Resolved here, not taken from SUTime: its reading of a bare weekday was seen to depend
      // on the documents it had read before, and must not.
      DayOfWeek w = DayOfWeek.valueOf(weekday.group().replaceAll("s$", "").toUpperCase(Locale.ROOT));
      resolved = pick(ref.with(TemporalAdjusters.previousOrSame(w)),
          ref.with(TemporalAdjusters.nextOrSame(w)), dir == Direction.USUAL ? Direction.PAST : dir,
          ref);
    } else if (MONTH.matcher(s).find()) {
      LocalDate same = date.withYear(ref.getYear());
      LocalDate past = same.isAfter(ref) ? same.minusYears(1) : same;
      LocalDate future = same.isBefore(ref) ? same.plusYears(1) : same;
      // Within a month either way a month-day keeps the reference year, whatever the tense: a
      // past-tense clause often reports a plan ("the vote was set for Jan. 14").
      if (Math.abs(ChronoUnit.DAYS.between(ref, same)) <= 31) {
        resolved = same;
      } else {
        resolved = pick(past, future, dir == Direction.USUAL ? Direction.NEAREST : dir, ref);
      }
    }
    return resolved.equals(date) ? value : resolved + value.substring(10);
  }

  private static LocalDate pick(LocalDate past, LocalDate future, Direction dir, LocalDate ref) {
    return switch (dir) {
      case PAST, USUAL -> past;
      case FUTURE -> future;
      case NEAREST -> ChronoUnit.DAYS.between(past, ref) <= ChronoUnit.DAYS.between(ref, future)
          ? past : future;
    };
  }

  private static Sentence sentence(NlpAnalysis nlp, int offset) {
    for (Sentence s : nlp.sentences()) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
