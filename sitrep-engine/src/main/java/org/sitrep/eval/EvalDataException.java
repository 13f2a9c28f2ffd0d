package org.sitrep.eval;

/**
 * An evaluation file, or a quality-floors file, cannot be read or does not say what it must. The
 * message names the file and, where there is one, the line, so it can be shown to the user as is.
 */
public final class EvalDataException extends RuntimeException {
  public EvalDataException(String message) {
    super(message);
  }

  public EvalDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
