package org.sitrep.entities;

/**
 * A candidate mention while the entity rules run: mutable, and confined to one call of {@link
 * EntityStage#process}, so the stage stays stateless.
 */
final class Cand {
  int start;
  int end;
  EntityType type;
  String subtype;
  /** Set by a rule (as opposed to CoreNLP's tagger); one sense per article copies ruled types. */
  boolean ruled;
  String role;
  /** The {@link Names#key} of the long name this mention is defined as an alias of, or null. */
  String aliasOf;

  Cand(int start, int end, EntityType type, String subtype, boolean ruled) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.subtype = subtype;
    this.ruled = ruled;
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  boolean same(int s, int e) {
    return start == s && end == e;
  }
}
