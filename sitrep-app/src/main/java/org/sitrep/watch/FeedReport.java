package org.sitrep.watch;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What one cycle did with one address.
 *
 * @param address the address polled
 * @param outcome what happened to the poll itself
 * @param items feed items (or page articles) read from a fresh answer; 0 otherwise
 * @param fresh the ones that were new (neither seen nor stored) and handed on
 * @param stored the articles the store took as new or changed (or re-analysed)
 * @param failed items that could not be fetched, read or analysed
 * @param storedIds the ids of the articles stored, for the alert rules
 * @param line the log line, one line, starting with the address
 * @param notes further one-line notes (an item's page that failed, say), indented in the log
 */
public record FeedReport(String address, Outcome outcome, int items, int fresh, int stored,
    int failed, List<String> storedIds, String line, List<String> notes) {

  /** What happened to a poll. */
  public enum Outcome {
    /** Read afresh (200). */
    READ,
    /** Unchanged since the last read (304): nothing else was fetched. */
    NOT_MODIFIED,
    /** robots.txt disallows it. */
    DISALLOWED,
    /** It could not be fetched or read (the reason is in the line). */
    FAILED
  }

  public FeedReport {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(line, "line");
    storedIds = ImmutableList.copyOf(storedIds);
    notes = ImmutableList.copyOf(notes);
  }
}
