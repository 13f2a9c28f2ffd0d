package org.sitrep.cli;

import java.nio.file.Files;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;

/** Opens the store for read commands, with a clear message when there is nothing yet. */
final class Stores {
  private Stores() {}

  static ArticleStore open(DataOptions data) {
    if (!Files.isDirectory(data.dir())) {
      throw new Main.UserException("no data in " + data.dir().toAbsolutePath()
          + "; run 'sitrep analyze PATH' first (or pass --data DIR)", 1);
    }
    try {
      return ArticleStore.openEmbedded(data.dir());
    } catch (StoreException e) {
      throw new Main.UserException(e.getMessage(), 1);
    }
  }
}
