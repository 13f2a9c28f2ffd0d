package org.sitrep.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * POSTs each alert as one JSON object to a URL the user gave:
 * {@code {"rule", "message", "article", "event", "related_article", "sentence"}} (absent values
 * are null), {@code Content-Type: application/json}. One try, with a timeout: an alert that
 * cannot be delivered is reported on one line and the watch goes on. Thread-safe.
 */
public final class Webhook {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final Duration timeout;
  private final HttpClient client;

  /**
   * @throws IllegalArgumentException when {@code url} is not an http(s) address
   */
  public Webhook(URI url, Duration timeout) {
    this.url = Objects.requireNonNull(url, "url");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("the webhook must be an http(s) address: " + url);
    }
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The JSON body sent for {@code alert}. */
  static String body(Alert alert) {
    ObjectNode o = JSON.createObjectNode();
    o.put("rule", alert.rule());
    o.put("message", alert.message());
    o.put("article", alert.articleId());
    o.put("event", alert.eventId());
    o.put("related_article", alert.relatedArticleId());
    o.put("sentence", alert.sentence());
    return o.toString();
  }

  /**
   * Sends one alert.
   *
   * @return null when the hook answered 2xx, else why not, on one line
   * @throws InterruptedException when the thread is interrupted
   */
  public String post(Alert alert) throws InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(alert))).build();
    try {
      HttpResponse<Void> r = client.send(req, HttpResponse.BodyHandlers.discarding());
      return r.statusCode() / 100 == 2 ? null : "webhook " + url + " answered HTTP "
          + r.statusCode();
    } catch (IOException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return "webhook " + url + " failed: " + m.strip().replaceAll("\\s*\\R\\s*", " ");
    }
  }
}
