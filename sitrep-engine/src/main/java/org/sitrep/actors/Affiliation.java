package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A relation the text states with an affiliation adjective: "Kurdish-led security forces",
 * "Iranian-backed militias", "U.S.-backed group".
 *
 * @param entityId the entity the adjective describes (the first named actor after it in the same
 *     clause); null when the adjective qualifies a common noun only ("Turkish-backed allies")
 * @param relation {@code led-by}, {@code backed-by}, {@code affiliated-with} or {@code aligned-with}
 * @param otherName the patron as written before the hyphen ("Kurdish", "U.S.", "Iranian")
 * @param otherEntityId the entity the patron is, by name or country; null when none matches
 * @param start start of the sentence that states the relation (UTF-16 offset)
 * @param end end of that sentence, exclusive
 * @param text the adjective as written ("Kurdish-led")
 */
public record Affiliation(String entityId, String relation, String otherName,
    String otherEntityId, int start, int end, String text) {
  public Affiliation {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(otherName, "otherName");
    Objects.requireNonNull(text, "text");
    checkArgument(start >= 0 && end >= start, "bad span [%s,%s)", start, end);
  }
}
