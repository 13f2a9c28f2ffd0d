package org.sitrep.numbers;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.numbers.QuantityLexicon.Modifier;
import org.sitrep.numbers.QuantityLexicon.ModifierPhrase;
import org.sitrep.numbers.QuantityLexicon.Vague;

/**
 * Finds the number mentions in one stretch of text. A scanner lives for one call and is confined to
 * its thread.
 *
 * <p>At each token it tries, in order: a modifier followed by a quantity ("more than 400"), then a
 * quantity alone. A quantity is a vague phrase ("tens of", "several hundred"), digits with an
 * optional scale ("1.5 billion", "40bn"), or number words ("two hundred and fifty"), optionally
 * extended into a range ("10-15", "two to three", "between 5 and 10"). The first match at a token
 * is the longest, and scanning resumes after it, so mentions never overlap.
 *
 * <p>Digits that are not counts are consumed without a mention, so that their pieces are not read
 * again: years, days next to a month name, clock times, ordinals and digits written onto letters
 * ("1st", "G7", "F-16", "15km"), numbers after a label word ("Article 5", "Resolution 2254"),
 * leading-zero codes ("0300"), and hyphenated chains ("2026-01-09", the score "3-1").
 * Percentages are kept: "50%" yields the number 50, and the unit that follows is outside the span.
 */
final class NumberScanner {
  private static final BigDecimal LOW_FACTOR = new BigDecimal("0.9");
  private static final BigDecimal HIGH_FACTOR = new BigDecimal("1.1");

  /** What follows a clock time: "9 am", "3 p.m.", "9 o'clock", "1500 GMT", "9 local time". */
  private static final Pattern CLOCK_AFTER = Pattern.compile(
      "\\s*(?:[ap]\\.?\\s?m\\.?(?![\\p{L}\\d])|o['\u2019]\\s?clock|(?:gmt|utc)(?![\\p{L}\\d])"
          + "|local\\s+time)",
      Pattern.CASE_INSENSITIVE);

  private final String text;
  private final int stretchEnd;
  private final List<Token> toks;

  private NumberScanner(String text, int start, int end) {
    this.text = text;
    this.stretchEnd = end;
    this.toks = Tokenizer.tokenize(text, start, end);
  }

  static List<NumberMention> scan(String text, int start, int end) {
    return new NumberScanner(text, start, end).run();
  }

  private List<NumberMention> run() {
    ImmutableList.Builder<NumberMention> out = ImmutableList.builder();
    int i = 0;
    while (i < toks.size()) {
      Quantity q = at(i);
      if (q == null) {
        i++;
        continue;
      }
      if (!q.excluded()) {
        int s = toks.get(q.first()).start();
        int e = toks.get(q.next() - 1).end();
        out.add(new NumberMention(s, e, text.substring(s, e), q.min(), q.max(), q.vague()));
      }
      i = Math.max(q.next(), i + 1);
    }
    return out.build();
  }

  /**
   * A parsed quantity over tokens {@code [first, next)}.
   *
   * @param min lower bound, null for none
   * @param max upper bound, null for none
   * @param scale the scale word the phrase ends on ("three hundred" → 100), else 1; lets "two to
   *     three hundred" share the scale
   * @param yearLike an unseparated four-digit integer in the year range
   * @param excluded digits or words that are not a count and are to be skipped
   */
  private record Quantity(int first, int next, BigDecimal min, BigDecimal max, boolean vague,
      long scale, boolean yearLike, boolean excluded) {

    static Quantity exact(int first, int next, BigDecimal value, long scale, boolean yearLike) {
      return new Quantity(first, next, value, value, false, scale, yearLike, false);
    }

    static Quantity skip(int first, int next) {
      return new Quantity(first, next, null, null, false, 1, false, true);
    }

    boolean exact() {
      return !vague && min != null && max != null && min.compareTo(max) == 0;
    }
  }

  private Quantity at(int i) {
    Quantity modified = modified(i);
    if (modified != null) {
      return modified;
    }
    Quantity q = core(i);
    if (q == null || q.excluded()) {
      return q;
    }
    q = withRange(q, false);
    if (q.yearLike()) {
      return Quantity.skip(i, skipChain(q.next()));
    }
    return q;
  }

  // ---- modifiers ------------------------------------------------------------------------------

  private Quantity modified(int i) {
    ModifierPhrase phrase = null;
    for (ModifierPhrase m : QuantityLexicon.MODIFIERS) {
      if (matchesWords(i, m.words()) && (phrase == null || m.words().size() > phrase.words().size())) {
        phrase = m;
      }
    }
    if (phrase == null) {
      return null;
    }
    int m = i + phrase.words().size();
    Quantity q = core(m);
    if (q == null || q.excluded()) {
      return null;
    }
    boolean between = phrase.kind() == Modifier.BETWEEN;
    q = withRange(q, between);
    if (q.excluded() || (between && q.exact()) || (q.yearLike() && !phrase.overridesYear())) {
      return null;
    }
    return apply(phrase.kind(), i, q);
  }

  /** The range {@code kind} gives {@code q}, spanning from {@code first}; null when it has none. */
  private static Quantity apply(Modifier kind, int first, Quantity q) {
    BigDecimal n = q.min();
    boolean exact = q.exact();
    boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    BigDecimal min;
    BigDecimal max;
    switch (kind) {
      case MORE_THAN -> {
        min = exact && whole ? n.add(BigDecimal.ONE) : n;
        max = null;
      }
      case AT_LEAST -> {
        min = n;
        max = null;
      }
      case FEWER_THAN -> {
        if (exact && whole && n.signum() <= 0) {
          return null; // "fewer than 0" has no reading; leave the number bare
        }
        min = BigDecimal.ZERO;
        max = exact && whole ? q.max().subtract(BigDecimal.ONE) : q.max();
      }
      case UP_TO -> {
        min = BigDecimal.ZERO;
        max = q.max();
      }
      case APPROXIMATELY -> {
        min = exact ? n.multiply(LOW_FACTOR).setScale(0, RoundingMode.FLOOR) : q.min();
        max = exact ? n.multiply(HIGH_FACTOR).setScale(0, RoundingMode.CEILING) : q.max();
      }
      case NEARLY -> {
        min = exact ? n.multiply(LOW_FACTOR).setScale(0, RoundingMode.FLOOR) : q.min();
        max = q.max();
      }
      case BETWEEN -> {
        min = q.min();
        max = q.max();
      }
      default -> throw new AssertionError(kind);
    }
    return new Quantity(first, q.next(), norm(min), norm(max), true, 1, false, false);
  }

  // ---- quantities -----------------------------------------------------------------------------

  /** A vague phrase, digits or number words at {@code i}; null when none starts there. */
  private Quantity core(int i) {
    if (i >= toks.size()) {
      return null;
    }
    Quantity q = vague(i);
    return q != null ? q : numeric(i);
  }

  private Quantity vague(int i) {
    for (Vague v : QuantityLexicon.VAGUE) {
      if (!matchesWords(i, v.words())) {
        continue;
      }
      int j = i + v.words().size();
      long min = v.min();
      long max = v.max();
      boolean sawOf = false;
      boolean scaled = false;
      if (v.bucket()) {
        Long unit = j + 1 < toks.size() && toks.get(j).isWord("of")
            ? QuantityLexicon.PLURAL_SCALES.get(toks.get(j + 1).lower()) : null;
        if (unit != null && unit > max) {
          min *= unit;
          max = (max + 1) * unit - 1;
          j += 2;
          sawOf = true;
        }
      } else {
        long[] unitAndEnd = scaleWords(j);
        long unit = unitAndEnd[0];
        if (unit > 1) {
          boolean decimal = unit != QuantityLexicon.DOZEN;
          min *= unit;
          max = v.fillsScale() && decimal ? (max + 1) * unit - 1 : max * unit;
          j = (int) unitAndEnd[1];
          scaled = true;
        }
      }
      boolean ofFollows = j < toks.size() && toks.get(j).isWord("of");
      if (v.needsOf() && !sawOf && !ofFollows) {
        continue;
      }
      if (ofFollows && v.takesOf() && !scaled) {
        j++;
      }
      return new Quantity(i, j, BigDecimal.valueOf(min), BigDecimal.valueOf(max), true, 1, false,
          false);
    }
    return null;
  }

  /**
   * Scale words after a vague determiner: "hundred", "thousand", "hundred thousand", "dozen".
   * Returns {unit, end token}; unit 1 when there are none.
   */
  private long[] scaleWords(int j) {
    if (j < toks.size() && toks.get(j).isWord("dozen")) {
      return new long[] {QuantityLexicon.DOZEN, j + 1};
    }
    long unit = 1;
    int k = j;
    while (k < toks.size() && toks.get(k).kind() == Token.Kind.WORD) {
      Long s = fullScale(toks.get(k).lower());
      if (s == null || (unit > 1 && s <= unit)) {
        break;
      }
      unit *= s;
      k++;
    }
    return new long[] {unit, k};
  }

  private static Long fullScale(String word) {
    return QuantityLexicon.ATTACHED_SCALES.contains(word) ? null : QuantityLexicon.SCALES.get(word);
  }

  /** Digits or number words at {@code i}, possibly excluded as a non-count. */
  private Quantity numeric(int i) {
    Token t = toks.get(i);
    if (t.kind() == Token.Kind.WORD) {
      return words(i);
    }
    if (t.kind() != Token.Kind.NUMBER) {
      return null;
    }
    if (identifierBefore(i) || hasLeadingZero(t.raw())) {
      return Quantity.skip(i, skipAttached(i + 1));
    }
    BigDecimal value = new BigDecimal(t.raw().replace(",", ""));
    int j = i + 1;
    long scale = 1;
    if (j < toks.size() && !toks.get(j).spaceBefore() && toks.get(j).kind() == Token.Kind.WORD) {
      if (!QuantityLexicon.ATTACHED_SCALES.contains(toks.get(j).lower())) {
        // "1st", "9am", "15km", "1990s": an ordinal, a time or a measure, not a count.
        return Quantity.skip(i, skipAttached(j));
      }
      scale = QuantityLexicon.SCALES.get(toks.get(j).lower());
      j++;
    } else {
      while (j < toks.size() && toks.get(j).spaceBefore() && toks.get(j).kind() == Token.Kind.WORD) {
        Long s = QuantityLexicon.SCALES.get(toks.get(j).lower());
        if (s == null || (scale > 1 && s <= scale)) {
          break;
        }
        scale *= s;
        j++;
      }
    }
    if (clockAfter(j) || monthNear(i, j) || labelBefore(i)) {
      return Quantity.skip(i, skipChain(j));
    }
    boolean yearLike = scale == 1 && t.raw().length() == 4 && t.raw().chars().allMatch(Character::isDigit)
        && value.intValue() >= QuantityLexicon.YEAR_MIN && value.intValue() <= QuantityLexicon.YEAR_MAX;
    return Quantity.exact(i, j, norm(value.multiply(BigDecimal.valueOf(scale))), scale, yearLike);
  }

  private enum WordState { START, AFTER_A, UNIT, TEEN, TENS, HUNDRED, AND, SCALE, DOZEN }

  /** Number words: "twelve", "twenty-six", "two hundred and fifty", "a dozen", "three million". */
  private Quantity words(int i) {
    Token t = toks.get(i);
    int n = toks.size();
    if (t.lower().equals("zero")) {
      return Quantity.exact(i, i + 1, BigDecimal.ZERO, 1, false);
    }
    if (t.lower().equals("half") && i + 2 < n && toks.get(i + 1).isWord("a")) {
      String unit = toks.get(i + 2).lower();
      Long s = unit.equals("dozen") ? Long.valueOf(QuantityLexicon.DOZEN) : fullScale(unit);
      return s == null ? null
          : Quantity.exact(i, i + 3, norm(BigDecimal.valueOf(s).divide(BigDecimal.valueOf(2))), 1,
              false);
    }
    WordState st = WordState.START;
    long total = 0;
    long current = 0;
    long lastBig = Long.MAX_VALUE;
    long trailing = 1;
    int j = i;
    int end = -1;
    if (t.isWord("a")) {
      // "a hundred", "a dozen"; any other "a" is an article.
      String next = i + 1 < n ? toks.get(i + 1).lower() : "";
      if (!next.equals("dozen") && fullScale(next) == null) {
        return null;
      }
      current = 1;
      st = WordState.AFTER_A;
      j = i + 1;
    }
    while (j < n) {
      Token w = toks.get(j);
      if (w.kind() != Token.Kind.WORD) {
        if (w.isJoiner() && st == WordState.TENS && j + 1 < n && !toks.get(j + 1).spaceBefore()
            && QuantityLexicon.UNITS.containsKey(toks.get(j + 1).lower())) {
          j++;
          continue;
        }
        break;
      }
      String s = w.lower();
      Integer small;
      Long big;
      boolean openForSmall = st == WordState.START || st == WordState.HUNDRED
          || st == WordState.AND || st == WordState.SCALE;
      if ((small = QuantityLexicon.UNITS.get(s)) != null
          && (openForSmall || st == WordState.TENS)) {
        current += small;
        st = WordState.UNIT;
        trailing = 1;
      } else if ((small = QuantityLexicon.TEENS.get(s)) != null && openForSmall) {
        current += small;
        st = WordState.TEEN;
        trailing = 1;
      } else if ((small = QuantityLexicon.TENS.get(s)) != null && openForSmall) {
        current += small;
        st = WordState.TENS;
        trailing = 1;
      } else if (s.equals("hundred") && current > 0 && current < 100
          && (st == WordState.UNIT || st == WordState.TEEN || st == WordState.AFTER_A)) {
        current *= 100;
        st = WordState.HUNDRED;
        trailing = 100;
      } else if ((big = fullScale(s)) != null && big >= 1000 && big < lastBig && current > 0
          && st != WordState.START && st != WordState.AND && st != WordState.SCALE) {
        total += current * big;
        current = 0;
        lastBig = big;
        st = WordState.SCALE;
        trailing = big;
      } else if (s.equals("dozen") && total == 0 && current > 0 && current < 100
          && (st == WordState.UNIT || st == WordState.TEEN || st == WordState.TENS
              || st == WordState.AFTER_A)) {
        current *= QuantityLexicon.DOZEN;
        st = WordState.DOZEN;
        trailing = 1;
      } else if (s.equals("and") && (st == WordState.HUNDRED || st == WordState.SCALE)
          && j + 1 < n && isSmallNumberWord(toks.get(j + 1).lower())) {
        st = WordState.AND;
        j++;
        continue;
      } else {
        break;
      }
      j++;
      end = j;
      if (st == WordState.DOZEN) {
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    if (st == WordState.TEEN && total == 0 && end < n
        && QuantityLexicon.TENS.containsKey(toks.get(end).lower())) {
      // A year spoken as two pairs, "nineteen ninety-six": skip it whole.
      int k = end + 1;
      if (k + 1 < n && toks.get(k).isJoiner()
          && QuantityLexicon.UNITS.containsKey(toks.get(k + 1).lower())) {
        k += 2;
      }
      return Quantity.skip(i, k);
    }
    if (clockAfter(end)) {
      return Quantity.skip(i, end);
    }
    if (end == i + 1 && t.isWord("one") && !isCountingOne(i)) {
      return Quantity.skip(i, skipAttached(i + 1));
    }
    return Quantity.exact(i, end, BigDecimal.valueOf(total + current), trailing, false);
  }

  private static boolean isSmallNumberWord(String s) {
    return QuantityLexicon.UNITS.containsKey(s) || QuantityLexicon.TEENS.containsKey(s)
        || QuantityLexicon.TENS.containsKey(s);
  }

  /** False for the pronoun "one": "no one", "the one", "one another", "one's", "one-sided". */
  private boolean isCountingOne(int i) {
    if (i > 0 && toks.get(i).spaceBefore() && toks.get(i - 1).kind() == Token.Kind.WORD
        && QuantityLexicon.ONE_PRONOUN_BEFORE.contains(toks.get(i - 1).lower())) {
      return false;
    }
    if (i + 1 < toks.size()) {
      Token next = toks.get(i + 1);
      if (next.isWord("another")) {
        return false;
      }
      if (!next.spaceBefore() && (next.isPunct('\'') || next.isPunct('\u2019'))) {
        return false;
      }
      if (next.isJoiner() && i + 2 < toks.size() && toks.get(i + 2).kind() == Token.Kind.WORD) {
        return false;
      }
    }
    return true;
  }

  // ---- ranges ---------------------------------------------------------------------------------

  /**
   * Extends an exact quantity into a range when "to", "or", an attached hyphen or dash (or, after
   * "between", "and") and a larger quantity follow. "from 5 to 10" is left as two numbers: it
   * usually reports a change, not a range.
   */
  private Quantity withRange(Quantity q1, boolean between) {
    int k = q1.next();
    if (!q1.exact() || k + 1 >= toks.size()) {
      return q1;
    }
    Token c = toks.get(k);
    boolean joiner = c.isJoiner() && !toks.get(k + 1).spaceBefore();
    boolean word = between ? c.isWord("and") || c.isWord("to")
        : (c.isWord("to") && !wordBefore(q1.first(), "from")) || c.isWord("or");
    if (!joiner && !word) {
      return q1;
    }
    Quantity q2 = numeric(k + 1);
    if (q2 == null) {
      return q1;
    }
    if (q2.excluded() || (q1.yearLike() && (q2.yearLike() || joiner))) {
      return Quantity.skip(q1.first(), skipChain(q2.next()));
    }
    BigDecimal lo = q1.min();
    if (q1.scale() == 1 && q2.scale() > 1) {
      BigDecimal shared = lo.multiply(BigDecimal.valueOf(q2.scale()));
      if (shared.compareTo(q2.min()) <= 0) {
        lo = norm(shared);
      }
    }
    if (lo.compareTo(q2.min()) < 0) {
      return new Quantity(q1.first(), q2.next(), lo, q2.min(), true, 1, false, false);
    }
    // "3-1" is a score, "2025-26" a season; after a word connector, q2 is read on its own.
    return joiner ? Quantity.skip(q1.first(), skipChain(q2.next())) : q1;
  }

  // ---- context tests --------------------------------------------------------------------------

  private boolean matchesWords(int i, List<String> words) {
    if (i + words.size() > toks.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      Token t = toks.get(i + k);
      if (!t.isWord(words.get(k)) || (k > 0 && !t.spaceBefore())) {
        return false;
      }
    }
    return true;
  }

  private boolean wordBefore(int i, String word) {
    return i > 0 && toks.get(i - 1).isWord(word);
  }

  /** Digits written onto a word ("G7", "A330"), a handle or tag ("@x1", "#5"), or "F-16". */
  private boolean identifierBefore(int i) {
    if (i == 0 || toks.get(i).spaceBefore()) {
      return false;
    }
    Token prev = toks.get(i - 1);
    if (prev.kind() == Token.Kind.WORD || "_@#'\u2019".indexOf(prev.raw().charAt(0)) >= 0) {
      return true;
    }
    return (prev.isJoiner() || prev.isPunct('.')) && i >= 2 && !prev.spaceBefore()
        && toks.get(i - 2).kind() == Token.Kind.WORD;
  }

  private static boolean hasLeadingZero(String raw) {
    return raw.length() > 1 && raw.charAt(0) == '0' && raw.charAt(1) != '.';
  }

  private boolean clockAfter(int next) {
    int from = toks.get(next - 1).end();
    return CLOCK_AFTER.matcher(text).region(from, stretchEnd).lookingAt();
  }

  /** A day or year beside a capitalised month name: "March 10", "9 January", "Jan. 09". */
  private boolean monthNear(int first, int next) {
    int before = first - 1;
    if (before >= 0 && toks.get(before).isPunct('.')) {
      before--;
    }
    return (before >= 0 && isMonth(toks.get(before)))
        || (next < toks.size() && isMonth(toks.get(next)));
  }

  private static boolean isMonth(Token t) {
    return t.kind() == Token.Kind.WORD && Character.isUpperCase(t.raw().charAt(0))
        && QuantityLexicon.MONTHS.contains(t.lower());
  }

  /** "Article 5", "No. 10", "Resolution 2254". */
  private boolean labelBefore(int i) {
    int before = i - 1;
    if (before >= 0 && toks.get(before).isPunct('.')) {
      before--;
    }
    return before >= 0 && toks.get(before).kind() == Token.Kind.WORD
        && QuantityLexicon.LABELS.contains(toks.get(before).lower());
  }

  /** Skips tokens written onto the previous one: "st" in "1st", "-sided" in "one-sided". */
  private int skipAttached(int j) {
    while (j < toks.size() && !toks.get(j).spaceBefore()) {
      Token t = toks.get(j);
      boolean alnum = t.kind() != Token.Kind.PUNCT;
      boolean innerJoiner = t.isJoiner() && j + 1 < toks.size() && !toks.get(j + 1).spaceBefore()
          && toks.get(j + 1).kind() != Token.Kind.PUNCT;
      if (!alnum && !innerJoiner) {
        break;
      }
      j++;
    }
    return j;
  }

  /** Skips hyphenated digit groups after a non-count: "-26" in "2025-26", "-12" in "March 10-12". */
  private int skipChain(int j) {
    while (j + 1 < toks.size() && toks.get(j).isJoiner() && !toks.get(j + 1).spaceBefore()
        && toks.get(j + 1).kind() != Token.Kind.PUNCT && toks.get(j + 1).kind() != Token.Kind.WORD) {
      j += 2;
    }
    return j;
  }

  /** Plain notation without trailing zeros: 1500000, 1.5, never 1.5E+6. */
  private static BigDecimal norm(BigDecimal d) {
    if (d == null) {
      return null;
    }
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
