package org.sitrep.framing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One occurrence of a loaded-language term in an article.
 *
 * @param term the lexicon entry, lower case ("terrorist", "ethnic cleansing")
 * @param category its category
 * @param voice the outlet's own or quoted
 * @param speaker for {@link Voice#QUOTED}, who said it or holds the view, when the text names
 *     them; else null
 * @param actor the canonical name of the actor the term is applied to, when the text makes that
 *     clear (the term is part of a label of the actor, heads a description resolved to it, or
 *     stands next to its name: "terrorist group KDL", "the Kerrin regime"); else null
 * @param actorId that actor's entity id, or null
 * @param start UTF-16 offset of the occurrence in the article text, inclusive
 * @param end UTF-16 offset, exclusive; the text there matches {@code term} ignoring case
 */
public record LoadedTerm(String term, LoadedCategory category, Voice voice, String speaker,
    String actor, String actorId, int start, int end) {
  public LoadedTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(voice, "voice");
    checkArgument(start >= 0 && end > start, "bad term span [%s,%s)", start, end);
    checkArgument(voice == Voice.QUOTED || speaker == null, "own voice has no speaker: %s",
        speaker);
  }
}
