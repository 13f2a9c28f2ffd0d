package org.sitrep.api;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The offline web app: three files shipped in the jar ({@code org/sitrep/api/web/}), served from a
 * fixed table of paths, so no request path ever reaches the file system or the class path by name
 * (no traversal). The page holds no article text: the script fetches JSON from {@code /api} and
 * puts every string into the page as text ({@code textContent}, attribute values), never as
 * markup, and the Content-Security-Policy forbids inline script.
 */
final class WebApp {
  private static final Map<String, String[]> FILES = Map.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});

  private WebApp() {}

  static void register(JavalinDefaultRoutingApi routes) {
    for (Map.Entry<String, String[]> f : FILES.entrySet()) {
      byte[] body = read(f.getValue()[0]);
      String type = f.getValue()[1];
      routes.get(f.getKey(), ctx -> ctx.contentType(type).header("Cache-Control", "no-cache")
          .result(body));
    }
  }

  /** A shipped file's bytes; package-private for the test that checks the script. */
  static byte[] read(String name) {
    try (InputStream in = WebApp.class.getResourceAsStream("web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks org/sitrep/api/web/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
