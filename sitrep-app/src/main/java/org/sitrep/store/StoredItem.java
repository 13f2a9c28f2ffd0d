package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One annotation (an event, a quote) of a stored article, with the article it belongs to.
 *
 * @param articleId the article
 * @param version the article version it was read from (the latest)
 * @param ordinal its position in the article's list of such annotations, from 0
 * @param title the article's headline, or null
 * @param source the article's outlet, or null
 * @param published the article's publication date as stored, or null
 * @param item the annotation itself, its spans into the article's text
 * @param <T> the annotation's type
 */
public record StoredItem<T>(String articleId, int version, int ordinal, String title,
    String source, String published, T item) {

  public StoredItem {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(item, "item");
  }

  /** Where this item stands in the listing order, for the next page. */
  public Key key() {
    return new Key(articleId, ordinal);
  }

  /**
   * A position in a listing: items are ordered by article id, then ordinal; a page starts after
   * its key.
   */
  public record Key(String articleId, int ordinal) {
    public Key {
      checkArgument(articleId != null && !articleId.isEmpty(), "a key needs an article id");
      checkArgument(ordinal >= 0, "ordinal must be >= 0, got %s", ordinal);
    }
  }
}
