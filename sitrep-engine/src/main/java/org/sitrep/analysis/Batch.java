package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.core.AnalysisException;
import org.sitrep.ingest.Article;

/**
 * Analyses many articles on a fixed number of threads and hands each result, in input order, to
 * a {@link Sink}. One article's failure is reported and the batch goes on.
 */
public final class Batch {
  private final Sitrep sitrep;
  private final int threads;

  private Batch(Sitrep sitrep, int threads) {
    this.sitrep = sitrep;
    this.threads = threads;
  }

  public static Batch of(Sitrep sitrep, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    return new Batch(sitrep, threads);
  }

  /** Where analysed articles go; called from one thread at a time, in input order. */
  public interface Sink {
    /** Decides before analysis whether an article needs it at all (e.g. unchanged in the store). */
    default boolean wants(Article article) {
      return true;
    }

    /** Receives an analysed article; returns a short outcome word for the log ("new", "v2"). */
    String accept(AnalyzedArticle article) throws Exception;
  }

  /** Hears about each article as it completes. */
  public interface Listener {
    void done(Article article, Outcome outcome);
  }

  /**
   * What happened to one article.
   *
   * @param id article id
   * @param status {@code analysed}, {@code skipped} (unchanged) or {@code failed}
   * @param detail the sink's outcome word, or the failure reason
   * @param tokens tokens analysed (0 when skipped or failed)
   * @param entities entities found
   * @param times time expressions found
   * @param quotes quotes found
   * @param events events found
   */
  public record Outcome(String id, String status, String detail, int tokens, int entities,
      int times, int quotes, int events) {
    public boolean failed() {
      return status.equals("failed");
    }
  }

  /** Runs the batch; never throws for a bad article. */
  public List<Outcome> run(List<Article> articles, Sink sink, Listener listener) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sitrep-analyse");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> analyse(a, sink)));
      }
      List<Outcome> out = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        Outcome o;
        try {
          Object r = futures.get(i).get();
          if (r instanceof Outcome skipped) {
            o = skipped;
          } else {
            Analysed done = (Analysed) r;
            String detail = sink.accept(done.article());
            o = new Outcome(a.id(), "analysed", detail, done.tokens(),
                done.article().entities().size(), done.article().times().size(),
                done.article().quotes().size(), done.article().events().size());
          }
        } catch (ExecutionException e) {
          o = new Outcome(a.id(), "failed", failureReason(e.getCause()), 0, 0, 0, 0, 0);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          o = new Outcome(a.id(), "failed", "interrupted", 0, 0, 0, 0, 0);
        } catch (Exception e) {
          o = new Outcome(a.id(), "failed", "could not store: " + failureReason(e),
              0, 0, 0, 0, 0);
        }
        out.add(o);
        listener.done(a, o);
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private Object analyse(Article a, Sink sink) {
    if (!sink.wants(a)) {
      return new Outcome(a.id(), "skipped", "unchanged", 0, 0, 0, 0, 0);
    }
    var doc = sitrep.run(a);
    return new Analysed(AnalyzedArticle.from(doc, sitrep.analysisVersion()),
        doc.get(org.sitrep.nlp.NlpAnalysis.LAYER).tokenCount());
  }

  private record Analysed(AnalyzedArticle article, int tokens) {}

  /**
   * The one-line reason an analysis failure is reported with ("analysis failed in stage 'X': …"),
   * by this runner and by the Spark job alike.
   */
  public static String failureReason(Throwable t) {
    if (t instanceof AnalysisException ae) {
      return "analysis failed in stage '" + ae.stage() + "': " + ae.getCause();
    }
    return String.valueOf(t);
  }
}
