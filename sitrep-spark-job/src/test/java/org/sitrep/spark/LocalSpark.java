package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** What the Spark tests share: a quiet local session and the part files a job wrote. */
final class LocalSpark {
  private LocalSpark() {}

  /**
   * A local session on two cores without the UI or console progress (tests run beside each
   * other), with few shuffle partitions (the test inputs are tiny). The caller stops it.
   */
  static SparkSession start() {
    return SparkSession.builder().master("local[2]").appName("sitrep-spark test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** The {@code part-*} files under {@code dir}, sorted. */
  static List<Path> parts(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }
}
