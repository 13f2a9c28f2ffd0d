package org.sitrep.api;

import com.google.common.collect.ImmutableList;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One endpoint of the API: what the server registers and what {@link OpenApi} documents, from the
 * same value, so the document cannot drift from the routes.
 *
 * @param method the HTTP method (GET or POST)
 * @param path the path, with {@code {name}} for path parameters
 * @param operationId a stable name for the operation
 * @param tag the group it is listed under
 * @param summary one line on what it returns
 * @param params its parameters
 * @param writes whether it changes the store (then it needs the token)
 * @param requestBody what the request body holds, or null when there is none
 * @param responseType the media type of a successful response
 * @param handler the code that answers it
 */
record Route(HandlerType method, String path, String operationId, String tag, String summary,
    List<Param> params, boolean writes, String requestBody, String responseType,
    Handler handler) {

  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(handler, "handler");
    params = ImmutableList.copyOf(params);
  }

  static Route get(String path, String operationId, String tag, String summary,
      List<Param> params, Handler handler) {
    return new Route(HandlerType.GET, path, operationId, tag, summary, params, false, null,
        "application/json", handler);
  }
}
