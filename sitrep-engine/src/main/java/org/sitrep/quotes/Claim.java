package org.sitrep.quotes;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * An accusation, an assignment of blame, a condemnation or a denial: who claims that whom did
 * what. {@code "The council accused the militia of shelling the market"} gives claimant the
 * council, verb {@code accused}, accused the militia, content {@code shelling the market}.
 *
 * @param claimant who makes the claim: an entity's canonical name, or the phrase as written; null
 *     when the text does not say (a passive without "by")
 * @param claimantId the claimant's entity id, or null
 * @param verb the claim verb as written, lower-cased: {@code accused}, {@code blamed}, {@code
 *     denied}, {@code condemned}, {@code denounced}, or {@code held … responsible} reduced to
 *     {@code held responsible}
 * @param accused whom the claim is against, as an entity name or the phrase as written; null when
 *     none is named (most denials)
 * @param accusedId the accused's entity id, or null
 * @param content what is claimed, denied or condemned, as written (trimmed); may be empty
 * @param start start of the source sentence
 * @param end end of the source sentence
 */
public record Claim(String claimant, String claimantId, String verb, String accused,
    String accusedId, String content, int start, int end) {

  public Claim {
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(content, "content");
    checkArgument(start >= 0 && end >= start, "bad claim span [%s,%s)", start, end);
  }
}
