package org.sitrep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * What to look for in a {@link SearchIndex}. Every criterion but {@code limit} is optional (null);
 * the criteria given must all hold. Blank strings count as absent. A query with no criterion
 * matches every article, newest first.
 *
 * @param text free text in Lucene query syntax over titles and analysed text, all words required
 *     by default ({@code drone strike}, {@code "drone strike" OR shelling}, {@code title:ceasefire})
 * @param entity an entity's canonical name, case-insensitively, or words of it in order
 *     ({@code okafor} finds "Amina Okafor")
 * @param from first publication day, inclusive; articles without a date never match a range
 * @param to last publication day, inclusive
 * @param source the outlet, exactly but case-insensitively
 * @param limit the most hits to return, 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(String text, String entity, LocalDate from, LocalDate to, String source,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and %s, got %s",
        MAX_LIMIT, limit);
    checkArgument(from == null || to == null || !from.isAfter(to),
        "the date range is empty: from %s is after to %s", from, to);
    text = blankToNull(text);
    entity = blankToNull(entity);
    source = blankToNull(source);
  }

  /** Free-text search for the ten best hits. */
  public static SearchQuery forText(String text) {
    return new SearchQuery(text, null, null, null, null, 10);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
