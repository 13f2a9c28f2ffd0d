package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.Document;
import org.sitrep.core.StructureSpan;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;

/**
 * Golden files for real-site-shaped pages (invented stories in the markup real sites use: a live
 * blog, an AMP page, a page drawn by a script with its text in JSON-LD, a paywall, a comment
 * thread, embedded posts): each {@code src/test/resources/org/sitrep/clean/pages/<case>.html} is
 * read as {@code sitrep analyze} reads a page and classified by the structure stage; the article's
 * metadata and every classified stretch (type, the reason noted for furniture, text) must equal
 * {@code <case>.expected.txt}. After a deliberate change, regenerate with {@code mvn test
 * -Dtest=PageGoldenTest -Dgolden.update=true} and review the diff.
 */
class PageGoldenTest {
  private static final Path DIR =
      Path.of("sitrep-engine/src/test/resources/org/sitrep/clean/pages");

  static Stream<Path> cases() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path page) throws IOException {
    String name = page.getFileName().toString().replace(".html", "");
    List<IngestResult> read = Ingestor.withDefaults().read(Files.readAllBytes(page),
        page.getFileName().toString(), name);
    String actual = render(read);
    Path golden = page.resolveSibling(name + ".expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    // A missing expectation is a failure, not a file to write: a new page must come with its
    // reviewed expected output, or the test would pass on whatever the code produces.
    assertThat(golden).as("expected file for %s (write it with -Dgolden.update=true and review it)",
        page).exists();
    assertThat(actual).as("golden file %s (regenerate with -Dgolden.update=true and review)",
        golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String render(List<IngestResult> read) {
    StringBuilder out = new StringBuilder();
    for (IngestResult r : read) {
      if (r instanceof IngestResult.Failed f) {
        out.append("failed: ").append(f.reason()).append('\n');
        continue;
      }
      Article a = ((IngestResult.Ok) r).article();
      Structure s = StructureStage.create().process(Document.of(Article.LAYER, a));
      out.append("title: ").append(a.title()).append('\n')
          .append("published: ").append(a.published()).append('\n')
          .append("outlet: ").append(a.outlet() == null ? null : a.outlet().name()).append('\n')
          .append("url: ").append(a.url()).append('\n')
          .append("warnings: ").append(a.warnings()).append('\n')
          .append("stated date: ").append(s.statedDate()).append('\n')
          .append("dateline place: ").append(s.datelinePlace()).append('\n');
      for (StructureSpan span : s.spans()) {
        out.append('[').append(span.type());
        if (!span.note().isEmpty()) {
          out.append(": ").append(span.note());
        }
        out.append("] ")
            .append(a.text(), span.span().start(), span.span().end()).append('\n');
      }
    }
    return out.toString();
  }
}
