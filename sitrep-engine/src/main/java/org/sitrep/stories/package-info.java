/**
 * Story clustering: an online, single-pass, deterministic clusterer that puts every article into
 * an existing story or starts a new one ({@link org.sitrep.stories.StoryClusterer}), the plain
 * TF-IDF baseline it is measured against, the B-cubed scorer ({@link org.sitrep.stories.BCubed})
 * and the evaluation over clustered development sets ({@link org.sitrep.stories.ClusterEval}).
 * Nothing here stores anything: the clusterer keeps its state in memory.
 */
package org.sitrep.stories;
