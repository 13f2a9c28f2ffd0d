package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepService;
import org.sitrep.report.SituationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep report ID --format md|html [--output FILE]}: a situation report on one story of
 * the stored corpus (see {@link SituationReport}), as Markdown or as one self-contained HTML page,
 * on standard output or into a file. The report is stored with the story ({@link
 * SitrepService#storyReport}): a second report on an unchanged story is read, not computed. An unknown story id is a usage error (exit 2); a file that
 * cannot be written is a one-line error (exit 1).
 */
@Command(name = "report", description = "Write a situation report on one story: summary,"
    + " timeline, fused events by corroboration, casualty figures, contradictions, key quotes,"
    + " framing per outlet and sources.")
final class ReportCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format { md, html }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID", description = "A story id, as 'sitrep stories' lists it.")
  String id;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md or html. Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    String text;
    try (SitrepService app = Stores.open(data)) {
      // stored with the story (as the API's report is), computed again only when it changed
      text = app.storyReport(StoryCommand.find(app, id, spec), format == Format.html
          ? SitrepService.ReportFormat.HTML : SitrepService.ReportFormat.MD);
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return 0;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Main.UserException("cannot write " + output + ": " + e.getMessage(), 1);
    }
    spec.commandLine().getErr().println("wrote " + output);
    return 0;
  }
}
