package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One verb form's entry in a PETRARCH verb dictionary: the code of the verb alone, and the
 * patterns of its block, which override it when they match.
 */
record PetrarchVerbHead(PetrarchVerbCoder.Code code, List<PetrarchVerbPattern> patterns) {
  PetrarchVerbHead {
    Objects.requireNonNull(code, "code");
    patterns = ImmutableList.copyOf(patterns);
  }
}
