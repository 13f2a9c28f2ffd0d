package org.sitrep.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * One gazetteer entry: a country, a first-level region or a populated place, with a representative
 * point.
 *
 * @param name the preferred name (GeoNames' name for cities and regions, the English short name for
 *     countries), as written in the source, diacritics included
 * @param kind country, region or city
 * @param countryCode ISO 3166-1 alpha-2 code, upper case
 * @param countryName the country's English short name
 * @param admin1 the English name of the first-level region the place lies in (for a region, its own
 *     name); {@code null} for countries and for places whose region GeoNames does not name
 * @param latitude WGS84 degrees: a country's is the centroid of its largest land polygon, a
 *     region's the point of its seat (or of its largest place), a city's its GeoNames point
 * @param longitude WGS84 degrees, in [-180, 180]
 * @param population GeoNames population for cities; for regions the summed population of the places
 *     GeoNames lists in them (a lower bound); 0 for countries (not in the sources)
 * @param geonameId the GeoNames id of a city; {@code null} for countries and regions
 */
public record Place(
    String name,
    PlaceKind kind,
    String countryCode,
    String countryName,
    String admin1,
    double latitude,
    double longitude,
    long population,
    String geonameId) {
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryName, "countryName");
    checkArgument(isCountryCode(countryCode), "bad country code %s", countryCode);
    checkArgument(latitude >= -90 && latitude <= 90, "bad latitude %s", latitude);
    checkArgument(longitude >= -180 && longitude <= 180, "bad longitude %s", longitude);
    checkArgument(population >= 0, "negative population %s", population);
  }

  // Not a regular expression: the gazetteer builds some 40,000 places at load time.
  private static boolean isCountryCode(String code) {
    return code != null
        && code.length() == 2
        && code.charAt(0) >= 'A'
        && code.charAt(0) <= 'Z'
        && code.charAt(1) >= 'A'
        && code.charAt(1) <= 'Z';
  }
}
