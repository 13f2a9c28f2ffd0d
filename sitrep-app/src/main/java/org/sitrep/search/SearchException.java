package org.sitrep.search;

/**
 * The search index could not be opened, read or written: it is locked by another process,
 * unreadable, or the disk failed. The message says which and what to do.
 */
public final class SearchException extends RuntimeException {
  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
