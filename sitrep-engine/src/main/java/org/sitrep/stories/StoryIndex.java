package org.sitrep.stories;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a {@link StoryClusterer} keeps its state: document frequencies, each story's centroid,
 * names and recent members, and the inverted indexes (term → stories, name → stories) candidates
 * come from. Two implementations: in memory (the default, for evaluation and one-off runs) and
 * the store's story tables ({@code store.StoryTables}), so that stories persist and grow as
 * articles arrive. An addition reads only what it needs (the article's own terms and names, at
 * most a fixed number of candidate stories), so its cost does not grow with the store.
 *
 * <p>Every addition runs inside {@link #update}, atomically: no other addition interleaves, in
 * this process or (for a shared database) another, and a failure leaves the state as before.
 */
public interface StoryIndex {

  /** Runs {@code work} as one atomic addition and returns its result. */
  <T> T update(Function<Tx, T> work);

  /** Every story, in creation order; a merged story is listed with its members moved. */
  ImmutableList<Story> stories();

  /** The story with this id, or empty. */
  Optional<Story> story(String id);

  /** The reads and the one write of one addition. */
  interface Tx {
    /** The articles added so far. */
    int articles();

    /** The stories created so far (the next story's ordinal). */
    int storyCount();

    /** Whether this article was added before. */
    boolean contains(String articleId);

    /** Document frequency of each term, over the articles added so far; absent terms are 0. */
    Map<String, Integer> termDf(Collection<String> terms);

    /** One term's document frequency (0 when absent). */
    default int termDf(String term) {
      return termDf(List.of(term)).getOrDefault(term, 0);
    }

    /**
     * Whether the clusterer should fetch document frequencies in batches before it needs them
     * (a database: one query instead of hundreds); false where one lookup is as cheap.
     */
    default boolean prefetch() {
      return true;
    }

    /** Document frequency of each name key; absent keys are 0. */
    Map<String, Integer> nameDf(Collection<String> keys);

    /**
     * The ordinals of at most {@code depth} distinct stories whose centroid gained {@code term}
     * most recently, most recent first.
     */
    List<Integer> termStories(String term, int depth);

    /** The same for stories that name {@code key}, most recently named first. */
    List<Integer> nameStories(String key, int depth);

    /** One story's state. */
    StoryHead story(int ordinal);

    /** Which of {@code keys} the story names. */
    Set<String> namesIn(int ordinal, Collection<String> keys);

    /** The story's last {@code n} members' vectors, oldest first. */
    List<MemberVec> recent(int ordinal, int n);

    /** Records one addition. */
    void apply(Change change);
  }

  /**
   * A story's state as scoring needs it.
   *
   * @param id the story id
   * @param ordinal creation order, from 0
   * @param title the title of its first article, or null
   * @param first earliest publication date of its articles, or null
   * @param last latest, or null
   * @param centroid the sum of its articles' term weights, heaviest terms kept
   * @param threads its threads so far (its latest thread's number); 0 before its first article
   * @param mergedInto the id of the story it was merged into, or null
   */
  record StoryHead(String id, int ordinal, String title, LocalDate first, LocalDate last,
      TermVec centroid, int threads, String mergedInto) {
    public StoryHead {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(centroid, "centroid");
    }
  }

  /** One member's vector and thread, for near-duplicate detection and threads. */
  record MemberVec(String articleId, TermVec vec, int thread) {}

  /**
   * A merge one addition records: story {@code from} is merged into {@code into} (its id then
   * redirects there).
   *
   * @param note the evidence, in words
   */
  record Merge(String from, String into, String note) {
    public Merge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(into, "into");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Everything one addition changes.
   *
   * @param membership why the article joined, with its story id
   * @param outlet the article's outlet, or null
   * @param seq the addition's sequence number (articles added, this one included)
   * @param terms the article's distinct terms (their document frequency grows by one)
   * @param nameKeys the article's distinct name keys (same)
   * @param story the story after the addition
   * @param created whether the addition created the story
   * @param enteredTerms centroid terms the story did not have before (their postings get
   *     {@code seq})
   * @param newNames name keys the story did not name before (new postings)
   * @param oldNames name keys it already named (their mention count grows)
   * @param vec the article's own vector, heaviest terms kept
   * @param merge a merge the article's report makes, or null
   */
  record Change(Membership membership, String outlet, int seq, Collection<String> terms,
      Collection<String> nameKeys, StoryHead story, boolean created,
      Collection<String> enteredTerms, Collection<String> newNames,
      Collection<String> oldNames, TermVec vec, Merge merge) {
    public Change {
      Objects.requireNonNull(membership, "membership");
      Objects.requireNonNull(story, "story");
      terms = List.copyOf(terms);
      nameKeys = List.copyOf(nameKeys);
      enteredTerms = List.copyOf(enteredTerms);
      newNames = List.copyOf(newNames);
      oldNames = List.copyOf(oldNames);
    }
  }
}
