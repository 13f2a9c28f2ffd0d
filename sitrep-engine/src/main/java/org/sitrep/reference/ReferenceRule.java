package org.sitrep.reference;

/** Why a {@link Reference} resolved to its antecedent: the rule that chose it. */
public enum ReferenceRule {
  /**
   * A pronoun: the subject-most agreeing entity (the first in the sentence) of the last sentence
   * before it, within its paragraph or the few paragraphs before, that names one.
   */
  SUBJECT_OF_LAST_SENTENCE,
  /** A description: the most recent organisation introduced with the description's noun. */
  INTRODUCED_WITH_NOUN,
  /** A description: the most recent organisation whose name contains the noun. */
  HEAD_IN_NAME,
  /** A description: the most recent organisation of a subtype the noun fits. */
  COMPATIBLE_TYPE,
  /** A role noun: the most recent person given that role, best matching its modifiers. */
  ROLE_HOLDER,
  /** "The pair": the entities most recently named together ("X and Y"). */
  LAST_NAMED_TOGETHER,
  /** "The statement": the most recent organisation named before it in the story's flow. */
  LAST_ORGANISATION,
  /**
   * "The letter": whoever the text said issued it, the subject of the sentence that introduced it
   * ("X sent a letter").
   */
  INTRODUCED_ISSUER,
  /** A shared surname: the person bearing it who was named (in full or so) most recently. */
  LAST_BEARER_OF_SURNAME
}
