package org.sitrep.store;

import java.util.Objects;

/**
 * The outcome of {@link ArticleStore#save}.
 *
 * @param id the article's id
 * @param version the version that now holds the article's content (the existing one when
 *     {@code outcome} is {@link Status#UNCHANGED} or {@link Status#REANALYSE})
 * @param outcome what the save did
 */
public record SaveResult(String id, int version, Status outcome) {
  public SaveResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
  }
}
