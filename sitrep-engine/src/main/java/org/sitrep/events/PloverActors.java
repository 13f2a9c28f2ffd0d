package org.sitrep.events;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.sitrep.eval.Prf;

/**
 * How {@link PloverEvaluator} compares actor codes: normalisation of old CAMEO spellings, the
 * three levels of match between a gold actor (code plus sector) and a system code, and the
 * one-to-one matching of the gold and system actors of one slot. Stateless.
 */
final class PloverActors {
  /**
   * Country codes that CAMEO-era coders wrote outside ISO 3166 alpha-3, and the ISO code each
   * stands for; applied to gold and system codes alike, so only the spelling is forgiven.
   */
  private static final Map<String, String> CODE_ALIASES = ImmutableMap.of("JAP", "JPN", "ITL",
      "ITA", "VTN", "VNM");
  /** Sectors written with a country code's letters by mistake: CIV for civilians is CVL. */
  private static final Map<String, String> SECTOR_ALIASES = ImmutableMap.of("CIV", "CVL");
  /** A sector of asterisks means "unknown": no constraint. */
  private static final String UNKNOWN_SECTOR = "***";

  /** How much of an actor code has to agree. */
  enum Level {
    /** The first three letters (country, IGO, NGO, …) only. */
    COUNTRY,
    /** The code and the sector's role, its first three letters ("CVLalb" needs CVL). */
    ROLE,
    /** The code and the whole sector, suffixes included ("CVLalb" needs CVLALB). */
    STRICT
  }

  private PloverActors() {}

  /** A gold or system code in upper case, with an old non-ISO country code replaced. */
  static String normaliseCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (upper.length() >= 3) {
      String alias = CODE_ALIASES.get(upper.substring(0, 3));
      if (alias != null) {
        return alias + upper.substring(3);
      }
    }
    return upper;
  }

  /**
   * A gold sector in upper case with its role's misspelling fixed; null when there is none or it
   * is the unknown sector, both of which constrain nothing.
   */
  static String normaliseSector(String sector) {
    if (sector == null || sector.isBlank() || sector.strip().equals(UNKNOWN_SECTOR)) {
      return null;
    }
    String upper = sector.strip().toUpperCase(Locale.ROOT);
    if (upper.length() >= 3) {
      String alias = SECTOR_ALIASES.get(upper.substring(0, 3));
      if (alias != null) {
        return alias + upper.substring(3);
      }
    }
    return upper;
  }

  /**
   * Whether the system code {@code system} (normalised, e.g. {@code ISRMIL}) is the gold actor
   * {@code gold} at {@code level}: it starts with the gold code, and for the two sector levels
   * the rest holds the sector (or its role) at a three-letter block boundary. A gold actor
   * without a sector matches at every level as at {@link Level#COUNTRY}; any IGO code matches a
   * gold {@code IGO} since which organisation is never stated.
   */
  static boolean matches(PloverEvaluator.GoldActor gold, String system, Level level) {
    if (system == null || !system.startsWith(gold.code())) {
      return false;
    }
    if (level == Level.COUNTRY || gold.sector() == null) {
      return true;
    }
    String needle = level == Level.ROLE && gold.sector().length() > 3
        ? gold.sector().substring(0, 3) : gold.sector();
    String rest = system.substring(gold.code().length());
    for (int i = 0; i + needle.length() <= rest.length(); i += 3) {
      if (rest.startsWith(needle, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Matches gold against system items one to one, as many pairs as possible (a maximum bipartite
   * matching, so that an unconstrained gold actor does not take the code a constrained one
   * needed), and counts the result.
   */
  static <G, S> Prf match(List<G> gold, List<S> system, BiPredicate<G, S> matches) {
    int[] owner = new int[system.size()];
    Arrays.fill(owner, -1);
    int matched = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (augment(g, gold, system, matches, owner, new boolean[system.size()])) {
        matched++;
      }
    }
    return Prf.of(matched, system.size(), gold.size());
  }

  /** Kuhn's augmenting path from gold item {@code g}; the lists hold a handful of actors. */
  private static <G, S> boolean augment(int g, List<G> gold, List<S> system,
      BiPredicate<G, S> matches, int[] owner, boolean[] seen) {
    for (int s = 0; s < system.size(); s++) {
      if (!seen[s] && matches.test(gold.get(g), system.get(s))) {
        seen[s] = true;
        if (owner[s] < 0 || augment(owner[s], gold, system, matches, owner, seen)) {
          owner[s] = g;
          return true;
        }
      }
    }
    return false;
  }
}
