package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How merged stories are listed: a story merged into another (see {@link StoryClusterer}) is not
 * listed on its own; its articles are listed in the story it leads to (following merges to the
 * end), in order of addition, with their memberships moved there. Ids stay stable: the merged
 * story's id redirects ({@link #resolve}).
 */
public final class StoryMerges {
  private StoryMerges() {}

  /** Where {@code id} leads through {@code mergedInto} (merged id → target id). */
  public static String resolve(String id, Map<String, String> mergedInto) {
    String current = id;
    for (int hop = 0; hop < 10_000 && mergedInto.containsKey(current); hop++) {
      current = mergedInto.get(current);
    }
    return current;
  }

  /** The stories to list: {@code all} (creation order) with merged ones folded in. */
  public static ImmutableList<Story> fold(List<Story> all, Map<String, String> mergedInto) {
    if (mergedInto.isEmpty()) {
      return ImmutableList.copyOf(all);
    }
    Map<String, List<Story>> groups = new LinkedHashMap<>();
    for (Story s : all) {
      groups.computeIfAbsent(resolve(s.id(), mergedInto), k -> new ArrayList<>()).add(s);
    }
    ImmutableList.Builder<Story> out = ImmutableList.builder();
    for (Story s : all) {
      List<Story> group = groups.get(s.id());
      if (group == null) {
        continue;
      }
      if (group.size() == 1) {
        out.add(s);
        continue;
      }
      List<Membership> members = new ArrayList<>();
      TreeSet<String> outlets = new TreeSet<>();
      LocalDate first = null;
      LocalDate last = null;
      for (Story g : group) {
        for (Membership m : g.members()) {
          members.add(m.storyId().equals(s.id()) ? m : m.inStory(s.id()));
        }
        outlets.addAll(g.outlets());
        first = first == null || (g.first() != null && g.first().isBefore(first)) ? g.first()
            : first;
        last = last == null || (g.last() != null && g.last().isAfter(last)) ? g.last() : last;
      }
      members.sort(Comparator.comparingInt(Membership::seq));
      out.add(new Story(s.id(), s.ordinal(), s.title(), members, first, last, outlets));
    }
    return out.build();
  }
}
