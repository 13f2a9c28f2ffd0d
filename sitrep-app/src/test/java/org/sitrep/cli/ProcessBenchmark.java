package org.sitrep.cli;

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
 * [TEXT_DIR] [COPIES] [THREADS] [ROUNDS] [OTHER_JAR]} (defaults: {@code samples/text}, 10 copies
 * of each file under new names, 2 threads, 2 rounds). The articles are the {@code .txt} files
 * below TEXT_DIR; copies make the corpus long enough that start-up is a share of the run, not all
 * of it. OTHER_JAR, another build of {@code sitrep.jar} (say, the one before a change, next to a
 * copy of its {@code lib} folder), joins the alternation, so that a before-and-after comparison
 * shares the machine's conditions.
 *
 * <p>Where {@code /usr/bin/time} exists, each run's CPU seconds (user + system, all threads: JIT
 * compilers and garbage collector included) are printed beside its wall time: on a machine shared
 * with other work the wall time says what the load allowed, the CPU time what the run cost.
 */
public final class ProcessBenchmark {
  private ProcessBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path source = Path.of(args.length > 0 ? args[0] : "samples/text");
    int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    Path otherJar = args.length > 4 ? Path.of(args[4]) : null;
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
    List<String> other = null;
    if (otherJar != null) {
      other = new ArrayList<>(sitrep);
      other.set(other.indexOf(jar.toString()), otherJar.toString());
    }
    System.out.printf(Locale.ROOT, "%-16s %6s %10s %12s %8s%n", "system", "round", "wall s",
        "articles/s", "cpu s");
    double bestSitrep = Double.MAX_VALUE;
    double bestCoreNlp = Double.MAX_VALUE;
    double bestOther = Double.MAX_VALUE;
    for (int r = 1; r <= rounds; r++) {
      double s = run("sitrep", r, n, sitrep, work.resolve("sitrep-" + r + ".log"));
      double c = run("plain CoreNLP", r, n, corenlp, work.resolve("corenlp-" + r + ".log"));
      bestSitrep = Math.min(bestSitrep, s);
      bestCoreNlp = Math.min(bestCoreNlp, c);
      if (other != null) {
        bestOther = Math.min(bestOther,
            run("sitrep (other)", r, n, other, work.resolve("other-" + r + ".log")));
      }
    }
    System.out.printf(Locale.ROOT, "best runs: Sitrep %.1f s, plain CoreNLP %.1f s: %.2fx%n",
        bestSitrep, bestCoreNlp, bestCoreNlp / bestSitrep);
    if (other != null) {
      System.out.printf(Locale.ROOT, "best run of %s: %.1f s: %.2fx%n", otherJar, bestOther,
          bestCoreNlp / bestOther);
    }
    System.out.println("logs in " + work);
  }

  /**
   * Runs one child process, prints its line and returns its wall seconds; exits when it fails
   * (its log says why).
   */
  private static double run(String system, int round, int articles, List<String> command,
      Path log) throws IOException, InterruptedException {
    Path time = Path.of("/usr/bin/time");
    Path cpuFile = Path.of(log + ".cpu");
    List<String> timed = command;
    if (Files.isExecutable(time)) {
      timed = new ArrayList<>(List.of(time.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
      timed.addAll(command);
    }
    long start = System.nanoTime();
    Process p = new ProcessBuilder(timed).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      System.err.println(String.join(" ", command) + " exited with " + code + "; see " + log);
      System.exit(1);
    }
    String cpu = "";
    if (Files.isRegularFile(cpuFile)) {
      List<String> lines = Files.readAllLines(cpuFile);
      String[] f = lines.get(lines.size() - 1).strip().split("\\s+");
      cpu = String.format(Locale.ROOT, "%.1f", Double.parseDouble(f[0]) + Double.parseDouble(f[1]));
    }
    System.out.printf(Locale.ROOT, "%-16s %6d %10.1f %12.2f %8s%n", system, round, seconds,
        articles / seconds, cpu);
    return seconds;
  }
}
