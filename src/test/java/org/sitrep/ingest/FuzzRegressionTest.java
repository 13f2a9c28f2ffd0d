package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

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
