package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet input and the job's {@code --actors} and {@code --source}, in local mode, on invented
 * articles: the same records as JSON Lines and as Parquet give the same article lines and the same
 * failures; with a user's actor file and an outlet override the job's lines are the CLI's (run as
 * a separate process, {@link CliProcess}).
 */
class InputsAndOptionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static final String KESTA = "Fighters of the Sable Brigade seized a border post near "
      + "Kesta on Saturday, killing three guards, a Valdoran security official said.";
  private static final String MERIDA = "Hundreds of people protested in Merida on Tuesday "
      + "against the war, police said.";
  private static final String TALKS = "Negotiators from Ostmark and Karsland met in Lindau on "
      + "Monday for the first time since the border war.";

  @Test
  void parquetRowsGiveTheArticlesTheirJsonLinesGive() throws IOException {
    // The same records, once as JSON Lines and once as Parquet (string columns and one extra).
    Path jsonl = Files.createDirectories(tmp.resolve("as-jsonl"));
    Files.writeString(jsonl.resolve("records.jsonl"), String.join("\n",
        line("wire-1", "Militia seizes border post", "2027-03-14", "Northern Wire", null, KESTA),
        line(null, "Protest in Merida", "2027-03-16T10:00:00Z", null,
            "https://valleytimes.example/2027/03/16/merida-protest", MERIDA),
        line("wire-3", "No text", null, null, null, null),
        line("wire-4", "Blank text", null, null, null, "   ")) + "\n");
    Files.writeString(jsonl.resolve("typed.jsonl"), "{\"id\": 7, \"title\": \"Talks resume\", "
        + "\"published\": \"2027-03-15T09:30:00Z\", \"text\": \"" + TALKS + "\"}\n");

    Path parquet = Files.createDirectories(tmp.resolve("as-parquet"));
    StructType strings = new StructType().add("id", DataTypes.StringType)
        .add("title", DataTypes.StringType).add("published", DataTypes.StringType)
        .add("source", DataTypes.StringType).add("url", DataTypes.StringType)
        .add("text", DataTypes.StringType).add("lang", DataTypes.StringType);
    writeParquet(List.of(
        RowFactory.create("wire-1", "Militia seizes border post", "2027-03-14", "Northern Wire",
            null, KESTA, "en"),
        RowFactory.create(null, "Protest in Merida", "2027-03-16T10:00:00Z", null,
            "https://valleytimes.example/2027/03/16/merida-protest", MERIDA, "en"),
        RowFactory.create("wire-3", "No text", null, null, null, null, "en"),
        RowFactory.create("wire-4", "Blank text", null, null, null, "   ", "en")),
        strings, parquet.resolve("records.parquet"));
    // A typed table: a numeric id and a timestamp, as a Parquet writer keeps them.
    StructType typed = new StructType().add("id", DataTypes.IntegerType)
        .add("title", DataTypes.StringType).add("published", DataTypes.TimestampType)
        .add("text", DataTypes.StringType);
    writeParquet(List.of(RowFactory.create(7, "Talks resume",
        Timestamp.from(Instant.parse("2027-03-15T09:30:00Z")), TALKS)), typed,
        parquet.resolve("typed.parquet"));
    Files.writeString(parquet.resolve("broken.parquet"), "not a table at all");

    Output fromJsonl = job(jsonl, "out-jsonl", null, null, false);
    Output fromParquet = job(parquet, "out-parquet", null, null, false);

    assertThat(fromJsonl.lines()).containsOnlyKeys("wire-1", "records-2", "7");
    // The same lines but for the source format each names: the rows' is Parquet.
    assertThat(fromParquet.lines()).allSatisfy((id, line) -> assertThat(line)
        .contains("\"format\":\"parquet\"").doesNotContain("\"format\":\"jsonl\""));
    assertThat(fromParquet.lines()).isEqualTo(Maps.transformValues(fromJsonl.lines(),
        line -> line.replace("\"format\":\"jsonl\"", "\"format\":\"parquet\"")));
    assertThat(fromParquet.days()).isEqualTo(fromJsonl.days());
    assertThat(JSON.readTree(fromParquet.lines().get("7")).path("published").path("value")
        .asText()).startsWith("2027-03-15T09:30");

    // The same rows fail for the same reasons; the Parquet origin names the row.
    assertThat(fromJsonl.failures()).containsExactly(
        jsonl.resolve("records.jsonl") + "#line 3: missing \"text\"",
        jsonl.resolve("records.jsonl") + "#line 4: \"text\" is blank");
    assertThat(fromParquet.failures()).containsExactlyInAnyOrder(
        parquet.resolve("broken.parquet")
            + ": not a Parquet file (no PAR1 mark at its start and end)",
        parquet.resolve("records.parquet") + "#row 3: missing \"text\"",
        parquet.resolve("records.parquet") + "#row 4: \"text\" is blank");
  }

  @Test
  void actorsAndSourceGiveTheCliLines() throws IOException, InterruptedException {
    Path in = Files.createDirectories(tmp.resolve("overlay-in"));
    Files.writeString(in.resolve("brigade.txt"), "Sable Brigade fighters leave Kesta\n\n"
        + "The Sable Brigade said on Monday that its fighters had left Kesta after attacking "
        + "an army post there, killing two soldiers.\n");
    Files.writeString(in.resolve("wire.jsonl"), line("wire-9", "Militia seizes border post",
        "2027-03-14", "Northern Wire", null, KESTA) + "\n");
    Path actors = tmp.resolve("actors.tsv");
    Files.writeString(actors, "# invented armed group, for the test\n"
        + "Sable Brigade\tSable Brigades\tLBYREB\t\tLBY\n");

    CliProcess run = CliProcess.run(tmp.resolve("cli"), "analyze", "--no-store", "--format",
        "jsonl", "--actors", actors.toString(), "--source", " Harbor Daily ", in.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> cli = new TreeMap<>();
    for (String l : run.out().split("\n")) {
      if (!l.isBlank()) {
        cli.put(JSON.readTree(l).path("id").asText(), l);
      }
    }

    Output sparked = job(in, "out-overlay", actors, " Harbor Daily ", true);
    assertThat(sparked.failures()).isEmpty();
    assertThat(sparked.lines()).isEqualTo(cli).containsOnlyKeys("brigade", "wire-9");
    JsonNode a = JSON.readTree(sparked.lines().get("brigade"));
    assertThat(a.path("outlet").asText()).isEqualTo("Harbor Daily");
    assertThat(a.path("outlet_from").asText()).isEqualTo("user");
    assertThat(a.path("analysis_version").asText()).contains("+actors-");
    assertThat(a.toString()).contains("LBYREB");
  }

  @Test
  void badActorFileAndBlankSourceAreOneLineUsageErrors() throws IOException {
    Path actors = tmp.resolve("bad-actors.tsv");
    Files.writeString(actors, "only one column\n");
    StringWriter err = new StringWriter();
    int code = SparkMain.run(new String[] {"analyze", "x", "--output",
        tmp.resolve("never").toString(), "--actors", actors.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("cannot use actor dictionary").doesNotContain("at org.");
    assertThat(err.toString().strip()).doesNotContain("\n");

    StringWriter err2 = new StringWriter();
    assertThat(SparkMain.run(new String[] {"analyze", "x", "--output",
        tmp.resolve("never").toString(), "--source", " "},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err2, true))).isEqualTo(2);
    assertThat(err2.toString()).contains("--source needs an outlet name");
  }

  /** What one job wrote: lines and days by id, failures as {@code origin: reason}, sorted. */
  private record Output(Map<String, String> lines, Map<String, String> days,
      List<String> failures) {}

  private static Output job(Path in, String name, Path actors, String source, boolean events)
      throws IOException {
    Path dir = tmp.resolve(name);
    AnalyzeJob.run(spark, new AnalyzeJob.Options(List.of(in.toString()), dir, events, 2, actors,
        source));
    Map<String, String> lines = new TreeMap<>();
    Map<String, String> days = new TreeMap<>();
    for (Path part : LocalSpark.parts(dir.resolve("jsonl"))) {
      for (String l : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        String id = JSON.readTree(l).path("id").asText();
        lines.put(id, l);
        days.put(id, part.getParent().getFileName().toString());
      }
    }
    List<String> failures = new ArrayList<>();
    for (Path part : LocalSpark.parts(dir.resolve("errors"))) {
      for (String l : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        JsonNode f = JSON.readTree(l);
        failures.add(f.path("origin").asText() + ": " + f.path("reason").asText());
      }
    }
    return new Output(lines, days, failures.stream().sorted().toList());
  }

  /** Writes {@code rows} as one Parquet file at {@code target}, as Spark writes a table. */
  private static void writeParquet(List<Row> rows, StructType schema, Path target)
      throws IOException {
    Path dir = tmp.resolve("write-" + target.getFileName());
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(dir.toString());
    try (Stream<Path> s = Files.list(dir)) {
      Path part = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst()
          .orElseThrow();
      Files.move(part, target);
    }
  }

  private static String line(String id, String title, String published, String source,
      String url, String text) {
    Map<String, String> fields = new TreeMap<>();
    String[] names = {"id", "title", "published", "source", "url", "text"};
    String[] values = {id, title, published, source, url, text};
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        fields.put(names[i], values[i]);
      }
    }
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
