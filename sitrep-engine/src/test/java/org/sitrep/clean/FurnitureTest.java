package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

/**
 * Page furniture as real sites leave it in article text (all invented): widgets, labels and
 * kickers, repeated blocks, related headlines, credits. Every rule keeps its reason in the note,
 * and nothing marked is analysed.
 */
class FurnitureTest {
  private static final StructureStage STAGE = StructureStage.create();

  private static Structure classify(String text) {
    return classify(Article.ofText("t1", text));
  }

  private static Structure classify(Article article) {
    Structure s = STAGE.process(Document.of(Article.LAYER, article));
    int covered = 0;
    for (StructureSpan sp : s.spans()) {
      Span span = sp.span();
      assertThat(span.start()).as("span %s after the previous one", sp).isGreaterThanOrEqualTo(covered);
      assertThat(span.isEmpty()).as("empty span %s", sp).isFalse();
      assertThat(article.text().substring(covered, span.start())).isBlank();
      covered = span.end();
    }
    return s;
  }

  private static Article withTitle(String title, String text) {
    return new Article("j1", null, null, title, null, text, SourceFormat.JSONL, "", List.of(),
        List.of());
  }

  private static StructureSpan at(Structure s, String text, String needle, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(needle, i + 1);
    }
    int found = i;
    assertThat(found).as("'%s' #%s occurs in the text", needle, nth).isNotNegative();
    return s.spans().stream().filter(sp -> sp.span().contains(found)).findFirst()
        .orElseThrow(() -> new AssertionError("no span covers '" + needle + "'"));
  }

  private static StructureSpan at(Structure s, String text, String needle) {
    return at(s, text, needle, 0);
  }

  private static void furniture(Structure s, String text, String needle, String note) {
    assertThat(at(s, text, needle)).as(needle).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo(note);
    });
  }

  private static void analysed(Structure s, String text, String needle) {
    assertThat(at(s, text, needle).type().isAnalysed()).as(needle).isTrue();
  }

  @Test
  void commentShareVideoAndScrollWidgetsAreFurnitureOnTheirFirstOccurrence() {
    String text = "Floodwaters cut off villages in the delta\n"
        + "CAIRO (Reuters) - Rising water has isolated dozens of villages, officials said.\n"
        + "Video Player is loading.\n"
        + "Rescue boats reached some areas by Wednesday evening, the agency added.\n"
        + "Share this:\n"
        + "Leave a Reply\n"
        + "Your email address will not be published. Required fields are marked *\n"
        + "Scroll to Top\n";
    Structure s = classify(text);
    furniture(s, text, "Video Player", "video player");
    furniture(s, text, "Share this:", "share prompt");
    furniture(s, text, "Leave a Reply", "comment widget");
    furniture(s, text, "Your email", "comment widget");
    furniture(s, text, "Scroll to Top", "scroll to top");
    analysed(s, text, "Rescue boats");
  }

  @Test
  void liveBlogChromeAndTimestamps() {
    String text = "Live: talks on the border resume in Ostrava\n"
        + "Show key events only\n"
        + "14:32 GMT\n"
        + "Delegations from both sides arrived at the border post on Tuesday morning, officials"
        + " said.\n"
        + "25 minutes ago\n"
        + "The talks are expected to last until the evening, one delegate told reporters.\n";
    Structure s = classify(text);
    furniture(s, text, "Show key events", "live-blog chrome");
    furniture(s, text, "14:32 GMT", "timestamp");
    furniture(s, text, "25 minutes ago", "live-blog chrome");
    analysed(s, text, "The talks are expected");
  }

  @Test
  void sectionLabelsAndMastheadAboveAMetadataTitle() {
    String title = "Drone strike hits fuel depot outside Kadrina";
    String text = "Chevron-down Menu\n"
        + "The Ostrava Ledger\n"
        + "MIDDLE EAST\n"
        + title + "\n"
        + "A drone struck a fuel depot on the outskirts of Kadrina on Sunday, starting a fire"
        + " that burned for hours, the regional governor said.\n";
    Structure s = classify(withTitle(title, text));
    furniture(s, text, "Chevron-down", "interface label");
    furniture(s, text, "The Ostrava Ledger", "section label");
    furniture(s, text, "MIDDLE EAST", "section label");
    assertThat(s.title().in(text)).isEqualTo(title);
    analysed(s, text, "A drone struck");
  }

  @Test
  void aTitleWithoutMetadataUnderAnUnknownLabel() {
    String text = "Borderlands\n"
        + "Drone strike hits fuel depot outside Kadrina\n"
        + "A drone struck a fuel depot on the outskirts of Kadrina on Sunday, the governor said.\n";
    Structure s = classify(text);
    furniture(s, text, "Borderlands", "section label");
    assertThat(s.title().in(text)).isEqualTo("Drone strike hits fuel depot outside Kadrina");
  }

  @Test
  void verblessKickersBetweenTitleAndFirstParagraph() {
    String text = "Parliament rejects the emergency budget\n"
        + "Lorvania flag\n"
        + "Politics\n"
        + "Lawmakers in Lorvania voted down the emergency budget late on Thursday after a"
        + " twelve-hour debate.\n"
        + "Next steps\n"
        + "The government has a week to present a new draft, the speaker said.\n";
    Structure s = classify(text);
    furniture(s, text, "Lorvania flag", "section label or kicker");
    furniture(s, text, "Politics", "section label or kicker");
    // After the first paragraph a short line is the story's own heading.
    assertThat(at(s, text, "Next steps").type()).isEqualTo(StructureType.HEADING);
  }

  @Test
  void aStandfirstBeforeTheFirstParagraphStays() {
    String text = "Parliament rejects the emergency budget\n"
        + "The vote leaves the government without funds for the second half of the year\n"
        + "KADRINA (Reuters) - Lawmakers voted down the emergency budget late on Thursday.\n";
    Structure s = classify(text);
    assertThat(at(s, text, "The vote leaves").type()).isEqualTo(StructureType.STANDFIRST);
  }

  @Test
  void everyCopyOfARepeatedWidgetIsFurniture() {
    String box = "Support independent reporting from the region\n"
        + "Become a member today and read without limits\n";
    String text = "Convoy reaches besieged town after week-long wait\n"
        + box
        + "KADRINA, Lorvania - The convoy crossed the last checkpoint on Thursday, aid workers"
        + " said.\n"
        + "Earlier on Thursday, the trucks were held for hours while soldiers searched them.\n"
        + box
        + "The blockade began on Monday, residents said.\n";
    Structure s = classify(text);
    for (int n = 0; n < 2; n++) {
      assertThat(at(s, text, "Support independent", n).type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(at(s, text, "Support independent", n).note()).isEqualTo("repeated block");
      assertThat(at(s, text, "Become a member", n).type()).isEqualTo(StructureType.BOILERPLATE);
    }
    analysed(s, text, "Earlier on Thursday");
  }

  @Test
  void aLineRepeatedThreeTimesIsFurnitureEverywhere() {
    String promo = "Get the Ostrava Ledger's morning briefing, free, every weekday.";
    String text = "Convoy reaches besieged town\n"
        + promo + "\n"
        + "The convoy crossed the last checkpoint on Thursday afternoon, aid workers said.\n"
        + promo + "\n"
        + "The blockade began on Monday, residents said, and food ran out within days.\n"
        + promo + "\n";
    Structure s = classify(text);
    for (int n = 0; n < 3; n++) {
      assertThat(at(s, text, promo, n).type()).as("copy %s", n)
          .isEqualTo(StructureType.BOILERPLATE);
    }
  }

  @Test
  void aPullQuoteStillCountsOnceAndTheTitleIsNeverItsOwnRepeat() {
    String title = "Militia seizes the port as the governor stays home";
    String quote = "\u201cWe will hold the port until the elections,\u201d the commander said.";
    String text = title + "\n" + title + "\n"
        + "Fighters took the harbour office overnight, dock workers said.\n"
        + quote + "\n"
        + "Cranes at the port stood idle on Wednesday morning.\n"
        + quote + "\n";
    Structure s = classify(withTitle(title, text));
    assertThat(at(s, text, title, 0).type()).isEqualTo(StructureType.TITLE);
    assertThat(at(s, text, title, 1).note()).isEqualTo("repeated title");
    assertThat(at(s, text, quote, 0).type()).isEqualTo(StructureType.BODY);
    assertThat(at(s, text, quote, 1).note()).isEqualTo("repeated paragraph (pull quote)");
  }

  @Test
  void relatedHeadlinesAfterTheLastParagraph() {
    String text = "Ceasefire holds for a third day in the south\n"
        + "KADRINA (AP) - The ceasefire held for a third day on Sunday, residents said.\n"
        + "Aid convoys are expected to cross the front line next week, officials said.\n"
        + "Dana Whitfield contributed to this report.\n"
        + "Read more:\n"
        + "Lorvania's ruling coalition faces its first test in the assembly\n"
        + "How the drone war changed the southern front\n"
        + "Kadrina museum reopens its doors after two years\n";
    Structure s = classify(text);
    assertThat(at(s, text, "Dana Whitfield")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.CREDIT);
      assertThat(sp.note()).isEqualTo("contributor line");
    });
    furniture(s, text, "Lorvania's ruling", "related headlines");
    furniture(s, text, "How the drone war", "related headlines");
    furniture(s, text, "Kadrina museum reopens", "related headlines");
    analysed(s, text, "Aid convoys");
  }

  @Test
  void aLastHeadingAndParagraphAreStory() {
    String text = "Ceasefire holds for a third day in the south\n"
        + "KADRINA (AP) - The ceasefire held for a third day on Sunday, residents said.\n"
        + "What comes next\n"
        + "Aid convoys are expected to cross the front line next week, officials said.\n";
    Structure s = classify(text);
    assertThat(at(s, text, "What comes next").type()).isEqualTo(StructureType.HEADING);
    analysed(s, text, "Aid convoys");
  }

  @Test
  void creditsAndAuthorBiosAreCreditsNotStory() {
    String text = "Lorvania lifts the curfew in the capital\n"
        + "Photo: Kadrina Residents Committee\n"
        + "OSTRAVA (Reuters) - Lorvania lifted the curfew in its capital on Monday, the interior"
        + " ministry said.\n"
        + "Its spokesman, Ilya Sorin, is a former reporter who covered the war for state radio.\n"
        + "Reporting by Mara Quist in Ostrava; Editing by Omar Haddad\n"
        + "Mara Quist is a correspondent for the Ostrava Ledger based in Kadrina.\n";
    Structure s = classify(text);
    assertThat(at(s, text, "Photo: Kadrina")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.CREDIT);
      assertThat(sp.note()).isEqualTo("photo credit");
    });
    assertThat(at(s, text, "Reporting by").type()).isEqualTo(StructureType.CREDIT);
    assertThat(at(s, text, "Mara Quist is a")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.CREDIT);
      assertThat(sp.note()).isEqualTo("author bio");
    });
    // The same shape inside the story is story.
    analysed(s, text, "Its spokesman");
    assertThat(s.analysisText(text)).doesNotContain("Mara Quist").doesNotContain("Residents");
  }

  @Test
  void webAddressesImageFileNamesAndBracketedLinks() {
    String text = "https://ledger.example/world/kadrina-curfew-lifted-2027\n"
        + "Curfew lifted in Kadrina after two weeks\n"
        + "kadrina-curfew_20270312a\n"
        + "kadrina-night-street_4471902bCurfew ended at midnight on Monday, officials said.\n"
        + "[Read: The curfew's first week in pictures]\n"
        + "Map: Where the curfew applied\n"
        + "Shops reopened on Tuesday morning, residents said.\n";
    Structure s = classify(text);
    furniture(s, text, "https://", "web address");
    assertThat(s.title().in(text)).isEqualTo("Curfew lifted in Kadrina after two weeks");
    furniture(s, text, "kadrina-curfew_2027", "image file name");
    furniture(s, text, "kadrina-night-street", "image file name");
    assertThat(at(s, text, "Curfew ended").type()).isEqualTo(StructureType.BODY);
    assertThat(at(s, text, "Curfew ended").span().in(text)).startsWith("Curfew ended");
    furniture(s, text, "[Read:", "link to another story");
    furniture(s, text, "Map: Where", "link to media or another story");
  }

  @Test
  void aUrlMetadataTitleIsIgnored() {
    String text = "Curfew lifted in Kadrina after two weeks\n"
        + "The curfew ended at midnight on Monday, officials said.\n";
    Structure s = classify(withTitle("https://ledger.example/kadrina-curfew", text));
    assertThat(s.title().in(text)).isEqualTo("Curfew lifted in Kadrina after two weeks");
  }

  @Test
  void aPublicationLineWithTwoDates() {
    String text = "Curfew lifted in Kadrina after two weeks\n"
        + "March 6, 2027, 10:00 PM UTC / Updated March 7, 2027, 12:43 PM UTC\n"
        + "The curfew ended at midnight on Monday, officials said.\n";
    Structure s = classify(text);
    furniture(s, text, "March 6", "publication line");
  }

  @Test
  void inlineAdSponsorSyndicationAndSocialLinesInAPlainTextBody() {
    String text = "Ferry service to Veloria island suspended after storm\n"
        + "Supported by\n"
        + "PORT ALMA - The coast guard suspended ferry crossings to Veloria island on Monday after"
        + " a storm damaged the main pier, officials said.\n"
        + "Advertisement Continue reading the main story\n"
        + "Continue reading\n"
        + "Continuing repairs could take weeks, the harbour master said.\n"
        + "Scroll down for video\n"
        + "More: Storm season arrives early on the southern coast\n"
        + "Residents who signed up for the council newsletter were warned on Sunday.\n"
        + "Information from: The Alma Courier, http://www.example.org\n"
        + "This article originally appeared on Alma Today.\n"
        + "Follow Dara Venn on X: @daravenn\n";
    Structure s = classify(text);
    furniture(s, text, "Supported by", "advertisement notice");
    furniture(s, text, "Advertisement Continue", "advertisement notice");
    furniture(s, text, "Continue reading\n", "advertisement notice");
    furniture(s, text, "Scroll down", "advertisement notice");
    furniture(s, text, "More: Storm", "related link");
    furniture(s, text, "Information from:", "syndication line");
    furniture(s, text, "This article originally", "syndication line");
    furniture(s, text, "Follow Dara", "social prompt");
    analysed(s, text, "Continuing repairs");
    analysed(s, text, "Residents who signed up");
  }

  @Test
  void proseThatStartsLikeFurnitureIsStory() {
    for (String line : new String[] {
        "Information from the ministry suggests the convoy turned back at the border.",
        "More than 40 people were wounded in the shelling of Tarnok, medics said.",
        "Follow the money, the investigator told the committee, and you find the militia.",
        "This story first appeared to be a rumour, but witnesses confirmed the attack.",
        "Continue reading the statement, the spokesman told reporters at the briefing."}) {
      String text = "Shelling resumes near Tarnok\n"
          + "TARNOK - Shelling resumed near the town on Friday, residents said.\n"
          + line + "\n"
          + "The army did not comment on the reports.\n";
      Structure s = classify(text);
      analysed(s, text, line);
    }
  }
}
