package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Map;
import org.sitrep.app.DataLocation;
import picocli.CommandLine.Option;

/**
 * Where Sitrep keeps its data: the data directory (search index, and the embedded database unless
 * a database URL is given) and, optionally, a database by JDBC URL.
 */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (database and index). Default: $SITREP_DATA or ./sitrep-data")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Store articles in this database instead of the data directory's embedded one,"
          + " e.g. jdbc:postgresql://localhost/sitrep (user and password from $SITREP_DB_USER and"
          + " $SITREP_DB_PASSWORD, or in the URL); the search index stays in the data directory."
          + " Default: $SITREP_DB")
  String db;

  Path dir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("SITREP_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "sitrep-data");
  }

  /** Where the data is, for the application service. */
  DataLocation location() {
    Database db = database();
    return new DataLocation(dir(), db.url(), db.user(), db.password());
  }

  /** The database settings: from {@code --db} or the environment; null URL for the embedded one. */
  Database database() {
    return database(db, System.getenv());
  }

  /** {@link #database()} for a given option value and environment; package-private for tests. */
  static Database database(String option, Map<String, String> env) {
    String url = option != null ? option : blankToNull(env.get("SITREP_DB"));
    return new Database(url == null ? null : url.strip(), blankToNull(env.get("SITREP_DB_USER")),
        env.get("SITREP_DB_PASSWORD"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /**
   * A database to open.
   *
   * @param url JDBC URL, or null for the embedded database in the data directory
   * @param user user name, or null for the driver's default (or the URL's)
   * @param password password, or null
   */
  record Database(String url, String user, String password) {}
}
