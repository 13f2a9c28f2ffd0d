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
  /**
   * A nickname ({@link Nicknames}): a name of the entity, never its canonical one while the
   * person's own name is known.
   */
  boolean nickname;
  /**
   * Where the name proper starts when the mention begins with a title ("Mr. Roe"; see {@link
   * TitledNames}), else -1.
   */
  int nameStart = -1;

  Cand(int start, int end, EntityType type, String subtype, boolean ruled) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.subtype = subtype;
    this.ruled = ruled;
  }

  /** The name without a title that the mention may begin with: what grouping compares. */
  String name(String text) {
    return text.substring(nameStart < 0 ? start : nameStart, end);
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }

  boolean same(int s, int e) {
    return start == s && end == e;
  }
}
