package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.Fixtures.articles;
import static org.sitrep.ingest.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reads the shared sample articles, when the shared folder is present. */
class SeedsIngestTest {

  @Test
  void seedsAreReadAsTextExactly() throws IOException {
    String shared = System.getProperty("sitrep.shared");
    Assumptions.assumeTrue(shared != null, "system property sitrep.shared is not set");
    Path seeds = Path.of(shared, "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no shared seeds folder at " + seeds);
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(5);

    List<IngestResult> results = read(seeds);
    assertThat(results).hasSize(5).allMatch(IngestResult.Ok.class::isInstance);
    List<Article> articles = articles(results);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Article a = articles.get(i);
      String name = file.getFileName().toString();
      assertThat(a.id()).isEqualTo(name.substring(0, name.length() - ".txt".length()));
      assertThat(a.format()).isEqualTo(SourceFormat.TEXT);
      assertThat(a.text()).isEqualTo(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      assertThat(a.warnings()).isEmpty();
      assertThat(a.markup()).isEmpty();
    }
  }
}
