/**
 * One per-article reference layer: which entity each pronoun, definite description ("the group",
 * "the ministry"), role noun ("the minister"), "the pair", "the statement" and shared surname
 * refers back to. Quotes and events read it instead of resolving references themselves.
 */
package org.sitrep.reference;
