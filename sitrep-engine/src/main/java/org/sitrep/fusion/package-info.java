/**
 * Event fusion across a story's articles: the reports of one real-world event in several
 * articles become one {@link org.sitrep.fusion.FusedEvent} with all its reports and its
 * corroboration (independent outlets, wire copies counted once); attributes the reports disagree
 * on are kept side by side as {@link org.sitrep.fusion.Contradiction}s with their sources; a
 * {@link org.sitrep.fusion.Timeline} orders the fused events by real date and counts them per
 * day. Everything here is a pure function of a story and its articles' stored analyses
 * ({@link org.sitrep.fusion.StoryFusion}): nothing is stored, nothing is re-analysed.
 */
package org.sitrep.fusion;
