package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Small helpers shared by the ingest tests: writing fixtures and collecting results. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      return Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<IngestResult> read(Path... paths) {
    return read(Ingestor.withDefaults(), paths);
  }

  static List<IngestResult> read(Ingestor ingestor, Path... paths) {
    try (Stream<IngestResult> s = ingestor.read(Arrays.asList(paths))) {
      return s.toList();
    }
  }

  /** The single article read from {@code path}; fails the test on anything else. */
  static Article one(Path path) {
    List<IngestResult> results = read(path);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(IngestResult.Ok.class);
    return ((IngestResult.Ok) results.get(0)).article();
  }

  /** The single failure read from {@code path}. */
  static IngestResult.Failed failure(Ingestor ingestor, Path path) {
    List<IngestResult> results = read(ingestor, path);
    assertThat(results).hasSize(1);
    assertThat(results.get(0)).isInstanceOf(IngestResult.Failed.class);
    return (IngestResult.Failed) results.get(0);
  }

  static IngestResult.Failed failure(Path path) {
    return failure(Ingestor.withDefaults(), path);
  }

  static List<Article> articles(List<IngestResult> results) {
    return results.stream()
        .filter(IngestResult.Ok.class::isInstance)
        .map(r -> ((IngestResult.Ok) r).article())
        .toList();
  }

  static List<IngestResult.Failed> failures(List<IngestResult> results) {
    return results.stream()
        .filter(IngestResult.Failed.class::isInstance)
        .map(IngestResult.Failed.class::cast)
        .toList();
  }
}
