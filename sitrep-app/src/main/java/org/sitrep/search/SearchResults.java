package org.sitrep.search;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The answer to a {@link SearchQuery}.
 *
 * @param totalHits how many articles match in all, which may exceed {@code hits.size()}
 * @param hits the best matches, best first (newest first for queries without free text)
 */
public record SearchResults(long totalHits, List<SearchHit> hits) {
  public SearchResults {
    hits = ImmutableList.copyOf(hits);
  }
}
