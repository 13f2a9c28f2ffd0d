package org.sitrep.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The outcome of reading one article, or of failing to: every input the {@link Ingestor} is given
 * yields at least one result, so a bad file never ends a run silently.
 */
public sealed interface IngestResult {

  /** Where the result came from: a path, plus {@code #line N} or {@code #item N} inside a file. */
  String origin();

  /** An article that was read. */
  record Ok(Article article) implements IngestResult {
    public Ok {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String origin() {
      return article.origin();
    }
  }

  /**
   * An input that yielded no article.
   *
   * @param origin the path, or {@code path#line N} / {@code path#item N} for one record of a file
   * @param reason what was wrong, phrased for the user ("empty file", "binary file, not an article")
   */
  record Failed(String origin, String reason) implements IngestResult {
    public Failed {
      Objects.requireNonNull(origin, "origin");
      checkArgument(reason != null && !reason.isBlank(), "a failure needs a reason");
    }
  }
}
