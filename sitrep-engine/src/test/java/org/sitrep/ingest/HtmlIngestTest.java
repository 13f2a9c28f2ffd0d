package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.Fixtures.failure;
import static org.sitrep.ingest.Fixtures.one;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

class HtmlIngestTest {

  @TempDir Path dir;

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head>
        <meta charset="utf-8">
        <title>Envoys meet in Geneva | The Daily Wire Service</title>
        <meta property="og:title" content="Envoys meet in Geneva">
        <meta property="og:site_name" content="Daily Wire Service">
        <meta property="article:published_time" content="2026-01-09T08:15:00Z">
        <link rel="canonical" href="https://example.org/world/envoys-geneva">
        <script>var tracking = "SCRIPT TEXT";</script>
        <style>.x { color: red }</style>
      </head><body>
        <header class="site-header"><a href="/">Daily Wire Service</a>
          <nav><ul><li>World</li><li>Politics</li><li>NAV ITEM</li></ul></nav></header>
        <div class="cookie-banner">We use cookies. COOKIE TEXT</div>
        <article>
          <header>
            <h1>Envoys  meet in
               Geneva</h1>
            <p class="byline">By <a rel="author" href="/a/jd">Jane Doe</a></p>
            <time datetime="2026-01-08">Jan 8</time>
          </header>
          <div class="share-tools"><a>Share on X</a> SHARE TEXT</div>
          <p>GENEVA &mdash; Envoys from both sides met on Friday&nbsp;for talks.</p>
          <figure><img src="a.jpg"><figcaption>Delegates arrive at the Palais des Nations.</figcaption></figure>
          <h2>A fragile truce</h2>
          <p>The truce has held   for <em>three</em> days, officials said.</p>
          <ul><li>Prisoner exchange</li><li>Humanitarian corridor</li></ul>
          <div class="newsletter-signup"><p>Sign up for our NEWSLETTER TEXT</p></div>
          <aside><p>ASIDE TEXT</p></aside>
          <div class="related-articles"><h3>Related</h3><p>RELATED TEXT one</p></div>
          <p>Talks resume next week.</p>
        </article>
        <div id="comments"><p>COMMENT TEXT</p></div>
        <footer><p>FOOTER TEXT &copy; 2026</p></footer>
        <form action="/subscribe"><p>FORM TEXT</p></form>
      </body></html>
      """;

  @Test
  void mainContentIsExtractedWithoutBoilerplate() {
    Article a = one(write(dir, "envoys.html", PAGE));
    assertThat(a.format()).isEqualTo(SourceFormat.HTML);
    assertThat(a.id()).isEqualTo("envoys");
    assertThat(a.text()).isEqualTo("""
        Envoys meet in Geneva

        By Jane Doe

        Jan 8

        GENEVA — Envoys from both sides met on Friday for talks.

        Delegates arrive at the Palais des Nations.

        A fragile truce

        The truce has held for three days, officials said.

        Prisoner exchange

        Humanitarian corridor

        Talks resume next week.""");
    for (String boilerplate : List.of("SCRIPT", "NAV ITEM", "COOKIE", "SHARE", "NEWSLETTER",
        "ASIDE", "RELATED", "COMMENT", "FOOTER", "FORM", "color: red")) {
      assertThat(a.text()).doesNotContain(boilerplate);
    }
  }

  @Test
  void metadataComesFromTheHead() {
    Article a = one(write(dir, "envoys.html", PAGE));
    assertThat(a.title()).isEqualTo("Envoys meet in Geneva");
    assertThat(a.source()).isEqualTo("Daily Wire Service");
    assertThat(a.url()).isEqualTo("https://example.org/world/envoys-geneva");
    assertThat(a.published()).isEqualTo("2026-01-09T08:15:00Z");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void markupSpansPointAtTheirText() {
    Article a = one(write(dir, "envoys.html", PAGE));
    assertThat(spanTexts(a, StructureType.TITLE)).containsExactly("Envoys meet in Geneva");
    assertThat(spanTexts(a, StructureType.BYLINE)).containsExactly("By Jane Doe");
    assertThat(spanTexts(a, StructureType.CAPTION))
        .containsExactly("Delegates arrive at the Palais des Nations.");
    assertThat(spanTexts(a, StructureType.HEADING)).containsExactly("A fragile truce");
    assertThat(spanTexts(a, StructureType.BODY)).contains(
        "GENEVA — Envoys from both sides met on Friday for talks.", "Talks resume next week.");
    StructureSpan title = a.markup().get(0);
    assertThat(title.span().start()).isZero();
    assertThat(a.text().substring(title.span().start(), title.span().end())).isEqualTo(a.title());
    // Spans are in text order and never overlap.
    for (int i = 1; i < a.markup().size(); i++) {
      assertThat(a.markup().get(i).span().start())
          .isGreaterThan(a.markup().get(i - 1).span().end());
    }
  }

  @Test
  void withoutSemanticContainersTheBlockWithMostParagraphTextWins() {
    String html = """
        <html><head><title>Border clash</title></head><body>
        <div class="menu"><p>Home</p><p>World</p></div>
        <div class="top"><h1>Border clash leaves two dead</h1></div>
        <div class="col">
          <p>Two soldiers were killed in a clash on the border on Tuesday, the ministry said.</p>
          <p>The incident came days after talks on demarcation stalled.</p>
        </div>
        <div class="teasers"><p>Short teaser</p></div>
        </body></html>""";
    Article a = one(write(dir, "clash.html", html));
    assertThat(a.text()).isEqualTo("""
        Border clash leaves two dead

        Two soldiers were killed in a clash on the border on Tuesday, the ministry said.

        The incident came days after talks on demarcation stalled.""");
    // With no og:title, the h1 is the title, before the <title> element.
    assertThat(a.title()).isEqualTo("Border clash leaves two dead");
    assertThat(spanTexts(a, StructureType.TITLE)).containsExactly("Border clash leaves two dead");
  }

  @Test
  void loosTextSplitAtDoubleLineBreaksBecomesParagraphs() {
    String html = "<html><body><div id=story>First line<br>continues.<br><br>"
        + "Second <b>paragraph</b>.</div></body></html>";
    Article a = one(write(dir, "loose.html", html));
    assertThat(a.text()).isEqualTo("First line continues.\n\nSecond paragraph.");
    assertThat(spanTexts(a, StructureType.BODY))
        .containsExactly("First line continues.", "Second paragraph.");
  }

  @Test
  void malformedHtmlStillGivesText() {
    String html = "<html><body><div><p>Unclosed paragraph <b>bold <i>both</b> text"
        + "<p>Second</div></span><table><tr><td>Cell text</body>";
    Article a = one(write(dir, "broken.html", html));
    assertThat(a.text()).isEqualTo("Unclosed paragraph bold both text\n\nSecond");
    Article soup = one(write(dir, "soup.html", "<html><<p>>Stray <div <p>text</p <b>bold"));
    assertThat(soup.text()).contains("Stray").contains("bold");
  }

  @Test
  void htmlWithNoTextFails() {
    String html = "<html><body><nav>Menu only</nav><script>x()</script></body></html>";
    assertThat(failure(write(dir, "nothing.html", html)).reason())
        .isEqualTo("no article text found in the HTML");
  }

  @Test
  void publishedFallsBackToJsonLdAndTimeElements() {
    String jsonLd = "<html><head><script type=\"application/ld+json\">"
        + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2017-09-15T00:00:00\"}]}</script></head>"
        + "<body><p>Text.</p></body></html>";
    assertThat(one(write(dir, "ld.html", jsonLd)).published()).isEqualTo("2017-09-15T00:00:00");
    String time = "<html><body><article><header><h1>T</h1>"
        + "<time datetime=\"2026-03-04\">March 4</time></header><p>Text.</p></article></body></html>";
    assertThat(one(write(dir, "time.html", time)).published()).isEqualTo("2026-03-04");
  }

  @Test
  void theArticlesJsonLdPublicationBeatsAnOpenGraphStampRewrittenOnUpdate() {
    String html = "<html><head>"
        + "<meta property=\"article:published_time\" content=\"2027-05-02T09:40:00Z\">"
        + "<meta property=\"article:modified_time\" content=\"2027-05-02T09:40:05Z\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"VideoObject\","
        + "\"datePublished\":\"2026-11-30T10:00:00Z\"}</script>"
        + "<script type=\"application/ld+json\">\n  <![CDATA[\n{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"dateModified\":\"2027-05-02T09:40:05Z\","
        + "\"datePublished\":\"2027-05-01T21:15:00Z\"}\n]]>\n</script></head>"
        + "<body><p>Text.</p></body></html>";
    assertThat(one(write(dir, "updated.html", html)).published())
        .isEqualTo("2027-05-01T21:15:00Z");
  }

  @Test
  void aDateInTheArticlesAddressIsTheLastResort() {
    String html = "<html><head><link rel=\"canonical\" href=\"https://news.example/world/"
        + "floods-hit-delta/2027/03/18/ab12cd_story.html\"></head>"
        + "<body><p>Text.</p></body></html>";
    assertThat(one(write(dir, "url.html", html)).published()).isEqualTo("2027-03-18");
    String noDate = "<html><head><link rel=\"canonical\" href=\"https://news.example/world/"
        + "2027/floods-hit-delta\"></head><body><p>Text.</p></body></html>";
    assertThat(one(write(dir, "nourl.html", noDate)).published()).isNull();
  }

  @Test
  void anUnparseableDateIsWarnedAboutAndLeftUnset() {
    String html = "<html><head><meta property=\"article:published_time\" content=\"last Tuesday\">"
        + "</head><body><p>Text.</p></body></html>";
    Article a = one(write(dir, "date.html", html));
    assertThat(a.published()).isNull();
    assertThat(a.warnings()).singleElement().asString().contains("'last Tuesday'");
  }

  @Test
  void aDeclaredCharsetIsHonoured() {
    String html = "<html><head><meta charset=\"iso-8859-2\"></head><body><p>Łódź and Kraków</p>"
        + "</body></html>";
    Article a = one(write(dir, "pl.html", html.getBytes(Charset.forName("ISO-8859-2"))));
    assertThat(a.text()).isEqualTo("Łódź and Kraków");
    assertThat(a.warnings()).isEmpty();
  }

  @Test
  void htmlIsRecognisedByContentWhateverTheExtension() {
    Article a = one(write(dir, "saved-page.txt", "\n  <!doctype html><html><body><p>Hi.</p></body></html>"));
    assertThat(a.format()).isEqualTo(SourceFormat.HTML);
    assertThat(a.text()).isEqualTo("Hi.");
  }

  /** A page whose story is drawn by a script: the HTML holds a shell, the JSON-LD the text. */
  private static String scripted(String articleBody, String visible) {
    return """
        <html><head><title>Port reopens | Coast Herald</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "NewsArticle",
         "headline": "Port of Kesta reopens after blockade",
         "datePublished": "2027-04-02T07:00:00Z",
         "articleBody": %s}
        </script></head>
        <body><div id="app"><h1>Port of Kesta reopens after blockade</h1>%s</div></body></html>
        """.formatted(articleBody, visible);
  }

  @Test
  void aStoryStatedOnlyInJsonLdIsReadFromThere() {
    String body = "\"KESTA \u2014 The port reopened on Friday after a six-week blockade, the "
        + "harbour authority said.\\nThe first ships unloaded grain and fuel.\\n\\nFishing "
        + "boats are still barred from the outer basin.\"";
    Article a = one(write(dir, "scripted.html", scripted(body, "<p>Loading\u2026</p>")));
    assertThat(spanTexts(a, StructureType.TITLE))
        .containsExactly("Port of Kesta reopens after blockade");
    assertThat(spanTexts(a, StructureType.BODY)).containsExactly(
        "KESTA \u2014 The port reopened on Friday after a six-week blockade, the harbour "
            + "authority said.",
        "The first ships unloaded grain and fuel.",
        "Fishing boats are still barred from the outer basin.");
    assertThat(a.published()).startsWith("2027-04-02");
  }

  @Test
  void aJsonLdBodyWithMarkupIsReadAsHtml() {
    String body = "\"<p>The port reopened on Friday, officials said.</p><p>Ships unloaded "
        + "<b>grain</b> and fuel.</p>\"";
    Article a = one(write(dir, "marked.html", scripted(body, "")));
    assertThat(spanTexts(a, StructureType.BODY)).containsExactly(
        "The port reopened on Friday, officials said.", "Ships unloaded grain and fuel.");
  }

  @Test
  void aVisiblePageKeepsItsOwnTextAndStructureOverItsJsonLdCopy() {
    String body = "\"The port reopened on Friday. Ships unloaded grain.\"";
    String visible = "<p>The port reopened on Friday.</p><figure><figcaption>A crane at the "
        + "quay.</figcaption></figure><p>Ships unloaded grain.</p>";
    Article a = one(write(dir, "visible.html", scripted(body, visible)));
    assertThat(spanTexts(a, StructureType.BODY))
        .containsExactly("The port reopened on Friday.", "Ships unloaded grain.");
    assertThat(spanTexts(a, StructureType.CAPTION)).containsExactly("A crane at the quay.");
  }

  @Test
  void brokenJsonLdLeavesAShellPageWithoutText() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\": "
        + "\"NewsArticle\", \"articleBody\": </script></head><body><div id=\"app\"></div>"
        + "</body></html>";
    assertThat(failure(write(dir, "broken.html", html)).reason())
        .isEqualTo("no article text found in the HTML");
  }

  private static List<String> spanTexts(Article a, StructureType type) {
    return a.markup().stream()
        .filter(s -> s.type() == type)
        .map(s -> a.text().substring(s.span().start(), s.span().end()))
        .toList();
  }
}
