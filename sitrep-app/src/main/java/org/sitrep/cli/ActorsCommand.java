package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepService;
import org.sitrep.store.RegistryActor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep actors [NAME] [--rebuild]}: the canonical actor registry across stored articles,
 * most articles first, or one actor's details by any of its names. An unknown name is an error
 * (exit 1). {@code --rebuild} first rebuilds the registry from the stored analyses (see {@link
 * org.sitrep.store.ArticleStore#rebuildRegistry}), which articles stored before the registry or under older rules
 * need.
 */
@Command(name = "actors",
    description = "List the canonical actors across stored articles, or show one by name or alias.")
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "NAME", arity = "0..1",
      description = "A name or alias of one actor (case, accents and \"al-\" ignored).")
  String name;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "How many actors to list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--rebuild", negatable = false,
      description = "First rebuild the registry from the stored analyses (no re-analysis), for"
          + " articles stored before it existed or under older rules; all or nothing.")
  boolean rebuild;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--limit must be at least 1, got " + limit);
    }
    if (name != null && name.isBlank()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "NAME must not be blank");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (SitrepService app = Stores.open(data)) {
      if (rebuild) {
        int articles = app.rebuildRegistry();
        spec.commandLine().getErr().printf(Locale.ROOT,
            "registry rebuilt from %d stored article(s)%n", articles);
      }
      if (name != null) {
        RegistryActor a = app.actor(name).orElseThrow(() ->
            new Main.UserException("no actor known as '" + name + "'; 'sitrep actors' lists them",
                1));
        details(out, a);
        return 0;
      }
      List<RegistryActor> actors = app.actors(limit);
      if (actors.isEmpty()) {
        out.println("no actors stored yet; run 'sitrep analyze PATH' first");
        return 0;
      }
      out.printf(Locale.ROOT, "%8s  %-12s %-22s %-7s %-8s %s%n", "articles", "type", "kind",
          "country", "code", "name (aliases)");
      for (RegistryActor a : actors) {
        out.printf(Locale.ROOT, "%8d  %-12s %-22s %-7s %-8s %s%s%n", a.articleCount(), a.type(),
            nz(a.kind()), nz(a.country()), nz(a.cameoCode()), a.canonicalName(), others(a));
      }
    }
    return 0;
  }

  private static void details(PrintWriter out, RegistryActor a) {
    out.println("actor:     " + a.canonicalName() + "  (#" + a.id() + ")");
    out.println("type:      " + a.type());
    out.println("kind:      " + nz(a.kind()));
    out.println("country:   " + nz(a.country()));
    out.println("cameo:     " + nz(a.cameoCode()));
    out.println("aliases:   " + String.join("; ", a.aliases()));
    out.println("articles:  " + a.articleCount());
  }

  /** The aliases besides the canonical name, as a parenthesised suffix. */
  private static String others(RegistryActor a) {
    List<String> rest = a.aliases().stream().filter(s -> !s.equals(a.canonicalName())).toList();
    return rest.isEmpty() ? "" : "  (" + String.join("; ", rest) + ")";
  }

  private static String nz(Object o) {
    return o == null ? "—" : o.toString();
  }
}
