package org.sitrep.actors;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * Reads CAMEO actor codes: a code is a run of three-letter parts, a country or international
 * prefix ("SYR", "IGO", "NGO", "IMG") then roles ("GOV", "MIL", "REB", …): "SYRGOVMIL", "IGOUNO",
 * "PSEREBHMS". The first role that maps to an {@link ActorKind} decides the kind.
 */
final class CameoCodes {
  private static final ImmutableMap<String, ActorKind> ROLES =
      ImmutableMap.<String, ActorKind>builder()
          .put("GOV", ActorKind.STATE_GOVERNMENT)
          .put("LEG", ActorKind.STATE_GOVERNMENT)
          .put("JUD", ActorKind.STATE_GOVERNMENT)
          .put("MIL", ActorKind.MILITARY)
          .put("COP", ActorKind.POLICE_SECURITY)
          .put("SPY", ActorKind.POLICE_SECURITY)
          .put("REB", ActorKind.ARMED_NONSTATE)
          .put("INS", ActorKind.ARMED_NONSTATE)
          .put("SEP", ActorKind.ARMED_NONSTATE)
          .put("UAF", ActorKind.ARMED_NONSTATE)
          .put("IMG", ActorKind.ARMED_NONSTATE)
          .put("PTY", ActorKind.POLITICAL_ORG)
          .put("OPP", ActorKind.POLITICAL_ORG)
          .put("ELI", ActorKind.POLITICAL_ORG)
          .put("IGO", ActorKind.INTERNATIONAL_ORG)
          .put("NGO", ActorKind.NGO)
          .put("NGM", ActorKind.NGO)
          .put("HRI", ActorKind.NGO)
          .put("MED", ActorKind.MEDIA)
          .put("MUS", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .put("CHR", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .put("JEW", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .put("BUD", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .put("HIN", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .put("REL", ActorKind.ETHNIC_RELIGIOUS_GROUP)
          .buildOrThrow();

  /** Prefixes that are not countries: international, regional and transnational actors. */
  private static final Set<String> NON_STATE_PREFIXES = ImmutableSet.of("IGO", "NGO", "NGM", "IMG",
      "MNC", "INT", "UIS", "REG");

  private CameoCodes() {}

  /**
   * The kind a code denotes, or null when none of its parts maps to a kind (businesses,
   * civilians). A bare country code ("SYR") denotes the state.
   *
   * @param countries the ISO3 codes that count as countries
   */
  static ActorKind kind(String code, Set<String> countries) {
    if (code.length() == 3 && countries.contains(code)) {
      return ActorKind.STATE_GOVERNMENT;
    }
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      ActorKind kind = ROLES.get(code.substring(i, i + 3));
      if (kind != null && !(i == 0 && countries.contains(code.substring(0, 3)))) {
        return kind;
      }
    }
    return null;
  }

  /** The kind of an agent's role code ("GOV", "REB"), or null. */
  static ActorKind roleKind(String role) {
    return ROLES.get(role);
  }

  /** The ISO3 country a code belongs to, or null for international and regional codes. */
  static String country(String code, Set<String> countries) {
    String prefix = code.substring(0, 3);
    return !NON_STATE_PREFIXES.contains(prefix) && countries.contains(prefix) ? prefix : null;
  }
}
