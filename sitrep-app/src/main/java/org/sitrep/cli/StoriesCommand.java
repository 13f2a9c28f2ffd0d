package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepService;
import org.sitrep.report.StoryJson;
import org.sitrep.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep stories}: the stored stories, in creation order (built once on first use for a
 * store analysed before stories were stored, which standard error says). Text: one line per story. JSON: {@code {"stories": [{"id",
 * "title", "articles", "first", "last", "outlets"}]}}, dates ISO-8601 or null.
 */
@Command(name = "stories", description = "List the stories the stored articles form.")
final class StoriesCommand implements Callable<Integer> {
  /** The output formats of the story commands. */
  enum Format { text, json }

  static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per story) or json. Default: ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() {
    List<Story> stories;
    try (SitrepService app = Stores.open(data)) {
      stories = app.stories(Stores.notices(spec));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(Map.of("stories", stories.stream().map(StoryJson::summary).toList())));
      return 0;
    }
    for (Story s : stories) {
      out.printf(Locale.ROOT, "%-24s %s..%s  %3d article(s)  %-30s %s%n", s.id(), date(s.first()),
          date(s.last()), s.members().size(), "[" + String.join(", ", s.outlets()) + "]",
          s.title() == null ? "—" : s.title().replace('\n', ' '));
    }
    return 0;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  static String date(LocalDate d) {
    return d == null ? "undated" : d.toString();
  }
}
