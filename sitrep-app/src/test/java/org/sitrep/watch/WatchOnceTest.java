package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

/**
 * {@code sitrep watch --once} end to end: a feed on loopback, its pages fetched, analysed (the
 * real pipeline; CoreNLP loads once per test run) and stored in a temporary data directory, an
 * alert printed and POSTed; a second run stores nothing and alerts nothing.
 */
class WatchOnceTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void onceStoresNewItemsRaisesAlertsAndThenSkipsThem() throws Exception {
    List<String> posted = new ArrayList<>();
    try (LocalServer server = new LocalServer()) {
      server.serve("/news/shelling", WatcherTest.HTML, Docs.page("Shelling hits Tessa market",
          "Artillery shelled the market in the town of Tessa on Tuesday, killing 14 people and"
              + " wounding 30 others, the provincial governor said.",
          "Residents said the shells landed shortly after dawn as traders were opening their"
              + " stalls."));
      server.serve("/news/talks", WatcherTest.HTML, Docs.page("Talks resume in Velmora",
          "Delegates from the two provinces met in Velmora on Monday to discuss the reopening of"
              + " the border crossing, officials said.",
          "The talks are expected to continue next week."));
      server.route("/feed.xml", ex -> {
        if (ex.getRequestHeaders().getFirst("If-None-Match") != null) {
          LocalServer.send(ex, 304, null, new byte[0]);
          return;
        }
        ex.getResponseHeaders().set("ETag", "\"f1\"");
        LocalServer.send(ex, 200, WatcherTest.RSS, Docs.rss("Velmora Herald",
            Docs.item("vh-101", server.uri("/news/shelling").toString(), "Shelling", "Summary."),
            Docs.item("vh-102", server.uri("/news/talks").toString(), "Talks", "Summary.")));
      });
      server.serve("/broken.xml", WatcherTest.RSS, "<rss><channel><title>x</title></channel>");
      server.route("/hook", ex -> {
        synchronized (posted) {
          posted.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        LocalServer.send(ex, 204, null, new byte[0]);
      });
      Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "# invented\n"
          + server.uri("/feed.xml") + "\n" + server.uri("/broken.xml") + "\n");
      Path rules = Files.writeString(tmp.resolve("alerts.txt"), "casualties > 10\n");
      Path data = tmp.resolve("data");

      Run first = run("watch", feeds.toString(), "--once", "--data", data.toString(),
          "--alerts", rules.toString(), "--webhook", server.uri("/hook").toString(),
          "--threads", "1");
      // The broken feed fails (exit 1) without stopping the good one.
      assertThat(first.code()).as(first.err() + first.out()).isEqualTo(1);
      assertThat(first.err()).contains(server.uri("/feed.xml") + ": HTTP 200, 2 item(s): 2 new,"
          + " 2 stored, 0 failed");
      assertThat(first.err()).contains(server.uri("/broken.xml")
          + ": failed: HTTP 200, feed has no items");
      assertThat(first.err()).as(first.out()).contains("cycle 1: 2 address(es): 1 read, 0 not modified,"
          + " 0 disallowed, 1 failed; 2 article(s) stored; 1 alert(s)");
      assertThat(first.err()).doesNotContain("Exception");
      assertThat(first.out()).startsWith("alert [casualties > 10] ").contains("(article vh-101)");
      assertThat(posted).singleElement().satisfies(p ->
          assertThat(p).contains("\"article\":\"vh-101\"", "\"rule\":\"casualties > 10\""));
      assertThat(Files.exists(data.resolve("watch-state.json"))).isTrue();

      Run shown = run("show", "--data", data.toString(), "vh-101");
      assertThat(shown.code()).as(shown.err()).isZero();
      assertThat(shown.out()).contains("Artillery shelled the market");

      Run second = run("watch", feeds.toString(), "--once", "--data", data.toString(),
          "--alerts", rules.toString());
      assertThat(second.err()).contains(server.uri("/feed.xml") + ": not modified (304)");
      assertThat(second.err()).contains("0 article(s) stored; 0 alert(s)");
      assertThat(second.err()).doesNotContain("loading language models");
      assertThat(second.out()).isEmpty();
    }
  }

  @Test
  void badOptionsAndFilesAreOneLineUsageErrors() throws Exception {
    Path data = tmp.resolve("data");
    Run missing = run("watch", tmp.resolve("nope.txt").toString(), "--once", "--data",
        data.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("sitrep: no such file: "
        + tmp.resolve("nope.txt"));
    Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "gopher://x.example.org/\n");
    Run bad = run("watch", feeds.toString(), "--once", "--data", data.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo("sitrep: " + feeds
        + ": line 1: only http and https addresses can be watched: gopher://x.example.org/");
    Files.writeString(feeds, "http://127.0.0.1:9/feed\n");
    Path rules = Files.writeString(tmp.resolve("rules.txt"), "killed > many\n");
    Run badRules = run("watch", feeds.toString(), "--once", "--alerts", rules.toString());
    assertThat(badRules.code()).isEqualTo(2);
    assertThat(badRules.err()).startsWith("sitrep: " + rules + ": line 1: not a rule:");
    Run badInterval = run("watch", feeds.toString(), "--interval", "soon");
    assertThat(badInterval.code()).isEqualTo(2);
    assertThat(badInterval.err().strip()).isEqualTo("sitrep: --interval: not a positive duration:"
        + " 'soon' (use 90s, 10m or 1h)");
    Run badHook = run("watch", feeds.toString(), "--webhook", "mailto:x@example.org");
    assertThat(badHook.code()).isEqualTo(2);
    assertThat(badHook.err()).contains("--webhook: not an http(s) address");
    assertThat(List.of(missing, bad, badRules, badInterval, badHook))
        .allSatisfy(r -> assertThat(r.err().strip()).doesNotContain("\n"));
  }
}
