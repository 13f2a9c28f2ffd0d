package org.sitrep.core;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * An ordered, validated chain of {@link Stage}s. {@link Builder#build()} checks once, before any
 * article is seen, that every stage's required layers are produced by the input or an earlier stage
 * and that no layer is produced twice. Each stage's wall time is accumulated so that a benchmark
 * can report where the time goes.
 *
 * <p>Thread-safe: many threads may call {@link #run} at once.
 */
public final class Pipeline {
  private final Layer<?> input;
  private final ImmutableList<Stage<?>> stages;
  private final Map<String, LongAdder> nanos = new LinkedHashMap<>();
  private final Map<String, LongAdder> calls = new LinkedHashMap<>();

  private Pipeline(Layer<?> input, List<Stage<?>> stages) {
    this.input = input;
    this.stages = ImmutableList.copyOf(stages);
    for (Stage<?> s : stages) {
      nanos.put(s.name(), new LongAdder());
      calls.put(s.name(), new LongAdder());
    }
  }

  /** Starts a pipeline whose documents begin with the single layer {@code input}. */
  public static Builder startingWith(Layer<?> input) {
    return new Builder(input);
  }

  /** The layer every input document must hold. */
  public Layer<?> input() {
    return input;
  }

  public List<Stage<?>> stages() {
    return stages;
  }

  /**
   * Runs every stage on {@code document} in order and returns the enriched document.
   *
   * @throws AnalysisException naming the stage, when a stage fails
   */
  public Document run(Document document) {
    checkArgument(document.has(input), "document lacks the pipeline's input layer %s", input);
    Document doc = document;
    for (Stage<?> stage : stages) {
      doc = step(stage, doc);
    }
    return doc;
  }

  private <T> Document step(Stage<T> stage, Document doc) {
    long t0 = System.nanoTime();
    try {
      return doc.with(stage.produces(), stage.process(doc));
    } catch (RuntimeException | StackOverflowError e) {
      throw new AnalysisException(stage.name(), e);
    } finally {
      nanos.get(stage.name()).add(System.nanoTime() - t0);
      calls.get(stage.name()).increment();
    }
  }

  /** Accumulated wall time per stage, in stage order, since this pipeline was built. */
  public List<StageTiming> timings() {
    List<StageTiming> out = new ArrayList<>();
    for (Stage<?> s : stages) {
      out.add(new StageTiming(s.name(), calls.get(s.name()).sum(), nanos.get(s.name()).sum()));
    }
    return out;
  }

  /**
   * Time spent in one stage.
   *
   * @param stage the stage's name
   * @param calls how many documents it processed
   * @param nanos total wall time, summed over threads
   */
  public record StageTiming(String stage, long calls, long nanos) {}

  /** Collects stages and validates them on {@link #build()}. */
  public static final class Builder {
    private final Layer<?> input;
    private final List<Stage<?>> stages = new ArrayList<>();

    private Builder(Layer<?> input) {
      this.input = input;
    }

    public Builder then(Stage<?> stage) {
      stages.add(stage);
      return this;
    }

    /**
     * Validates the chain.
     *
     * @throws IllegalStateException when a stage requires a layer that nothing before it produces,
     *     a layer is produced twice, or two stages share a name
     */
    public Pipeline build() {
      Set<Layer<?>> available = new HashSet<>(Set.of(input));
      Set<String> names = new HashSet<>();
      for (Stage<?> s : stages) {
        if (!names.add(s.name())) {
          throw new IllegalStateException("two stages are named '" + s.name() + "'");
        }
        for (Layer<?> need : s.requires()) {
          if (!available.contains(need)) {
            throw new IllegalStateException("stage '" + s.name() + "' requires layer '" + need
                + "', which neither the input nor an earlier stage produces (available: "
                + available + ")");
          }
        }
        if (!available.add(s.produces())) {
          throw new IllegalStateException("stage '" + s.name() + "' produces layer '"
              + s.produces() + "', which is already produced earlier");
        }
      }
      return new Pipeline(input, stages);
    }
  }
}
