package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One actor as the dictionary knows it on a given date.
 *
 * @param name the dictionary's canonical name ("Bashar Al-Assad", "Hezbollah")
 * @param cameoCode the CAMEO actor code in force on the date asked about ("SYRGOV", "LBNREB",
 *     "IGOUNO"); null when the entry names the actor but asserts no code (some ethnic groups)
 * @param kind what sort of actor it is
 * @param country ISO 3166-1 alpha-3 code of the country the actor belongs to, or null for
 *     international and regional actors
 */
public record ActorEntry(String name, String cameoCode, ActorKind kind, String country) {
  public ActorEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    checkArgument(country == null || country.matches("[A-Z]{3}"), "bad ISO3 country %s", country);
  }
}
