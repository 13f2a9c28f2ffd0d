package org.sitrep.fusion;

import java.util.Locale;
import java.util.Map;
import org.sitrep.analysis.PlaceOut;

/**
 * Whether two reports' places can be one event's place.
 *
 * <ul>
 *   <li>{@link Relation#UNKNOWN}: either is missing; either is not on the gazetteer and the names
 *       differ (nothing tells where it is); or two towns without coordinates;
 *   <li>{@link Relation#AGREE}: the same name (gazetteer name or as written, ignoring case), or
 *       coordinates within {@value #SAME_KM} km (one locality written two ways);
 *   <li>{@link Relation#CONFLICT}: different countries; two different regions; two towns farther
 *       apart than the matcher's {@code nearKm};
 *   <li>{@link Relation#CONTAINS}: a country and a place in it, a region and a place in it (by
 *       the gazetteer's first-level region);
 *   <li>{@link Relation#NEAR}: two different towns or neighbourhoods within {@code nearKm}.
 * </ul>
 */
final class PlaceRelation {
  /** Closer than this, two gazetteer points are one locality spelt two ways. */
  static final double SAME_KM = 3.0;

  private static final Map<String, Integer> RANK = Map.of("COUNTRY", 3, "REGION", 2, "CITY", 1,
      "NEIGHBORHOOD", 0);

  private PlaceRelation() {}

  static Relation of(PlaceOut a, PlaceOut b, double nearKm) {
    if (a == null || b == null) {
      return Relation.UNKNOWN;
    }
    if (same(a.resolvedName(), b.resolvedName()) || same(a.name(), b.name())) {
      return Relation.AGREE;
    }
    Integer ra = RANK.get(upper(a.precision()));
    Integer rb = RANK.get(upper(b.precision()));
    if (ra == null || rb == null) {
      return Relation.UNKNOWN; // not on the gazetteer: a name alone does not say where
    }
    if (a.countryCode() != null && b.countryCode() != null
        && !a.countryCode().equalsIgnoreCase(b.countryCode())) {
      return Relation.CONFLICT;
    }
    Double km = km(a, b);
    if (km != null && km <= SAME_KM) {
      return Relation.AGREE;
    }
    if (ra == 3 || rb == 3) {
      return Relation.CONTAINS;
    }
    if (ra == 2 || rb == 2) {
      if (ra == 2 && rb == 2) {
        return Relation.CONFLICT;
      }
      PlaceOut region = ra == 2 ? a : b;
      PlaceOut inner = ra == 2 ? b : a;
      String regionName = region.resolvedName() != null ? region.resolvedName() : region.name();
      return same(inner.admin1(), region.admin1()) || same(inner.admin1(), regionName)
          ? Relation.CONTAINS : Relation.CONFLICT;
    }
    if (km == null) {
      return Relation.UNKNOWN;
    }
    return km <= nearKm ? Relation.NEAR : Relation.CONFLICT;
  }

  /** Great-circle distance in km, or null when either has no coordinates. */
  static Double km(PlaceOut a, PlaceOut b) {
    if (a.latitude() == null || a.longitude() == null || b.latitude() == null
        || b.longitude() == null) {
      return null;
    }
    double p1 = Math.toRadians(a.latitude());
    double p2 = Math.toRadians(b.latitude());
    double dp = p2 - p1;
    double dl = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The place's name as shown: the gazetteer's, else as written. */
  static String label(PlaceOut p) {
    return p.resolvedName() != null ? p.resolvedName() : p.name();
  }

  private static boolean same(String x, String y) {
    return x != null && y != null && !x.isBlank() && x.strip().equalsIgnoreCase(y.strip());
  }

  private static String upper(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }
}
