package org.sitrep.watch;

import java.net.URI;
import java.util.Objects;

/**
 * What one fetch gave.
 *
 * @param outcome what happened
 * @param uri the address finally answered (after redirects)
 * @param status the HTTP status, or 0 when no answer came
 * @param body the body (only for {@link Outcome#OK}), at most the configured cap
 * @param contentType the Content-Type header, or null
 * @param validators the answer's ETag and Last-Modified, for the next conditional GET
 * @param reason why it failed or was not fetched, one line; null for OK and NOT_MODIFIED
 */
record Response(Outcome outcome, URI uri, int status, byte[] body, String contentType,
    Validators validators, String reason) {

  enum Outcome { OK, NOT_MODIFIED, DISALLOWED, FAILED }

  Response {
    Objects.requireNonNull(outcome, "outcome");
    validators = validators == null ? Validators.NONE : validators;
  }

  static Response failed(URI uri, int status, String reason) {
    return new Response(Outcome.FAILED, uri, status, null, null, null, reason);
  }
}
