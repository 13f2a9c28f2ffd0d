package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences SUTime needs to read: those with a digit or a word its English rules
 * build time expressions from (calendar and clock units, day and month names, seasons, holidays,
 * deictic words such as "today", "recently", "now", spelled-out years' "hundred"). A sentence with
 * neither holds no time expression SUTime can find, and skipping it saves most of its cost. The
 * list follows the vocabulary of SUTime's english.sutime.txt and english.holidays.sutime.txt.
 */
final class TimeWords {
  private static final Set<String> WORDS = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.",
      "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "daily", "week",
      "weeks", "weekly", "weekend", "weekends", "fortnight", "month", "months", "monthly", "year",
      "years", "yearly", "annual", "annually", "decade", "decades", "century", "centuries",
      "millennium", "quarter", "quarters", "quarterly", "semester", "season", "seasons", "hourly",
      "nightly", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
      "nights", "tonight", "overnight", "noon", "midday", "midnight", "dawn", "dusk", "sunrise",
      "sunset", "daybreak", "nightfall", "spring", "summer", "autumn", "fall", "winter",
      "today", "tomorrow", "yesterday", "now", "nowadays", "currently", "current", "recent",
      "recently", "lately", "soon", "once", "ago", "past", "present", "future", "former",
      "formerly", "previously", "earlier", "later", "meantime", "meanwhile", "period", "era",
      "time", "times", "age", "ages", "eve", "christmas", "easter", "ramadan", "eid",
      "thanksgiving", "halloween", "hanukkah", "passover", "diwali", "nowruz", "tonite", "ides",
      "am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "eet",
      "o'clock", "o’clock", "hundred", "nineteen", "twenty", "thousand");

  private TimeWords() {}

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      if (WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
