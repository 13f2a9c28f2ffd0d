package org.sitrep.store;

/**
 * What {@link ArticleStore#save} does, or would do, with an article, judged against the article's
 * latest stored version.
 */
public enum Status {
  /** No article with this id is stored: saving stores it as version 1. */
  NEW,
  /** Same content hash and analysis version as the latest version: saving changes nothing. */
  UNCHANGED,
  /** The content hash differs from the latest version's: saving adds the next version. */
  CHANGED,
  /**
   * Same content, but analysed by a different analysis version: saving replaces the latest
   * version's analysis in place, keeping its version number.
   */
  REANALYSE
}
