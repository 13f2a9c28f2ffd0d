package org.sitrep.core;

/** A stage failed on an article. The message names the stage and the cause. */
public final class AnalysisException extends RuntimeException {
  private final String stage;

  public AnalysisException(String stage, Throwable cause) {
    super("stage '" + stage + "' failed: " + cause, cause);
    this.stage = stage;
  }

  /** The name of the stage that failed. */
  public String stage() {
    return stage;
  }
}
