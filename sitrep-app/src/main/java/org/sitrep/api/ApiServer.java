package org.sitrep.api;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.sitrep.app.SitrepService;
import org.sitrep.search.SearchException;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoryViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sitrep's HTTP server: the JSON API under {@code /api}, its OpenAPI document at {@code
 * /openapi.json} (built from the route table), and the web app at {@code /}, all over one {@link
 * SitrepService}.
 *
 * <p>Contract: JSON responses carry a strong ETag (a digest of the body) and answer a matching
 * {@code If-None-Match} with 304; bodies are gzip-compressed when the client accepts it; every
 * error is an RFC 9457 problem ({@code application/problem+json}) with a one-line detail, never a
 * stack trace; ingest ({@code POST /api/articles}) needs {@code Authorization: Bearer TOKEN} and
 * is refused (403) when the server has no token; every response carries a strict
 * Content-Security-Policy (no inline script, nothing from other origins), {@code nosniff} and
 * {@code frame-ancestors 'none'}. Article text reaches the browser only as JSON (with markup
 * characters escaped) that the web app puts into the page as text, never as markup.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /** The policy every response carries: the web app's own files and nothing else. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  private final Javalin javalin;
  private final List<Route> routes;

  private ApiServer(Javalin javalin, List<Route> routes) {
    this.javalin = javalin;
    this.routes = routes;
  }

  /**
   * Starts a server over {@code app} on the configured host and port.
   *
   * @throws IllegalStateException when the port cannot be bound (its message says which)
   */
  /** Writes a story page as the API sends it, for storing with the story. */
  static final java.util.function.Function<Object, String> PAGE_ENCODER =
      v -> new String(ApiJson.bytes(v), java.nio.charset.StandardCharsets.UTF_8);

  /**
   * Computes the stored page of every story that changed since its page was computed ({@link
   * SitrepService#refreshStoryPages}), so that reading any story is quick; {@code sitrep serve}
   * runs it once it listens (a page asked for meanwhile is computed on demand).
   *
   * @return the pages computed
   */
  public static int refreshStoryPages(SitrepService app, org.sitrep.app.RunListener listener) {
    return app.refreshStoryPages(PAGE_ENCODER, listener);
  }

  /**
   * A story's whole page as the API computes and stores it ({@link SitrepService#storyPage}), as
   * JSON: read from the store while the story is unchanged, so {@code sitrep story --format
   * json} shares it with the server.
   */
  public static String storyPage(SitrepService app, org.sitrep.stories.Story story) {
    return app.storyPage(story, PAGE_ENCODER);
  }

  public static ApiServer start(SitrepService app, ApiConfig config) {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(config, "config");
    Endpoints endpoints = new Endpoints(app, ApiServer::sendJson);
    List<Route> routes = new ArrayList<>(endpoints.routes());
    routes.add(Route.get("/openapi.json", "openapi", "meta",
        "This document: OpenAPI 3.1, generated from the server's route table", List.of(),
        ctx -> { }));
    byte[] openapi = ApiJson.bytes(OpenApi.document(routes));
    RateLimiter limiter = new RateLimiter(config.requestsPerMinute(), System::currentTimeMillis);
    Javalin javalin = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.http.generateEtags = false;
      c.http.prefer405over404 = true;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.compressionStrategy = CompressionStrategy.GZIP;
      c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
      c.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!limiter.allow(ctx.ip())) {
          ctx.header("Retry-After", "60");
          throw new ApiException(429, "Too many requests", "more than "
              + config.requestsPerMinute() + " requests a minute from this address; retry in a"
              + " minute");
        }
      });
      for (Route r : routes) {
        Handler h = r.operationId().equals("openapi") ? ctx -> sendJsonBytes(ctx, openapi)
            : r.writes() ? guarded(config, r.handler()) : r.handler();
        c.routes.addHttpHandler(r.method(), r.path(), h);
      }
      WebApp.register(c.routes);
      c.routes.exception(ApiException.class, (e, ctx) ->
          Problem.write(ctx, e.status(), e.title(), e.getMessage()));
      c.routes.exception(HttpResponseException.class, (e, ctx) ->
          Problem.write(ctx, e.getStatus(), title(e.getStatus()), e.getStatus() == 404
              ? "no endpoint " + ctx.method().name() + " " + ctx.path()
                  + "; /openapi.json lists them" : e.getMessage()));
      c.routes.exception(IllegalArgumentException.class, (e, ctx) ->
          Problem.write(ctx, 400, "Bad request", e.getMessage()));
      c.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.warn("store failure on {}: {}", ctx.path(), e.getMessage());
        Problem.write(ctx, 503, "Store unavailable", e.getMessage());
      });
      c.routes.exception(SearchException.class, (e, ctx) -> {
        LOG.warn("index failure on {}: {}", ctx.path(), e.getMessage());
        Problem.write(ctx, 503, "Index unavailable", e.getMessage());
      });
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        Problem.write(ctx, 500, "Internal error", "the server failed on this request: "
            + e.getClass().getSimpleName() + "; the server log has the details");
      });
      for (int status : new int[] {404, 405, 413}) {
        c.routes.error(status, ctx -> {
          if (!Problem.written(ctx)) {
            Problem.write(ctx, status, title(status), status == 404
                ? "no endpoint " + ctx.method().name() + " " + ctx.path()
                    + "; /openapi.json lists them"
                : status == 405 ? ctx.method().name() + " is not allowed on " + ctx.path()
                : "the request body is larger than " + config.maxBodyBytes() + " bytes");
          }
        });
      }
    });
    try {
      javalin.start(config.host(), config.port());
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port()
          + ": " + rootMessage(e), e);
    }
    LOG.info("listening on {}:{} ({})", config.host(), javalin.port(),
        config.writable() ? "ingest enabled" : "read-only");
    return new ApiServer(javalin, List.copyOf(routes));
  }

  /** The port the server listens on (the one chosen when 0 was asked for). */
  public int port() {
    return javalin.port();
  }

  /** The routes the server answers, as the OpenAPI document lists them. */
  List<Route> routes() {
    return routes;
  }

  /** Stops listening and waits for requests in progress; does not close the service. */
  @Override
  public void close() {
    javalin.stop();
  }

  private static Handler guarded(ApiConfig config, Handler handler) {
    byte[] expected = config.token() == null ? null
        : ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8);
    return ctx -> {
      if (expected == null) {
        throw new ApiException(403, "Read-only", "this server is read-only: start it with "
            + ApiConfig.TOKEN_VARIABLE + " set to accept ingest");
      }
      String given = ctx.header("Authorization");
      // Constant-time comparison, so the response time does not reveal how much of a guess matched.
      if (given == null || !MessageDigest.isEqual(expected,
          given.strip().getBytes(StandardCharsets.UTF_8))) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException(401, "Unauthorized", "ingest needs the header 'Authorization:"
            + " Bearer' followed by the server's " + ApiConfig.TOKEN_VARIABLE);
      }
      handler.handle(ctx);
    };
  }

  private static void sendJson(Context ctx, Object value) {
    sendJsonBytes(ctx, ApiJson.bytes(value));
  }

  /** Sends JSON with an ETag; answers 304 when the client already has this body. */
  private static void sendJsonBytes(Context ctx, byte[] body) {
    ctx.contentType("application/json; charset=utf-8");
    if (ctx.method() == HandlerType.GET && ctx.statusCode() == 200) {
      String etag = StoryViews.etag(body);
      ctx.header("ETag", etag);
      ctx.header("Cache-Control", "no-cache");
      if (clientHas(ctx).test(etag)) {
        ctx.status(304);
        return;
      }
    }
    ctx.result(body);
  }

  /**
   * Whether the request's {@code If-None-Match} names an ETag (weak or strong, or {@code *}): the
   * client has that body, and a GET answers 304 without it.
   */
  static Predicate<String> clientHas(Context ctx) {
    String match = ctx.method() == HandlerType.GET ? ctx.header("If-None-Match") : null;
    if (match == null) {
      return etag -> false;
    }
    List<String> given = List.of(match.split(",")).stream().map(String::strip).toList();
    return etag -> given.contains("*") || given.contains(etag) || given.contains("W/" + etag);
  }

  /**
   * Sends a stored JSON part (a story's page head, say) with its stored ETag, as {@link
   * #sendJsonBytes} would send its body: 304 when the part has no body because the client has
   * it ({@link #clientHas}).
   */
  static void sendStored(Context ctx, StoryViews.Part part) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("ETag", part.etag());
    ctx.header("Cache-Control", "no-cache");
    if (part.body() == null) {
      ctx.status(304);
      return;
    }
    ctx.result(part.body().getBytes(StandardCharsets.UTF_8));
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 413 -> "Request body too large";
      case 429 -> "Too many requests";
      default -> status >= 500 ? "Server error" : "Request failed";
    };
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
