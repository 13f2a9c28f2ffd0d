package org.sitrep.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.ingest.Ingestor;

/**
 * The files the job reads, listed on the driver in the order and by the rules of {@code sitrep
 * analyze} (the engine's {@link org.sitrep.ingest.Ingestor}): each input in command-line order; a
 * directory recursively, entries in sorted path order, hidden files and directories skipped,
 * symlinked directories followed once; a file named twice read once; inside a directory, Spark's
 * empty {@code _SUCCESS} marker skipped (see {@link #isCommitMarker}). A missing input, or a
 * directory holding no file, is a failure with the CLI's reason. The executors then read each
 * file through the Ingestor itself, so formats, limits, ids and one-line reasons are the CLI's.
 *
 * @param files the files, in reading order
 * @param failures the inputs that gave no file, with their reasons
 */
record InputFiles(List<InputFile> files, List<Failure> failures) {

  /**
   * One file to read.
   *
   * @param input the position of the command-line input it was found under
   * @param file its position among all the files, in reading order
   * @param path the path as the CLI would name it (the input joined with the names below it)
   */
  record InputFile(int input, int file, String path) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  InputFiles {
    files = List.copyOf(files);
    failures = List.copyOf(failures);
  }

  static InputFiles list(List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      Path p = Path.of(inputs.get(i));
      if (!Files.exists(p)) {
        failures.add(Failure.ingest(i, -1, 0, p.toString(), "no such file or directory"));
        continue;
      }
      if (!Files.isDirectory(p)) {
        if (seen.add(Ingestor.fileKey(p))) {
          files.add(new InputFile(i, files.size(), p.toString()));
        }
        continue;
      }
      List<Path> found;
      try {
        found = Ingestor.articleFiles(p);
      } catch (IOException e) {
        failures.add(Failure.ingest(i, -1, 0, p.toString(), "cannot list directory: "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        continue;
      }
      if (found.isEmpty()) {
        failures.add(Failure.ingest(i, -1, 0, p.toString(), "no article files in " + p));
        continue;
      }
      for (Path f : found) {
        if (isCommitMarker(f)) {
          continue;
        }
        if (seen.add(Ingestor.fileKey(f))) {
          files.add(new InputFile(i, files.size(), f.toString()));
        }
      }
    }
    return new InputFiles(files, failures);
  }

  /**
   * Whether {@code f} is the empty {@code _SUCCESS} file Spark and Hadoop leave in a directory of
   * Parquet files they wrote: it marks a finished write and holds no article, so a directory
   * written by Spark reads without a failure for it.
   */
  static boolean isCommitMarker(Path f) {
    try {
      return f.getFileName().toString().equals("_SUCCESS") && Files.size(f) == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
