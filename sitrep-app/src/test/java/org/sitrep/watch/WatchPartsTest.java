package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed list, the pacer and the state file. */
class WatchPartsTest {
  @TempDir Path dir;

  @Test
  void theFeedListReadsAddressesAndNamesABadLine() {
    FeedList list = FeedList.parse("# invented\nhttps://news.example.org/rss  the Herald\n\n"
        + "http://wire.example.net\nhttps://news.example.org/rss\n");
    assertThat(list.addresses()).containsExactly(URI.create("https://news.example.org/rss"),
        URI.create("http://wire.example.net/"));
    assertThatThrownBy(() -> FeedList.parse("https://a.example.org/\nftp://b.example.org/x\n"))
        .hasMessage("line 2: only http and https addresses can be watched: ftp://b.example.org/x");
    assertThatThrownBy(() -> FeedList.parse("# nothing\n"))
        .hasMessageContaining("names no address");
    assertThatThrownBy(() -> FeedList.parse("http://[bad\n")).hasMessageStartingWith("line 1:");
  }

  @Test
  void thePacerSpacesOneHostAndLeavesOthersAlone() throws Exception {
    FakeTiming t = new FakeTiming();
    HostPacer p = new HostPacer(t);
    p.await("a.example.org", Duration.ofSeconds(2));
    p.await("b.example.org", Duration.ofSeconds(2));
    p.await("a.example.org", Duration.ofSeconds(2));
    p.await("a.example.org", Duration.ofSeconds(2));
    assertThat(t.sleeps()).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(2),
        Duration.ofSeconds(2));
  }

  @Test
  void theStateSurvivesARoundTripAndKeepsTheNewestIds() throws Exception {
    WatchState s = WatchState.load(dir);
    assertThat(s.get("http://x.example.org/")).isEqualTo(WatchState.Feed.NEW);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < WatchState.MAX_SEEN + 10; i++) {
      many.add("id" + i);
    }
    s.put("http://x.example.org/", WatchState.Feed.NEW.withSeen(many)
        .withValidators(new Validators("\"e1\"", "Tue, 04 Mar 2031 06:00:00 GMT")));
    s.save();
    WatchState.Feed back = WatchState.load(dir).get("http://x.example.org/");
    assertThat(back.validators()).isEqualTo(new Validators("\"e1\"",
        "Tue, 04 Mar 2031 06:00:00 GMT"));
    assertThat(back.seen()).hasSize(WatchState.MAX_SEEN).startsWith("id10")
        .endsWith("id" + (WatchState.MAX_SEEN + 9));
  }

  @Test
  void aDamagedStateFileIsNamedOnOneLine() throws Exception {
    Files.writeString(dir.resolve("watch-state.json"), "{not json");
    assertThatThrownBy(() -> WatchState.load(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("watch-state.json is not valid JSON (delete it to start afresh)");
  }
}
