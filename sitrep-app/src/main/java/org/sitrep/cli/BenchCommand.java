package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.analysis.Benchmark;
import org.sitrep.analysis.Sitrep;
import org.sitrep.core.Pipeline;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: Sitrep's whole analysis against plain CoreNLP
 * ({@code tokenize,ssplit,pos,lemma,ner}, default settings) on the same texts with the same
 * threads, in this process, one after the other; prints throughput, peak heap and the ratio.
 */
@Command(name = "bench", description = "Throughput of Sitrep against a plain CoreNLP baseline.")
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Corpus (default: ./samples, plus ../shared/seeds when present).")
  List<Path> paths;

  @Option(names = "--seconds", description = "Minimum timed seconds per run (default 10).")
  int seconds = 10;

  @Option(names = "--threads", split = ",", description = "Thread counts (default: 1 and all cores).")
  List<Integer> threads;

  @Option(names = "--full", description = "Compare the analysis with events to plain CoreNLP with "
      + "depparse, coref and quote attribution (needs about 5 GB of heap: "
      + "SITREP_JAVA_OPTS=-Xmx5g). Default: the standard analysis against plain CoreNLP NER.")
  boolean full;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> corpusPaths = paths != null ? paths : defaultCorpus();
    List<Article> corpus = new ArrayList<>();
    Ingestor.withDefaults().read(corpusPaths).forEach(r -> {
      if (r instanceof IngestResult.Ok ok) {
        corpus.add(ok.article());
      }
    });
    if (corpus.isEmpty()) {
      throw new Main.UserException("no articles in " + corpusPaths, 2);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<Integer> counts = threads != null ? threads
        : new ArrayList<>(new LinkedHashSet<>(List.of(1, cores)));
    Duration min = Duration.ofSeconds(seconds);
    out.printf(Locale.ROOT, "corpus: %d articles from %s; %d cores; max heap %d MB%n",
        corpus.size(), corpusPaths, cores, Runtime.getRuntime().maxMemory() >> 20);

    AtomicLong tokenCount = new AtomicLong();
    NlpSettings baseline = full ? NlpSettings.corenlpWithQuotes() : NlpSettings.corenlpDefault();
    out.println("baseline: plain CoreNLP " + String.join(",", baseline.annotators())
        + "; Sitrep: " + (full ? "standard analysis plus events"
        : "standard analysis (structure, dates, entities, times, numbers, actors, places, quotes,"
            + " framing)"));
    List<Benchmark.Run> base = baseline(baseline, corpus, counts, min, tokenCount);
    long tokens = tokenCount.get();
    Sitrep sitrep = full ? Sitrep.withEvents(NlpSettings.sitrep())
        : Sitrep.create(NlpSettings.sitrep());
    List<Benchmark.Run> ours = new ArrayList<>();
    for (int t : counts) {
      ours.add(Benchmark.measure("Sitrep", corpus, tokens, t, min, sitrep::analyze));
    }
    out.printf(Locale.ROOT, "%-14s %7s %7s %10s %11s %9s %9s %7s%n", "system", "threads",
        "passes", "articles/s", "tokens/s", "peak MB", "live MB", "ratio");
    for (int i = 0; i < counts.size(); i++) {
      print(out, base.get(i), 1.0);
      print(out, ours.get(i), ours.get(i).articlesPerSecond() / base.get(i).articlesPerSecond());
    }
    out.println("(tokens/s counts the input's tokens as plain CoreNLP splits them, for both systems;"
        + " ratio = articles/s against plain CoreNLP with the same threads)");
    out.println("Sitrep stage times (all runs, summed over threads):");
    Pipeline p = sitrep.pipeline();
    long total = p.timings().stream().mapToLong(Pipeline.StageTiming::nanos).sum();
    for (Pipeline.StageTiming s : p.timings()) {
      out.printf(Locale.ROOT, "  %-10s %8.1f s  %5.1f%%%n", s.stage(), s.nanos() / 1e9,
          100.0 * s.nanos() / Math.max(total, 1));
    }
    return 0;
  }

  /**
   * Plain CoreNLP on the corpus. Its pipeline lives only in this method, so that it can be
   * collected before Sitrep's runs and does not count against their heap.
   */
  private static List<Benchmark.Run> baseline(NlpSettings settings, List<Article> corpus,
      List<Integer> counts, Duration min, AtomicLong tokens) throws Exception {
    CoreNlp plain = CoreNlp.load(settings);
    corpus.forEach(a -> tokens.addAndGet(plain.analyse(a.text(), null).tokenCount()));
    List<Benchmark.Run> runs = new ArrayList<>();
    for (int t : counts) {
      runs.add(Benchmark.measure("plain CoreNLP", corpus, tokens.get(), t, min,
          a -> plain.analyse(a.text(), null)));
    }
    return runs;
  }

  private static void print(PrintWriter out, Benchmark.Run r, double ratio) {
    out.printf(Locale.ROOT, "%-14s %7d %7d %10.2f %11.0f %9d %9d %6.2fx%n", r.system(),
        r.threads(), r.passes(), r.articlesPerSecond(), r.tokensPerSecond(),
        r.peakHeapBytes() >> 20, r.liveHeapBytes() >> 20, ratio);
  }

  private static List<Path> defaultCorpus() {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("samples"));
    Path seeds = Path.of("..", "shared", "seeds");
    if (Files.isDirectory(seeds)) {
      out.add(seeds);
    }
    return out;
  }
}
