package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.time.TimeExpression;

/**
 * An event's date: from a time expression in the event's own clause (including its adverbial
 * clauses: "Since … in December 2024, … have been killed"), else one in the sentence, else the
 * article's reference date.
 */
final class EventDating {
  /**
   * A date with where it came from.
   *
   * @param date ISO date or date-time, possibly partial, or null
   * @param precision {@code hour}, {@code day}, {@code month}, {@code year} or {@code unknown}
   * @param basis {@code clause}, {@code sentence} or {@code article}
   */
  record Dated(String date, String precision, String basis) {}

  /** Relations that end a clause: a time expression beyond them dates another clause. */
  private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "parataxis", "conj", "csubj",
      "acl", "punct");
  private static final Pattern DATE = Pattern.compile(
      "^(\\d{4})(-\\d{2})?(-\\d{2})?(T\\d{2}(:\\d{2})?)?");

  private EventDating() {}

  static Dated date(Parse p, int clause, Sentence s, ArticleContext ctx) {
    List<Integer> tokens = p.subtree(clause, CLAUSE_STOP);
    Set<Integer> starts = new HashSet<>();
    for (int t : tokens) {
      starts.add(p.token(t).start());
    }
    String[] sentenceDate = null;
    for (TimeExpression t : ctx.times) {
      if (t.end() <= s.start() || t.start() >= s.end()) {
        continue;
      }
      String[] value = dateValue(t);
      if (value == null) {
        continue;
      }
      for (int k = 0; k < p.size(); k++) {
        int start = p.token(k).start();
        int end = p.token(k).end();
        if (start < t.end() && t.start() < end && starts.contains(start)) {
          return new Dated(value[0], value[1], "clause");
        }
      }
      if (sentenceDate == null) {
        sentenceDate = value;
      }
    }
    if (sentenceDate != null) {
      return new Dated(sentenceDate[0], sentenceDate[1], "sentence");
    }
    if (ctx.referenceDate != null) {
      String[] v = dateValue(ctx.referenceDate.length() >= 10 ? ctx.referenceDate.substring(0, 10)
          : ctx.referenceDate);
      if (v != null) {
        return new Dated(v[0], v[1], "article");
      }
    }
    return new Dated(null, "unknown", "article");
  }

  private static String[] dateValue(TimeExpression t) {
    if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
      return null;
    }
    return dateValue(t.value());
  }

  /** {value, precision} of a TIMEX3 value, or null when it names no calendar date. */
  static String[] dateValue(String value) {
    Matcher m = DATE.matcher(value == null ? "" : value);
    if (!m.find()) {
      return null;
    }
    String precision = m.group(4) != null ? "hour" : m.group(3) != null ? "day"
        : m.group(2) != null ? "month" : "year";
    if (m.end() < value.length() && precision.equals("year") && value.charAt(m.end()) != 'T') {
      char next = value.charAt(m.end());
      if (next == '-' || Character.isLetter(next)) {
        return null; // weeks, seasons, quarters: not a calendar date at this precision
      }
    }
    return new String[] {m.group(), precision};
  }
}
