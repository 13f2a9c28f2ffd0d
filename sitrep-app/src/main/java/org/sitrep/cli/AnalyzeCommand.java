package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Json;
import org.sitrep.analysis.Sitrep;
import org.sitrep.app.AnalyzeReport;
import org.sitrep.app.Inputs;
import org.sitrep.app.SitrepService;
import org.sitrep.ingest.Article;
import org.sitrep.store.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep analyze PATH...}: ingest, analyse, store and index, through {@link SitrepService};
 * this class only reads options and prints.
 */
@Command(name = "analyze", description = "Ingest, analyse and store articles (files or directories).")
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Option(names = "--format", description = "Print results as: ${COMPLETION-CANDIDATES}.")
  OutputFormat format;

  @Option(names = "--no-store", negatable = false,
      description = "Do not store; print results (with --format jsonl) instead.")
  boolean noStore;

  @Option(names = "--events", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Extract events (CAMEO/PLOVER/ACLED-coded, from dependency parses of the "
          + "sentences that need one); on by default. --no-events skips them, about twice as fast.")
  boolean events;

  @Option(names = "--actors", paramLabel = "FILE", description = "Your own actor dictionary (TSV: "
      + "name, aliases, codes, kind, country; see the README), on top of the built-in one.")
  Path actorOverlay;

  @Option(names = "--source", paramLabel = "NAME", description = "The outlet that published "
      + "these articles; overrides what their metadata, address or text say (each article's "
      + "outlet_from is then 'user').")
  String source;

  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  enum OutputFormat { jsonl }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (noStore && format == null) {
      throw new Main.UserException("--no-store needs --format jsonl, or nothing would be kept", 2);
    }
    if (source != null && source.isBlank()) {
      throw new Main.UserException("--source needs an outlet name", 2);
    }
    long t0 = System.nanoTime();
    Inputs inputs = Inputs.read(paths, f -> err.println("skipped " + f),
        source == null ? null : source.strip());
    List<String> failures = inputs.failures();
    if (inputs.articles().isEmpty()) {
      err.println("no articles to analyse" + (failures.isEmpty() ? "" : " (" + failures.size()
          + " input(s) failed)"));
      return failures.isEmpty() ? 0 : 1;
    }
    // Opened before the models load, so a wrong --db fails in a second, not after a minute.
    SitrepService app = noStore ? null : Stores.openOrCreate(data);
    try {
      return analyse(inputs.articles(), failures, app, t0);
    } finally {
      if (app != null) {
        app.close();
      }
    }
  }

  private int analyse(List<Article> articles, List<String> failures, SitrepService app, long t0) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.create(err, articles.size());
    progress.message("loading language models…");
    Sitrep sitrep;
    try {
      sitrep = SitrepService.analyzer(actorOverlay, events);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new Main.UserException("cannot use actor dictionary " + actorOverlay + ": "
          + e.getMessage(), 2);
    }
    AnalyzeReport report = app == null
        ? SitrepService.analyzeWithoutStore(articles, sitrep, threads,
            a -> out.println(Json.toLine(a)), progress)
        : app.analyze(articles, sitrep, threads, progress);
    List<Batch.Outcome> outcomes = report.outcomes();
    progress.finish();
    summary(err, report, failures, t0);
    if (app != null) {
      err.println(breakdown(report));
    }
    if (format != null && !noStore) {
      // Stored and printed: print what was analysed in this run.
      err.println("(--format applies to --no-store runs; use 'sitrep export' for stored data)");
    }
    boolean anyFailed = !failures.isEmpty() || outcomes.stream().anyMatch(Batch.Outcome::failed);
    return anyFailed ? 1 : 0;
  }

  private static void summary(PrintWriter err, AnalyzeReport report, List<String> failures,
      long t0) {
    double secs = (System.nanoTime() - t0) / 1e9;
    List<Batch.Outcome> outcomes = report.outcomes();
    long analysed = report.analysed();
    List<Batch.Outcome> failed = report.failed();
    long entities = outcomes.stream().mapToLong(Batch.Outcome::entities).sum();
    long times = outcomes.stream().mapToLong(Batch.Outcome::times).sum();
    long tokens = outcomes.stream().mapToLong(Batch.Outcome::tokens).sum();
    err.printf(Locale.ROOT, "%d article(s) analysed, %d unchanged, %d failed; %d input(s) unreadable%n",
        analysed, report.skipped(), failed.size(), failures.size());
    long quotes = outcomes.stream().mapToLong(Batch.Outcome::quotes).sum();
    long events = outcomes.stream().mapToLong(Batch.Outcome::events).sum();
    err.printf(Locale.ROOT, "%d entities, %d time expressions, %d quotes, %d events, %d tokens in"
        + " %.1f s (%.2f articles/s)%n", entities, times, quotes, events, tokens, secs,
        analysed / Math.max(secs, 1e-9));
    for (Batch.Outcome f : failed) {
      err.println("  failed " + f.id() + ": " + f.detail());
    }
    for (String f : failures) {
      err.println("  unreadable " + f);
    }
  }

  /** Why articles were (or were not) analysed in this run, for the summary. */
  private static String breakdown(AnalyzeReport report) {
    return String.format(Locale.ROOT, "stored: %d new, %d re-analysed (analysis version "
        + "changed), %d re-analysed (content changed), %d skipped unchanged; analysis version %s",
        report.saves(Status.NEW), report.saves(Status.REANALYSE), report.saves(Status.CHANGED),
        report.unchanged(), report.analysisVersion());
  }
}
