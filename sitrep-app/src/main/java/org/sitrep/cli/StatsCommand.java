package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepService;
import org.sitrep.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sitrep stats}: what the store holds. */
@Command(name = "stats", description = "Counts of stored articles and annotations.")
final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoreStats s;
    try (SitrepService app = Stores.open(data)) {
      s = app.stats();
    }
    out.printf(Locale.ROOT, "articles:  %d (%d versions)%n", s.articles(), s.versions());
    out.printf(Locale.ROOT, "entities:  %d (%d mentions)%n", s.entities(), s.mentions());
    out.printf(Locale.ROOT, "times:     %d%n", s.times());
    out.printf(Locale.ROOT, "numbers:   %d%n", s.numbers());
    out.printf(Locale.ROOT, "quotes:    %d (and %d claims)%n", s.quotes(), s.claims());
    out.printf(Locale.ROOT, "events:    %d%n", s.events());
    out.println("most-mentioned entities (by articles):");
    for (StoreStats.EntityCount e : s.topEntities()) {
      out.printf(Locale.ROOT, "  %4d  %-13s %s%n", e.articles(), e.type(), e.name());
    }
    return 0;
  }
}
