package org.sitrep.framing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One label an article attaches to an actor: "U.S.-backed terrorist group" for the group it
 * premodifies, "Kurdish-led security forces" for the name bracketed after it.
 *
 * @param actor the actor's canonical name (the entity's)
 * @param actorId the entity id ({@code e3}); null only when the actor is no entity
 * @param text exactly the article text in {@code [start, end)}, without a leading determiner
 * @param form how the text attaches it
 * @param voice the outlet's own or quoted
 * @param speaker for {@link Voice#QUOTED}, the speaker or holder of the view as the quotes layer
 *     or the sentence names it; null when none is named (scare quotes) and always for {@link
 *     Voice#OWN}
 * @param start UTF-16 offset into the article text, inclusive
 * @param end UTF-16 offset, exclusive
 */
public record ActorLabel(String actor, String actorId, String text, LabelForm form, Voice voice,
    String speaker, int start, int end) {
  public ActorLabel {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(voice, "voice");
    checkArgument(start >= 0 && end > start, "bad label span [%s,%s)", start, end);
    checkArgument(text.length() == end - start, "label text '%s' does not fit [%s,%s)", text,
        start, end);
    checkArgument(voice == Voice.QUOTED || speaker == null, "own voice has no speaker: %s",
        speaker);
  }
}
