package org.sitrep.api;

/**
 * A request the API answers with an RFC 9457 problem: a status, a short title and a detail that
 * tells the client what to change.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String title;

  ApiException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad request", detail);
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
