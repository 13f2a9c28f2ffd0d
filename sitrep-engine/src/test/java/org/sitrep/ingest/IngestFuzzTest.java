package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sitrep.fuzz.ByteSource;
import org.sitrep.fuzz.SeededTries;

/**
 * Fuzzing of the ingest parsers (issue 9, section 4): for any input, HTML, feed, JSON Lines,
 * byte decoding and whole files return results, never an exception, and every failure reason or
 * warning is a one-line message that names no exception class. Inputs mix random text and bytes
 * with mutations of small invented valid inputs (see {@link FuzzInputs}).
 *
 * <p>Each target runs twice: as a {@code @FuzzTest}, which Jazzer fuzzes with coverage guidance
 * in CI's {@code ci} profile (bounded by {@code maxDuration}) and which replays the saved
 * inputs under {@code IngestFuzzTestInputs/} in every build; and as a plain test over a few
 * hundred seeded random inputs, so every build also explores a little.
 */
class IngestFuzzTest {

  private static final String HTML = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <title>Floods cut the road to Varnholm | The Brenmark Courier</title>
      <meta property="og:site_name" content="The Brenmark Courier">
      <meta property="article:published_time" content="2027-03-18T09:30:00Z">
      <link rel="canonical" href="https://courier.example/2027/03/18/floods-varnholm">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "datePublished":"2027-03-18T09:30:00Z","publisher":{"@type":"Organization","name":"Courier"}}
      </script></head><body><nav><a href="/">Home</a></nav><article><h1>Floods cut the road</h1>
      <p class="byline">By Ilse Tarn</p><p>VARNHOLM, March 18 &mdash; Militia fighters shelled the
      bridge at Osk on Tuesday, killing three civilians, the regional governor said.</p>
      <p>&ldquo;We will rebuild,&rdquo; she said.<br><br>Aid arrived on Wednesday.</p>
      <figure><figcaption>Photo: Reuters</figcaption></figure></article>
      <footer>Share this story</footer></body></html>
      """;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Brenmark Wire</title>
      <item><title>Clashes near Osk</title><link>https://wire.example/a/1</link>
      <guid>wire-1</guid><pubDate>Tue, 18 Mar 2027 09:30:00 GMT</pubDate>
      <description><![CDATA[<p>Fighters clashed near <b>Osk</b> &amp; Tarnby.</p>]]></description>
      </item><item><title>Talks resume</title><dc:date>2027-03-19</dc:date>
      <content:encoded>&lt;p&gt;Envoys met in Varnholm.&lt;/p&gt;</content:encoded></item>
      </channel></rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Osk Monitor</title>
      <entry><title type="html">Shelling in &lt;i&gt;Osk&lt;/i&gt;</title>
      <link href="https://monitor.example/e/7"/><id>tag:monitor.example,2027:7</id>
      <published>2027-03-18T10:00:00+01:00</published><updated>2027-03-18T11:00:00Z</updated>
      <content type="html">&lt;p&gt;Two shells hit the market.&lt;/p&gt;</content></entry>
      <entry><title>Ceasefire</title><summary>Both sides agreed to stop.</summary></entry></feed>
      """;

  private static final String JSONL_LINE = "{\"id\":\"bc-1\",\"title\":\"Convoy hit\","
      + "\"source\":\"Brenmark Courier\",\"url\":\"https://courier.example/x\","
      + "\"published\":\"2027-03-18\",\"text\":\"A convoy was hit near Osk.\\nTwo died.\"}";

  private static final String TEXT = "Militia fighters shelled the bridge at Osk on Tuesday.\n";

  private static final List<String> ALL = List.of(HTML, RSS, ATOM, JSONL_LINE, TEXT);

  private static final List<String> HTML_SEEDS =
      List.of(HTML, "<p>Short</p>", "<html><body><div><p>a</p></div>");
  private static final List<String> FEED_SEEDS = List.of(RSS, ATOM);
  private static final List<String> JSONL_SEEDS = List.of(JSONL_LINE,
      JSONL_LINE + "\n" + JSONL_LINE + "\r\n",
      "{\"text\":\"x\",\"id\":7,\"published\":[1]}\n{\"text\":null}\n\"text\"\n[]\n");
  private static final List<String> EXTENSIONS =
      List.of(".html", ".xml", ".rss", ".atom", ".jsonl", ".json", ".txt", "");

  private static final Limits LIMITS = new Limits(Limits.MIB, 50_000);
  private static final Ingestor INGESTOR = Ingestor.withLimits(Limits.MIB, 50_000);
  private static final Path DIR = tempDir();

  @FuzzTest(maxDuration = "20s")
  void html(byte[] data) {
    String html = FuzzInputs.mutated(ByteSource.of(data), HTML_SEEDS);
    HtmlExtractor.Page page = HtmlExtractor.page(html);
    List<String> warnings = new ArrayList<>();
    PublishedDates.resolve(page.publishedCandidates(), warnings);
    MetaTitle.checked(page.title(), warnings);
    warnings.forEach(IngestFuzzTest::assertOneLine);
  }

  @FuzzTest(maxDuration = "20s")
  void feeds(byte[] data) {
    ByteSource in = ByteSource.of(data);
    boolean atom = in.nextBoolean();
    String xml = FuzzInputs.mutated(in, FEED_SEEDS);
    List<IngestResult> results = FeedReader.read(xml, atom ? SourceFormat.ATOM : SourceFormat.RSS,
        "f.xml", "f", List.of(), LIMITS);
    assertThat(results).isNotEmpty();
    results.forEach(IngestFuzzTest::assertUserFacing);
  }

  @FuzzTest(maxDuration = "20s")
  void jsonLines(byte[] data) {
    String text = FuzzInputs.mutated(ByteSource.of(data), JSONL_SEEDS);
    JsonLinesReader.read(text, "f.jsonl", "f", List.of(), LIMITS)
        .forEach(IngestFuzzTest::assertUserFacing);
  }

  @FuzzTest(maxDuration = "20s")
  void decoding(byte[] data) {
    ByteSource in = ByteSource.of(data);
    boolean markup = in.nextBoolean();
    byte[] bytes = FuzzInputs.bytes(in, ALL);
    Decoding.Decoded decoded = Decoding.decode(bytes, markup);
    assertThat(decoded.text()).isNotNull();
    decoded.warnings().forEach(IngestFuzzTest::assertOneLine);
    String head = Decoding.sniff(bytes, Math.min(bytes.length, 8192));
    BinarySniffer.looksBinary(bytes, Math.min(bytes.length, 8192), head);
    FormatSniffer.Sniff sniff = FormatSniffer.sniff(head, "f.dat");
    if (sniff.failure() != null) {
      assertOneLine(sniff.failure());
    }
  }

  /** The whole path from a file on disk: the ingestor's catch-all must never be what answers. */
  @FuzzTest(maxDuration = "20s")
  void files(byte[] data) throws IOException {
    ByteSource in = ByteSource.of(data);
    String extension = in.pick(EXTENSIONS);
    Path file = Files.write(DIR.resolve("fuzz" + extension), FuzzInputs.bytes(in, ALL));
    try (Stream<IngestResult> results = INGESTOR.read(List.of(file))) {
      results.forEach(IngestFuzzTest::assertUserFacing);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Test
  void seededTries() {
    SeededTries.run(11, 200, 256, this::html);
    SeededTries.run(12, 200, 256, this::feeds);
    SeededTries.run(13, 200, 256, this::jsonLines);
    SeededTries.run(14, 200, 256, this::decoding);
    SeededTries.run(15, 150, 256, data -> {
      try {
        files(data);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @AfterAll
  static void removeTempDir() throws IOException {
    Files.deleteIfExists(DIR);
  }

  static void assertUserFacing(IngestResult result) {
    if (result instanceof IngestResult.Failed failed) {
      assertOneLine(failed.reason());
    } else {
      ((IngestResult.Ok) result).article().warnings().forEach(IngestFuzzTest::assertOneLine);
    }
  }

  static void assertOneLine(String message) {
    assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r")
        .doesNotContain("Exception");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("sitrep-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
