package org.sitrep.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Iterators;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Batch;
import org.sitrep.analysis.Json;
import org.sitrep.analysis.Sitrep;
import org.sitrep.core.Document;
import org.sitrep.core.IsoDays;
import org.sitrep.core.Messages;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Outlet;
import org.sitrep.ingest.OutletOrigin;
import scala.Tuple2;

/**
 * {@code sitrep-spark analyze}: Sitrep's standard analysis as a Spark job.
 *
 * <p>The driver lists the input files as {@code sitrep analyze} does ({@link InputFiles}); the
 * executors read them through the engine's {@link Ingestor}, so inputs must be on a file system
 * every executor sees (local mode, or a shared mount on a cluster); files named {@code *.parquet}
 * are read by Spark's Parquet reader instead, one article per row ({@link ParquetInput}). Ids
 * read twice keep the first read, in the CLI's reading order, and the later ones are failures
 * with the CLI's reason. The
 * articles are then spread evenly over the tasks and analysed with one pipeline per executor JVM
 * ({@link ExecutorAnalysis}); an article whose analysis throws becomes a failure and the job goes
 * on.
 *
 * <p>Output under the output directory:
 * <ul>
 *   <li>{@code jsonl/day=YYYY-MM-DD/part-*.txt}: each article's line exactly as {@code sitrep
 *       analyze --format jsonl --no-store} prints it, partitioned by the day of its resolved
 *       publication date ({@code day=unknown} without one), in input order within a day;
 *   <li>{@code parquet/articles}, {@code entities}, {@code events}, {@code quotes}: tables for SQL
 *       users (see {@link Tables});
 *   <li>{@code errors/part-*.txt}: one JSON line per failure (see {@link Failure}).
 * </ul>
 */
public final class AnalyzeJob {
  private AnalyzeJob() {}

  /**
   * What to run.
   *
   * @param inputs files or directories, as on the command line
   * @param output the output directory; must not exist yet
   * @param events whether to extract events (as {@code sitrep analyze}; {@code --no-events})
   * @param partitions how many analysis tasks; 0 for three per core Spark offers
   * @param actors the user's actor dictionary on top of the built-in one ({@code sitrep analyze
   *     --actors FILE}), on a file system every executor sees; null for none
   * @param source the outlet every article gets, as {@code sitrep analyze --source NAME} gives
   *     it (outlet_from {@code user}, wire credit kept); null to keep each article's own
   */
  public record Options(List<String> inputs, Path output, boolean events, int partitions,
      Path actors, String source) {
    public Options {
      inputs = List.copyOf(inputs);
      checkArgument(!inputs.isEmpty(), "no inputs");
      Objects.requireNonNull(output, "output");
      checkArgument(partitions >= 0, "partitions must be >= 0, got %s", partitions);
      checkArgument(source == null || !source.isBlank(), "the outlet name (--source) is blank");
      source = source == null ? null : source.strip();
      actors = actors == null ? null : actors.toAbsolutePath().normalize();
    }

    /** The standard options: built-in actors, each article's own outlet. */
    public Options(List<String> inputs, Path output, boolean events, int partitions) {
      this(inputs, output, events, partitions, null, null);
    }
  }

  /**
   * What a run did.
   *
   * @param analysed articles analysed and written
   * @param failures inputs, records and articles that failed (see the error output)
   * @param days distinct publication days
   * @param seconds wall time of the whole job
   */
  public record Summary(long analysed, long failures, long days, double seconds) {}

  /** One article's result: its line and day, or why it failed. */
  record Analysed(int input, int file, int record, String id, String day, String json,
      Failure failure) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One file's read: an article or a failure. */
  record Read(PortableArticle article, Failure failure) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Runs the job on {@code spark}; never fails for a bad input or article. */
  public static Summary run(SparkSession spark, Options options) {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    InputFiles listed = InputFiles.list(options.inputs());
    int cores = jsc.defaultParallelism();
    int partitions = options.partitions() > 0 ? options.partitions() : 3 * cores;

    String outlet = options.source();
    List<InputFiles.InputFile> parquet = listed.files().stream()
        .filter(f -> ParquetInput.isParquet(f.path())).toList();
    List<InputFiles.InputFile> others = listed.files().stream()
        .filter(f -> !ParquetInput.isParquet(f.path())).toList();
    JavaRDD<Read> reads = jsc.parallelize(others,
            Math.max(1, Math.min(others.size(), partitions)))
        .flatMap(f -> read(f, outlet).iterator());
    if (!parquet.isEmpty()) {
      reads = reads.union(ParquetInput.read(spark, parquet, outlet));
    }
    reads = reads.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<PortableArticle> articles = reads.filter(r -> r.article() != null)
        .map(Read::article);
    Broadcast<Map<List<Integer>, Failure>> repeated = jsc.broadcast(repeatedIds(articles));

    ExecutorAnalysis.Config config = new ExecutorAnalysis.Config(options.events(),
        options.actors() == null ? null : options.actors().toString());
    JavaRDD<Analysed> results = articles
        .filter(a -> !repeated.value().containsKey(key(a)))
        .repartition(partitions)
        .mapPartitions(it -> analyse(it, config))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    String out = options.output().toString();
    JavaRDD<Analysed> ok = results.filter(r -> r.failure() == null);
    StructType lines = new StructType()
        .add("input", DataTypes.IntegerType).add("file", DataTypes.IntegerType)
        .add("record", DataTypes.IntegerType).add("json", DataTypes.StringType)
        .add("day", DataTypes.StringType);
    Dataset<Row> jsonl = spark.createDataFrame(ok.map(r -> RowFactory.create(r.input(),
        r.file(), r.record(), r.json(), r.day())), lines);
    jsonl.repartition(jsonl.col("day"))
        .sortWithinPartitions("day", "input", "file", "record")
        .select("json", "day")
        .write().mode(SaveMode.ErrorIfExists).partitionBy("day").text(out + "/jsonl");

    JavaRDD<String> okJson = ok.map(Analysed::json);
    for (Tables.Table t : Tables.ALL) {
      spark.createDataFrame(okJson.flatMap(j -> t.rows(j).iterator()), t.schema())
          .write().mode(SaveMode.ErrorIfExists).parquet(out + "/parquet/" + t.name());
    }

    JavaRDD<Failure> failures = jsc.parallelize(listed.failures(), 1)
        .union(reads.filter(r -> r.failure() != null).map(Read::failure))
        .union(jsc.parallelize(new ArrayList<>(repeated.value().values()), 1))
        .union(results.filter(r -> r.failure() != null).map(Analysed::failure));
    StructType errorLines = new StructType()
        .add("input", DataTypes.IntegerType).add("file", DataTypes.IntegerType)
        .add("record", DataTypes.IntegerType).add("json", DataTypes.StringType);
    Dataset<Row> errors = spark.createDataFrame(failures.map(f -> RowFactory.create(f.input(),
        f.file(), f.record(), f.toJsonLine())), errorLines);
    errors.coalesce(1).sortWithinPartitions("input", "file", "record").select("json")
        .write().mode(SaveMode.ErrorIfExists).text(out + "/errors");

    long analysed = ok.count();
    long failed = failures.count();
    long days = ok.map(Analysed::day).distinct().count();
    reads.unpersist();
    results.unpersist();
    return new Summary(analysed, failed, days, (System.nanoTime() - t0) / 1e9);
  }

  private static List<Integer> key(PortableArticle a) {
    return List.of(a.input(), a.file(), a.record());
  }

  /**
   * Reads one file through the engine's ingest, as the CLI reads it, every article's outlet being
   * {@code outlet} when it is not null.
   */
  static List<Read> read(InputFiles.InputFile f, String outlet) {
    List<Read> out = new ArrayList<>();
    try (Stream<IngestResult> results = Ingestor.withDefaults().read(List.of(Path.of(f.path())))) {
      int record = 0;
      for (IngestResult r : (Iterable<IngestResult>) results::iterator) {
        if (r instanceof IngestResult.Ok okRead) {
          out.add(new Read(PortableArticle.of(f.input(), f.file(), record,
              withOutlet(okRead.article(), outlet)), null));
        } else if (r instanceof IngestResult.Failed failed) {
          out.add(new Read(null, Failure.ingest(f.input(), f.file(), record, failed.origin(),
              failed.reason())));
        }
        record++;
      }
    } catch (RuntimeException e) {
      // The Ingestor turns every bad input into a failure; this is for what it did not foresee.
      out.add(new Read(null, Failure.ingest(f.input(), f.file(), Integer.MAX_VALUE, f.path(),
          "could not read: " + Messages.oneLine(String.valueOf(e)))));
    }
    return out;
  }

  /**
   * {@code a} with the outlet the user named ({@code --source}), as {@code sitrep analyze
   * --source} sets it (outlet_from {@code user}, the wire credit kept), or {@code a} itself.
   */
  static Article withOutlet(Article a, String outlet) {
    return outlet == null ? a : a.withOutlet(new Outlet(outlet, OutletOrigin.USER,
        a.outlet().wire()));
  }

  /**
   * The articles whose id an earlier article (in the CLI's reading order) already has, each
   * with the CLI's reason. Only the ids seen more than once come back to the driver.
   */
  private static Map<List<Integer>, Failure> repeatedIds(JavaRDD<PortableArticle> articles) {
    Set<String> ids = new HashSet<>(articles.mapToPair(a -> new Tuple2<>(a.id(), 1L))
        .reduceByKey(Long::sum).filter(t -> t._2() > 1).keys().collect());
    Map<List<Integer>, Failure> later = new HashMap<>();
    if (ids.isEmpty()) {
      return later;
    }
    List<PortableArticle> dups = new ArrayList<>(articles.filter(a -> ids.contains(a.id()))
        .map(a -> new PortableArticle(a.input(), a.file(), a.record(), a.id(), null, null, null,
            null, "", a.format(), a.origin(), List.of(), List.of(), a.outletName(),
            a.outletFrom(), a.wire()))
        .collect());
    dups.sort(Comparator.comparingInt(PortableArticle::input)
        .thenComparingInt(PortableArticle::file).thenComparingInt(PortableArticle::record));
    Map<String, String> first = new HashMap<>();
    for (PortableArticle a : dups) {
      String origin = first.putIfAbsent(a.id(), a.origin());
      if (origin != null && !origin.equals(a.origin())) {
        later.put(key(a), new Failure(a.input(), a.file(), a.record(), a.origin(), a.id(),
            "ingest", "duplicate id " + Messages.quoted(a.id()) + " (already read from "
                + origin + ")"));
      }
    }
    return later;
  }

  /** Analyses a partition's articles lazily, one at a time, with this JVM's pipeline. */
  static Iterator<Analysed> analyse(Iterator<PortableArticle> articles,
      ExecutorAnalysis.Config config) {
    Sitrep sitrep = ExecutorAnalysis.get(config);
    return Iterators.transform(articles, a -> analyseOne(sitrep, a));
  }

  static Analysed analyseOne(Sitrep sitrep, PortableArticle a) {
    try {
      Document doc = sitrep.run(a.toArticle());
      AnalyzedArticle done = AnalyzedArticle.from(doc, sitrep.analysisVersion());
      return new Analysed(a.input(), a.file(), a.record(), a.id(), day(done), Json.toLine(done),
          null);
    } catch (RuntimeException | StackOverflowError e) {
      // One bad article costs itself, never the job: the reason goes to the error output.
      return new Analysed(a.input(), a.file(), a.record(), a.id(), null, null,
          new Failure(a.input(), a.file(), a.record(), a.origin(), a.id(), "analysis",
              Messages.oneLine(Batch.failureReason(e))));
    }
  }

  /** {@code YYYY-MM-DD} of the resolved publication date, or {@code unknown}. */
  static String day(AnalyzedArticle a) {
    LocalDate d = IsoDays.dayOf(a.published() == null ? null : a.published().value());
    return d == null ? "unknown" : d.toString();
  }
}
