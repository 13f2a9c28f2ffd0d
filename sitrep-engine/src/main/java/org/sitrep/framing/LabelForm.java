package org.sitrep.framing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the text attaches a label to an actor. Written in output in lower case. */
public enum LabelForm {
  /** A noun phrase set off after the name: "Valdoran Liberation Front, a Marek-led militia,". */
  APPOSITION,
  /** Words before the name, headed by a common noun: "the rebel-backed militia Valdoran Liberation Front". */
  PREMODIFIER,
  /**
   * A name in brackets after its description ("Marek-led police (Harasa)"), or a description
   * in brackets after the name.
   */
  BRACKETED,
  /**
   * A definite description the reference layer resolved to the actor ("the militia", "the
   * Norlandic leader"); a bare generic noun ("the group") is no label.
   */
  DESCRIPTION;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
