package org.sitrep.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a {@link Figure} counts. Written in output as the lower-case {@link #label()}.
 *
 * <p>The kinds are kept apart: a count of the dead is never added to the wounded, and {@link
 * #CASUALTIES} is used only where the text itself does not split them ("casualties reached 35",
 * "21 victims").
 */
public enum FigureKind {
  /** The dead: "12 killed", "the death toll rose to 23", "17 fatalities", "killed a journalist". */
  KILLED,
  /** The wounded: "40 were injured", "46 wounded". */
  WOUNDED,
  /**
   * Killed and wounded together, as news uses "casualties" (and "victims" when nothing says
   * which): not a count of the dead.
   */
  CASUALTIES,
  /** People forced from their homes: "3,000 fled", "displacing 40,000". */
  DISPLACED,
  /** People arrested, detained, captured or abducted: "arrested 30 protesters". */
  DETAINED,
  /** People held hostage: "took 85 hostages", "12 taken hostage". */
  HOSTAGES,
  /** Armed personnel sent somewhere: "deployed 300 troops". */
  DEPLOYED;

  /** The lower-case name used in output ({@code killed}, {@code hostages}, …). */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind with this label (case-insensitive).
   *
   * @throws IllegalArgumentException when there is none
   */
  @JsonCreator
  public static FigureKind of(String label) {
    for (FigureKind k : values()) {
      if (k.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown figure kind '" + label + "'; expected one of "
        + Arrays.stream(values()).map(FigureKind::label).toList());
  }

  @Override
  public String toString() {
    return label();
  }
}
