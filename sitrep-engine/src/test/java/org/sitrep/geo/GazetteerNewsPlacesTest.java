package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The places a news reader means: a list of some 270 capitals, large cities, venues of talks and
 * conflict towns, written as English-language outlets write them, must each resolve to the country
 * a reader means, both with no context and with the context most Western reporting carries (the
 * United States and the United Kingdom named somewhere in the article). A small American town that
 * shares a famous city's name must not win just because the article mentions Washington.
 */
class GazetteerNewsPlacesTest {
  private static final Gazetteer GAZETTEER = Gazetteer.shared();

  private static Map<String, String> places() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = GazetteerNewsPlacesTest.class.getResourceAsStream("/geo/news-places.tsv")) {
      assertThat(in).as("sitrep-engine/src/test/resources/geo/news-places.tsv").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], f[1]);
      }
    }
    return out;
  }

  private static List<String> misses(List<String> context) throws IOException {
    List<String> misses = new ArrayList<>();
    places().forEach((name, country) -> {
      String got = GAZETTEER.best(name, context)
          .map(p -> p.countryCode() + " (" + p.name() + ", " + p.population() + ")")
          .orElse("nothing");
      if (!got.startsWith(country + " ")) {
        misses.add(name + " -> " + got + ", expected " + country);
      }
    });
    return misses;
  }

  @Test
  void listIsLargeEnoughToMeanSomething() throws IOException {
    assertThat(places()).hasSizeGreaterThan(250);
  }

  @Test
  void resolvesWithoutContext() throws IOException {
    assertThat(misses(List.of())).isEmpty();
  }

  @Test
  void resolvesWhenTheArticleAlsoNamesTheUsAndTheUk() throws IOException {
    assertThat(misses(List.of("US", "GB"))).isEmpty();
  }
}
