package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the fuzz properties ({@link IngestFuzzTest}) found to break a parser, shrunk. */
class FuzzRegressionTest {

  private static final Limits LIMITS = new Limits(Limits.MIB, 50_000);

  @Test
  void anRssItemWithoutContentOrDescriptionIsReadNotAnError() {
    // Shrunk: a feed cut off inside its second item, which then has only a partial title.
    List<IngestResult> results = FeedReader.read("<rss><channel><item><title>Talks</title>"
        + "<guid>w-1</guid></item><item><title>Ta", SourceFormat.RSS, "f.xml", "f", List.of(),
        LIMITS);
    assertThat(results).hasSize(2);
    assertThat(results).allSatisfy(r -> {
      if (r instanceof IngestResult.Failed f) {
        assertThat(f.reason()).doesNotContain("Exception");
      }
    });
  }

  @Test
  void aPublicationDateWithALineBreakIsWarnedAboutOnOneLine() {
    // Found by Jazzer: a feed's pubDate broken across lines was quoted as it came, so the
    // warning printed on two lines.
    List<IngestResult> results = FeedReader.read("<rss><channel><item><guid>g</guid>"
        + "<pubDate>Tue, 18 Mar 2027 0\n9:30:00 GMT</pubDate><description>Envoys met.</description>"
        + "</item></channel></rss>", SourceFormat.RSS, "f.xml", "f", List.of(), LIMITS);
    assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Ok.class,
        ok -> assertThat(ok.article().warnings()).anySatisfy(w -> assertThat(w)
            .startsWith("unparseable publication date").doesNotContain("\n")));
  }

  @Test
  void aDuplicateIdWithALineBreakIsReportedOnOneLine(@TempDir Path dir) throws IOException {
    String line = "{\"id\":\"bc\\n1\",\"text\":\"Envoys met in Varnholm.\"}\n";
    Path file = Files.writeString(dir.resolve("batch.jsonl"), line + line);
    try (Stream<IngestResult> results =
        Ingestor.withLimits(Limits.MIB, 50_000).read(List.of(file))) {
      assertThat(results.toList()).anySatisfy(r -> assertThat(r)
          .isInstanceOfSatisfying(IngestResult.Failed.class, f -> assertThat(f.reason())
              .startsWith("duplicate id bc 1").doesNotContain("\n")));
    }
  }

  @Test
  void htmlNestedThousandsDeepKeepsItsTextWithoutOverflowingTheStack() {
    // Shrunk from the fuzzer's finds: text at every level keeps the walk at the top, so the
    // walker recursed once per level (block or inline) down the whole page.
    for (String open : List.of("<div>", "<span>", "<ul><li>")) {
      String html = "<html><body><p>Shelling went on for hours.</p>" + (open + "Osk ").repeat(3000)
          + "</body></html>";
      assertThat(onSmallStack(() -> HtmlExtractor.page(html).text()))
          .contains("Osk Osk Osk");
    }
  }

  @Test
  void aFeedItemWhoseHtmlNestsThousandsDeepIsRead() {
    String inner = "&lt;b&gt;".repeat(5000) + "Envoys met in Varnholm.";
    List<IngestResult> results = onSmallStack(() -> FeedReader.read(
        "<rss><channel><item><guid>g</guid><description>" + inner + "</description></item>"
        + "</channel></rss>", SourceFormat.RSS, "f.xml", "f", List.of(), LIMITS));
    assertThat(results).singleElement().isInstanceOfSatisfying(IngestResult.Ok.class,
        ok -> assertThat(ok.article().text()).contains("Envoys met in Varnholm."));
  }

  /**
   * Runs {@code work} on a thread with a 256 KiB stack, as small as a pool thread's can be, so
   * that unbounded recursion fails here whatever the test runner's own stack size.
   */
  private static <T> T onSmallStack(Supplier<T> work) {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "small-stack", 256 * 1024);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(result.get()).isNotInstanceOf(Throwable.class);
    @SuppressWarnings("unchecked")
    T value = (T) result.get();
    return value;
  }
}
