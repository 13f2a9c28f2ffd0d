package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.TestSupport;
import org.sitrep.actors.Actors;
import org.sitrep.events.Events;
import org.sitrep.geo.Places;
import org.sitrep.quotes.Quotes;
import org.sitrep.reference.References;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.numbers.Numbers;
import org.sitrep.time.Times;

/**
 * Golden files per stage: {@code src/test/resources/<package>/<case>.txt} is analysed and the
 * package's layers, as JSON, must equal {@code <case>.expected.json}. After a deliberate change,
 * regenerate with {@code mvn test -Dtest=GoldenFileTest -Dgolden.update=true} and review the diff.
 */
class GoldenFileTest {
  private static final Path ROOT = Path.of("sitrep-engine/src/test/resources");
  private static final Map<String, List<Layer<?>>> LAYERS = Map.of(
      "clean", List.of(Structure.LAYER, Published.LAYER),
      "entities", List.of(Entities.LAYER),
      "time", List.of(Times.LAYER),
      "numbers", List.of(Numbers.LAYER),
      "actors", List.of(Actors.LAYER),
      "geo", List.of(Places.LAYER),
      "quotes", List.of(Quotes.LAYER),
      "reference", List.of(References.LAYER),
      "events", List.of(Events.LAYER));
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance))
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NAN_AS_STRINGS.mappedFeature())
      .enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<Path> cases() throws IOException {
    return LAYERS.keySet().stream().sorted().flatMap(pkg -> {
      try (Stream<Path> files = Files.list(ROOT.resolve(pkg))) {
        return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(Path input) throws IOException {
    String pkg = input.getParent().getFileName().toString();
    String text = Files.readString(input, StandardCharsets.UTF_8);
    String id = input.getFileName().toString().replace(".txt", "");
    Document doc = (pkg.equals("events") ? TestSupport.sitrepWithEvents() : TestSupport.sitrep())
        .run(Article.ofText(id, text));
    Map<String, Object> layers = new LinkedHashMap<>();
    for (Layer<?> layer : LAYERS.get(pkg)) {
      layers.put(layer.name(), doc.get(layer));
    }
    String actual = JSON.writeValueAsString(layers) + "\n";
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
