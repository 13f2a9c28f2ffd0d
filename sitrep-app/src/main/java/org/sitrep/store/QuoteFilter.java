package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * Which stored quotes {@link ArticleStore#quotes} returns: every criterion is optional (null or
 * blank means any) and the criteria given must all hold. Only the latest version of each article
 * is searched.
 *
 * @param speaker the speaker as the article names them, case-insensitively, or a registry actor's
 *     name or alias (the speaker entity is that actor)
 * @param from first publication day of the article, inclusive; undated articles never match
 * @param to last publication day, inclusive
 * @param source the article's outlet, exactly but case-insensitively
 */
public record QuoteFilter(String speaker, LocalDate from, LocalDate to, String source) {

  public QuoteFilter {
    speaker = EventFilter.blankToNull(speaker);
    source = EventFilter.blankToNull(source);
    checkArgument(from == null || to == null || !from.isAfter(to),
        "the date range is empty: from %s is after to %s", from, to);
  }

  /** No criterion: every quote. */
  public static QuoteFilter any() {
    return new QuoteFilter(null, null, null, null);
  }
}
