package org.sitrep.watch;

/**
 * A resource's cache validators, sent back as {@code If-None-Match} and {@code If-Modified-Since}
 * so that an unchanged resource costs a 304 and no body.
 *
 * @param etag the last ETag header, or null
 * @param lastModified the last Last-Modified header, as sent (an HTTP date), or null
 */
public record Validators(String etag, String lastModified) {
  /** No validators: an unconditional GET. */
  public static final Validators NONE = new Validators(null, null);

  /** Whether there is neither. */
  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
