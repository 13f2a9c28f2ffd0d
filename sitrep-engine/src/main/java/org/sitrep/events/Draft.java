package org.sitrep.events;

/**
 * An event before its modality, date, place and figures are read: one source–target pair of one
 * trigger.
 *
 * @param trigger index of the trigger token in the parse
 * @param code its CAMEO code
 * @param source the acting party, or null
 * @param target the party acted upon, or null
 * @param clause index of the clause head the trigger belongs to (the trigger itself for verbs,
 *     the governing verb for a noun that is one of its arguments)
 */
record Draft(int trigger, String code, Actor source, Actor target, int clause) {}
