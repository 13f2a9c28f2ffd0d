package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where Sitrep keeps its database and index. */
final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (database and index). Default: $SITREP_DATA or ./sitrep-data")
  Path data;

  Path dir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("SITREP_DATA");
    return Path.of(env != null && !env.isBlank() ? env : "sitrep-data");
  }
}
