package org.sitrep.geo;

import java.util.Objects;

/**
 * One place entity of an article, resolved to a gazetteer entry.
 *
 * @param entityId the LOCATION entity ({@code e1}, …)
 * @param name the entity's canonical name as the article writes it
 * @param precision how precise the coordinates are: {@code NEIGHBORHOOD}, {@code CITY}, {@code
 *     REGION}, {@code COUNTRY}, or {@code UNRESOLVED} when nothing was found. A neighbourhood
 *     missing from the gazetteer gets its city's coordinates and precision {@code CITY}; {@link
 *     #basis} says so
 * @param resolvedName the gazetteer entry's name ("Mosul", "Iraq"); null when unresolved
 * @param countryCode ISO 3166-1 alpha-2 code; null when unresolved
 * @param admin1 first-level region; null for countries, unresolved places and places whose region
 *     the gazetteer does not name
 * @param latitude WGS84 degrees; NaN when unresolved
 * @param longitude WGS84 degrees; NaN when unresolved
 * @param basis how it was resolved, e.g. {@code "gazetteer"}, {@code "gazetteer; context
 *     country SY"}, {@code "neighbourhood not in the gazetteer: its city, named in the same
 *     sentence"}, {@code "not in the gazetteer"}
 */
public record PlaceRef(String entityId, String name, String precision, String resolvedName,
    String countryCode, String admin1, double latitude, double longitude, String basis) {
  public PlaceRef {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
  }

  /** True unless {@link #precision} is {@code UNRESOLVED}. */
  public boolean resolved() {
    return !"UNRESOLVED".equals(precision);
  }
}
