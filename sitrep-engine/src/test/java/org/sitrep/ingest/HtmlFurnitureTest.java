package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.Fixtures.one;
import static org.sitrep.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/**
 * Page furniture that HTML markup gives away (all pages invented): links to other stories, lists
 * of links, video players, credits inside captions, author bios, interface regions, and text
 * nodes that must not run together.
 */
class HtmlFurnitureTest {
  @TempDir Path dir;

  private Article page(String body) {
    return one(write(dir, "page.html", "<html><head><title>Ostrava Ledger</title></head><body>"
        + "<article><h1>Curfew lifted in Kadrina after two weeks</h1>" + body
        + "</article></body></html>"));
  }

  private static StructureSpan spanOf(Article a, String needle) {
    int i = a.text().indexOf(needle);
    assertThat(i).as("'%s' in the text", needle).isNotNegative();
    return a.markup().stream().filter(s -> s.span().contains(i)).findFirst()
        .orElseThrow(() -> new AssertionError("no markup span covers '" + needle + "'"));
  }

  private static List<String> texts(Article a, StructureType type) {
    return a.markup().stream().filter(s -> s.type() == type)
        .map(s -> s.span().in(a.text())).toList();
  }

  private static final String STORY = "<p>The curfew in Kadrina ended at midnight on Monday after"
      + " two weeks, the interior ministry said in a statement.</p>";

  @Test
  void aParagraphOrHeadingThatIsAllLinkIsALinkToAnotherStory() {
    Article a = page(STORY
        + "<p>[<a href=\"/world/why-curfew\"><i>Read: The curfew's first week</i></a>]</p>"
        + "<p><a href=\"/world/drones\"><strong>DRONES OVER THE SOUTHERN FRONT: WHAT WE"
        + " KNOW</strong></a></p>"
        + "<h3><a href=\"/world/museum\">Kadrina museum reopens</a></h3>"
        + "<p>Shops reopened on Tuesday, said <a href=\"/people/sorin\">Ilya Sorin</a>, who owns a"
        + " bakery near the square.</p>"
        + "<h2><a href=\"#reactions\">Reactions</a></h2>");
    assertThat(spanOf(a, "[Read: The curfew").type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(spanOf(a, "[Read: The curfew").note()).isEqualTo("link to another story");
    assertThat(spanOf(a, "DRONES OVER").type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(spanOf(a, "Kadrina museum").type()).isEqualTo(StructureType.BOILERPLATE);
    // A paragraph with a link in it is story; a heading linking within the page is a heading.
    assertThat(spanOf(a, "Shops reopened").type()).isEqualTo(StructureType.BODY);
    assertThat(spanOf(a, "Reactions").type()).isEqualTo(StructureType.HEADING);
  }

  @Test
  void aBlockOfLinksIsAListOfLinks() {
    Article a = page(STORY + "<div class=\"more-box\"><h4>Elsewhere</h4><ul>"
        + "<li><a href=\"/a\">Lorvania's ruling coalition faces its first test</a></li>"
        + "<li><a href=\"/b\">How the drone war changed the southern front</a></li>"
        + "<li><a href=\"/c\">Aid convoy reaches the river town</a></li></ul></div>"
        + "<p>Schools will reopen next week, the ministry added.</p>");
    for (String teaser : List.of("Elsewhere", "Lorvania's ruling", "How the drone", "Aid convoy")) {
      assertThat(spanOf(a, teaser).type()).as(teaser).isEqualTo(StructureType.BOILERPLATE);
      assertThat(spanOf(a, teaser).note()).as(teaser).isEqualTo("list of links");
    }
    assertThat(spanOf(a, "Schools will").type()).isEqualTo(StructureType.BODY);
  }

  @Test
  void aVideoPlayerBoxIsFurniture() {
    Article a = page("<div class=\"featured-video\"><a class=\"close\">close</a>"
        + "<div class=\"caption\"><h4>Why the southern front matters</h4>"
        + "<p>An analyst explains the stakes of the fighting.</p></div></div>" + STORY);
    assertThat(spanOf(a, "Why the southern").type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(spanOf(a, "Why the southern").note()).isEqualTo("video player");
    assertThat(spanOf(a, "An analyst").type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(spanOf(a, "The curfew in Kadrina").type()).isEqualTo(StructureType.BODY);
  }

  @Test
  void aCreditInsideACaptionIsACreditOfItsOwn() {
    Article a = page(STORY + "<figure><img src=\"a.jpg\"><figcaption><span>Residents walk"
        + " through the old market on Monday.</span><span class=\"caption__source\">Mara Quist /"
        + " AFP</span></figcaption></figure>");
    assertThat(texts(a, StructureType.CAPTION))
        .containsExactly("Residents walk through the old market on Monday.");
    assertThat(texts(a, StructureType.CREDIT)).containsExactly("Mara Quist / AFP");
    assertThat(spanOf(a, "Mara Quist").note()).isEqualTo("photo credit (markup)");
  }

  @Test
  void anAuthorBioIsACredit() {
    Article a = page(STORY + "<div class=\"author-bio\"><p>Dana Whitfield is the Ledger's"
        + " Kadrina correspondent.</p></div>");
    assertThat(spanOf(a, "Dana Whitfield").type()).isEqualTo(StructureType.CREDIT);
    assertThat(spanOf(a, "Dana Whitfield").note()).isEqualTo("author bio (markup)");
  }

  @Test
  void interfaceRegionsAndCommentPlatformsAreDropped() {
    Article a = one(write(dir, "roles.html", "<html><body>"
        + "<div role=\"banner\"><a href=\"/\">THE OSTRAVA LEDGER</a></div>"
        + "<article><h1>Curfew lifted in Kadrina</h1>" + STORY
        + "<div class=\"cta-box\">Watch more on our app</div>"
        + "<div id=\"disqus_thread\">Comments powered by a platform</div>"
        + "<div class=\"topics-dropdown\"><a href=\"/x\">Trending topic</a></div>"
        + "</article></body></html>"));
    assertThat(a.text()).doesNotContain("OSTRAVA LEDGER").doesNotContain("Watch more")
        .doesNotContain("Comments powered").doesNotContain("Trending topic");
  }

  @Test
  void textNodesOfSeparateElementsDoNotRunTogether() {
    Article a = page("<p class=\"signature\"><span>Ostrava News Agency</span><span>March 7, 2027"
        + "</span></p>"
        + "<p>Watch<svg><title>Live</title></svg>now on the Ledger's app</p>"
        + "<figure><figcaption><span>A street in Kadrina on Thursday.</span><span>Mara Quist"
        + "</span></figcaption></figure>"
        + "<p>The <b>cur</b>few ended at <a href=\"/x\">mid</a>night in the U.<b>S.</b>-backed"
        + " zone.</p>");
    assertThat(a.text()).contains("Ostrava News Agency March 7, 2027")
        .contains("Watch now on the Ledger's app")
        .contains("A street in Kadrina on Thursday. Mara Quist")
        .contains("The curfew ended at midnight in the U.S.-backed zone.");
  }

  @Test
  void aStoryWrittenWithLineBreaksInsteadOfParagraphsIsFound() {
    String story = "The curfew in Kadrina ended at midnight on Monday after two weeks, the"
        + " interior ministry said in a statement read on state television.<br><br>"
        + "Shops reopened on Tuesday morning and traffic returned to the main roads, residents"
        + " said, though checkpoints stayed in place on the bridges.<br><br>"
        + "The ministry said the curfew could return if attacks resumed in the city.";
    Article a = one(write(dir, "br.html", "<html><body>"
        + "<h1>Curfew lifted in Kadrina</h1>"
        + "<article class=\"card\"><p>Ten easy recipes for the weekend</p></article>"
        + "<div class=\"story\"><div class=\"text\">" + story + "</div></div>"
        + "</body></html>"));
    assertThat(a.text()).contains("Shops reopened on Tuesday")
        .doesNotContain("Ten easy recipes");
  }

  @Test
  void anOgTitleThatIsAWebAddressGivesWayToTheHeadline() {
    Article a = one(write(dir, "url.html", "<html><head><meta property=\"og:title\""
        + " content=\"https://ledger.example/kadrina\"></head><body><article>"
        + "<h1>Curfew lifted in Kadrina</h1>" + STORY + "</article></body></html>"));
    assertThat(a.title()).isEqualTo("Curfew lifted in Kadrina");
  }
}
