package org.sitrep.search;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One article found by a search.
 *
 * @param id the article id
 * @param version the stored version that was indexed
 * @param title the headline, or null
 * @param source the outlet, or null
 * @param published the publication date or date-time as stored (ISO-8601), or null
 * @param score relevance; 0 when the query had no free text and hits are ordered by date
 * @param snippets up to three passages of the analysed text, matched words marked
 *     {@code «like this»}; the lead passage when the query had no free text
 */
public record SearchHit(String id, int version, String title, String source, String published,
    float score, List<String> snippets) {

  /** Opens a highlighted match in a snippet. Guillemets, not HTML, so terminals print them as is. */
  public static final String MARK_OPEN = "\u00ab";
  /** Closes a highlighted match in a snippet. */
  public static final String MARK_CLOSE = "\u00bb";

  public SearchHit {
    Objects.requireNonNull(id, "id");
    snippets = ImmutableList.copyOf(snippets);
  }
}
