package org.sitrep.framing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The categories of the loaded-language lexicon ({@code org/sitrep/framing/loaded-terms.tsv}).
 * Written in output in lower case ({@code terror_label}).
 */
public enum LoadedCategory {
  /** Calls an actor or an act terrorist: "terrorist group", "terrorism". */
  TERROR_LABEL,
  /** Denies an actor standing or legitimacy: "regime", "gangs", "so-called", "mercenaries". */
  DELEGITIMISING,
  /** Names an act as an atrocity: "massacre", "genocide", "ethnic cleansing", "war crimes". */
  ATROCITY,
  /** Frames presence or advance as invasion or occupation: "invasion", "occupiers". */
  INVASION_OCCUPATION,
  /** Softens or legitimises violence: "neutralised", "collateral damage", "liberated". */
  SANITISING;

  /** The output form, e.g. {@code terror_label}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The category named {@code name} in the lexicon file (upper case, as the constant).
   *
   * @throws IllegalArgumentException naming the unknown value
   */
  static LoadedCategory parse(String name) {
    for (LoadedCategory c : values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown loaded-term category: " + name);
  }
}
