package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.analysis.Json;
import org.sitrep.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: every stored article's latest version, one JSON object per line. */
@Command(name = "export", description = "Export stored articles (latest versions).")
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}.")
  Format format = Format.jsonl;

  enum Format { jsonl }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = Stores.open(data)) {
      store.forEachLatest(a -> out.println(Json.toLine(a)));
    }
    out.flush();
    return 0;
  }
}
