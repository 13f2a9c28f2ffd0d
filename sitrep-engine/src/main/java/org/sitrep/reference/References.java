package org.sitrep.reference;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.sitrep.core.Layer;

/**
 * The references layer: every anaphoric mention of an article that could be resolved, in text
 * order, non-overlapping. A mention that is not listed did not resolve (or is not anaphoric).
 */
public record References(List<Reference> references) {
  public static final Layer<References> LAYER = Layer.of("references", References.class);

  public References {
    references = ImmutableList.sortedCopyOf(
        (a, b) -> a.span().compareTo(b.span()), references);
  }

  /** No references. */
  public static References empty() {
    return new References(List.of());
  }

  /**
   * The reference whose mention ends exactly at {@code end} and contains {@code start}: a
   * reader holding a phrase's head word ({@code [start, end)}) asks for the description it heads.
   */
  public Optional<Reference> headedAt(int start, int end) {
    int lo = 0;
    int hi = references.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (references.get(mid).span().end() < end) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < references.size()) {
      Reference r = references.get(lo);
      if (r.span().end() == end && r.span().start() <= start) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
