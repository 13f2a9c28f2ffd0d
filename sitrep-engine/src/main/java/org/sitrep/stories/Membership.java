package org.sitrep.stories;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Why an article is in its story: the scores of the decision, taken when the article was added.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param started whether it started the story (then the scores are those of the best story it
 *     did not join, or 0 when there was no candidate, and {@code sharedNames} are that story's)
 * @param score the combined score compared with the threshold
 * @param text TF-IDF cosine with the story's centroid
 * @param names the names score: the share of the article's name weight the story also names
 * @param time the time factor in [0, 1]: 1 within a couple of days of the story's reports, less
 *     as the gap grows down to a floor; the undated factor when either side is undated
 * @param sharedNames names the article shares with the story, as the article writes them, rarest
 *     first
 * @param duplicateOf the story's article this one is a near-duplicate of (a wire copy or a new
 *     version of the same text: cosine at least the duplicate threshold), or null
 * @param seq the addition's place in the clusterer's sequence (1 for the first article ever
 *     added); 0 when unknown
 * @param thread the story's thread the article belongs to, from 1 (see {@link StoryClusterer}:
 *     a long-running story splits into threads); 0 when unknown
 */
public record Membership(String articleId, String storyId, boolean started, double score,
    double text, double names, double time, List<String> sharedNames, String duplicateOf,
    int seq, int thread) {

  public Membership {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    checkArgument(seq >= 0, "seq must not be negative: %s", seq);
    checkArgument(thread >= 0, "thread must not be negative: %s", thread);
    sharedNames = ImmutableList.copyOf(sharedNames);
  }

  /** A membership whose place in the sequence is unknown (seq 0). */
  public Membership(String articleId, String storyId, boolean started, double score, double text,
      double names, double time, List<String> sharedNames, String duplicateOf) {
    this(articleId, storyId, started, score, text, names, time, sharedNames, duplicateOf, 0, 0);
  }

  /** The same membership in another story (after a merge). */
  public Membership inStory(String otherStoryId) {
    return new Membership(articleId, otherStoryId, started, score, text, names, time, sharedNames,
        duplicateOf, seq, thread);
  }
}
