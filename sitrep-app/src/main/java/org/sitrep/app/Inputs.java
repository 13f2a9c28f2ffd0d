package org.sitrep.app;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Outlet;
import org.sitrep.ingest.OutletOrigin;

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
    return read(paths, onFailure, null);
  }

  /**
   * Reads {@code paths} as {@link #read(List, Consumer)} does, every article's outlet being {@code
   * outlet} as the user named it ({@code sitrep analyze --source NAME}), whatever the metadata or
   * the text say; each article's wire credit is kept.
   *
   * @param outlet the outlet's name, or null to keep each article's own
   * @throws IllegalArgumentException when {@code outlet} is blank
   */
  public static Inputs read(List<Path> paths, Consumer<String> onFailure, String outlet) {
    checkArgument(outlet == null || !outlet.isBlank(), "the outlet name (--source) is blank");
    List<Article> articles = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try (var results = Ingestor.withDefaults().read(paths)) {
      results.forEach(r -> {
        if (r instanceof IngestResult.Ok ok) {
          Article a = ok.article();
          articles.add(outlet == null ? a : a.withOutlet(
              new Outlet(outlet, OutletOrigin.USER, a.outlet().wire())));
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
