package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepService;
import org.sitrep.search.SearchHit;
import org.sitrep.search.SearchQuery;
import org.sitrep.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search QUERY [--entity --from --to --source]}. */
@Command(name = "search", description = "Full-text search over stored articles; matches in «».")
final class SearchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Free text (Lucene syntax).")
  String query;

  @Option(names = "--entity", description = "Only articles mentioning this entity.")
  String entity;

  @Option(names = "--from", description = "Published on or after (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", description = "Published on or before (YYYY-MM-DD).")
  String to;

  @Option(names = "--source", description = "Only this outlet.")
  String source;

  @Option(names = "--limit", description = "At most this many hits (default 10).")
  int limit = 10;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SearchQuery q;
    try {
      q = new SearchQuery(query, entity, date(from, "--from"), date(to, "--to"), source, limit);
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
    SearchResults results;
    try (SitrepService app = Stores.open(data)) {
      results = app.search(q);
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(e.getMessage(), 2);
    }
    out.printf(Locale.ROOT, "%d hit(s)%n", results.totalHits());
    for (SearchHit h : results.hits()) {
      out.printf(Locale.ROOT, "%n%s  %s  [%s, %s]  score %.2f%n", h.id(),
          h.title() == null ? "(untitled)" : h.title(), h.source() == null ? "unknown source"
              : h.source(), h.published() == null ? "undated" : h.published(), h.score());
      for (String s : h.snippets()) {
        out.println("    … " + s.replace('\n', ' ') + " …");
      }
    }
    return 0;
  }

  private static LocalDate date(String s, String option) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new Main.UserException(option + " must be a date like 2026-01-09, got '" + s + "'", 2);
    }
  }
}
