package org.sitrep.cli;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Sitrep;
import org.sitrep.app.RunListener;
import org.sitrep.app.SitrepService;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.OutletResolver;
import org.sitrep.watch.Alert;
import org.sitrep.watch.AlertContext;
import org.sitrep.watch.AlertRules;
import org.sitrep.watch.FeedList;
import org.sitrep.watch.FeedReport;
import org.sitrep.watch.FetchSettings;
import org.sitrep.watch.ServiceSink;
import org.sitrep.watch.Timing;
import org.sitrep.watch.WatchState;
import org.sitrep.watch.Watcher;
import org.sitrep.watch.Webhook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep watch FEEDS.txt}: polls feeds and pages ({@link Watcher}), stores what is new
 * through {@link SitrepService} and runs alert rules over its events; this class only reads
 * options, wires the parts and prints. Log lines (one per address per cycle) go to standard error,
 * alerts to standard output. Exit codes with {@code --once}: 0 when every address was read or
 * unchanged, 1 when one failed (the others were still polled), 2 for a usage error.
 */
@Command(name = "watch", description = "Poll RSS/Atom feeds and article pages; analyse and store"
    + " what is new; raise alerts.")
final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin DataOptions data;

  @Parameters(index = "0", paramLabel = "FEEDS.txt", description = "One feed or page address a"
      + " line (http or https); '#' starts a comment.")
  Path feeds;

  @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10m",
      description = "Time between the starts of two cycles: 90s, 10m, 1h (default: 10m).")
  String interval;

  @Option(names = "--once", description = "Run one cycle and exit (for cron and tests).")
  boolean once;

  @Option(names = "--alerts", paramLabel = "FILE", description = "Alert rules, one a line:"
      + " 'casualties|killed|wounded > N [in PLACE]', 'new actor in story', 'ceasefire broken"
      + " [within N days]'.")
  Path alerts;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "Also POST each alert as JSON to this address.")
  String webhook;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "20s",
      description = "Longest time for one request, body included (default: 20s).")
  String timeout;

  @Option(names = "--threads", description = "Analysis threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h)");

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Duration every = duration("--interval", interval);
    Duration perRequest = duration("--timeout", timeout);
    FeedList list = feedList();
    AlertRules rules = rules();
    Webhook hook = webhook(perRequest);
    try (SitrepService app = Stores.openOrCreate(data)) {
      WatchState state = state();
      Supplier<Sitrep> analysis = Suppliers.memoize(() -> {
        err.println("loading language models…");
        return SitrepService.analyzer(null, true);
      });
      RunListener listener = new RunListener() {
        @Override
        public void message(String text) {
          err.println(text);
        }

        @Override
        public void done(Article article, Batch.Outcome outcome) {}
      };
      Timing timing = Timing.system();
      Watcher watcher = new Watcher(list, FetchSettings.defaults(Sitrep.RELEASE)
          .withTimeout(perRequest), timing, Ingestor.withDefaults(), OutletResolver.withDefaults(),
          new ServiceSink(app, analysis, threads, listener), state, err::println);
      for (int cycle = 1; ; cycle++) {
        var started = timing.now();
        List<FeedReport> reports;
        try {
          reports = watcher.cycle();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 0;
        }
        int alerted = alert(app, rules, hook, reports, out, err);
        err.println(summary(cycle, reports, alerted));
        if (once) {
          return reports.stream().anyMatch(r -> r.outcome() == FeedReport.Outcome.FAILED) ? 1 : 0;
        }
        Duration wait = every.minus(Duration.between(started, timing.now()));
        try {
          timing.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return 0;
        }
      }
    }
  }

  private int alert(SitrepService app, AlertRules rules, Webhook hook, List<FeedReport> reports,
      PrintWriter out, PrintWriter err) throws InterruptedException {
    List<String> stored = new ArrayList<>();
    reports.forEach(r -> stored.addAll(r.storedIds()));
    if (rules.rules().isEmpty() || stored.isEmpty()) {
      return 0;
    }
    AlertContext context = AlertContext.gather(app, rules, stored);
    List<Alert> found = rules.matches(context.fresh(), context.history());
    for (Alert a : found) {
      out.println(a.line());
      if (hook != null) {
        String problem = hook.post(a);
        if (problem != null) {
          err.println(problem);
        }
      }
    }
    out.flush();
    return found.size();
  }

  private static String summary(int cycle, List<FeedReport> reports, int alerts) {
    long read = reports.stream().filter(r -> r.outcome() == FeedReport.Outcome.READ).count();
    long same = reports.stream().filter(r -> r.outcome() == FeedReport.Outcome.NOT_MODIFIED)
        .count();
    long skipped = reports.stream().filter(r -> r.outcome() == FeedReport.Outcome.DISALLOWED)
        .count();
    long failed = reports.stream().filter(r -> r.outcome() == FeedReport.Outcome.FAILED).count();
    int stored = reports.stream().mapToInt(FeedReport::stored).sum();
    return String.format(Locale.ROOT, "cycle %d: %d address(es): %d read, %d not modified, %d"
        + " disallowed, %d failed; %d article(s) stored; %d alert(s)", cycle, reports.size(), read,
        same, skipped, failed, stored, alerts);
  }

  private FeedList feedList() {
    try {
      return FeedList.parse(Files.readString(feeds, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new Main.UserException("no such file: " + feeds, 2);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new Main.UserException("cannot read " + feeds + ": " + e.getMessage(), 2);
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(feeds + ": " + e.getMessage(), 2);
    }
  }

  private AlertRules rules() {
    if (alerts == null) {
      return AlertRules.none();
    }
    try {
      return AlertRules.parse(Files.readString(alerts, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new Main.UserException("no such file: " + alerts, 2);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new Main.UserException("cannot read " + alerts + ": " + e.getMessage(), 2);
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(alerts + ": " + e.getMessage(), 2);
    }
  }

  private Webhook webhook(Duration perRequest) {
    if (webhook == null) {
      return null;
    }
    try {
      return new Webhook(new URI(webhook.strip()), perRequest);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new Main.UserException("--webhook: not an http(s) address: " + webhook, 2);
    }
  }

  private WatchState state() {
    try {
      return WatchState.load(data.dir());
    } catch (IOException e) {
      throw new Main.UserException("cannot read the watch state in " + data.dir() + ": "
          + e.getMessage(), 1);
    } catch (IllegalArgumentException e) {
      throw new Main.UserException(e.getMessage(), 1);
    }
  }

  /** "90s", "10m", "1h", "500ms", or ISO-8601 ("PT10M"); positive. */
  static Duration duration(String option, String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(v);
    Duration d = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    } else {
      try {
        d = Duration.parse(value == null ? "" : value.strip());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (d == null || d.isZero() || d.isNegative()) {
      throw new Main.UserException(option + ": not a positive duration: '" + value + "' (use 90s,"
          + " 10m or 1h)", 2);
    }
    return d;
  }
}
