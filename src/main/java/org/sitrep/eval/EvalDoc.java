package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a system under evaluation is given for one document of an evaluation set: nothing of the
 * gold annotation, only what an article would carry.
 *
 * @param id the set's identifier for the document
 * @param text the document text; gold offsets are UTF-16 indices into it
 * @param dct the document creation date, the reference for relative dates, or {@code null} when the
 *     set records none
 * @param title the headline, or {@code null} when the set records none; it is not part of {@code
 *     text} unless the set itself put it there
 */
public record EvalDoc(String id, String text, LocalDate dct, String title) {
  public EvalDoc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
