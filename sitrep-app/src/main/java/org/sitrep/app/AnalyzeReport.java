package org.sitrep.app;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.sitrep.analysis.Batch;
import org.sitrep.store.Status;

/**
 * What one analysis run did: each article's outcome, in input order, and what each save did.
 *
 * @param outcomes one per article analysed or skipped, in input order
 * @param saves how many saves stored a new article, a new content version, a re-analysis, or
 *     nothing (unchanged); empty when nothing was stored
 * @param analysisVersion the analysis version the run recorded
 */
public record AnalyzeReport(List<Batch.Outcome> outcomes, Map<Status, Integer> saves,
    String analysisVersion) {

  public AnalyzeReport {
    outcomes = ImmutableList.copyOf(outcomes);
    saves = ImmutableMap.copyOf(saves);
  }

  /** Articles analysed in this run. */
  public long analysed() {
    return outcomes.stream().filter(o -> o.status().equals("analysed")).count();
  }

  /** Articles skipped before analysis because the store had them unchanged. */
  public long skipped() {
    return outcomes.stream().filter(o -> o.status().equals("skipped")).count();
  }

  /** The articles that failed, with their reasons. */
  public List<Batch.Outcome> failed() {
    return outcomes.stream().filter(Batch.Outcome::failed).toList();
  }

  /** How many saves had this outcome. */
  public int saves(Status status) {
    return saves.getOrDefault(status, 0);
  }

  /** Articles found unchanged, before analysis or at the save. */
  public long unchanged() {
    return skipped() + saves(Status.UNCHANGED);
  }
}
