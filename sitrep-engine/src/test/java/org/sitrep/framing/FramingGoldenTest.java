package org.sitrep.framing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.TestSupport;
import org.sitrep.ingest.Article;

/**
 * Golden files for the framing layer: each {@code src/test/resources/org/sitrep/framing/<case>.txt}
 * (invented articles) is analysed and its framing, as JSON in the output's field names, must equal
 * {@code <case>.expected.json}. After a deliberate change, regenerate with {@code mvn test
 * -Dtest=FramingGoldenTest -Dgolden.update=true} and review the diff, as for {@code
 * GoldenFileTest}.
 */
class FramingGoldenTest {
  private static final Path DIR = Path.of("sitrep-engine/src/test/resources/org/sitrep/framing");
  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Path> cases() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path input) throws IOException {
    String text = Files.readString(input, StandardCharsets.UTF_8);
    String id = input.getFileName().toString().replace(".txt", "");
    Framing framing = TestSupport.sitrep().run(Article.ofText(id, text)).get(Framing.LAYER);
    String actual = JSON.writeValueAsString(framing) + "\n";
    Path golden = input.resolveSibling(id + ".expected.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    // A missing expectation is a failure, not a file to write: a new input must come with its
    // reviewed expected output, or the test would pass on whatever the code produces.
    assertThat(golden).as("expected file for %s (write it with -Dgolden.update=true and review it)",
        input).exists();
    assertThat(actual).as("golden file %s (regenerate with -Dgolden.update=true and review)",
        golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
