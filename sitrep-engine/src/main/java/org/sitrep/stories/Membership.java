package org.sitrep.stories;

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
 */
public record Membership(String articleId, String storyId, boolean started, double score,
    double text, double names, double time, List<String> sharedNames, String duplicateOf) {

  public Membership {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    sharedNames = ImmutableList.copyOf(sharedNames);
  }
}
