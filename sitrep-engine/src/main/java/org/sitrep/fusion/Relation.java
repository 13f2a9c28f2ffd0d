package org.sitrep.fusion;

/**
 * How two reports' values of one attribute (an actor slot, a place) relate. Package-private: the
 * matcher's vocabulary.
 */
enum Relation {
  /** Both known and the same (or one names a part of the other: "the army", "Norland's army"). */
  AGREE,
  /** One contains the other: a country and a town in it; a region and a town in it. */
  CONTAINS,
  /** At least one side is unknown, or nothing tells whether they are the same. */
  UNKNOWN,
  /** Both known, different, but close enough to be one event told two ways (places only). */
  NEAR,
  /** Both known and different. */
  CONFLICT
}
