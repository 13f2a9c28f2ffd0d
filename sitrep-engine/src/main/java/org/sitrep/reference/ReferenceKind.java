package org.sitrep.reference;

/** What kind of anaphoric mention a {@link Reference} is. */
public enum ReferenceKind {
  /** A third-person personal pronoun: "he", "she", "it", "they", "him", "them". */
  PRONOUN,
  /** A third-person possessive pronoun: "his", "her", "its", "their". */
  POSSESSIVE,
  /** A definite description headed by an organisation noun: "the group", "the ministry". */
  DESCRIPTION,
  /** A definite or possessive phrase headed by a role noun: "the minister", "Norland's president". */
  ROLE,
  /** A phrase standing for the entities last named together: "the pair", "the two men". */
  GROUP,
  /**
   * A definite phrase headed by a statement noun, standing for whoever issued the statement: "the
   * statement said", "the letter added" (the sender the text named, "X sent a letter", else the organisation
   * last named).
   */
  ISSUER,
  /**
   * A bare surname that the entities layer left as its own entity because several people named
   * in full share it ("Lee" beside "Lee Jae-sun" and "Lee Mi-ra"): the one of them in focus.
   */
  SURNAME
}
