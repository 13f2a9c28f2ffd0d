package org.sitrep.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.core.Messages;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}): {@code type} (about:blank,
 * so the status says it all), {@code title}, {@code status}, {@code detail} (one line a person can
 * act on) and {@code instance} (the request path).
 */
final class Problem {
  static final String CONTENT_TYPE = "application/problem+json";
  private static final String WRITTEN = "sitrep.problem";

  private Problem() {}

  static void write(Context ctx, int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", Messages.oneLine(detail));
    body.put("instance", ctx.path());
    ctx.attribute(WRITTEN, Boolean.TRUE);
    ctx.status(status).contentType(CONTENT_TYPE).result(ApiJson.bytes(body));
  }

  /** Whether this request's answer is already a problem (so an error page must not replace it). */
  static boolean written(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(WRITTEN));
  }

}
