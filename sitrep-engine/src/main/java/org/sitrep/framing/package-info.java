/**
 * Per-article framing: the labels an article attaches to each actor ("U.S.-backed terrorist
 * group", "Kurdish-led security forces") and its loaded words ("regime", "massacre",
 * "neutralised"), each with its voice — the outlet's own narration or someone it quotes — so
 * that stories can compare how outlets tell the same events. See {@link
 * org.sitrep.framing.FramingStage}.
 */
package org.sitrep.framing;
