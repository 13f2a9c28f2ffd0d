package org.sitrep.framing;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whose words a label or loaded term is: the outlet's own narration, or someone the outlet quotes
 * or reports. Written in output as {@code own} or {@code quoted}.
 */
public enum Voice {
  /** The outlet's narration. */
  OWN,
  /**
   * Inside a quotation or reported speech, inside quotation marks (scare quotes, possibly with no
   * speaker), or a characterisation the sentence attributes to someone ("X considers Y a …").
   */
  QUOTED;

  /** The output form: {@code own} or {@code quoted}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
