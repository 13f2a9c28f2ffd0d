package org.sitrep.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.ResourceLines;

/**
 * A range of years written with a dash is two dates, as TimeML annotates "from 1991 to 1997":
 * "2014–2016", "2014-2016", "2014-16", "1998–2003" and, across a century with a dash, "1998–03"
 * each give one {@code DATE} per year, the first year's span covering its digits and the
 * second's its own digits ("16" is {@code 2016}). SUTime reads a hyphenated "2014-2016" as one
 * duration ({@code PT17520H}), a two-digit second year as nothing, and splits only the en dash
 * of two four-digit years. Ranges written with words ("from 2014 to 2016", "between 2014 and
 * 2016") SUTime already reads as two years; they are left alone.
 *
 * <p>Not a range of years:
 *
 * <ul>
 *   <li>numbers of counted things, told by the word before ("pages 2014-2016", "resolutions
 *       2014-2016"; list {@code range-counted-nouns.txt}) or a unit after ("2014-2016 metres";
 *       list {@code range-units.txt}): time expressions SUTime found inside such a range are
 *       dropped;
 *   <li>a number that goes on ("555-2014-2016", "2014-2016.5", "$2014-2016"), or a hyphenated
 *       two-digit part that may be a month ("2019-05"): left as SUTime read them;
 *   <li>a second year not after the first, or more than a century after it.
 * </ul>
 *
 * <p>A range one of whose digits SUTime read as part of a longer expression ("2014-2016 on
 * Monday") is left as SUTime read it: its other words may carry a date of their own.
 *
 * <p>Immutable and thread-safe.
 */
final class YearRanges {
  // The dash: hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus; spaced or not.
  // Not inside a longer number or word: no digit, letter, currency sign or number punctuation
  // before; no digit, letter or per cent after, and no further dash, slash or decimal part.
  private static final Pattern RANGE = Pattern.compile(
      "(?<![\\p{L}\\p{N}$€£¥#+/.,:\\-‐‑‒–—−])((?:1[5-9]|20)\\d\\d)\\s?([\\-‐‑‒–—−])\\s?"
          + "(\\d\\d(?:\\d\\d)?)(?![\\p{L}\\p{N}%]|[\\-‐‑‒–—−/.,:]\\d)");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\.?\\s*\\(?\\s*$");
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s*\\)?\\s*([\\p{L}]+)");
  private static final String HYPHENS = "-‐‑";

  private final ImmutableSet<String> countedNouns;
  private final ImmutableSet<String> units;

  /**
   * @param countedNouns lower-case words that, just before a range, make it numbers of things
   * @param units lower-case words that, just after a range, make it a range of quantities
   */
  YearRanges(Set<String> countedNouns, Set<String> units) {
    this.countedNouns = lowerCase(countedNouns);
    this.units = lowerCase(units);
  }

  /** The ranges with the word lists shipped in this package. */
  static YearRanges standard() {
    return new YearRanges(
        ImmutableSet.copyOf(ResourceLines.of(YearRanges.class, "range-counted-nouns.txt")),
        ImmutableSet.copyOf(ResourceLines.of(YearRanges.class, "range-units.txt")));
  }

  private static ImmutableSet<String> lowerCase(Set<String> words) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String w : words) {
      checkArgument(!w.isBlank(), "blank word in a year-range word list");
      out.add(w.strip().toLowerCase(Locale.ROOT));
    }
    return out.build();
  }

  /**
   * {@code times} with every dash-written year range of {@code text} read as two dates, and time
   * expressions inside a range of counted things dropped; in text order.
   *
   * @param text the analysed text the expressions' offsets point into
   * @param times the expressions found so far, in any order
   */
  List<TimeExpression> apply(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    Matcher m = RANGE.matcher(text);
    boolean changed = false;
    while (m.find()) {
      int start = m.start(1);
      int end = m.end(3);
      // SUTime read part of the range into a longer expression: its reading stands.
      if (out.stream().anyMatch(t -> t.start() < end && t.end() > start
          && (t.start() < start || t.end() > end))) {
        continue;
      }
      int first = Integer.parseInt(m.group(1));
      Integer second = secondYear(first, m.group(3), HYPHENS.indexOf(m.group(2).charAt(0)) >= 0);
      if (second == null) {
        continue;
      }
      changed |= out.removeIf(t -> t.start() >= start && t.end() <= end);
      if (countsThings(text, start, end)) {
        changed = true;
        continue;
      }
      out.add(new TimeExpression(start, m.end(1), m.group(1), "DATE", m.group(1)));
      out.add(new TimeExpression(m.start(3), end, m.group(3), "DATE",
          String.format(Locale.ROOT, "%04d", second)));
      changed = true;
    }
    if (!changed) {
      return times;
    }
    out.sort(Comparator.comparingInt(TimeExpression::start)
        .thenComparingInt(TimeExpression::end));
    return ImmutableList.copyOf(out);
  }

  /**
   * The year {@code digits} names after {@code first}, or null when it is no later year within a
   * century. Two digits are in the first year's century ("2014-16"), else the next when joined
   * by a dash ("1998–03"); after a hyphen a smaller pair may be a month ("2019-05").
   */
  static Integer secondYear(int first, String digits, boolean hyphen) {
    int n = Integer.parseInt(digits);
    int year;
    if (digits.length() == 4) {
      year = n;
    } else {
      year = first / 100 * 100 + n;
      if (year <= first) {
        if (hyphen) {
          return null;
        }
        year += 100;
      }
    }
    return year > first && year - first <= 100 ? year : null;
  }

  /** Whether the word before the range counts things or the word after measures them. */
  private boolean countsThings(String text, int start, int end) {
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
    if (before.find() && countedNouns.contains(before.group(1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    Matcher after = WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 30)));
    return after.find() && units.contains(after.group(1).toLowerCase(Locale.ROOT));
  }
}
