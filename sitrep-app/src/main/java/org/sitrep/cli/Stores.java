package org.sitrep.cli;

import org.sitrep.app.DataLocation;
import org.sitrep.app.RunListener;
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

  /**
   * A listener for the read commands that prints the service's notices (stories built or caught
   * up) on standard error, so standard output stays the command's result.
   */
  static RunListener notices(picocli.CommandLine.Model.CommandSpec spec) {
    return new RunListener() {
      @Override
      public void message(String text) {
        spec.commandLine().getErr().println(text);
        spec.commandLine().getErr().flush();
      }

      @Override
      public void done(org.sitrep.ingest.Article article,
          org.sitrep.analysis.Batch.Outcome outcome) {}
    };
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
