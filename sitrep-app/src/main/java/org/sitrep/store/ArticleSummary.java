package org.sitrep.store;

import java.util.Objects;

/**
 * The head of an article's latest version, for listings: no text and no annotations.
 *
 * @param id the article id
 * @param version the latest version
 * @param title the headline, or null
 * @param source the outlet, or null
 * @param published the publication date or date-time as stored, or null
 */
public record ArticleSummary(String id, int version, String title, String source,
    String published) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id");
  }
}
