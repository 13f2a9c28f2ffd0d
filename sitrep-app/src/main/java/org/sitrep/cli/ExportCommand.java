package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.export.ExportFormat;
import org.sitrep.app.SitrepService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code sitrep export}: every stored article's latest version in one of the {@link ExportFormat}s,
 * streamed one article at a time.
 */
@Command(name = "export", description = "Export stored articles (latest versions).")
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
      completionCandidates = FormatLabels.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: jsonl).")
  ExportFormat format = ExportFormat.JSONL;

  @Option(names = "--places",
      description = "With --format geojson: also one feature per resolved place of each article.")
  boolean places;

  @Override
  public Integer call() {
    if (places && format != ExportFormat.GEOJSON) {
      throw new Main.UserException("--places needs --format " + ExportFormat.GEOJSON.label(), 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (SitrepService app = Stores.open(data)) {
      app.export(format, places, out);
    } catch (IOException e) {
      throw new Main.UserException("cannot write the export: " + e.getMessage(), 1);
    }
    out.flush();
    if (out.checkError()) {
      throw new Main.UserException("cannot write the export: the output stream failed", 1);
    }
    return 0;
  }

  /** Reads a format by its label, listing the labels when it is unknown. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.byLabel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The labels, for the help text and shell completion. */
  static final class FormatLabels implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ExportFormat.labels().iterator();
    }
  }
}
