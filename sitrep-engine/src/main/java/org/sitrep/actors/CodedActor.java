package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The CAMEO actor code {@link ActorCoder} gives one noun phrase, with what it came from.
 *
 * @param code the CAMEO actor code: a country or international prefix and roles ("ISRMIL",
 *     "SYRGOV", "IGOUNO", "PAKEDU"); a bare country code ("ISR") for a state named by its country
 * @param kind what sort of actor the code denotes, or null when its role maps to no {@link
 *     ActorKind} (students, civilians, businesses)
 * @param country ISO 3166-1 alpha-3 code of the country, or null for international and
 *     transnational codes
 * @param basis what the code came from: {@code "dictionary: <entry>"}, {@code "country: <name>"},
 *     {@code "capital metonymy: <capital>"}, {@code "place: <name>"}, {@code "role: <title>"},
 *     the actors layer's own basis, each followed by {@code " + agent: <noun>"} when an agent noun
 *     added the role
 */
public record CodedActor(String code, ActorKind kind, String country, String basis) {
  public CodedActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(basis, "basis");
    checkArgument(code.matches("[A-Z]{3,}"), "bad CAMEO actor code %s", code);
    checkArgument(country == null || country.matches("[A-Z]{3}"), "bad ISO3 country %s", country);
  }
}
