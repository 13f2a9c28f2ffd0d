package org.sitrep.events;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sixteen event types of the current PLOVER specification, the labels Sitrep's CAMEO table
 * assigns ({@code cameo-codes.tsv}). Gold data coded under PLOVER 0.5b1 uses four labels that
 * the current set merged away; {@link #parse} maps them onto their current type so that both
 * sides are compared in one label set.
 */
enum PloverType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
  PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT;

  /**
   * PLOVER 0.5b1 labels and the current type each became (the v2.0 manual's CAMEO table: 09
   * "investigate" and 11 "disapprove" are both ACCUSE, "demand" is REQUEST, and "fight" and
   * "assault" are one type).
   */
  static final Map<String, PloverType> LEGACY = ImmutableMap.of("DEMAND", REQUEST, "DISAPPROVE",
      ACCUSE, "INVESTIGATE", ACCUSE, "FIGHT", ASSAULT);

  /**
   * The type a label names, current or legacy, whatever its case and surrounding blanks; null for
   * null or any other label (CAMEO's public statements have no PLOVER type).
   */
  static PloverType parse(String label) {
    if (label == null) {
      return null;
    }
    String key = label.strip().toUpperCase(Locale.ROOT);
    PloverType legacy = LEGACY.get(key);
    if (legacy != null) {
      return legacy;
    }
    for (PloverType t : values()) {
      if (t.name().equals(key)) {
        return t;
      }
    }
    return null;
  }
}
