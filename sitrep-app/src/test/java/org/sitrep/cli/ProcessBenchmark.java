package org.sitrep.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: what a user waits for, whole process against whole process. It runs
 * {@code sitrep analyze --no-events --no-store --format jsonl --threads N} and plain CoreNLP's own
 * command line ({@code edu.stanford.nlp.pipeline.StanfordCoreNLP -annotators
 * tokenize,ssplit,pos,lemma,ner -threads N}) on the same plain-text articles, each as a fresh
 * JVM with the same heap, alternating (Sitrep, CoreNLP, Sitrep, CoreNLP, …), and prints each run's
 * wall time, the articles per second and the ratio of the two systems' best runs. Start-up, model
 * and resource loading and output are all inside the timing: the in-process {@code sitrep bench}
 * times analysis only.
 *
 * <p>Run from the repository root after {@code mvn -DskipTests package} and {@code mvn
 * test-compile}: {@code java -cp sitrep-app/target/test-classes org.sitrep.cli.ProcessBenchmark
 * [TEXT_DIR] [COPIES] [THREADS] [ROUNDS]} (defaults: {@code samples/text}, 10 copies of each
 * file under new names, 2 threads, 2 rounds). The articles are the {@code .txt} files below
 * TEXT_DIR; copies make the corpus long enough that start-up is a share of the run, not all of it.
 */
public final class ProcessBenchmark {
  private ProcessBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path source = Path.of(args.length > 0 ? args[0] : "samples/text");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Path jar = Path.of("target/sitrep.jar");
    Path lib = Path.of("target/lib");
    if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
      System.err.println("target/sitrep.jar or target/lib missing: run mvn -DskipTests package "
          + "from the repository root first");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("sitrep-process-bench");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    List<Path> texts;
    try (Stream<Path> s = Files.walk(source)) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (texts.isEmpty()) {
      System.err.println("no .txt articles below " + source);
      System.exit(2);
    }
    List<String> names = new ArrayList<>();
    long chars = 0;
    for (int c = 0; c < copies; c++) {
      for (Path t : texts) {
        String name = String.format(Locale.ROOT, "c%03d-%s", c, t.getFileName());
        String text = Files.readString(t, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
        names.add(corpus.resolve(name).toString());
        chars += text.length();
      }
    }
    Path fileList = work.resolve("files.txt");
    Files.write(fileList, names, StandardCharsets.UTF_8);
    int n = names.size();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> sitrep = List.of(java, "-Xmx3g", "-jar", jar.toString(), "analyze",
        "--no-events", "--no-store", "--format", "jsonl", "--threads",
        Integer.toString(threads), corpus.toString());
    Path out = Files.createDirectories(work.resolve("corenlp-out"));
    List<String> corenlp = List.of(java, "-Xmx3g", "-cp", lib.resolve("*").toString(),
        "edu.stanford.nlp.pipeline.StanfordCoreNLP", "-annotators",
        "tokenize,ssplit,pos,lemma,ner", "-threads", Integer.toString(threads), "-filelist",
        fileList.toString(), "-outputFormat", "json", "-outputDirectory", out.toString(),
        "-replaceExtension");
    System.out.printf(Locale.ROOT, "%d articles (%d files x %d copies, %,d characters), %d "
        + "threads, whole processes, -Xmx3g each%n", n, texts.size(), copies, chars, threads);
    System.out.printf(Locale.ROOT, "%-16s %6s %10s %12s%n", "system", "round", "wall s",
        "articles/s");
    double bestSitrep = Double.MAX_VALUE;
    double bestCoreNlp = Double.MAX_VALUE;
    for (int r = 1; r <= rounds; r++) {
      double s = run(sitrep, work.resolve("sitrep-" + r + ".log").toFile());
      System.out.printf(Locale.ROOT, "%-16s %6d %10.1f %12.2f%n", "sitrep", r, s, n / s);
      double c = run(corenlp, work.resolve("corenlp-" + r + ".log").toFile());
      System.out.printf(Locale.ROOT, "%-16s %6d %10.1f %12.2f%n", "plain CoreNLP", r, c, n / c);
      bestSitrep = Math.min(bestSitrep, s);
      bestCoreNlp = Math.min(bestCoreNlp, c);
    }
    System.out.printf(Locale.ROOT, "best runs: Sitrep %.1f s, plain CoreNLP %.1f s: %.2fx%n",
        bestSitrep, bestCoreNlp, bestCoreNlp / bestSitrep);
    System.out.println("logs in " + work);
  }

  /** Wall seconds of one child process; exits when it fails (its log says why). */
  private static double run(List<String> command, File log)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      System.err.println(String.join(" ", command) + " exited with " + code + "; see " + log);
      System.exit(1);
    }
    return seconds;
  }
}
