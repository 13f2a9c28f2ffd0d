package org.sitrep.actors;

import java.util.Objects;

/**
 * An actor of one article.
 *
 * @param entityId the entity ({@code e1}, …) this actor is; null for an actor that the text names
 *     only by a nationality and an agent noun ("Syrian rebels"), which is no entity
 * @param name the entity's canonical name, or the phrase as written for an unnamed actor
 * @param kind what sort of actor it is
 * @param country ISO 3166-1 alpha-3 code, or null when unknown or international
 * @param cameoCode CAMEO actor code ("SYRGOV", "TURGOV", "SYRREB"), or null when none is known
 * @param basis how the actor was resolved: {@code "dictionary: <entry>"}, {@code "agent+country:
 *     <phrase>"}, {@code "role: <role>"}, {@code "capital metonymy: <capital>"}, {@code "country as
 *     actor"}, {@code "demonym"}, {@code "entity subtype: <subtype>"}, {@code "agent noun: <noun>"}
 *     or {@code "person"}
 */
public record ActorRef(String entityId, String name, ActorKind kind, String country,
    String cameoCode, String basis) {
  public ActorRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(basis, "basis");
  }
}
