package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.analysis.AnalyzedArticle;

/**
 * An export format: turns analysed articles into text, one article at a time, so that an export of
 * any size runs in flat memory. An exporter is stateless and thread-safe; each {@link #open} starts
 * an independent output.
 *
 * <p>Exporters never close the {@link Writer} they are given; the caller owns it.
 */
public interface Exporter {

  /**
   * Starts an export: writes what precedes the first article (a header row, a JSON opening).
   *
   * @throws IOException when {@code out} fails
   */
  Sink open(Writer out) throws IOException;

  /** One export in progress. Not thread-safe: feed it from one thread, then {@link #finish} it. */
  interface Sink {
    /**
     * Writes one article's rows or features and flushes them.
     *
     * @throws IllegalStateException after {@link #finish}
     * @throws IOException when the writer fails
     */
    void write(AnalyzedArticle article) throws IOException;

    /**
     * Writes what follows the last article (the close of a JSON document) and flushes; later
     * calls do nothing.
     *
     * @throws IOException when the writer fails
     */
    void finish() throws IOException;
  }
}
