package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command. Exit codes: 0 all good, 1 some inputs failed (the others were
 * stored), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
    description = "Sourced, structured facts from news about armed conflict and diplomacy.",
    subcommands = {AnalyzeCommand.class, ExportCommand.class, SearchCommand.class,
        ShowCommand.class, StatsCommand.class, ActorsCommand.class, EvalCommand.class,
        BenchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // CoreNLP lower-cases with the default locale in places, so a Turkish or Azeri default changes
    // its tags ("I" → "ı"); the command line's results must not depend on the user's locale.
    java.util.Locale.setDefault(java.util.Locale.ROOT);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams and returns the exit code; used by tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // A store failure's message already says what failed and where; its class name adds nothing.
      err.println("sitrep: " + (ex instanceof UserException || ex instanceof StoreException
          ? Stores.oneLine(ex.getMessage()) : String.valueOf(ex)));
      return ex instanceof UserException ue ? ue.exitCode() : 1;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** An error to report to the user as one line, without a stack trace. */
  static final class UserException extends RuntimeException {
    private final int exitCode;

    UserException(String message, int exitCode) {
      super(message);
      this.exitCode = exitCode;
    }

    int exitCode() {
      return exitCode;
    }
  }
}
