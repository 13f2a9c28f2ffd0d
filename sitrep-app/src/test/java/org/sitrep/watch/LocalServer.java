package org.sitrep.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * An HTTP server on loopback for the watcher's tests: routes by exact path, logs each request
 * (path and the conditional headers). Paths without a route answer 404, robots.txt included.
 */
final class LocalServer implements AutoCloseable {
  interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  /** One request as received. */
  record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      synchronized (requests) {
        requests.add(new Request(path, ex.getRequestHeaders().getFirst("If-None-Match"),
            ex.getRequestHeaders().getFirst("If-Modified-Since"),
            ex.getRequestHeaders().getFirst("User-Agent")));
      }
      Handler h = routes.get(path);
      try {
        if (h == null) {
          send(ex, 404, "text/plain", "not found");
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // The client went away (a timeout or a capped body); nothing to do.
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  LocalServer route(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  /** A route that always answers {@code body} with {@code type}. */
  LocalServer serve(String path, String type, String body) {
    return route(path, ex -> send(ex, 200, type, body));
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The same server under the name "localhost": another host for the pacer and robots.txt. */
  URI localhost(String path) {
    return URI.create("http://localhost:" + server.getAddress().getPort() + path);
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  List<String> paths() {
    return requests().stream().map(Request::path).toList();
  }

  static void send(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    send(ex, status, type, bytes);
  }

  static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    if (status == 304 || status / 100 == 3 || bytes.length == 0) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
