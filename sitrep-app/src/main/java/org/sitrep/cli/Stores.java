package org.sitrep.cli;

import org.sitrep.app.DataLocation;
import org.sitrep.app.SitrepService;
import org.sitrep.core.Messages;
import org.sitrep.store.StoreException;

/**
 * Opens the application service over the store the data options name, turning every failure into
 * a one-line {@link Main.UserException}: exit 2 for a URL that is no JDBC URL or that no driver
 * accepts (a usage error), exit 1 for a database that cannot be opened, reached or migrated.
 */
final class Stores {
  private Stores() {}

  /** Opens an existing store for the read commands, with a clear message when there is none. */
  static SitrepService open(DataOptions data) {
    DataLocation location = data.location();
    if (!location.mayHoldData()) {
      throw new Main.UserException("no data in " + data.dir().toAbsolutePath()
          + "; run 'sitrep analyze PATH' first (or pass --data DIR or --db JDBC_URL)", 1);
    }
    return openOrCreate(data);
  }

  /** Opens the store, creating the embedded database (and its directory) if needed. */
  static SitrepService openOrCreate(DataOptions data) {
    try {
      return SitrepService.open(data.location());
    } catch (IllegalArgumentException e) {
      throw new Main.UserException("--db: " + Messages.oneLine(e.getMessage()), 2);
    } catch (StoreException e) {
      throw new Main.UserException(Messages.oneLine(e.getMessage()), 1);
    }
  }

}
