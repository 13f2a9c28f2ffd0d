package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * Which stored events {@link ArticleStore#events} returns: every criterion is optional (null or
 * blank means any) and the criteria given must all hold. Only the latest version of each article
 * is searched.
 *
 * @param actor a registry actor's name or alias (the event's source or target entity is that
 *     actor), or a CAMEO actor code the source or target carries ({@code SYRGOV}), case-insensitive
 * @param cameoRoot the CAMEO root code, two digits ({@code 19})
 * @param plover the PLOVER event type ({@code ASSAULT}), case-insensitive
 * @param from first event day, inclusive; an event dated only to a month or year compares as its
 *     date string ({@code 2027-08} sorts before {@code 2027-08-01}); undated events never match a
 *     range
 * @param to last event day, inclusive
 * @param source the article's outlet, exactly but case-insensitively
 * @param modality the event's modality ({@code asserted}, {@code negated}, …)
 */
public record EventFilter(String actor, String cameoRoot, String plover, LocalDate from,
    LocalDate to, String source, String modality) {

  public EventFilter {
    actor = blankToNull(actor);
    cameoRoot = blankToNull(cameoRoot);
    plover = blankToNull(plover);
    source = blankToNull(source);
    modality = blankToNull(modality);
    checkArgument(cameoRoot == null || cameoRoot.matches("\\d{2}"),
        "a CAMEO root is two digits (01 to 20), got '%s'", cameoRoot);
    checkArgument(from == null || to == null || !from.isAfter(to),
        "the date range is empty: from %s is after to %s", from, to);
  }

  /** No criterion: every event. */
  public static EventFilter any() {
    return new EventFilter(null, null, null, null, null, null, null);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
