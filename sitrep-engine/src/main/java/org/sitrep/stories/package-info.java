/**
 * Story clustering: an online, single-pass, deterministic clusterer that puts every article into
 * an existing story or starts a new one ({@link org.sitrep.stories.StoryClusterer}), the plain
 * TF-IDF baseline it is measured against, the B-cubed scorer ({@link org.sitrep.stories.BCubed})
 * and the evaluation over clustered development sets ({@link org.sitrep.stories.ClusterEval}).
 *
 * <p>The clusterer keeps its state in a {@link org.sitrep.stories.StoryIndex}: in memory, or in
 * the store's story tables ({@code store.StoryTables}), where stories persist and grow as
 * articles arrive; both decide exactly alike. Within a story, articles fall into threads (a story
 * quiet for {@value org.sitrep.stories.StoryClusterer#THREAD_GAP_DAYS} days or more that returns
 * with a report unlike its latest thread's opens a new one); two stories merge when a later
 * report scores at least the merge threshold against both, the younger into the older, and the
 * younger's id redirects ({@link org.sitrep.stories.StoryMerges}). Per-outlet framing of a
 * story, with voice share and omitted actors, is {@link org.sitrep.stories.StoryFraming}.
 */
package org.sitrep.stories;
