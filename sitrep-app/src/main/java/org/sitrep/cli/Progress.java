package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.analysis.Batch;
import org.sitrep.app.RunListener;
import org.sitrep.ingest.Article;

/**
 * Reports progress on standard error: a redrawn bar with rate and ETA on a terminal, plain log
 * lines otherwise (so logs and CI output stay readable).
 */
final class Progress implements RunListener {
  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private int done;

  private Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
  }

  static Progress create(PrintWriter err, int total) {
    return new Progress(err, total, System.console() != null && System.getenv("CI") == null);
  }

  @Override
  public void message(String text) {
    if (terminal) {
      err.print("\r\033[K");
    }
    err.println(text);
    err.flush();
  }

  @Override
  public void done(Article article, Batch.Outcome outcome) {
    done++;
    double secs = (System.nanoTime() - start) / 1e9;
    double rate = done / Math.max(secs, 1e-9);
    double eta = (total - done) / Math.max(rate, 1e-9);
    if (terminal) {
      int width = 30;
      int filled = (int) ((long) width * done / Math.max(total, 1));
      err.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d  %.2f art/s  ETA %s  %s", "#".repeat(filled),
          " ".repeat(width - filled), done, total, rate, clock(eta), article.id());
      if (outcome.failed()) {
        err.printf(Locale.ROOT, "%n  failed %s: %s%n", article.id(), outcome.detail());
      }
    } else {
      err.printf(Locale.ROOT, "[%d/%d] %s %s (%s)%n", done, total, article.id(), outcome.status(),
          outcome.detail());
    }
    err.flush();
  }

  void finish() {
    if (terminal) {
      err.println();
    }
  }

  private static String clock(double secs) {
    long s = Math.round(secs);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
