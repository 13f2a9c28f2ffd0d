package org.sitrep.analysis;

import org.sitrep.geo.PlaceRef;

/**
 * A place mentioned in an article, resolved to the gazetteer, as output.
 *
 * @param entityId the LOCATION entity
 * @param name the entity's canonical name
 * @param precision {@code NEIGHBORHOOD}, {@code CITY}, {@code REGION}, {@code COUNTRY} or
 *     {@code UNRESOLVED}
 * @param resolvedName the gazetteer entry's name, or null
 * @param countryCode ISO 3166-1 alpha-2, or null
 * @param admin1 first-level region, or null
 * @param latitude degrees, or null when unresolved
 * @param longitude degrees, or null when unresolved
 * @param basis how it was resolved (a neighbourhood missing from the gazetteer says which city
 *     stands in for it)
 */
public record PlaceOut(String entityId, String name, String precision, String resolvedName,
    String countryCode, String admin1, Double latitude, Double longitude, String basis) {

  static PlaceOut of(PlaceRef p) {
    boolean known = p.resolved() && !Double.isNaN(p.latitude());
    return new PlaceOut(p.entityId(), p.name(), p.precision(), p.resolvedName(), p.countryCode(),
        p.admin1(), known ? p.latitude() : null, known ? p.longitude() : null, p.basis());
  }
}
