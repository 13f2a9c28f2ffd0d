package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * Leaves out events that lack a party their kind of act cannot do without. CAMEO codes dyads: who
 * did what to whom; one kind of record names too few parties to be that act:
 *
 * <ul>
 *   <li><b>A dyadic act with no counterpart.</b> An appeal, a consultation or visit, material
 *       cooperation and aid are done with or to someone (the roots in {@code
 *       [counterpart-roots]}, {@code event-words.txt}). Such an event naming neither a target nor
 *       a place is a verb read in a sense that is no such act: "the lawmakers added that …"
 *       (not cooperation), "deputies were debating a law" (not a consultation), "he served in the
 *       air force" (not material cooperation). "Arnor sent aid to Gondor" and "the envoy visited
 *       Dale" keep theirs.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class Counterparts {
  private final ImmutableSet<String> dyadicRoots;

  Counterparts(EventWords words) {
    this.dyadicRoots = words.counterpartRoots;
  }

  /** The events that name the counterpart their act needs, in the same order. */
  List<Event> keep(List<Event> events) {
    return events.stream().filter(this::complete).collect(ImmutableList.toImmutableList());
  }

  /** Whether {@code e} names the counterpart its kind of act needs (see the class comment). */
  boolean complete(Event e) {
    return !(dyadicRoots.contains(e.root()) && e.targetName() == null && e.placeName() == null);
  }
}
