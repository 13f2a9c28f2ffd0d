package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A snapshot of one story: every article the clusterer put in it, in the order they were added.
 *
 * @param id stable id: {@code "s-"} plus the id of the article that started it (an article starts
 *     at most one story, so ids never collide, and clustering the same corpus in the same order
 *     gives the same ids)
 * @param ordinal creation order, from 0
 * @param title the title of its first article, or null
 * @param members one membership per article, in order of addition
 * @param first the earliest publication date of its articles, or null when none is dated
 * @param last the latest, or null
 * @param outlets the distinct outlets of its articles, sorted
 */
public record Story(String id, int ordinal, String title, List<Membership> members,
    LocalDate first, LocalDate last, SortedSet<String> outlets) {

  public Story {
    Objects.requireNonNull(id, "id");
    members = ImmutableList.copyOf(members);
    outlets = ImmutableSortedSet.copyOfSorted(outlets);
  }

  /** The ids of its articles, in order of addition. */
  public List<String> articleIds() {
    return members.stream().map(Membership::articleId).toList();
  }
}
