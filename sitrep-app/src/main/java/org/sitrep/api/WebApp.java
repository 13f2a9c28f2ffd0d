package org.sitrep.api;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The offline web app: an HTML shell, a stylesheet and plain JavaScript modules shipped in the jar
 * ({@code org/sitrep/api/web/}), served from a fixed table of paths, so no request path ever
 * reaches the file system or the class path by name (no traversal). The page holds no article
 * text: the scripts fetch JSON from {@code /api} and put every string into the page as text
 * ({@code textContent}, attribute values), never as markup, and the Content-Security-Policy
 * forbids inline script. No library, font or map tile comes from anywhere else: the base map is
 * {@code /api/basemap}.
 */
final class WebApp {
  private static final String JS = "text/javascript; charset=utf-8";
  /** Request path → shipped file and media type. */
  static final Map<String, String[]> FILES = Map.ofEntries(
      Map.entry("/", new String[] {"index.html", "text/html; charset=utf-8"}),
      Map.entry("/app.css", new String[] {"app.css", "text/css; charset=utf-8"}),
      Map.entry("/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"}),
      Map.entry("/favicon.ico", new String[] {"favicon.svg", "image/svg+xml"}),
      Map.entry("/js/main.js", new String[] {"js/main.js", JS}),
      Map.entry("/js/dom.js", new String[] {"js/dom.js", JS}),
      Map.entry("/js/search.js", new String[] {"js/search.js", JS}),
      Map.entry("/js/article.js", new String[] {"js/article.js", JS}),
      Map.entry("/js/actor.js", new String[] {"js/actor.js", JS}),
      Map.entry("/js/events.js", new String[] {"js/events.js", JS}),
      Map.entry("/js/map.js", new String[] {"js/map.js", JS}),
      Map.entry("/js/story.js", new String[] {"js/story.js", JS}));

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
