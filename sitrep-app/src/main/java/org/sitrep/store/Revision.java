package org.sitrep.store;

import java.util.Objects;

/**
 * Identifies what an article's latest stored version holds, without loading it: two equal
 * revisions of the same id hold the same analysed article. Used to find stale copies elsewhere,
 * such as the search index.
 *
 * @param version the stored version number, {@code >= 1}
 * @param contentHash the version's content hash
 * @param analysisVersion the analysis version that produced its annotations
 */
public record Revision(int version, String contentHash, String analysisVersion) {
  public Revision {
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(analysisVersion, "analysisVersion");
  }
}
