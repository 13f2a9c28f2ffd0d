package org.sitrep.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Map;

/**
 * How to run the server.
 *
 * @param host the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port the port, 0 for any free one
 * @param token the bearer token that ingest needs, or null for a read-only server
 * @param maxBodyBytes the largest request body accepted (a JSON Lines batch)
 * @param requestsPerMinute the most requests one client address may make per minute (reads and
 *     writes together); further ones get 429
 */
public record ApiConfig(String host, int port, String token, long maxBodyBytes,
    int requestsPerMinute) {

  /** The environment variable holding the ingest token. */
  public static final String TOKEN_VARIABLE = "SITREP_API_TOKEN";
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
  public static final int DEFAULT_RATE = 1200;

  public ApiConfig {
    checkArgument(host != null && !host.isBlank(), "host must not be blank");
    checkArgument(port >= 0 && port <= 65535, "port must be 0 to 65535, got %s", port);
    checkArgument(token == null || token.length() >= 16,
        "%s must be at least 16 characters long", TOKEN_VARIABLE);
    checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive, got %s", maxBodyBytes);
    checkArgument(requestsPerMinute > 0, "requestsPerMinute must be positive, got %s",
        requestsPerMinute);
  }

  /** Default limits on {@code host:port}, with the token from the environment (blank = none). */
  public static ApiConfig of(String host, int port, Map<String, String> env) {
    String token = env.get(TOKEN_VARIABLE);
    return new ApiConfig(host, port, token == null || token.isBlank() ? null : token.strip(),
        DEFAULT_MAX_BODY, DEFAULT_RATE);
  }

  /** Whether ingest is possible. */
  public boolean writable() {
    return token != null;
  }

  @Override
  public String toString() {
    // The token never appears in logs.
    return "ApiConfig[" + host + ":" + port + (writable() ? ", ingest on" : ", read-only") + "]";
  }
}
