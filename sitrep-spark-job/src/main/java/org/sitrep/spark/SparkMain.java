package org.sitrep.spark;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.analysis.Sitrep;
import org.sitrep.core.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep-spark}: Sitrep's analysis as a Spark job. {@code sitrep-spark analyze INPUT...
 * --output DIR [--master URL]} writes what {@link AnalyzeJob} describes. Exit codes as {@code
 * sitrep}'s: 0 all good, 1 some inputs or articles failed (the others were written), 2 usage
 * error. Bad usage is a one-line message, never a stack trace.
 */
@Command(name = "sitrep-spark", mixinStandardHelpOptions = true,
    versionProvider = SparkMain.Version.class,
    description = "Sitrep's analysis as a Spark job.",
    subcommands = {SparkMain.Analyze.class})
public final class SparkMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((e, a) -> {
      e.getCommandLine().getErr().println("sitrep-spark: " + Messages.oneLine(e.getMessage())
          + " (try --help)");
      return 2;
    });
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("sitrep-spark: " + Messages.oneLine(String.valueOf(
          e.getMessage() == null ? e : e.getMessage())));
      return e instanceof IllegalArgumentException ? 2 : 1;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: analyze");
  }

  /** {@code --version}: the release and the analysis version, as {@code sitrep --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sitrep-spark " + Sitrep.RELEASE};
    }
  }

  @Command(name = "analyze", mixinStandardHelpOptions = true,
      description = "Analyse files and directories (JSON Lines, text, HTML, RSS/Atom, Parquet "
          + "with the JSON Lines fields as columns) on Spark; "
          + "write article JSON Lines by publication day, Parquet tables and an error list.")
  static final class Analyze implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "Files or directories, on a file system every executor sees.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
        description = "Output directory (must not exist yet).")
    Path output;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
        description = "Spark master (default: ${DEFAULT-VALUE}); spark-submit's --master wins.")
    String master;

    @Option(names = "--events", negatable = true, defaultValue = "true", fallbackValue = "true",
        description = "Extract events (on by default); --no-events skips them, about twice as "
            + "fast.")
    boolean events;

    @Option(names = "--partitions", paramLabel = "N",
        description = "Analysis tasks (default: three per core).")
    int partitions;

    @Option(names = "--actors", paramLabel = "FILE", description = "Your own actor dictionary "
        + "(TSV, as sitrep analyze --actors takes it) on top of the built-in one; on a file "
        + "system every executor sees.")
    Path actors;

    @Option(names = "--source", paramLabel = "NAME", description = "The outlet that published "
        + "these articles; overrides what their metadata, address or text say (each article's "
        + "outlet_from is then 'user'), as sitrep analyze --source does.")
    String source;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (Files.exists(output)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--output " + output + " already exists: name a new directory");
      }
      if (partitions < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--partitions must be positive");
      }
      if (source != null && source.isBlank()) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--source needs an outlet name");
      }
      if (actors != null) {
        // Checked here, before Spark starts, in the CLI's words; the executors read it again.
        try {
          ActorDictionary.withUserOverlay(actors);
        } catch (IllegalArgumentException | UncheckedIOException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "cannot use actor dictionary " + actors + ": " + e.getMessage());
        }
      }
      SparkSession.Builder b = SparkSession.builder().appName("sitrep-spark analyze")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false");
      if (System.getProperty("spark.master") == null) {
        b.master(master);
      }
      SparkSession spark = b.getOrCreate();
      try {
        AnalyzeJob.Summary s = AnalyzeJob.run(spark,
            new AnalyzeJob.Options(inputs, output, events, partitions, actors, source));
        int cores = spark.sparkContext().defaultParallelism();
        err.printf(Locale.ROOT, "%d article(s) analysed, %d failed (see %s); %d publication "
                + "day(s); %.1f s (%.2f articles/s on %d core(s), %.2f per core)%n",
            s.analysed(), s.failures(), output.resolve("errors"), s.days(), s.seconds(),
            s.analysed() / Math.max(s.seconds(), 1e-9), cores,
            s.analysed() / Math.max(s.seconds(), 1e-9) / cores);
        return s.failures() > 0 ? 1 : 0;
      } finally {
        spark.stop();
      }
    }
  }
}
