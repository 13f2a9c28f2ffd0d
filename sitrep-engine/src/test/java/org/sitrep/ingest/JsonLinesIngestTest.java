package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.Fixtures.articles;
import static org.sitrep.ingest.Fixtures.failure;
import static org.sitrep.ingest.Fixtures.failures;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesIngestTest {

  @TempDir Path dir;

  @Test
  void eachLineIsAnArticleAndBrokenLinesFailAlone() {
    String jsonl = String.join("\n",
        "{\"id\":\"a1\",\"title\":\"Truce\",\"text\":\"  Truce holds.\\n\\nMore.\","
            + "\"published\":\"2026-01-09\",\"source\":\"Wire\",\"url\":\"https://w.example/1\"}",
        "{\"text\": \"No id here.\"}",
        "{\"text\": \"broken\",",
        "",
        "{\"title\": \"no text\"}",
        "{\"text\": \"   \"}",
        "[1, 2]",
        "{\"text\": \"Last one.\", \"published\": \"March 4, 2027\"}") + "\n";
    Path p = write(dir, "batch.jsonl", jsonl);
    List<IngestResult> results = read(p);

    List<Article> articles = articles(results);
    assertThat(articles).extracting(Article::id).containsExactly("a1", "batch-2", "batch-8");
    Article first = articles.get(0);
    assertThat(first.text()).isEqualTo("  Truce holds.\n\nMore.");
    assertThat(first.title()).isEqualTo("Truce");
    assertThat(first.source()).isEqualTo("Wire");
    assertThat(first.url()).isEqualTo("https://w.example/1");
    assertThat(first.published()).isEqualTo("2026-01-09");
    assertThat(first.format()).isEqualTo(SourceFormat.JSONL);
    assertThat(first.origin()).isEqualTo(p + "#line 1");
    assertThat(articles.get(2).published()).isEqualTo("2027-03-04");

    assertThat(failures(results)).extracting(IngestResult.Failed::origin).containsExactly(
        p + "#line 3", p + "#line 5", p + "#line 6", p + "#line 7");
    assertThat(failures(results).get(0).reason()).startsWith("invalid JSON");
    assertThat(failures(results).get(1).reason()).isEqualTo("missing \"text\"");
    assertThat(failures(results).get(2).reason()).isEqualTo("\"text\" is blank");
    assertThat(failures(results).get(3).reason()).isEqualTo("not a JSON object");
    // Results come in line order, failures interleaved.
    assertThat(results).extracting(IngestResult::origin).containsExactly(
        p + "#line 1", p + "#line 2", p + "#line 3", p + "#line 5", p + "#line 6",
        p + "#line 7", p + "#line 8");
  }

  @Test
  void aRecordHeldInMemoryGivesTheArticleItsLineGives() {
    String record = "{\"id\": 12, \"title\": \"Convoy reaches Kesta\", \"published\": "
        + "\"March 4, 2027\", \"url\": 5, \"text\": \"An aid convoy of 30 trucks reached "
        + "Kesta, the Red Crescent said.\"}";
    Path p = write(dir, "rows.jsonl", record + "\n");
    Article fromFile = articles(read(p)).get(0);
    IngestResult r = Ingestor.withDefaults().readRecord(record, SourceFormat.PARQUET,
        "rows.parquet#row 1", "rows-1");
    Article fromRecord = ((IngestResult.Ok) r).article();
    assertThat(fromRecord.origin()).isEqualTo("rows.parquet#row 1");
    assertThat(fromRecord.format()).isEqualTo(SourceFormat.PARQUET);
    // Everything but the origin and format is the line's article: id, date, warnings, outlet.
    assertThat(new Article(fromRecord.id(), fromRecord.source(), fromRecord.url(),
        fromRecord.title(), fromRecord.published(), fromRecord.text(), fromFile.format(),
        fromFile.origin(), fromRecord.markup(), fromRecord.warnings(), fromRecord.outlet()))
        .isEqualTo(fromFile);
    assertThat(fromRecord.id()).isEqualTo("12");
    assertThat(fromRecord.warnings()).contains("\"url\" is not a string; ignored");

    IngestResult blank = Ingestor.withDefaults().readRecord("{\"id\": \"x\", \"text\": \" \"}",
        SourceFormat.PARQUET,
        "t.parquet#row 2", "t-2");
    assertThat(blank).isEqualTo(new IngestResult.Failed("t.parquet#row 2", "\"text\" is blank"));
    IngestResult noId = Ingestor.withDefaults().readRecord("{\"text\": \"Shelling resumed.\"}",
        SourceFormat.PARQUET,
        "t.parquet#row 3", "t-3");
    assertThat(((IngestResult.Ok) noId).article().id()).isEqualTo("t-3");
  }

  @Test
  void aRepeatedIdInsideOneFileFailsTheLaterLine() {
    Path p = write(dir, "dups.ndjson", "{\"id\":\"x\",\"text\":\"one\"}\r\n{\"id\":\"x\",\"text\":\"two\"}\r\n");
    List<IngestResult> results = read(p);
    assertThat(results.get(1)).isEqualTo(new IngestResult.Failed(p + "#line 2",
        "duplicate id x (already read from " + p + "#line 1)"));
  }

  @Test
  void aMisEncodedLineIsDecodedAsWindows1252WithAWarning() {
    byte[] good = "{\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0x93, 'q', (byte) 0x94, '"', '}'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    List<Article> articles = articles(read(write(dir, "mixed.jsonl", all)));
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).warnings()).isEmpty();
    assertThat(articles.get(1).text()).isEqualTo("“q”");
    assertThat(articles.get(1).warnings()).containsExactly("not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void utf16JsonLinesWithBomAreRead() {
    byte[] body = "{\"text\":\"Ankara – talks\"}\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    assertThat(articles(read(write(dir, "wide.jsonl", all)))).singleElement()
        .extracting(Article::text).isEqualTo("Ankara – talks");
  }

  @Test
  void aJsonArrayIsNotJsonLines() {
    assertThat(failure(write(dir, "all.json", "[{\"text\":\"a\"}]")).reason())
        .isEqualTo("a JSON array, not JSON Lines: put one article object per line");
  }

  @Test
  void anOverlongTextFailsItsLine() {
    Path p = write(dir, "long.jsonl", "{\"text\":\"" + "y".repeat(50) + "\"}\n{\"text\":\"ok\"}\n");
    List<IngestResult> results = read(Ingestor.withLimits(10_000, 20), p);
    assertThat(failures(results)).singleElement()
        .extracting(IngestResult.Failed::reason).isEqualTo("article text is 50 characters, over the 20 limit");
    assertThat(articles(results)).extracting(Article::text).containsExactly("ok");
  }

  @Test
  void aTitleThatIsAWebAddressIsNoTitle() {
    Path p = write(dir, "url.jsonl", "{\"title\":\"https://ledger.example/kadrina\","
        + "\"text\":\"Curfew lifted\\n\\nThe curfew ended on Monday.\"}\n");
    Article a = articles(read(p)).get(0);
    assertThat(a.title()).isNull();
    assertThat(a.warnings()).containsExactly("title is a web address; ignored");
  }
}
