package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.analysis.Sitrep;
import org.sitrep.nlp.NlpSettings;

/** Shared test fixtures: one Sitrep (one CoreNLP load) per test run, and the shared folder. */
public final class TestSupport {
  private TestSupport() {}

  private static final class Holder {
    static final Sitrep SITREP = Sitrep.create(NlpSettings.sitrep());
  }

  private static final class EventsHolder {
    static final Sitrep SITREP = Sitrep.withEvents(NlpSettings.sitrep());
  }

  /** Sitrep with events, over the same CoreNLP as {@link #sitrep()}. */
  public static Sitrep sitrepWithEvents() {
    return EventsHolder.SITREP;
  }

  /** The process-wide Sitrep; CoreNLP loads on first use, once per test run. */
  public static Sitrep sitrep() {
    return Holder.SITREP;
  }

  /** {@code ../shared/<sub>} when it exists (set by surefire as sitrep.shared). */
  public static Optional<Path> shared(String sub) {
    String base = System.getProperty("sitrep.shared", "../shared");
    Path p = Path.of(base).resolve(sub);
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }

  /** The bundled sample corpus. */
  public static Path samples() {
    return Path.of("samples");
  }
}
