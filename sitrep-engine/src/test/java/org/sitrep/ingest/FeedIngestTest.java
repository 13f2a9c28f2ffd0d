package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.Fixtures.articles;
import static org.sitrep.ingest.Fixtures.failure;
import static org.sitrep.ingest.Fixtures.read;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.StructureType;

class FeedIngestTest {

  @TempDir Path dir;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel>
        <title>Frontline Wire</title>
        <link>https://wire.example/</link>
        <item>
          <title>Shelling &amp; evacuations near the river</title>
          <link>https://wire.example/a/1</link>
          <guid isPermaLink="false">wire-0001</guid>
          <pubDate>Fri, 09 Jan 2026 08:15:00 GMT</pubDate>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>First paragraph of the story.</p>
            <figure><img src="x.jpg"><figcaption>Residents leave the area.</figcaption></figure>
            <p>Second   paragraph.</p><div class="share">SHARE THIS</div>]]></content:encoded>
        </item>
        <item>
          <title>Talks stall</title>
          <link>https://wire.example/a/2</link>
          <pubDate>Sat, 10 Jan 2026 10:00:00 +0200</pubDate>
          <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; description.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description>
        </item>
        <item>
          <title>Undated</title>
          <guid>wire-0003</guid>
          <pubDate>sometime soon</pubDate>
          <description>Plain text line one.

      Plain text paragraph two.</description>
        </item>
      </channel></rss>
      """;

  @Test
  void rssItemsBecomeArticles() {
    Path feed = write(dir, "wire.xml", RSS);
    List<IngestResult> results = read(feed);
    List<Article> articles = articles(results);
    assertThat(articles).hasSize(3);

    Article first = articles.get(0);
    assertThat(first.format()).isEqualTo(SourceFormat.RSS);
    assertThat(first.id()).isEqualTo("wire-0001");
    assertThat(first.title()).isEqualTo("Shelling & evacuations near the river");
    assertThat(first.url()).isEqualTo("https://wire.example/a/1");
    assertThat(first.source()).isEqualTo("Frontline Wire");
    assertThat(first.published()).isEqualTo("2026-01-09T08:15:00Z");
    assertThat(first.origin()).isEqualTo(feed + "#item 1");
    assertThat(first.text()).isEqualTo(
        "First paragraph of the story.\n\nResidents leave the area.\n\nSecond paragraph.");
    assertThat(first.markup()).anySatisfy(s -> {
      assertThat(s.type()).isEqualTo(StructureType.CAPTION);
      assertThat(first.text().substring(s.span().start(), s.span().end()))
          .isEqualTo("Residents leave the area.");
    });

    Article second = articles.get(1);
    assertThat(second.id()).isEqualTo("https://wire.example/a/2"); // no guid: the link
    assertThat(second.published()).isEqualTo("2026-01-10T10:00:00+02:00");
    assertThat(second.text()).isEqualTo("Escaped HTML description.\n\nMore.");

    Article third = articles.get(2);
    assertThat(third.published()).isNull();
    assertThat(third.warnings()).singleElement().asString().contains("'sometime soon'");
    assertThat(third.text()).isEqualTo("Plain text line one.\n\nPlain text paragraph two.");
  }

  @Test
  void atomEntriesBecomeArticles() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Border Monitor</title>
          <entry>
            <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
            <title>Convoy reaches town</title>
            <link rel="self" href="https://monitor.example/self/1"/>
            <link rel="alternate" href="https://monitor.example/news/1"/>
            <updated>2026-01-09T09:00:00Z</updated>
            <published>2026-01-09T08:15:00+03:00</published>
            <summary>Summary only.</summary>
            <content type="html">&lt;p&gt;Aid convoy arrived.&lt;/p&gt;&lt;p&gt;More aid expected.&lt;/p&gt;</content>
          </entry>
          <entry>
            <id>tag:monitor.example,2026:2</id>
            <title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt;</title>
            <link href="https://monitor.example/news/2"/>
            <updated>2026-01-10</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>XHTML body.</p></div></content>
          </entry>
          <entry>
            <id>tag:monitor.example,2026:3</id>
            <title>Summary fallback</title>
            <summary>Plain summary text.</summary>
          </entry>
        </feed>
        """;
    Path feed = write(dir, "monitor.atom", atom);
    List<Article> articles = articles(read(feed));
    assertThat(articles).hasSize(3);
    Article a = articles.get(0);
    assertThat(a.format()).isEqualTo(SourceFormat.ATOM);
    assertThat(a.id()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
    assertThat(a.url()).isEqualTo("https://monitor.example/news/1");
    assertThat(a.published()).isEqualTo("2026-01-09T08:15:00+03:00");
    assertThat(a.source()).isEqualTo("Border Monitor");
    assertThat(a.text()).isEqualTo("Aid convoy arrived.\n\nMore aid expected.");
    assertThat(a.origin()).isEqualTo(feed + "#item 1");

    Article b = articles.get(1);
    assertThat(b.title()).isEqualTo("Ceasefire holds");
    assertThat(b.url()).isEqualTo("https://monitor.example/news/2");
    assertThat(b.published()).isEqualTo("2026-01-10"); // updated, when not published
    assertThat(b.text()).isEqualTo("XHTML body.");

    assertThat(articles.get(2).text()).isEqualTo("Plain summary text.");
  }

  @Test
  void aFeedWithNoItemsFails() {
    Path feed = write(dir, "empty.rss",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>");
    IngestResult.Failed f = failure(feed);
    assertThat(f.reason()).isEqualTo("feed has no items");
    assertThat(f.origin()).isEqualTo(feed.toString());
    assertThat(failure(write(dir, "empty.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
        .reason()).isEqualTo("feed has no items");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    Path secret = write(dir, "secret.txt", "TOP SECRET CONTENT");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM \"file://"
        + secret.toAbsolutePath() + "\"> ]>\n<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><guid>x1</guid><description>before &xxe; after</description></item></channel></rss>";
    List<IngestResult> results = read(write(dir, "xxe.xml", xxe));
    assertThat(results).singleElement().isInstanceOf(IngestResult.Ok.class);
    assertThat(articles(results).get(0).text()).doesNotContain("TOP SECRET").contains("before");
  }

  @Test
  void theXmlDeclaredEncodingIsHonoured() {
    String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
        + "<title>Le Monde diplomatique</title><item><guid>fr-1</guid>"
        + "<description>Accord sign\u00e9 \u201cpr\u00e8s\u201d de Gen\u00e8ve</description></item>"
        + "</channel></rss>";
    // ISO-8859-1 labels mean windows-1252, as in browsers, so the curly quotes survive.
    Article a = articles(read(write(dir, "fr.rss", xml.getBytes(Decoding.WINDOWS_1252)))).get(0);
    assertThat(a.text()).isEqualTo("Accord sign\u00e9 \u201cpr\u00e8s\u201d de Gen\u00e8ve");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void xmlThatIsNoFeedFails() {
    assertThat(failure(write(dir, "data.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>"))
        .reason()).isEqualTo("XML document <catalog> is neither an RSS nor an Atom feed");
  }
}
