package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Affiliation;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.app.SitrepService;
import org.sitrep.entities.Entity;
import org.sitrep.numbers.NumberMention;
import org.sitrep.quotes.Claim;
import org.sitrep.quotes.Quote;
import org.sitrep.time.TimeExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep show ID}: one article with its annotations, readable in a terminal. */
@Command(name = "show", description = "Show one stored article with its annotations.")
final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(paramLabel = "ID") String id;

  @Option(names = "--version", description = "A stored version (default: latest).")
  Integer version;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AnalyzedArticle a;
    try (SitrepService app = Stores.open(data)) {
      a = (version == null ? app.article(id) : app.article(id, version)).orElseThrow(() ->
          new Main.UserException("no stored article '" + id + "'"
              + (version == null ? "" : " at version " + version), 1));
    }
    out.println("id:        " + a.id() + "  (version " + a.version() + ", " + a.format() + ")");
    out.println("title:     " + nz(a.title()));
    out.println("outlet:    " + (a.outlet() == null ? "unknown" : a.outlet() + "  [from "
        + a.outletFrom() + "]") + (a.wire() == null ? "" : "  wire: " + a.wire()));
    if (a.url() != null) {
      out.println("url:       " + a.url());
    }
    out.println("published: " + nz(a.published().value()) + "  [" + a.published().basis() + "]");
    out.println("dateline:  " + nz(a.dateline()));
    for (String w : a.warnings()) {
      out.println("warning:   " + w);
    }
    out.println();
    for (AnalyzedArticle.Section s : a.structure()) {
      String text = a.text().substring(s.start(), s.end()).replace('\n', ' ');
      out.printf(Locale.ROOT, "%-12s %s%n", s.type() + (s.note().isEmpty() ? "" : "*"),
          abbreviate(text, 100) + (s.note().isEmpty() ? "" : "   (" + s.note() + ")"));
    }
    out.println();
    out.println("entities:");
    for (Entity e : a.entities()) {
      out.printf(Locale.ROOT, "  %-4s %-13s %-14s %s%s  ×%d%n", e.id(), e.type(),
          e.subtype() == null ? "" : e.subtype(), e.name(),
          e.roles().isEmpty() ? "" : "  (" + String.join("; ", e.roles()) + ")",
          e.mentions().size());
    }
    out.println("times:");
    for (TimeExpression t : a.times()) {
      out.printf(Locale.ROOT, "  %6d  %-9s %-30s → %s%s%n", t.start(), t.type(), t.text(), t.value(),
          t.inText() ? "" : "  (" + t.segment().label().replace('_', ' ') + ")");
    }
    out.println("numbers:");
    for (NumberMention n : a.numbers()) {
      out.printf(Locale.ROOT, "  %6d  %-30s → [%s, %s]%s%n", n.start(), n.text(),
          n.min() == null ? "" : n.min().toPlainString(),
          n.max() == null ? "" : n.max().toPlainString(), n.vague() ? " vague" : "");
    }
    out.println("actors:");
    for (ActorRef r : a.actors()) {
      out.printf(Locale.ROOT, "  %-4s %-22s %-4s %-8s %s%n", nz(r.entityId()), r.kind(),
          nz(r.country()), nz(r.cameoCode()), r.name());
    }
    for (Affiliation f : a.affiliations()) {
      out.printf(Locale.ROOT, "  %-4s %s %s%n", f.entityId(), f.relation(), f.otherName());
    }
    out.println("places:");
    for (PlaceOut p : a.places()) {
      out.printf(Locale.ROOT, "  %-4s %-22s %-12s %s%s%n", p.entityId(), p.name(),
          nz(p.precision()), nz(p.resolvedName()) + (p.countryCode() == null ? "" : ", "
              + p.countryCode()), p.latitude() == null ? ""
              : String.format(Locale.ROOT, "  (%.4f, %.4f)", p.latitude(), p.longitude()));
    }
    out.println("quotes:");
    for (Quote q : a.quotes()) {
      out.printf(Locale.ROOT, "  %6d  %-8s %-24s %s%n", q.start(), q.kind(),
          nz(q.speaker()) + (q.channel() == null ? "" : " (" + q.channel() + ")"),
          abbreviate(q.text().replace('\n', ' '), 70));
    }
    for (Claim c : a.claims()) {
      out.printf(Locale.ROOT, "  %6d  claim    %s %s %s%n", c.start(), nz(c.claimant()), c.verb(),
          nz(c.accused()));
    }
    out.println("events:");
    for (EventOut e : a.events()) {
      out.printf(Locale.ROOT, "  %6d  %-5s %-12s %s → %s  %s%s%s%s%n", e.start(), e.code(),
          e.trigger(), nz(e.source()), nz(e.target()), nz(e.date()),
          e.place() == null ? "" : " @" + e.place().name(),
          e.modality().equals("asserted") ? "" : " [" + e.modality()
              + (e.reportedBy() == null ? "" : " by " + e.reportedBy()) + "]",
          e.figures().isEmpty() ? "" : " " + e.figures().stream()
              .map(f -> f.kind().label() + " " + f.text()).toList());
    }
    return 0;
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
