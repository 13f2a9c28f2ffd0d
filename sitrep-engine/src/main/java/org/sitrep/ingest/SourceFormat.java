package org.sitrep.ingest;

import java.util.Locale;

/** The file formats Sitrep reads. */
public enum SourceFormat {
  /** A plain-text article: one file, one article. */
  TEXT,
  /** An HTML page: one file, one article, main content extracted. */
  HTML,
  /** An RSS 2.0 feed: one article per item. */
  RSS,
  /** An Atom feed: one article per entry. */
  ATOM,
  /** JSON Lines, one article object per line. */
  JSONL,
  /**
   * A Parquet table, one article per row, its columns the JSON Lines fields (read by the Spark
   * job through {@link Ingestor#readRecord}).
   */
  PARQUET;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
