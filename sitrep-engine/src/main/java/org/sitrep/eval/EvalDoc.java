package org.sitrep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.core.Span;

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

  /**
   * A system's predictions for this document, checked: {@code null} stays {@code null} (the
   * evaluators score it as an error), and a null item or one whose span ends past the text throws
   * {@link IllegalArgumentException} naming {@code what} it is.
   */
  public <T> List<T> checkInside(List<T> predicted, Function<T, Span> span, String what) {
    if (predicted == null) {
      return null;
    }
    for (T item : predicted) {
      checkArgument(item != null, "the system returned a null %s", what);
      checkArgument(span.apply(item).end() <= text.length(), "%s at %s lies outside a text of"
          + " length %s", what, span.apply(item), text.length());
    }
    return ImmutableList.copyOf(predicted);
  }
}
