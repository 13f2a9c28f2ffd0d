package org.sitrep.store;

/**
 * The store could not do what was asked: the database is unreachable or locked, its schema cannot
 * be migrated, or a statement failed. The message says which, in words meant for the user; the
 * cause keeps the driver's exception.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
