package org.sitrep.cli;

import java.io.PrintWriter;
import org.sitrep.analysis.AnalysisVersion;
import org.sitrep.analysis.Sitrep;
import org.sitrep.core.Messages;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code sitrep} command. Exit codes: 0 all good, 1 some inputs failed (the others were
 * stored), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Sourced, structured facts from news about armed conflict and diplomacy.",
    subcommands = {AnalyzeCommand.class, ExportCommand.class, SearchCommand.class,
        ShowCommand.class, StatsCommand.class, ActorsCommand.class, EvalCommand.class,
        BenchCommand.class, ServeCommand.class, StoriesCommand.class, StoryCommand.class,
        ReportCommand.class, WatchCommand.class})
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
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // A store failure's message already says what failed and where; its class name adds nothing.
      err.println("sitrep: " + (ex instanceof UserException || ex instanceof StoreException
          ? Messages.oneLine(ex.getMessage()) : String.valueOf(ex)));
      return ex instanceof UserException ue ? ue.exitCode() : 1;
    });
    return cl.execute(args);
  }

  /**
   * The command tree, with {@code -h}/{@code --help} on every subcommand, including ones added
   * later. Only help is added, not picocli's whole standard mixin, because {@code show} already
   * has a {@code --version N} option of its own; {@code sitrep --version} prints the versions.
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    addHelp(cl);
    return cl;
  }

  private static void addHelp(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
      if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
        spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
            .description("Show this help message and exit.").build());
      }
      addHelp(sub);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code sitrep --version}: the release and the analysis version stored with every article. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sitrep " + Sitrep.RELEASE,
          "analysis version " + AnalysisVersion.current()
              + " (digest of Sitrep's code, resources, CoreNLP and jsoup versions)"};
    }
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
