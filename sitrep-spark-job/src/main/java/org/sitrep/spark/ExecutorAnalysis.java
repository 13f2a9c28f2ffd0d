package org.sitrep.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.analysis.Sitrep;
import org.sitrep.nlp.NlpSettings;

/**
 * The standard analysis, built once per JVM (per executor, or once for the whole local-mode job)
 * and shared by every task thread that runs in it.
 *
 * <p>Why a lazily built static holder rather than a value passed in, as Sitrep's rule "resources
 * passed as constructor args, not singletons" would have it: Spark ships a task's closure to the
 * executor by serialising it, once per task, and a {@link Sitrep} holds CoreNLP's models (about a
 * gigabyte of heap, half a minute to load) that are neither serialisable nor worth copying. What
 * must travel is only the configuration ({@link Config}); each executor JVM then loads the models
 * on its first task and keeps them for the rest of the job, which is the usual Spark idiom for an
 * expensive, thread-safe, per-process resource. The stages are stateless and thread-safe, so the
 * executor's concurrent tasks share one pipeline, as the CLI's threads do.
 */
final class ExecutorAnalysis {
  private ExecutorAnalysis() {}

  /**
   * What must travel to the executors to build the analysis.
   *
   * @param events whether to extract events
   * @param actors the user's actor dictionary (an absolute path every executor can read), or null
   */
  record Config(boolean events, String actors) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final Map<Config, Sitrep> BY_CONFIG = new ConcurrentHashMap<>();

  /** The analysis with or without events, loaded on first use in this JVM. */
  static Sitrep get(boolean events) {
    return get(new Config(events, null));
  }

  /**
   * The analysis {@code config} names, built on first use in this JVM as {@code sitrep analyze}
   * builds it (the same stages and, with a user dictionary, the same analysis version).
   */
  static Sitrep get(Config config) {
    return BY_CONFIG.computeIfAbsent(config, c -> c.actors() != null
        ? Sitrep.withActorOverlay(NlpSettings.sitrep(), Path.of(c.actors()), c.events())
        : c.events() ? Sitrep.withEvents(NlpSettings.sitrep()) : Sitrep.create(NlpSettings.sitrep()));
  }
}
