package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.framing.Framing;
import org.sitrep.fusion.StoryFusion;
import org.sitrep.quotes.Quote;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;

/**
 * The situation report on an invented story whose article text tries to inject markup: the
 * report's content, and that both renderers escape every piece of article text.
 */
class SituationReportTest {
  private static final String HOSTILE = "<script>alert(1)</script> [x](http://evil.example)"
      + " <img src=x onerror=alert(2)> *bold* | cell";

  private static AnalyzedArticle article(String id, String outlet, String published, String toll,
      int min, int max) {
    String sentence = "The Norland army shelled the Free Coast militia in Arvik, killing " + toll
        + " people. " + HOSTILE;
    String quote = "\u201cWe will answer every shell fired at Arvik <b>tonight</b>,\u201d";
    String text = sentence + " " + quote + " said Mara Volk.";
    int at = text.indexOf(toll);
    EventOut e = new EventOut(0, sentence.length(), sentence, "shelled", "Norland army", "e1",
        "NORMIL", "Free Coast militia", "e2", "NORREB", "195", "19", 4, -10, "ASSAULT", null,
        "Battles", "Armed clash", "2031-05-02", "day", DateBasis.CLAUSE, null, "asserted", null,
        List.of(new Figure(FigureKind.KILLED, toll, at, at + toll.length(),
            BigDecimal.valueOf(min), BigDecimal.valueOf(max), min != max)),
        "ev-" + id, 17, 24);
    int qs = text.indexOf('\u201c');
    Quote q = new Quote(qs, qs + quote.length(), quote, "Mara Volk", "e3", "said", null,
        Quote.DIRECT, sentence.length() + 1, text.length());
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 1, "h-" + id, "v", outlet,
        "http://evil.example/" + id, "text", HOSTILE,
        new PublishedDate(published, false, "metadata"), null, text, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(q), List.of(),
        List.of(e), outlet, "metadata", null, Framing.empty());
  }

  private static SituationReport report() {
    List<AnalyzedArticle> articles = List.of(
        article("a", "Harbour <Times>", "2031-05-02", "several", 3, 9),
        article("b", "Valley Post", "2031-05-03", "tens of", 20, 99));
    Story story = new Story("s-a", 0, HOSTILE, List.of(
        new Membership("a", "s-a", true, 0, 0, 0, 0, List.of(), null),
        new Membership("b", "s-a", false, 0.8, 0.8, 0.5, 1, List.of(), null)),
        LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 3),
        ImmutableSortedSet.of("Harbour <Times>", "Valley Post"));
    return SituationReport.of(story, articles, StoryFusion.standard().fuse(story, articles));
  }

  @Test
  void gathersSummaryFiguresContradictionsAndQuotesWithTheirSources() {
    SituationReport r = report();
    assertThat(r.summary()).singleElement().satisfies(c -> {
      assertThat(c.articleId()).isEqualTo("a");
      assertThat(c.corroboration()).isEqualTo(2);
      assertThat(c.text()).startsWith("The Norland army shelled");
    });
    assertThat(r.casualties()).extracting(f -> f.figure().text() + "@" + f.articleId())
        .containsExactly("several@a", "tens of@b");
    assertThat(r.fused().contradictions()).hasSize(1);
    // one quote per speaker, though both articles carry it
    assertThat(r.quotes()).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("Mara Volk");
      assertThat(q.articleId()).isEqualTo("a");
    });
  }

  @Test
  void htmlEscapesArticleTextAndNeedsNothingFromOutside() {
    String html = new HtmlReport().render(report());
    assertThat(html).doesNotContain("<script", "<img", "<b>", "<Times>", "href=\"http")
        .doesNotContain("src=\"")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Harbour &lt;Times&gt;",
            "http://evil.example/a", "3\u20139", "20\u201399", "killed", "<svg",
            "Content-Security-Policy");
    // every link stays inside the page
    assertThat(java.util.Arrays.stream(html.split("href=\"")).skip(1))
        .allSatisfy(s -> assertThat(s).startsWith("#"));
  }

  @Test
  void markdownEscapesArticleTextSoItCannotOpenMarkup() {
    String md = new MarkdownReport().render(report());
    // no markup character of the article's survives unescaped
    assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img|b>|Times)")
        .doesNotContainPattern("(?<!\\\\)\\*bold").doesNotContain("[x](")
        .contains("\\<script\\>", "\\[x\\](http://evil.example)", "\\*bold\\*", "\\| cell",
            "## Contradictions", "**killed**");
    assertThat(MarkdownReport.esc("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownReport.esc("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownReport.esc("a\nb  c")).isEqualTo("a b c");
  }

  @Test
  void keyActorsAndTheirRelationComeFromTheFusedEvents() {
    ActorNetwork net = report().network();
    assertThat(net.actors()).containsExactly(new ActorNetwork.Actor("Free Coast militia", 1),
        new ActorNetwork.Actor("Norland army", 1));
    assertThat(net.relations()).singleElement().satisfies(rel -> {
      assertThat(rel.source()).isEqualTo("Norland army");
      assertThat(rel.target()).isEqualTo("Free Coast militia");
      assertThat(rel.kind()).isEqualTo(ActorNetwork.Kind.MATERIAL_CONFLICT);
      assertThat(rel.events()).isEqualTo(1);
    });
    assertThat(ActorNetwork.Kind.ofRoot("04")).isEqualTo(ActorNetwork.Kind.VERBAL_COOPERATION);
    assertThat(ActorNetwork.Kind.ofRoot("07")).isEqualTo(ActorNetwork.Kind.MATERIAL_COOPERATION);
    assertThat(ActorNetwork.Kind.ofRoot("13")).isEqualTo(ActorNetwork.Kind.VERBAL_CONFLICT);
    assertThat(ActorNetwork.Kind.ofRoot("xx")).isNull();
  }

  @Test
  void theNetworkIsInlineSvgWithEscapedNames() {
    ActorNetwork net = new ActorNetwork(List.of(new ActorNetwork.Actor("<script>x</script>", 3),
        new ActorNetwork.Actor("Valley \"Guard\"", 2)), List.of(new ActorNetwork.Relation(
            "<script>x</script>", "Valley \"Guard\"", 2, ActorNetwork.Kind.VERBAL_CONFLICT,
            List.of("f-1", "f-2"))));
    String svg = HtmlReport.network(net);
    assertThat(svg).startsWith("<svg").contains("&lt;script&gt;x&lt;/script&gt; (3)",
        "Valley &quot;Guard&quot;", "stroke-dasharray", "marker-end=\"url(#arrow)\"")
        .doesNotContain("<script");
    assertThat(new HtmlReport().render(report())).contains("Key actors and relations",
        "Norland army (1)");
  }

  @Test
  void anEventTwoOtherOutletsReportIsAnOmissionOfTheThird() {
    List<AnalyzedArticle> articles = new java.util.ArrayList<>(List.of(
        article("a", "Harbour Times", "2031-05-02", "several", 3, 9),
        article("b", "Valley Post", "2031-05-03", "tens of", 20, 99)));
    AnalyzedArticle c = article("c", "Coast Radio", "2031-05-03", "many", 5, 50);
    articles.add(new AnalyzedArticle(c.schema(), c.id(), 1, c.contentHash(), "v", c.source(),
        c.url(), c.format(), c.title(), c.published(), null, c.text(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), c.quotes(), List.of(),
        List.of(), c.outlet(), "metadata", null, Framing.empty()));
    Story story = new Story("s-a", 0, "t", List.of(
        new Membership("a", "s-a", true, 0, 0, 0, 0, List.of(), null),
        new Membership("b", "s-a", false, 0.8, 0.8, 0.5, 1, List.of(), null),
        new Membership("c", "s-a", false, 0.8, 0.8, 0.5, 1, List.of(), null)),
        LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 3),
        ImmutableSortedSet.of("Harbour Times", "Valley Post", "Coast Radio"));
    SituationReport r = SituationReport.of(story, articles,
        StoryFusion.standard().fuse(story, articles));
    assertThat(r.omittedEvents().get("Coast Radio")).singleElement().satisfies(e -> {
      assertThat(e.reportedBy()).containsExactly("Harbour Times", "Valley Post");
      assertThat(e.source()).isEqualTo("Norland army");
    });
    assertThat(r.omittedEvents().get("Harbour Times")).isEmpty();
    assertThat(new MarkdownReport().render(r)).contains("### Omissions",
        "| Coast Radio | event Norland army");
  }
}
