package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.ingest.Fixtures.one;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each article's outlet, from each kind of evidence, on invented inputs. */
class OutletTest {
  @TempDir Path dir;

  /** An ingestor whose host table lists only invented outlets. */
  private static final Ingestor INVENTED = Ingestor.withDefaults().withOutlets(new OutletResolver(
      HostOutlets.parse(List.of("harbourgazette.example\tThe Harbour Gazette",
          "valleytimes.example\tValley Times")), WireCredits.load()));

  private static Article only(Ingestor ingestor, Path p) {
    List<IngestResult> r = read(ingestor, p);
    assertThat(r).hasSize(1).first().isInstanceOf(IngestResult.Ok.class);
    return ((IngestResult.Ok) r.get(0)).article();
  }

  @Test
  void jsonLinesSourceIsMetadata() {
    Article a = one(write(dir, "a.jsonl", "{\"id\":\"x1\",\"source\":\"Valley Times\","
        + "\"text\":\"Talks resumed in Tarsa on Monday.\"}\n"));
    assertThat(a.outlet()).isEqualTo(new Outlet("Valley Times", OutletOrigin.METADATA, null));
  }

  @Test
  void aMetadataSourceThatIsOnlyAListedHostBecomesTheOutletsName() {
    Article a = only(INVENTED, write(dir, "a.jsonl", "{\"id\":\"x1\","
        + "\"source\":\"www.harbourgazette.example\",\"text\":\"Talks resumed in Tarsa.\"}\n"));
    assertThat(a.outlet()).isEqualTo(new Outlet("The Harbour Gazette", OutletOrigin.METADATA, null));
  }

  @Test
  void rssChannelTitleIsMetadata() {
    Article a = one(write(dir, "feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>Harbour Gazette</title><item><title>Port reopens</title>"
        + "<description>The port of Tarsa reopened on Monday after a week of strikes.</description>"
        + "</item></channel></rss>"));
    assertThat(a.outlet()).isEqualTo(new Outlet("Harbour Gazette", OutletOrigin.METADATA, null));
  }

  @Test
  void htmlSiteNameComesFirstThenJsonLdPublisher() {
    String body = "<body><article><h1>Port reopens</h1><p>The port of Tarsa reopened on Monday"
        + " after a week of strikes, officials said.</p></article></body></html>";
    Article siteName = one(write(dir, "a.html", "<html><head><meta property=\"og:site_name\""
        + " content=\"Valley Times\"><script type=\"application/ld+json\">{\"@type\":"
        + "\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Other\"}}"
        + "</script></head>" + body));
    assertThat(siteName.outlet().name()).isEqualTo("Valley Times");
    Article publisher = one(write(dir, "b.html", "<html><head><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Port reopens\",\"publisher\":{\"@type\":"
        + "\"NewsMediaOrganization\",\"name\":\"The Harbour Gazette\"}}</script></head>" + body));
    assertThat(publisher.outlet())
        .isEqualTo(new Outlet("The Harbour Gazette", OutletOrigin.METADATA, null));
    Article graph = one(write(dir, "c.html", "<html><head><script type=\"application/ld+json\">"
        + "{\"@graph\":[{\"@type\":\"NewsArticle\",\"publisher\":{\"@id\":\"#org\"}},"
        + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Valley Times\"}]}</script>"
        + "</head>" + body));
    assertThat(graph.outlet().name()).isEqualTo("Valley Times");
  }

  @Test
  void anAddressOnAListedHostGivesTheOutletFromTheUrl() {
    String page = "<html><head><link rel=\"canonical\" href=\"https://news.harbourgazette.example"
        + "/2027/03/18/port\"></head><body><article><h1>Port reopens</h1><p>The port of Tarsa"
        + " reopened on Monday after a week of strikes, officials said.</p></article></body></html>";
    Article a = only(INVENTED, write(dir, "a.html", page));
    assertThat(a.outlet()).isEqualTo(new Outlet("The Harbour Gazette", OutletOrigin.URL, null));
    // The built-in table: a well-known outlet's subdomain.
    HostOutlets builtIn = HostOutlets.load();
    assertThat(builtIn.outletOfUrl("https://edition.cnn.com/2027/03/18/world/x.html"))
        .isEqualTo("CNN");
    assertThat(builtIn.outletOfUrl("https://www.reuters.com/world/")).isEqualTo("Reuters");
    assertThat(builtIn.outletOfUrl("https://unlisted.example/a")).isNull();
    assertThat(builtIn.outletOfUrl("not a url")).isNull();
    assertThat(builtIn.outletOfHost("com")).isNull();
  }

  @Test
  void aJoinUsLineNamingTheOutletGivesItFromTheText() {
    String story = "Port reopens\n\nThe port of Tarsa reopened on Monday after a week of strikes.\n\n";
    assertThat(one(write(dir, "a.txt", story + "Join The Harbour Gazette on Telegram\n")).outlet())
        .isEqualTo(new Outlet("The Harbour Gazette", OutletOrigin.TEXT, null));
    assertThat(one(write(dir, "b.txt", story + "Subscribe to Valley Times' WhatsApp channel for"
        + " the latest news\n")).outlet().name()).isEqualTo("Valley Times");
    assertThat(one(write(dir, "c.txt", story + "Follow Tarsa Daily News on WhatsApp.\n")).outlet()
        .name()).isEqualTo("Tarsa Daily News");
    assertThat(one(write(dir, "f.txt", story + "\uD83D\uDCE2 Join Valley Times on Telegram for"
        + " breaking news\n")).outlet().name()).isEqualTo("Valley Times");
    // A handle is the outlet only when it is a listed outlet's name written as one word.
    assertThat(only(INVENTED, write(dir, "d.txt", story + "Join us on Telegram: @HarbourGazette\n"))
        .outlet()).isEqualTo(new Outlet("The Harbour Gazette", OutletOrigin.TEXT, null));
    assertThat(only(INVENTED, write(dir, "e.txt", story + "Join us on Telegram: t.me/tarsa_live\n"))
        .outlet()).isEqualTo(Outlet.UNKNOWN);
  }

  @Test
  void joinLinesThatNameNobodyLeaveTheOutletUnknown() {
    String story = "Port reopens\n\nThe port of Tarsa reopened on Monday after a week of strikes.\n\n";
    for (String line : List.of("JOIN US ON TELEGRAM", "Join Us On Telegram",
        "Join the conversation on Telegram", "Join our WhatsApp channel",
        "Dockers said they would join the strike on Monday, according to a Telegram post by the"
            + " union.",
        "The militia urged supporters to join Tarsa Front on Telegram.",
        "Its leader asked followers to subscribe to Tarsa Front's Telegram channel.")) {
      assertThat(one(write(dir, "x.txt", story + line + "\n")).outlet()).as(line)
          .isEqualTo(Outlet.UNKNOWN);
    }
  }

  @Test
  void nothingToGoOnIsUnknownNeverGuessed() {
    Article a = one(write(dir, "a.txt", "Port reopens\n\nThe Harbour Gazette reported that the port"
        + " of Tarsa reopened on Monday.\n"));
    assertThat(a.outlet()).isEqualTo(Outlet.UNKNOWN);
    assertThat(a.outlet().name()).isNull();
    assertThat(a.outlet().known()).isFalse();
  }

  @Test
  void theUsersOutletIsKeptByTheResolverAndChangesTheContentHash() {
    Article read = one(write(dir, "a.txt", "BEIRUT (Reuters) - The port reopened on Monday.\n"));
    assertThat(read.outlet()).isEqualTo(new Outlet(null, OutletOrigin.UNKNOWN, "Reuters"));
    Article user = read.withOutlet(new Outlet("Valley Times", OutletOrigin.USER, "Reuters"));
    assertThat(OutletResolver.withDefaults().resolve(user).outlet()).isEqualTo(user.outlet());
    assertThat(user.contentHash()).isNotEqualTo(read.contentHash());
    // What the rules find from the content does not change the hash: the analysis version does.
    assertThat(read.contentHash()).isEqualTo(Article.ofText(read.id(), read.text()).contentHash());
  }

  @Test
  void malformedTablesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> HostOutlets.parse(List.of("example.org")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host<TAB>name");
    assertThatThrownBy(() -> WireCredits.parse(List.of("Alpha\tAA", "Beta\tAA")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AA");
    assertThatThrownBy(() -> new Outlet(null, OutletOrigin.USER, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
