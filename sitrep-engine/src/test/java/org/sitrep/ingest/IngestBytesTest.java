package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Ingestor#read(byte[], String, String)}: a document held in memory, read as a file is. */
class IngestBytesTest {
  private final Ingestor ingestor = Ingestor.withDefaults();

  private List<IngestResult> read(String body, String name) {
    return ingestor.read(body.getBytes(StandardCharsets.UTF_8), "http://news.example.org/x", name);
  }

  @Test
  void aFeedItemWithoutTextIsKeptForItsPage_butNotWhenReadFromAFile() {
    String feed = "<rss><channel><title>Velmora Herald</title><item><guid>vh-7</guid>"
        + "<link>http://news.example.org/7</link><title>Bridge reopens</title></item></channel></rss>";
    assertThat(read(feed, "feed.xml")).singleElement().isInstanceOfSatisfying(IngestResult.Ok.class,
        ok -> {
          assertThat(ok.article().id()).isEqualTo("vh-7");
          assertThat(ok.article().url()).isEqualTo("http://news.example.org/7");
          assertThat(ok.article().text()).isEmpty();
          assertThat(ok.article().outlet().name()).isEqualTo("Velmora Herald");
        });
    assertThat(FeedReader.read(feed, SourceFormat.RSS, "f.xml", "f", List.of(), Limits.DEFAULT))
        .singleElement().isInstanceOfSatisfying(IngestResult.Failed.class,
            f -> assertThat(f.reason()).isEqualTo("no text"));
  }

  @Test
  void aPageIsOneArticleNamedByItsStem() {
    List<IngestResult> r = read("<html><body><article><p>Officials in Velmora said the bridge"
        + " would reopen on Tuesday after three weeks of repairs.</p></article></body></html>",
        "page.html");
    assertThat(r).singleElement().isInstanceOfSatisfying(IngestResult.Ok.class,
        ok -> assertThat(ok.article().id()).isEqualTo("page"));
  }

  @Test
  void emptyBinaryAndOversizedBodiesAreOneLineFailures() {
    assertThat(ingestor.read(new byte[0], "http://x.example.org/", "page"))
        .extracting(x -> ((IngestResult.Failed) x).reason()).containsExactly("empty document");
    assertThat(ingestor.read(new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, 9}, "http://x.example.org/",
        "page")).extracting(x -> ((IngestResult.Failed) x).reason())
        .containsExactly("binary file, not an article");
    Ingestor small = Ingestor.withLimits(10, 1000);
    assertThat(small.read("0123456789ABC".getBytes(StandardCharsets.UTF_8), "http://x.example.org/",
        "page.txt")).extracting(x -> ((IngestResult.Failed) x).reason())
        .containsExactly("file is 13 bytes, over the 10 bytes limit");
  }
}
