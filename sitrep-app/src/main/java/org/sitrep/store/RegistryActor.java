package org.sitrep.store;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sitrep.actors.ActorKind;
import org.sitrep.entities.EntityType;

/**
 * One actor (or place) of the store's canonical registry: the same real-world actor across all
 * stored articles, however each spells it. See {@link ArticleStore#registry} for how entities are
 * resolved to registry actors.
 *
 * @param id the registry's id; stable while the actor exists, but an actor merged into another
 *     (when an article shows two registry actors to be aliases of one) disappears with its id
 * @param canonicalName the longest name any article gave this actor as an entity's canonical name
 *     (ties: the first in {@link String#compareTo} order)
 * @param type the entity class the actor was resolved within
 * @param kind the actor kind, or null when no article classified it (most places)
 * @param country ISO 3166-1 alpha-3 code, or null when unknown
 * @param cameoCode CAMEO actor code, or null when none is known
 * @param aliases every name the actor is known by, one per normalised form, sorted
 * @param articleCount the number of stored articles whose latest version names the actor
 */
public record RegistryActor(long id, String canonicalName, EntityType type, ActorKind kind,
    String country, String cameoCode, List<String> aliases, long articleCount) {
  public RegistryActor {
    Objects.requireNonNull(canonicalName, "canonicalName");
    Objects.requireNonNull(type, "type");
    aliases = ImmutableList.copyOf(aliases);
  }
}
