package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.sitrep.core.Messages;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.SourceFormat;

/**
 * Parquet inputs: files named {@code *.parquet} whose columns are the JSON Lines input's fields
 * ({@link #COLUMNS}; other columns are ignored, as other fields of a JSON line are), read with
 * Spark's own Parquet reader. Each row becomes the article its values would give as one line of a
 * JSON Lines file ({@link Ingestor#readRecord}): the same id rules (a missing id is {@code
 * STEM-N}, N the row's number from 1), the same warnings, limits and one-line reasons, so a row
 * without text or with a text that is not a string is a failure named {@code path#row N}. Columns
 * that are not strings keep the JSON reader's rules (a number is a valid id, elsewhere it is
 * ignored with a warning), except dates and timestamps, which read as ISO-8601 text (a timestamp
 * as its UTC instant, {@code 2027-03-15T09:30:00Z}) since that is what a Parquet writer makes of
 * a publication time.
 *
 * <p>A file that is not Parquet (no {@code PAR1} at both ends) is one failure with its reason and
 * is never handed to Spark; one Spark cannot read is retried alone, so it costs only itself.
 */
final class ParquetInput {
  private ParquetInput() {}

  /** The columns read, the JSON Lines input's fields. */
  static final List<String> COLUMNS = List.of("id", "title", "text", "published", "source", "url");

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Whether the job reads {@code path} as Parquet: by its name, as Spark writes them. */
  static boolean isParquet(String path) {
    return Path.of(path).getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
  }

  /** Why {@code path} cannot be a Parquet file, or null when its ends say it is one. */
  static String notParquet(Path path) {
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
      long size = f.length();
      if (size == 0) {
        return "empty file";
      }
      // Header magic, footer length (4 bytes), footer magic: 12 bytes at the least.
      byte[] head = new byte[4];
      byte[] tail = new byte[4];
      if (size >= 12) {
        f.readFully(head);
        f.seek(size - 4);
        f.readFully(tail);
      }
      return Arrays.equals(head, MAGIC) && Arrays.equals(tail, MAGIC) ? null
          : "not a Parquet file (no PAR1 mark at its start and end)";
    } catch (IOException e) {
      return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage());
    }
  }

  /**
   * Reads {@code files}: one {@link AnalyzeJob.Read} per row (an article or a failure) and one
   * failure per file that cannot be read. Never throws for a bad file.
   *
   * @param outlet the outlet every article gets ({@code --source}), or null
   */
  static JavaRDD<AnalyzeJob.Read> read(SparkSession spark, List<InputFiles.InputFile> files,
      String outlet) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<AnalyzeJob.Read> bad = new ArrayList<>();
    List<InputFiles.InputFile> good = new ArrayList<>();
    for (InputFiles.InputFile f : files) {
      String why = notParquet(Path.of(f.path()));
      if (why == null) {
        good.add(f);
      } else {
        bad.add(new AnalyzeJob.Read(null, Failure.ingest(f.input(), f.file(), 0, f.path(), why)));
      }
    }
    JavaRDD<AnalyzeJob.Read> reads = jsc.parallelize(bad, 1);
    return good.isEmpty() ? reads : reads.union(readOrSplit(spark, jsc, good, outlet));
  }

  /** All files in one read; when Spark fails on it, each file alone, so only the bad one fails. */
  private static JavaRDD<AnalyzeJob.Read> readOrSplit(SparkSession spark, JavaSparkContext jsc,
      List<InputFiles.InputFile> files, String outlet) {
    try {
      JavaRDD<AnalyzeJob.Read> rows = rows(spark, files, outlet);
      rows.count(); // reads every row now, so that a bad file shows here and not mid-analysis
      return rows;
    } catch (Exception e) { // Spark's own exceptions are checked ones Scala does not declare
      if (files.size() > 1) {
        JavaRDD<AnalyzeJob.Read> out = jsc.emptyRDD();
        for (InputFiles.InputFile f : files) {
          out = out.union(readOrSplit(spark, jsc, List.of(f), outlet));
        }
        return out;
      }
      InputFiles.InputFile f = files.get(0);
      return jsc.parallelize(List.of(new AnalyzeJob.Read(null, Failure.ingest(f.input(),
          f.file(), 0, f.path(), "cannot read as Parquet: " + Messages.oneLine(rootCause(e))))));
    }
  }

  private static JavaRDD<AnalyzeJob.Read> rows(SparkSession spark,
      List<InputFiles.InputFile> files, String outlet) {
    Map<String, InputFiles.InputFile> byPath = new HashMap<>();
    String[] paths = new String[files.size()];
    for (int i = 0; i < paths.length; i++) {
      InputFiles.InputFile f = files.get(i);
      String key = key(Path.of(f.path()));
      byPath.put(key, f);
      // Spark takes a path as a glob pattern: a file name's own brackets or stars are literal.
      paths[i] = key.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
    Dataset<Row> df = spark.read().option("mergeSchema", "true").parquet(paths);
    List<String> present = new ArrayList<>();
    List<Column> select = new ArrayList<>();
    List<String> fields = Arrays.asList(df.schema().fieldNames());
    for (String c : COLUMNS) {
      // Exact names, as the JSON reader's fields: Spark itself would match "Text" to "text".
      if (fields.contains(c)) {
        present.add(c);
        select.add(df.col("`" + c + "`"));
      }
    }
    select.add(functions.col("_metadata.file_path"));
    select.add(functions.col("_metadata.row_index"));
    int n = present.size();
    return df.select(select.toArray(new Column[0])).javaRDD().mapPartitions(it ->
        toReads(it, present, n, byPath, outlet));
  }

  private static Iterator<AnalyzeJob.Read> toReads(Iterator<Row> rows, List<String> names,
      int n, Map<String, InputFiles.InputFile> byPath, String outlet) {
    Ingestor ingestor = Ingestor.withDefaults();
    Map<String, InputFiles.InputFile> byUri = new HashMap<>();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public AnalyzeJob.Read next() {
        Row row = rows.next();
        String uri = row.getString(n);
        long index = row.getLong(n + 1);
        InputFiles.InputFile f = byUri.computeIfAbsent(uri, u -> byPath.get(key(fromUri(u))));
        int record = (int) Math.min(index, Integer.MAX_VALUE - 1);
        String path = f == null ? uri : f.path();
        String origin = path + "#row " + (index + 1);
        int input = f == null ? Integer.MAX_VALUE : f.input();
        int file = f == null ? Integer.MAX_VALUE : f.file();
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < n; i++) {
          put(o, names.get(i), row.get(i));
        }
        IngestResult r = ingestor.readRecord(o.toString(), SourceFormat.PARQUET, origin,
            stem(path) + "-" + (index + 1));
        if (r instanceof IngestResult.Ok ok) {
          Article a = AnalyzeJob.withOutlet(ok.article(), outlet);
          return new AnalyzeJob.Read(PortableArticle.of(input, file, record, a), null);
        }
        IngestResult.Failed failed = (IngestResult.Failed) r;
        return new AnalyzeJob.Read(null, Failure.ingest(input, file, record, failed.origin(),
            failed.reason()));
      }
    };
  }

  /** A row's value as the JSON value the JSON Lines reader would meet. */
  static void put(ObjectNode o, String name, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof String s) {
      o.put(name, s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      o.put(name, ((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      o.put(name, ((Number) v).doubleValue());
    } else if (v instanceof BigDecimal d) {
      o.put(name, d);
    } else if (v instanceof Boolean b) {
      o.put(name, b);
    } else if (v instanceof Timestamp t) {
      o.put(name, t.toInstant().toString());
    } else if (v instanceof Instant t) {
      o.put(name, t.toString());
    } else if (v instanceof java.sql.Date d) {
      o.put(name, d.toLocalDate().toString());
    } else if (v instanceof LocalDate || v instanceof LocalDateTime) {
      o.put(name, v.toString());
    } else {
      // Binary, lists, structs: not text, which the reader says in its own words.
      o.putObject(name);
    }
  }

  /** The file name without its last extension, as the CLI names a record without an id. */
  static String stem(String path) {
    String name = Path.of(path).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** The local path of Spark's {@code _metadata.file_path} ({@code file:/...}, URL-encoded). */
  private static Path fromUri(String uri) {
    try {
      return Path.of(URI.create(uri));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Path.of(new org.apache.hadoop.fs.Path(uri).toUri().getPath());
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
