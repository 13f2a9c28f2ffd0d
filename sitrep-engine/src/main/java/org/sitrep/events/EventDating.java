package org.sitrep.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.time.TimeExpression;

/**
 * An event's date, from the event's own words before anything else.
 *
 * <ol>
 *   <li>A time expression in the event's own clause, with its adverbial clauses ("Since … in
 *       December 2024, … have been killed"); for an event noun, in its own phrase ("the 3 May
 *       attack", "last October's shelling", "the attack on Monday").
 *   <li>For an event noun that is an argument of a verb ("clashes erupted on Monday", "killed in
 *       an attack on Monday", "launched an offensive on Monday"), a time expression in that
 *       verb's clause; but not when the noun is the object of another event in which its subject
 *       takes no part: in "on Friday, X condemned the attack" Friday is when it was condemned.
 *   <li>A past perfect reported by a reporting verb in the past ("X said on Wednesday it had
 *       taken Y") is reported speech, shifted back from "we have taken Y": it is dated by the
 *       reporting clause's own time expression (basis {@link DateBasis#SENTENCE}); with none
 *       there it is dated as any other event (below), not as background.
 *   <li>A background event — past perfect ("had attacked"), "a week after" or "days before"
 *       another clause, "earlier", "previously", "recently" on its verb, "an earlier attack",
 *       "previous clashes" — with no date so far gets none: date
 *       null, basis {@link DateBasis#UNKNOWN}; neither the sentence's date nor the article's is
 *       its date.
 *   <li>A time expression elsewhere in the sentence, except for the object of another event (see
 *       2).
 *   <li>The article's reference date, basis {@link DateBasis#ARTICLE}; with none, no date.
 * </ol>
 */
final class EventDating {
  /**
   * A date with where it came from.
   *
   * @param date ISO date or date-time, possibly partial, or null
   * @param precision {@code hour}, {@code day}, {@code month}, {@code year} or {@code unknown}
   * @param basis where it came from; {@link DateBasis#UNKNOWN} exactly when the date is null
   */
  record Dated(String date, String precision, DateBasis basis) {}

  /** Relations that end a clause: a time expression beyond them dates another clause. */
  private static final Set<String> CLAUSE_STOP = Set.of("ccomp", "parataxis", "conj", "csubj",
      "acl", "punct");
  /** Relations that end an event noun's own phrase. */
  private static final Set<String> NOUN_STOP = Set.of("conj", "cc", "parataxis", "punct");
  private static final Pattern DATE = Pattern.compile(
      "^(\\d{4})(-\\d{2})?(-\\d{2})?(T\\d{2}(:\\d{2})?)?");
  private static final Dated NONE = new Dated(null, "unknown", DateBasis.UNKNOWN);

  private final EventWords words;

  EventDating(EventWords words) {
    this.words = words;
  }

  /**
   * The date of draft {@code d}.
   *
   * @param drafts all drafts of the sentence, to tell whether an event noun's verb is an event of
   *     its own
   */
  Dated date(Parse p, Draft d, List<Draft> drafts, Sentence s, ArticleContext ctx) {
    int trigger = d.trigger();
    boolean noun = !VerbSense.isVerb(p, trigger);
    int governor = noun && d.clause() != trigger ? d.clause() : -1;
    String[] own = timeIn(p, noun ? p.subtree(trigger, NOUN_STOP)
        : p.subtree(d.clause(), CLAUSE_STOP), s, ctx);
    if (own != null) {
      return new Dated(own[0], own[1], DateBasis.CLAUSE);
    }
    // "X condemned the attack": the condemnation's time is not the attack's
    boolean another = governor >= 0 && p.base(trigger).equals("obj")
        && !words.takesPart(p.lemma(governor))
        && drafts.stream().anyMatch(x -> x.trigger() == governor);
    if (governor >= 0 && !another) {
      String[] v = timeIn(p, p.subtree(governor, CLAUSE_STOP), s, ctx);
      if (v != null) {
        return new Dated(v[0], v[1], DateBasis.CLAUSE);
      }
    }
    int verb = governor >= 0 ? governor : VerbSense.isVerb(p, trigger) ? trigger : -1;
    int reporter = verb >= 0 ? backshiftedBy(p, verb) : -1;
    if (reporter >= 0) {
      // Reported speech: "X said on Wednesday it had taken Y" reports "we have taken Y", news of
      // the day of the saying. Its date is the reporting clause's own time expression, else the
      // article's; a time elsewhere in the sentence belongs to another clause.
      String[] v = timeIn(p, p.subtree(reporter, CLAUSE_STOP), s, ctx);
      if (v != null && !background(p, trigger, -1)) {
        return new Dated(v[0], v[1], DateBasis.SENTENCE);
      }
    }
    if (background(p, trigger, governor)) {
      return NONE;
    }
    if (!another) {
      String[] v = timeIn(p, null, s, ctx);
      if (v != null) {
        return new Dated(v[0], v[1], DateBasis.SENTENCE);
      }
    }
    if (ctx.referenceDate != null) {
      String[] v = dateValue(ctx.referenceDate.length() >= 10 ? ctx.referenceDate.substring(0, 10)
          : ctx.referenceDate);
      if (v != null) {
        return new Dated(v[0], v[1], DateBasis.ARTICLE);
      }
    }
    return NONE;
  }

  /**
   * The first calendar date among the sentence's time expressions that overlap {@code tokens}
   * (all of the sentence when null), as {value, precision}, or null.
   */
  private static String[] timeIn(Parse p, List<Integer> tokens, Sentence s, ArticleContext ctx) {
    Set<Integer> starts = new HashSet<>();
    if (tokens != null) {
      for (int t : tokens) {
        starts.add(p.token(t).start());
      }
    }
    for (TimeExpression t : ctx.times) {
      if (t.end() <= s.start() || t.start() >= s.end()) {
        continue;
      }
      boolean inside = tokens == null;
      for (int k = 0; k < p.size() && !inside; k++) {
        int start = p.token(k).start();
        inside = start < t.end() && t.start() < p.token(k).end() && starts.contains(start);
      }
      if (!inside) {
        continue;
      }
      String[] value = dateValue(t);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * Told as background: a past perfect verb (or the verb of an event noun), a clause "a week
   * after" or "days before" another, "earlier", "previously" or "recently" on the verb, "an
   * earlier attack", "previous clashes".
   */
  private boolean background(Parse p, int trigger, int governor) {
    int verb = governor >= 0 ? governor : VerbSense.isVerb(p, trigger) ? trigger : -1;
    boolean reported = verb >= 0 && backshiftedBy(p, verb) >= 0;
    if (verb >= 0 && (pastPerfect(p, verb) && !reported || displaced(p, verb)
        || (p.base(verb).equals("conj") && p.head(verb) >= 0 && pastPerfect(p, p.head(verb))
            && backshiftedBy(p, p.head(verb)) < 0))) {
      return true;
    }
    for (int c : p.children(trigger)) {
      String b = p.base(c);
      String pos = p.token(c).pos();
      // an adverb or adjective, not "past" or "prior to" as a preposition ("drove past the
      // checkpoint", "prior to the vote")
      if ((b.equals("advmod") || b.equals("amod")) && (pos.startsWith("RB") || pos.startsWith("JJ"))
          && words.backgroundWords.contains(p.lower(c))
          && !(c + 1 < p.size() && p.lower(c + 1).equals("to"))) {
        return true;
      }
    }
    return false;
  }

  /** "A week after X attacked Y", "two days before": a clause at a distance from its governor. */
  private boolean displaced(Parse p, int verb) {
    int mark = p.child(verb, "mark");
    if (!p.base(verb).equals("advcl") || mark < 0
        || !Set.of("after", "before", "since").contains(p.lower(mark))) {
      return false;
    }
    for (int c : p.children(verb)) {
      if (c < mark && words.timeUnits.contains(p.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The reporting verb whose past tense shifts {@code verb}'s past perfect back from a present
   * perfect ("officials said Arnor had attacked" reports "Arnor has attacked"), or -1: the verb
   * (or the verb it is conjoined to) is the complement clause of a reporting verb in the past.
   * A present-tense report ("officials say Arnor had attacked") shifts nothing: its past
   * perfect is background.
   */
  private int backshiftedBy(Parse p, int verb) {
    int clause = p.base(verb).equals("conj") && p.head(verb) >= 0 ? p.head(verb) : verb;
    if (!pastPerfect(p, verb) && !pastPerfect(p, clause) || !p.base(clause).equals("ccomp")) {
      return -1;
    }
    int head = p.head(clause);
    if (head < 0 || !words.reporting.contains(p.lemma(head))) {
      return -1;
    }
    String pos = p.token(head).pos();
    return pos.equals("VBD") || pos.equals("VBN") ? head : -1;
  }

  private static boolean pastPerfect(Parse p, int verb) {
    for (int c : p.children(verb)) {
      if (p.base(c).equals("aux") && (p.lower(c).equals("had") || p.lower(c).equals("'d"))
          && p.token(verb).pos().equals("VBN")) {
        return true;
      }
    }
    return false;
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
