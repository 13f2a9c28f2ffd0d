package org.sitrep.numbers;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Every word list the number scanner uses, in one place, all lower case.
 *
 * <h2>Vague quantities</h2>
 *
 * <p>A vague quantity gets the widest range its wording allows rather than a single guess, so that
 * consumers can choose their own point estimate. ACLED, for comparison, codes only the most
 * conservative point: "tens" as 10, "dozens" as 12, "hundreds" as 100 (ACLED, "Fatalities", Uses and
 * limitations of ACLED data, 2023). UCDP keeps low, best and high estimates, which is what a range
 * gives. The rules behind the ranges:
 *
 * <ul>
 *   <li>A plural bucket ("tens of", "dozens of", "scores of", "hundreds of", "thousands of",
 *       "millions of") means at least two of the unit and less than the next power of ten: "dozens
 *       of" is [24, 99], "hundreds of" is [200, 999]. ACLED's codes lie at or below these lower
 *       bounds. "Tens of" and "scores of" only count when followed by "of": bare "tens" and
 *       "scores" are too often other words ("scores" in sport, "settle scores").
 *   <li>A bucket of a bucket multiplies: "tens of thousands of" is [20, 99] thousands, extended to
 *       the end of the last thousand: [20000, 99999].
 *   <li>"several" is [3, 9]: more than "a couple", fewer than the ten that would make it "tens".
 *       "Several hundred" fills the hundreds the same way: [300, 999].
 *   <li>"a few" and "a handful of" are [2, 5]; scaled they stay within five units: "a few hundred"
 *       is [200, 500]. "a couple of" is [2, 3].
 *   <li>"a dozen" is exactly 12 and not vague; "half a dozen" is exactly 6.
 * </ul>
 *
 * <h2>Modifiers</h2>
 *
 * <p>See {@link Modifier} for how each class of modifier turns a number into a range.
 */
final class QuantityLexicon {
  private QuantityLexicon() {}

  /** Hyphens and dashes that join the two ends of a range, "10-15", "10–15". */
  static final String JOINERS = "-\u2010\u2011\u2012\u2013";

  /** Cardinal words below twenty. */
  static final ImmutableMap<String, Integer> UNITS = ImmutableMap.<String, Integer>builder()
      .put("one", 1).put("two", 2).put("three", 3).put("four", 4).put("five", 5).put("six", 6)
      .put("seven", 7).put("eight", 8).put("nine", 9).build();

  static final ImmutableMap<String, Integer> TEENS = ImmutableMap.<String, Integer>builder()
      .put("ten", 10).put("eleven", 11).put("twelve", 12).put("thirteen", 13)
      .put("fourteen", 14).put("fifteen", 15).put("sixteen", 16).put("seventeen", 17)
      .put("eighteen", 18).put("nineteen", 19).build();

  static final ImmutableMap<String, Integer> TENS = ImmutableMap.<String, Integer>builder()
      .put("twenty", 20).put("thirty", 30).put("forty", 40).put("fifty", 50).put("sixty", 60)
      .put("seventy", 70).put("eighty", 80).put("ninety", 90).build();

  /** Scale words after a number ("3 million", "two hundred"), and their abbreviations. */
  static final ImmutableMap<String, Long> SCALES = ImmutableMap.<String, Long>builder()
      .put("hundred", 100L).put("thousand", 1_000L).put("million", 1_000_000L)
      .put("billion", 1_000_000_000L).put("trillion", 1_000_000_000_000L)
      .put("mn", 1_000_000L).put("mln", 1_000_000L).put("bn", 1_000_000_000L)
      .put("tn", 1_000_000_000_000L).build();

  /**
   * Abbreviated scales that may be written onto the digits: "$40bn". A bare "m" is left out: "15m"
   * is as often metres as millions.
   */
  static final ImmutableSet<String> ATTACHED_SCALES = ImmutableSet.of("mn", "mln", "bn", "tn");

  static final long DOZEN = 12;

  /**
   * Words before "one" that make it a pronoun or determiner phrase ("no one", "the one", "this
   * one") rather than a count.
   */
  static final ImmutableSet<String> ONE_PRONOUN_BEFORE =
      ImmutableSet.of("no", "the", "this", "that", "which", "any", "every", "each");

  /**
   * Words after which a number labels something rather than counting it ("Article 5", "Resolution
   * 2254", "page 3", "No. 10"). A resolution number is an identifier, so it is dropped.
   */
  static final ImmutableSet<String> LABELS = ImmutableSet.of(
      "article", "articles", "section", "sections", "chapter", "chapters", "clause", "clauses",
      "paragraph", "paragraphs", "para", "page", "pages", "p", "pp", "no", "nos", "resolution",
      "resolutions", "decree", "law", "item", "annex", "appendix", "amendment", "flight",
      "route", "highway", "platform", "gate", "room", "phase", "version", "channel", "volume",
      "vol", "issue", "episode", "season", "level", "category", "grade", "figure", "fig", "table");

  /** Month names and their abbreviations; a number next to one is a day or a year. */
  static final ImmutableSet<String> MONTHS = ImmutableSet.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec");

  /**
   * Unseparated four-digit integers in this range are read as years: news style writes counts of
   * a thousand or more with a separator ("2,000 troops"), so "in 2025" or "2026" in a date is
   * almost never a count. A quantity modifier before it ("more than 2000") overrides this.
   */
  static final int YEAR_MIN = 1800;
  static final int YEAR_MAX = 2199;

  /**
   * How a vague quantity is read.
   *
   * @param words the phrase, token by token
   * @param min lower bound of the unscaled phrase
   * @param max upper bound of the unscaled phrase
   * @param needsOf whether the phrase only counts when "of" follows ("tens of")
   * @param takesOf whether a following "of" belongs to the phrase ("hundreds of")
   * @param bucket whether it is a plural bucket that can take a larger bucket ("tens of thousands")
   * @param fillsScale whether, multiplied by a scale, its top extends to the end of the scale's
   *     last unit ("several hundred" up to 999) rather than stopping at it ("a few hundred" up to
   *     500)
   */
  record Vague(List<String> words, long min, long max, boolean needsOf, boolean takesOf,
      boolean bucket, boolean fillsScale) {
    Vague {
      words = ImmutableList.copyOf(words);
    }
  }

  /** Vague quantities, longest phrase first so that the first match is the longest. */
  static final ImmutableList<Vague> VAGUE = ImmutableList.of(
      new Vague(List.of("a", "handful"), 2, 5, false, true, false, false),
      new Vague(List.of("a", "couple"), 2, 3, true, true, false, false),
      new Vague(List.of("a", "few"), 2, 5, false, false, false, false),
      new Vague(List.of("several"), 3, 9, false, false, false, true),
      new Vague(List.of("tens"), 20, 99, true, true, true, true),
      new Vague(List.of("dozens"), 24, 99, false, true, true, true),
      new Vague(List.of("scores"), 40, 99, true, true, true, true),
      new Vague(List.of("hundreds"), 200, 999, false, true, true, true),
      new Vague(List.of("thousands"), 2_000, 9_999, false, true, true, true),
      new Vague(List.of("millions"), 2_000_000, 9_999_999, false, true, true, true),
      new Vague(List.of("billions"), 2_000_000_000L, 9_999_999_999L, false, true, true, true));

  /** Plural buckets that can follow another bucket: "tens of thousands", "hundreds of millions". */
  static final ImmutableMap<String, Long> PLURAL_SCALES = ImmutableMap.of(
      "thousands", 1_000L, "millions", 1_000_000L, "billions", 1_000_000_000L);

  /**
   * Classes of quantity modifier. Bounds are inclusive. "N+1" and "N-1" apply when N's value is a
   * whole number ("more than 1.5 million" → [1500001, ∞)); a fractional N ("more than 2.5") is
   * kept as the bound, since there is no next number to step to.
   */
  enum Modifier {
    /** "more than N" → [N+1, ∞); on a range or vague quantity, [its min, ∞). */
    MORE_THAN,
    /** "at least N" → [N, ∞). */
    AT_LEAST,
    /** "fewer than N" → [0, N-1]; on a range, [0, its max]. */
    FEWER_THAN,
    /**
     * "up to N" → [0, N]. "as many as N" is read the same way: it asserts an upper estimate, and
     * the true count may be lower.
     */
    UP_TO,
    /** "around N" → [⌊0.9N⌋, ⌈1.1N⌉], the usual ±10% reading of a round figure. */
    APPROXIMATELY,
    /** "nearly N" → [⌊0.9N⌋, N]: close to N from below. */
    NEARLY,
    /** "between N and M" → [N, M]; only with a following "and" range. */
    BETWEEN
  }

  /**
   * A modifier phrase.
   *
   * @param words the phrase, token by token
   * @param kind what it does
   * @param overridesYear whether "modifier 2000" is a count rather than a year; false for words
   *     that are also time prepositions ("over 2020", "under 1990 rules", "up to 2030")
   */
  record ModifierPhrase(List<String> words, Modifier kind, boolean overridesYear) {
    ModifierPhrase {
      words = ImmutableList.copyOf(words);
    }
  }

  /** Modifier phrases, longest first within each start word. */
  static final ImmutableList<ModifierPhrase> MODIFIERS = ImmutableList.of(
      mod("more than", Modifier.MORE_THAN, true),
      mod("upwards of", Modifier.MORE_THAN, true),
      mod("in excess of", Modifier.MORE_THAN, true),
      mod("just over", Modifier.MORE_THAN, true),
      mod("well over", Modifier.MORE_THAN, true),
      mod("over", Modifier.MORE_THAN, false),
      mod("at least", Modifier.AT_LEAST, true),
      mod("no fewer than", Modifier.AT_LEAST, true),
      mod("no less than", Modifier.AT_LEAST, true),
      mod("a minimum of", Modifier.AT_LEAST, true),
      mod("fewer than", Modifier.FEWER_THAN, true),
      mod("less than", Modifier.FEWER_THAN, true),
      mod("under", Modifier.FEWER_THAN, false),
      mod("below", Modifier.FEWER_THAN, false),
      mod("up to", Modifier.UP_TO, false),
      mod("as many as", Modifier.UP_TO, true),
      mod("at most", Modifier.UP_TO, true),
      mod("no more than", Modifier.UP_TO, true),
      mod("a maximum of", Modifier.UP_TO, true),
      mod("around", Modifier.APPROXIMATELY, true),
      mod("about", Modifier.APPROXIMATELY, true),
      mod("approximately", Modifier.APPROXIMATELY, true),
      mod("roughly", Modifier.APPROXIMATELY, true),
      mod("some", Modifier.APPROXIMATELY, true),
      mod("an estimated", Modifier.APPROXIMATELY, true),
      mod("estimated", Modifier.APPROXIMATELY, true),
      mod("nearly", Modifier.NEARLY, true),
      mod("almost", Modifier.NEARLY, true),
      mod("close to", Modifier.NEARLY, true),
      mod("just under", Modifier.NEARLY, true),
      mod("just shy of", Modifier.NEARLY, true),
      mod("between", Modifier.BETWEEN, false));

  private static ModifierPhrase mod(String phrase, Modifier kind, boolean overridesYear) {
    return new ModifierPhrase(List.of(phrase.split(" ")), kind, overridesYear);
  }
}
