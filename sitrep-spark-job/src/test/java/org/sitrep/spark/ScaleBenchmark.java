package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the CLI and the Spark job in local mode on the same archive, in one run,
 * as whole processes (JVM start-up, model loading and output included), for the README's
 * articles-per-second-per-core figures (issue 9). Each round runs, each in a fresh JVM with
 * {@code -Xmx3g}: {@code sitrep analyze --no-store --format jsonl --threads 1}, the same with
 * {@code --threads 2}, and the Spark job ({@code SparkMain analyze ARCHIVE --output DIR}, as
 * {@code ./sitrep-spark} runs it) with {@code --master local[1]} and {@code local[2]}; the order
 * is reversed every other round, so that a machine that grows busier does not favour one side.
 * Events are on, as both commands default. It prints each run's wall time and articles/s, then,
 * from each configuration's best run, articles/s per core, Spark's rate against the CLI's at the
 * same core count and the speed-up from 1 to 2 cores; and it checks that every run wrote one line
 * per article.
 *
 * <p>The archive is one folder: the sample corpus's plain-text articles and JSON Lines records
 * repeated COPIES times under new ids ({@code c01-...}); copies make the run long enough that
 * start-up is a share of it, not all of it.
 *
 * <p>Run from the repository root after {@code mvn -B -o -DskipTests package} (which writes
 * {@code target/sitrep.jar} and the Spark job's jar and libraries): {@code java -cp
 * sitrep-spark-job/target/test-classes:sitrep-spark-job/target/lib/* org.sitrep.spark
 * .ScaleBenchmark [COPIES] [ROUNDS]} (defaults: 12 copies of the 7 articles, 2 rounds).
 */
public final class ScaleBenchmark {
  /** What Spark's own launcher passes on Java 17 (as {@code ./sitrep-spark} does). */
  private static final List<String> SPARK_JAVA_OPENS = List.of(
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false",
      "-Dio.netty.tryReflectionSetAccessible=true");

  private ScaleBenchmark() {}

  /** One configuration: a system on a number of cores. */
  private record Config(String name, boolean spark, int cores) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int copies = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path cliJar = Path.of("target/sitrep.jar");
    Path sparkJar = Path.of("sitrep-spark-job/target/sitrep-spark.jar");
    Path sparkLib = Path.of("sitrep-spark-job/target/lib");
    if (!Files.isRegularFile(cliJar) || !Files.isRegularFile(sparkJar)
        || !Files.isDirectory(sparkLib)) {
      System.err.println("target/sitrep.jar or the Spark job's jar and libraries are missing: run"
          + " mvn -B -o -DskipTests package from the repository root first");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("sitrep-scale-bench");
    Path archive = Files.createDirectories(work.resolve("archive"));
    int[] sizes = buildArchive(Path.of("samples"), archive, copies);
    int n = sizes[0];

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Config> configs = List.of(new Config("CLI, 1 thread", false, 1),
        new Config("CLI, 2 threads", false, 2), new Config("Spark local[1]", true, 1),
        new Config("Spark local[2]", true, 2));
    System.out.printf(Locale.ROOT, "%d articles (%d copies of the sample corpus's texts and JSON"
        + " Lines records, %,d characters), events on, whole processes, -Xmx3g each; %s%n", n,
        copies, sizes[1], work);
    System.out.printf(Locale.ROOT, "%-16s %6s %10s %12s%n", "run", "round", "wall s",
        "articles/s");
    Map<Config, Double> best = new LinkedHashMap<>();
    for (int r = 1; r <= rounds; r++) {
      List<Config> order = new ArrayList<>(configs);
      if (r % 2 == 0) {
        Collections.reverse(order);
      }
      for (Config c : order) {
        String tag = (c.spark() ? "spark" : "cli") + c.cores() + "-r" + r;
        Path log = work.resolve(tag + ".log");
        double seconds;
        long lines;
        if (c.spark()) {
          Path out = work.resolve(tag + "-out");
          List<String> command = new ArrayList<>(List.of(java, "-Xmx3g"));
          command.addAll(SPARK_JAVA_OPENS);
          command.addAll(List.of("-cp", sparkJar + File.pathSeparator + sparkLib.resolve("*"),
              "org.sitrep.spark.SparkMain", "analyze", archive.toString(), "--output",
              out.toString(), "--master", "local[" + c.cores() + "]"));
          seconds = run(command, log.toFile(), log.toFile());
          lines = sparkLines(out.resolve("jsonl"));
        } else {
          Path out = work.resolve(tag + ".jsonl");
          seconds = run(List.of(java, "-Xmx3g", "-jar", cliJar.toString(), "analyze",
              "--no-store", "--format", "jsonl", "--threads", Integer.toString(c.cores()),
              archive.toString()), out.toFile(), log.toFile());
          try (Stream<String> s = Files.lines(out, StandardCharsets.UTF_8)) {
            lines = s.filter(l -> !l.isBlank()).count();
          }
        }
        System.out.printf(Locale.ROOT, "%-16s %6d %10.1f %12.2f%n", c.name(), r, seconds,
            n / seconds);
        if (lines != n) {
          System.err.printf(Locale.ROOT, "%s wrote %d article lines for %d articles; see %s%n",
              c.name(), lines, n, log);
          System.exit(1);
        }
        best.merge(c, seconds, Math::min);
      }
    }

    System.out.println();
    System.out.println("best run of each (every run wrote " + n + " article lines):");
    System.out.println("| run | wall | articles/s | per core |");
    System.out.println("|---|---|---|---|");
    for (Config c : configs) {
      double rate = n / best.get(c);
      System.out.printf(Locale.ROOT, "| %s | %.1f s | %.2f | %.2f |%n", c.name(), best.get(c),
          rate, rate / c.cores());
    }
    for (int cores = 1; cores <= 2; cores++) {
      System.out.printf(Locale.ROOT, "Spark/CLI on %d core(s): %.2f (articles/s)%n", cores,
          best.get(configs.get(cores - 1)) / best.get(configs.get(cores + 1)));
    }
    System.out.printf(Locale.ROOT, "1 -> 2 cores: CLI %.2fx, Spark %.2fx%n",
        best.get(configs.get(0)) / best.get(configs.get(1)),
        best.get(configs.get(2)) / best.get(configs.get(3)));
  }

  /**
   * Writes the archive: each {@code .txt} below {@code samples/text} as {@code cNN-NAME.txt} and
   * each record of the {@code .jsonl} files below {@code samples/jsonl} into one {@code
   * records.jsonl} under the id {@code cNN-ID}. Returns the article count and their characters.
   */
  private static int[] buildArchive(Path samples, Path archive, int copies) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> texts = files(samples.resolve("text"), ".txt");
    List<ObjectNode> records = new ArrayList<>();
    for (Path f : files(samples.resolve("jsonl"), ".jsonl")) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          records.add((ObjectNode) json.readTree(line));
        }
      }
    }
    if (texts.isEmpty() && records.isEmpty()) {
      System.err.println("no sample articles below " + samples + " (run from the repository root)");
      System.exit(2);
    }
    int n = 0;
    long chars = 0;
    List<String> lines = new ArrayList<>();
    for (int c = 1; c <= copies; c++) {
      String prefix = String.format(Locale.ROOT, "c%02d-", c);
      for (Path t : texts) {
        String text = Files.readString(t, StandardCharsets.UTF_8);
        Files.writeString(archive.resolve(prefix + t.getFileName()), text, StandardCharsets.UTF_8);
        chars += text.length();
        n++;
      }
      for (ObjectNode r : records) {
        ObjectNode copy = r.deepCopy();
        copy.put("id", prefix + r.path("id").asText());
        lines.add(json.writeValueAsString(copy));
        chars += r.path("text").asText().length();
        n++;
      }
    }
    Files.write(archive.resolve("records.jsonl"), lines, StandardCharsets.UTF_8);
    return new int[] {n, Math.toIntExact(chars)};
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** The article lines in the Spark job's JSON Lines output (its part files, by day). */
  private static long sparkLines(Path dir) throws IOException {
    long count = 0;
    for (Path part : LocalSpark.parts(dir)) {
      try (Stream<String> s = Files.lines(part, StandardCharsets.UTF_8)) {
        count += s.filter(l -> !l.isBlank()).count();
      }
    }
    return count;
  }

  /** Wall seconds of one child process; exits when it fails (its log says why). */
  private static double run(List<String> command, File out, File log)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out);
    if (out.equals(log)) {
      pb.redirectErrorStream(true);
    } else {
      pb.redirectError(log);
    }
    int code = pb.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (code != 0) {
      System.err.println(String.join(" ", command) + " exited with " + code + "; see " + log);
      System.exit(1);
    }
    return seconds;
  }
}
