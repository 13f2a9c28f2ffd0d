package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Json;
import org.sitrep.analysis.Sitrep;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.search.SearchIndex;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.SaveResult;
import org.sitrep.store.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep analyze PATH...}: ingest, analyse, store and index. */
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

  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  enum OutputFormat { jsonl }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (noStore && format == null) {
      throw new Main.UserException("--no-store needs --format jsonl, or nothing would be kept", 2);
    }
    long t0 = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Ingestor.withDefaults().read(paths).forEach(r -> {
      if (r instanceof IngestResult.Ok ok) {
        articles.add(ok.article());
      } else if (r instanceof IngestResult.Failed f) {
        failures.add(f.origin() + ": " + f.reason());
        err.println("skipped " + f.origin() + ": " + f.reason());
      }
    });
    if (articles.isEmpty()) {
      err.println("no articles to analyse" + (failures.isEmpty() ? "" : " (" + failures.size()
          + " input(s) failed)"));
      return failures.isEmpty() ? 0 : 1;
    }
    // Opened before the models load, so a wrong --db fails in a second, not after a minute.
    ArticleStore store = noStore ? null : Stores.openOrCreate(data);
    try {
      return analyse(articles, failures, store, t0);
    } finally {
      if (store != null) {
        store.close();
      }
    }
  }

  private int analyse(List<Article> articles, List<String> failures, ArticleStore store, long t0) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.create(err, articles.size());
    progress.message("loading language models…");
    Sitrep sitrep;
    try {
      sitrep = actorOverlay != null
          ? Sitrep.withActorOverlay(NlpSettings.sitrep(), actorOverlay, events)
          : events ? Sitrep.withEvents(NlpSettings.sitrep()) : Sitrep.create(NlpSettings.sitrep());
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new Main.UserException("cannot use actor dictionary " + actorOverlay + ": "
          + e.getMessage(), 2);
    }
    List<Batch.Outcome> outcomes;
    StoreSink sink = null;
    if (noStore) {
      outcomes = Batch.of(sitrep, threads).run(articles, a -> {
        out.println(Json.toLine(a));
        return "printed";
      }, progress::done);
    } else {
      try (SearchIndex index = SearchIndex.open(data.dir().resolve("index"))) {
        int fixed = index.reconcile(store);
        if (fixed > 0) {
          progress.message("index caught up with the store (" + fixed + " article(s))");
        }
        sink = new StoreSink(store, index, sitrep.analysisVersion(), new EnumMap<>(Status.class));
        outcomes = Batch.of(sitrep, threads).run(articles, sink, progress::done);
        index.commit();
      }
    }
    progress.finish();
    summary(err, outcomes, failures, t0);
    if (sink != null) {
      err.println(sink.breakdown(outcomes));
    }
    if (format != null && !noStore) {
      // Stored and printed: print what was analysed in this run.
      err.println("(--format applies to --no-store runs; use 'sitrep export' for stored data)");
    }
    boolean anyFailed = !failures.isEmpty() || outcomes.stream().anyMatch(Batch.Outcome::failed);
    return anyFailed ? 1 : 0;
  }

  private static void summary(PrintWriter err, List<Batch.Outcome> outcomes, List<String> failures,
      long t0) {
    double secs = (System.nanoTime() - t0) / 1e9;
    long analysed = outcomes.stream().filter(o -> o.status().equals("analysed")).count();
    long skipped = outcomes.stream().filter(o -> o.status().equals("skipped")).count();
    List<Batch.Outcome> failed = outcomes.stream().filter(Batch.Outcome::failed).toList();
    long entities = outcomes.stream().mapToLong(Batch.Outcome::entities).sum();
    long times = outcomes.stream().mapToLong(Batch.Outcome::times).sum();
    long tokens = outcomes.stream().mapToLong(Batch.Outcome::tokens).sum();
    err.printf(Locale.ROOT, "%d article(s) analysed, %d unchanged, %d failed; %d input(s) unreadable%n",
        analysed, skipped, failed.size(), failures.size());
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

  /**
   * Stores and indexes each analysed article; skips articles already stored with the same content
   * and analysis version. Counts what each save did ({@code saves} is only touched from {@link
   * #accept}, which the batch calls from one thread).
   */
  private record StoreSink(ArticleStore store, SearchIndex index, String analysisVersion,
      Map<Status, Integer> saves) implements Batch.Sink {
    @Override
    public boolean wants(Article a) {
      return store.status(a.id(), a.contentHash(), analysisVersion) != Status.UNCHANGED;
    }

    @Override
    public String accept(AnalyzedArticle a) {
      SaveResult r = store.save(a);
      saves.merge(r.outcome(), 1, Integer::sum);
      if (r.outcome() != Status.UNCHANGED) {
        index.index(a.withVersion(r.version()));
      }
      return r.outcome().name().toLowerCase(Locale.ROOT) + " v" + r.version();
    }

    /** Why articles were (or were not) analysed in this run, for the summary. */
    String breakdown(List<Batch.Outcome> outcomes) {
      long skipped = outcomes.stream().filter(o -> o.status().equals("skipped")).count()
          + saves.getOrDefault(Status.UNCHANGED, 0);
      return String.format(Locale.ROOT, "stored: %d new, %d re-analysed (analysis version "
          + "changed), %d re-analysed (content changed), %d skipped unchanged; analysis version %s",
          saves.getOrDefault(Status.NEW, 0), saves.getOrDefault(Status.REANALYSE, 0),
          saves.getOrDefault(Status.CHANGED, 0), skipped, analysisVersion);
    }
  }
}
