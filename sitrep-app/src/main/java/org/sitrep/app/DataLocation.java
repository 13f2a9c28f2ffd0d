package org.sitrep.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Sitrep keeps its data: a data directory (the search index, and the embedded database
 * unless a database URL is given) and, optionally, a database by JDBC URL.
 *
 * @param dir the data directory
 * @param url JDBC URL of the database, or null for the embedded one in {@code dir}
 * @param user database user, or null for the driver's default (or the URL's)
 * @param password database password, or null
 */
public record DataLocation(Path dir, String url, String user, String password) {

  public DataLocation {
    Objects.requireNonNull(dir, "dir");
  }

  /** The embedded database and index in {@code dir}. */
  public static DataLocation embedded(Path dir) {
    return new DataLocation(dir, null, null, null);
  }

  /**
   * Whether there can be data to read: a database URL is given, or the data directory exists
   * (reading commands refuse to create an empty store where the user made a typo).
   */
  public boolean mayHoldData() {
    return url != null || Files.isDirectory(dir);
  }

  /** The search index's directory. */
  public Path indexDir() {
    return dir.resolve("index");
  }

  @Override
  public String toString() {
    // The password never appears in logs or messages.
    return "DataLocation[" + dir + (url == null ? "" : ", " + url) + "]";
  }
}
