package org.sitrep.app;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What an upload gave: the analysis run over its readable records, and one line per record that
 * could not be read ({@code upload#line N: reason}).
 *
 * @param run the analysis of the readable records (no outcomes when there were none)
 * @param unreadable one line per unreadable record
 */
public record IngestReport(AnalyzeReport run, List<String> unreadable) {
  public IngestReport {
    Objects.requireNonNull(run, "run");
    unreadable = ImmutableList.copyOf(unreadable);
  }
}
