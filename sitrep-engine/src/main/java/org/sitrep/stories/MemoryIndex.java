package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A {@link StoryIndex} in memory: hash maps for document frequencies and postings, one object per
 * story. Postings are append-only lists read from their recent end, so a lookup costs at most the
 * posting depth whatever the number of stories. Thread-safe by one lock (additions are serial by
 * nature).
 */
final class MemoryIndex implements StoryIndex {
  private int articles;
  private final Set<String> added = new HashSet<>();
  private final Map<String, Integer> termDf = new HashMap<>();
  private final Map<String, Integer> nameDf = new HashMap<>();
  private final Map<String, IntList> termPostings = new HashMap<>();
  private final Map<String, IntList> namePostings = new HashMap<>();
  private final List<MemStory> stories = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  /** Merged story id → the story it was merged into. */
  private final Map<String, String> mergedInto = new HashMap<>();
  private final Tx tx = new MemTx();

  @Override
  public synchronized <T> T update(Function<Tx, T> work) {
    return work.apply(tx);
  }

  @Override
  public synchronized ImmutableList<Story> stories() {
    List<Story> all = new ArrayList<>();
    for (MemStory s : stories) {
      all.add(s.snapshot());
    }
    return StoryMerges.fold(all, mergedInto);
  }

  @Override
  public synchronized Optional<Story> story(String id) {
    if (!byId.containsKey(id)) {
      return Optional.empty();
    }
    String target = StoryMerges.resolve(id, mergedInto);
    return stories().stream().filter(s -> s.id().equals(target)).findFirst();
  }

  private static final class MemStory {
    StoryHead head;
    final List<Membership> members = new ArrayList<>();
    final List<MemberVec> vecs = new ArrayList<>();
    final Set<String> outlets = new TreeSet<>();
    final Map<String, Integer> names = new HashMap<>();

    MemStory(StoryHead head) {
      this.head = head;
    }

    Story snapshot() {
      return new Story(head.id(), head.ordinal(), head.title(), members, head.first(),
          head.last(), new TreeSet<>(outlets));
    }
  }

  private final class MemTx implements Tx {
    @Override
    public int articles() {
      return articles;
    }

    @Override
    public int storyCount() {
      return stories.size();
    }

    @Override
    public boolean contains(String articleId) {
      return added.contains(articleId);
    }

    @Override
    public Map<String, Integer> termDf(Collection<String> terms) {
      return lookup(termDf, terms);
    }

    @Override
    public int termDf(String term) {
      return termDf.getOrDefault(term, 0);
    }

    @Override
    public boolean prefetch() {
      return false;
    }

    @Override
    public Map<String, Integer> nameDf(Collection<String> keys) {
      return lookup(nameDf, keys);
    }

    @Override
    public List<Integer> termStories(String term, int depth) {
      return latest(termPostings.get(term), depth);
    }

    @Override
    public List<Integer> nameStories(String key, int depth) {
      return latest(namePostings.get(key), depth);
    }

    @Override
    public StoryHead story(int ordinal) {
      return stories.get(ordinal).head;
    }

    @Override
    public Set<String> namesIn(int ordinal, Collection<String> keys) {
      Map<String, Integer> names = stories.get(ordinal).names;
      Set<String> out = new HashSet<>();
      for (String k : keys) {
        if (names.containsKey(k)) {
          out.add(k);
        }
      }
      return out;
    }

    @Override
    public List<MemberVec> recent(int ordinal, int n) {
      List<MemberVec> vecs = stories.get(ordinal).vecs;
      return List.copyOf(vecs.subList(Math.max(0, vecs.size() - n), vecs.size()));
    }

    @Override
    public void apply(Change c) {
      articles = c.seq();
      added.add(c.membership().articleId());
      for (String t : c.terms()) {
        termDf.merge(t, 1, Integer::sum);
      }
      for (String k : c.nameKeys()) {
        nameDf.merge(k, 1, Integer::sum);
      }
      MemStory s;
      if (c.created()) {
        s = new MemStory(c.story());
        stories.add(s);
        byId.put(c.story().id(), c.story().ordinal());
      } else {
        s = stories.get(c.story().ordinal());
        s.head = c.story();
      }
      s.members.add(c.membership());
      if (c.vec().size() > 0) {
        s.vecs.add(new MemberVec(c.membership().articleId(), c.vec(),
            c.membership().thread()));
        if (s.vecs.size() > 2 * StoryClusterer.RECENT_MEMBERS) {
          // Only the recent members are ever compared; keep memory per story bounded.
          s.vecs.subList(0, s.vecs.size() - StoryClusterer.RECENT_MEMBERS).clear();
        }
      }
      if (c.outlet() != null) {
        s.outlets.add(c.outlet());
      }
      int ordinal = c.story().ordinal();
      for (String t : c.enteredTerms()) {
        termPostings.computeIfAbsent(t, x -> new IntList()).add(ordinal);
      }
      for (String k : c.newNames()) {
        s.names.put(k, 1);
        namePostings.computeIfAbsent(k, x -> new IntList()).add(ordinal);
      }
      for (String k : c.oldNames()) {
        s.names.merge(k, 1, Integer::sum);
      }
      Merge m = c.merge();
      if (m != null && !mergedInto.containsKey(m.from())) {
        mergedInto.put(m.from(), m.into());
        MemStory from = stories.get(byId.get(m.from()));
        StoryHead h = from.head;
        from.head = new StoryHead(h.id(), h.ordinal(), h.title(), h.first(), h.last(),
            h.centroid(), h.threads(), m.into());
      }
    }
  }

  private static Map<String, Integer> lookup(Map<String, Integer> df, Collection<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    for (String k : keys) {
      Integer v = df.get(k);
      if (v != null) {
        out.put(k, v);
      }
    }
    return out;
  }

  private static List<Integer> latest(IntList posting, int depth) {
    if (posting == null) {
      return List.of();
    }
    Set<Integer> seen = new LinkedHashSet<>();
    for (int i = posting.size - 1; i >= 0 && seen.size() < depth; i--) {
      seen.add(posting.values[i]);
    }
    return List.copyOf(seen);
  }

  /** A growable list of ints (story ordinals), cheaper than a list of boxed integers. */
  static final class IntList {
    int[] values = new int[4];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }
}
