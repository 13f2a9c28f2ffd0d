package org.sitrep.geo;

/**
 * What sort of place a gazetteer entry is. Neighbourhoods are not a kind here: GeoNames lists some
 * city sections (feature code PPLX) as places, and context rules elsewhere decide that a mention
 * names a neighbourhood and fall back to its city.
 */
public enum PlaceKind {
  /** A sovereign state or dependent territory with an ISO 3166-1 code. */
  COUNTRY,
  /** A first-level administrative division: governorate, province, state, oblast. */
  REGION,
  /** A populated place: city, town, or a section of a city. */
  CITY
}
