package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The two databases the store supports, for tests that run once on each: the embedded H2 in a
 * temporary folder and a fresh schema on the test run's PostgreSQL ({@link TestPostgres}).
 */
enum StoreBackend {
  H2 {
    @Override
    TestDatabase create(Path dir) {
      Path data = dir.resolve("data");
      return new TestDatabase(this, data.toString(), "jdbc:h2:file:"
          + data.toAbsolutePath().resolve("sitrep")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa");
    }
  },
  POSTGRESQL {
    @Override
    TestDatabase create(Path dir) {
      String url = TestPostgres.freshSchema();
      return new TestDatabase(this, url, url, null);
    }
  };

  /** A new, empty database for one test; {@code dir} is the test's temporary folder. */
  abstract TestDatabase create(Path dir);

  /**
   * One test's database.
   *
   * @param location what {@link #openStore} takes: a data directory for H2, a JDBC URL otherwise
   * @param rawUrl a JDBC URL for looking at the rows directly (H2: only while no store is open)
   * @param rawUser the user for {@code rawUrl}, or null when the URL names it
   */
  record TestDatabase(StoreBackend backend, String location, String rawUrl, String rawUser)
      implements AutoCloseable {
    /** Opens a store on this database; every call opens a new one on the same rows. */
    ArticleStore open() {
      return openStore(location);
    }

    /** A plain JDBC connection to the store's rows, outside the store. */
    Connection connect() throws SQLException {
      return rawUser == null ? DriverManager.getConnection(rawUrl)
          : DriverManager.getConnection(rawUrl, rawUser, "");
    }

    @Override
    public void close() {
      if (backend == POSTGRESQL) {
        TestPostgres.dropSchema(location);
      }
    }
  }

  /** Opens a store at a location as {@link TestDatabase#location} gives it; for child JVMs too. */
  static ArticleStore openStore(String location) {
    return location.startsWith("jdbc:") ? ArticleStore.open(location, null, null)
        : ArticleStore.openEmbedded(Path.of(location));
  }
}
