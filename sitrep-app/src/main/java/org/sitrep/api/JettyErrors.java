package org.sitrep.api;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before they reach a route (an ambiguous or traversing path
 * such as {@code /../etc}, a malformed header) with the same problem details and security headers
 * as the API, instead of Jetty's HTML error page.
 */
final class JettyErrors implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
    int code = status instanceof Integer i ? i : response.getStatus();
    Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", code == 400 ? "Bad request" : "Request failed");
    body.put("status", code);
    body.put("detail", "the server refused this request before reading it"
        + (message == null ? "" : ": " + String.valueOf(message).replaceAll("\\s+", " ")));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    response.getHeaders().put("Content-Security-Policy", ApiServer.CSP);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(ApiJson.bytes(body)), callback);
    return true;
  }
}
