package org.sitrep.app;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;

/**
 * What reading files and directories gave: the articles, and a line per input that could not be
 * read ({@code origin: reason}).
 *
 * @param articles the articles read, in input order
 * @param failures one {@code origin: reason} line per unreadable input
 */
public record Inputs(List<Article> articles, List<String> failures) {

  public Inputs {
    articles = ImmutableList.copyOf(articles);
    failures = ImmutableList.copyOf(failures);
  }

  /**
   * Reads {@code paths} with the default limits (see {@link Ingestor}); calls {@code onFailure}
   * with each failure line as it is met, so a long read reports as it goes. Never throws for a
   * bad input.
   */
  public static Inputs read(List<Path> paths, Consumer<String> onFailure) {
    List<Article> articles = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (var results = Ingestor.withDefaults().read(paths)) {
      results.forEach(r -> {
        if (r instanceof IngestResult.Ok ok) {
          articles.add(ok.article());
        } else if (r instanceof IngestResult.Failed f) {
          String line = f.origin() + ": " + f.reason();
          failures.add(line);
          onFailure.accept(line);
        }
      });
    }
    return new Inputs(articles, failures);
  }
}
