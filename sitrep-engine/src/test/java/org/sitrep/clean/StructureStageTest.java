package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;

class StructureStageTest {

  private static Structure classify(String text) {
    return classify(Article.ofText("t1", text));
  }

  private static Structure classify(Article article) {
    Structure s = StructureStage.create().process(Document.of(Article.LAYER, article));
    assertWellFormed(s, article.text());
    return s;
  }

  /** The record's contract: spans inside the text, sorted, disjoint, only whitespace between. */
  private static void assertWellFormed(Structure s, String text) {
    int covered = 0;
    for (StructureSpan sp : s.spans()) {
      Span span = sp.span();
      assertThat(span.end()).as("span %s within text of length %s", span, text.length())
          .isLessThanOrEqualTo(text.length());
      assertThat(span.start()).as("span %s starts after the previous one ends", span)
          .isGreaterThanOrEqualTo(covered);
      assertThat(span.isEmpty()).as("empty span %s", sp).isFalse();
      assertThat(blank(text.substring(covered, span.start()))).as("gap before %s", span).isTrue();
      covered = span.end();
    }
    assertThat(blank(text.substring(covered))).as("text after the last span").isTrue();
  }

  /** Whitespace in the wide sense the stage uses, including no-break spaces. */
  private static boolean blank(String s) {
    return s.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** The span that covers the first occurrence of {@code needle}. */
  private static StructureSpan at(Structure s, String text, String needle) {
    int i = text.indexOf(needle);
    assertThat(i).as("'%s' occurs in the test text", needle).isNotNegative();
    return s.spans().stream().filter(sp -> sp.span().contains(i)).findFirst()
        .orElseThrow(() -> new AssertionError("no span covers '" + needle + "'"));
  }

  /** The span that covers the {@code nth} (0-based) occurrence of {@code needle}. */
  private static StructureSpan at(Structure s, String text, String needle, int nth) {
    int i = -1;
    for (int k = 0; k <= nth; k++) {
      i = text.indexOf(needle, i + 1);
    }
    int found = i;
    assertThat(found).isNotNegative();
    return s.spans().stream().filter(sp -> sp.span().contains(found)).findFirst().orElseThrow();
  }

  private static StructureType typeOf(Structure s, String text, String needle) {
    return at(s, text, needle).type();
  }

  @Test
  void sectionLabelTitleAndReadingTimeLineWithDate() {
    String text = "World\n"
        + "Ceasefire talks stall as envoys leave the lakeside summit\n"
        + "Feb. 12, 2027 \u2022 4 min read\n"
        + "Negotiators from both delegations left the summit on Thursday without an agreement.\n"
        + "A second round is expected next month, officials said.\n";
    Structure s = classify(text);

    assertThat(at(s, text, "World")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo("section label");
    });
    assertThat(s.title().in(text))
        .isEqualTo("Ceasefire talks stall as envoys leave the lakeside summit");
    assertThat(typeOf(s, text, "Ceasefire")).isEqualTo(StructureType.TITLE);
    assertThat(at(s, text, "4 min read")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo("reading time");
      assertThat(sp.span().in(text)).isEqualTo("Feb. 12, 2027 \u2022 4 min read");
    });
    assertThat(s.statedDate()).isEqualTo(LocalDate.of(2027, 2, 12));
    assertThat(typeOf(s, text, "Negotiators")).isEqualTo(StructureType.BODY);
    assertThat(typeOf(s, text, "A second round")).isEqualTo(StructureType.BODY);
    assertThat(s.dateline()).isNull();
  }

  @Test
  void aDateDeepInTheBodyIsNotAStatedPublicationDate() {
    String text = "Parliament approves emergency budget\n"
        + "Lawmakers voted late in the evening after a long and heated debate.\n"
        + "The previous budget was passed on March 3, 2025, after months of delay.\n";
    Structure s = classify(text);
    assertThat(s.statedDate()).isNull();
    assertThat(typeOf(s, text, "The previous budget")).isEqualTo(StructureType.BODY);
  }

  @Test
  void photoCreditsMarkCaptions() {
    String text = "Aid convoy reaches besieged river town\n"
        + "Trucks wait at a checkpoint outside the town. (Photo: AFP)\n"
        + "Volunteers unload flour sacks at a school (EPA Photo)\n"
        + "The convoy of forty trucks crossed the front line at dawn, the agency said.\n";
    Structure s = classify(text);

    assertThat(typeOf(s, text, "Trucks wait")).isEqualTo(StructureType.CAPTION);
    assertThat(typeOf(s, text, "Volunteers unload")).isEqualTo(StructureType.CAPTION);
    assertThat(typeOf(s, text, "The convoy")).isEqualTo(StructureType.BODY);
    assertThat(s.title().in(text)).isEqualTo("Aid convoy reaches besieged river town");
  }

  @Test
  void captionRepeatingTheTitleKeepsOnlyThePhotoDescription() {
    String title = "Aid convoy reaches besieged river town";
    String text = title + "\n"
        + "Image of " + title + " A driver rests beside his truck near the bridge.\n"
        + "The convoy crossed the front line at dawn, the agency said.\n";
    Structure s = classify(text);

    StructureSpan repeat = at(s, text, "Image of");
    assertThat(repeat.type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(repeat.note()).isEqualTo("caption repeats title");
    assertThat(repeat.span().in(text)).isEqualTo("Image of " + title);
    StructureSpan caption = at(s, text, "A driver rests");
    assertThat(caption.type()).isEqualTo(StructureType.CAPTION);
    assertThat(caption.span().in(text))
        .isEqualTo("A driver rests beside his truck near the bridge.");
    assertThat(s.analysed()).extracting(sp -> sp.span().in(text))
        .noneMatch(t -> t.startsWith("Image of"));
  }

  @Test
  void datelineWithAgencyInBrackets() {
    String text = "Shelling resumes along the southern border\n"
        + "BEIRUT (Reuters) - Artillery fire was heard across several villages on Monday.\n";
    Structure s = classify(text);

    assertThat(s.datelinePlace()).isEqualTo("BEIRUT");
    assertThat(s.dateline().in(text).strip()).isEqualTo("BEIRUT (Reuters) -");
    StructureSpan dl = at(s, text, "BEIRUT");
    assertThat(dl.type()).isEqualTo(StructureType.DATELINE);
    assertThat(dl.span().in(text)).isEqualTo("BEIRUT (Reuters) -");
    StructureSpan body = at(s, text, "Artillery");
    assertThat(body.type()).isEqualTo(StructureType.BODY);
    assertThat(body.span().in(text)).startsWith("Artillery fire");
  }

  @Test
  void datelineWithCountryAndEmDash() {
    String text = "Talks on grain corridor enter second week\n"
        + "KHARTOUM, Sudan \u2014 Mediators said on Tuesday that both sides had agreed to a"
        + " pause.\n";
    Structure s = classify(text);
    assertThat(s.datelinePlace()).isEqualTo("KHARTOUM, Sudan");
    assertThat(at(s, text, "KHARTOUM").span().in(text)).isEqualTo("KHARTOUM, Sudan \u2014");
    assertThat(typeOf(s, text, "Mediators")).isEqualTo(StructureType.BODY);
  }

  @Test
  void datelineWithHyphen() {
    String text = "Ministry reports new arrests in the capital\n"
        + "DAMASCUS, Syria - Security forces detained a dozen people overnight, the ministry"
        + " said.\n";
    Structure s = classify(text);
    assertThat(s.datelinePlace()).isEqualTo("DAMASCUS, Syria");
    assertThat(at(s, text, "DAMASCUS").type()).isEqualTo(StructureType.DATELINE);
    assertThat(at(s, text, "DAMASCUS").span().in(text)).isEqualTo("DAMASCUS, Syria -");
  }

  @Test
  void anAcronymFollowedByADashIsNotADateline() {
    String text = "Convoy delayed at the crossing\n"
        + "US officials - said the convoy had been held at the border for two days.\n";
    Structure s = classify(text);
    assertThat(s.dateline()).isNull();
    assertThat(s.datelinePlace()).isNull();
    assertThat(s.spans()).noneMatch(sp -> sp.type() == StructureType.DATELINE);
    assertThat(at(s, text, "US officials").span().in(text)).startsWith("US officials - said");
  }

  @Test
  void paragraphsBetweenTitleAndDatelineAreStandfirst() {
    String text = "Envoys agree on prisoner exchange\n"
        + "The deal, brokered over three months, covers several hundred detainees.\n"
        + "By Jane Doe\n"
        + "ISTANBUL (AP) \u2014 Negotiators signed the agreement at a hotel on Sunday.\n"
        + "The first exchange could take place within days, one envoy said.\n";
    Structure s = classify(text);
    assertThat(typeOf(s, text, "The deal")).isEqualTo(StructureType.STANDFIRST);
    assertThat(at(s, text, "By Jane Doe")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BYLINE);
      assertThat(sp.span().in(text)).isEqualTo("By Jane Doe");
    });
    assertThat(s.datelinePlace()).isEqualTo("ISTANBUL");
    assertThat(typeOf(s, text, "The first exchange")).isEqualTo(StructureType.BODY);
  }

  @Test
  void newsletterSocialAndTeaserBlocksAreBoilerplate() {
    String text = "Floodwaters cut off villages in the delta\n"
        + "CAIRO (Reuters) - Rising water has isolated dozens of villages, officials said.\n"
        + "Sign up for our newsletter\n"
        + "Rescue boats reached some areas by Wednesday evening, the agency added.\n"
        + "Follow us on Telegram for the latest updates\n"
        + "Related stories\n"
        + "Drought pushes grain prices to a record high\n"
        + "Farmers say the dry season has been the worst in decades.\n"
        + "Local officials asked for more boats and fuel to reach remote areas.\n";
    Structure s = classify(text);

    assertThat(at(s, text, "Sign up")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo("newsletter prompt");
    });
    assertThat(at(s, text, "Follow us")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo("social prompt");
    });
    assertThat(at(s, text, "Related stories").note()).isEqualTo("teaser heading");
    assertThat(at(s, text, "Drought pushes")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.BOILERPLATE);
      assertThat(sp.note()).isEqualTo("teaser for another story");
    });
    assertThat(typeOf(s, text, "Farmers say")).isEqualTo(StructureType.BOILERPLATE);
    assertThat(typeOf(s, text, "Rescue boats")).isEqualTo(StructureType.BODY);
    assertThat(typeOf(s, text, "Local officials")).isEqualTo(StructureType.BODY);
  }

  @Test
  void teaserSummaryOfMoreThanOneSentenceStaysBody() {
    String text = "Floodwaters cut off villages in the delta\n"
        + "CAIRO (Reuters) - Rising water has isolated dozens of villages, officials said.\n"
        + "More stories\n"
        + "Drought pushes grain prices to a record high\n"
        + "Rescue boats reached some areas by evening. More are expected on Friday.\n";
    Structure s = classify(text);
    assertThat(typeOf(s, text, "More stories")).isEqualTo(StructureType.BOILERPLATE);
    assertThat(typeOf(s, text, "Drought pushes")).isEqualTo(StructureType.BOILERPLATE);
    assertThat(typeOf(s, text, "Rescue boats")).isEqualTo(StructureType.BODY);
  }

  @Test
  void pullQuoteBeforeTheDatelineCountsOnceWhereTheStoryHasIt() {
    String quote = "\u201cWe will not leave our land, whatever it costs us,\u201d the mayor said.";
    String text = "Mayor vows to stay as fighting nears the port\n"
        + quote + "\n"
        + "TRIPOLI (Reuters) - Clashes resumed on the city's outskirts on Monday.\n"
        + quote + "\n"
        + "Residents said shops stayed closed for a third day.\n";
    Structure s = classify(text);

    StructureSpan early = at(s, text, quote, 0);
    StructureSpan inFlow = at(s, text, quote, 1);
    assertThat(early.type()).isEqualTo(StructureType.BOILERPLATE);
    assertThat(early.note()).isEqualTo("repeated paragraph (pull quote)");
    assertThat(inFlow.type()).isEqualTo(StructureType.BODY);
    assertThat(s.analysed()).filteredOn(sp -> sp.span().in(text).equals(quote)).hasSize(1);
  }

  @Test
  void paragraphRepeatedInsideTheBodyKeepsTheFirstCopy() {
    String para = "Aid agencies said the road had been closed since the weekend.";
    String text = "Roads close as winter storm hits the north\n"
        + "MOSUL, Iraq - Snow blocked the main highway on Sunday.\n"
        + para + "\n"
        + "Temperatures fell well below freezing overnight.\n"
        + para + "\n";
    Structure s = classify(text);
    assertThat(at(s, text, para, 0).type()).isEqualTo(StructureType.BODY);
    assertThat(at(s, text, para, 1).type()).isEqualTo(StructureType.BOILERPLATE);
  }

  @Test
  void shortUnpunctuatedLineInsideTheBodyIsAHeading() {
    String text = "Hospitals run short of fuel in the south\n"
        + "GAZA (AP) - Generators at two hospitals stopped on Friday, staff said.\n"
        + "Doctors warned that patients on ventilators were at risk.\n"
        + "What happens next\n"
        + "Officials said a fuel shipment could arrive within a week.\n";
    Structure s = classify(text);
    assertThat(at(s, text, "What happens next")).satisfies(sp -> {
      assertThat(sp.type()).isEqualTo(StructureType.HEADING);
      assertThat(sp.span().in(text)).isEqualTo("What happens next");
    });
    assertThat(typeOf(s, text, "Officials said")).isEqualTo(StructureType.BODY);
    assertThat(typeOf(s, text, "Doctors warned")).isEqualTo(StructureType.BODY);
  }

  @Test
  void textWithoutATitleIsAllBody() {
    String text = "Negotiators from the two governments met for a third day on Tuesday and said"
        + " they had made progress on the release of detainees held since the spring.\n"
        + "A further meeting is planned for next week.\n";
    Structure s = classify(text);
    assertThat(s.title()).isNull();
    assertThat(typeOf(s, text, "Negotiators")).isEqualTo(StructureType.BODY);
    assertThat(typeOf(s, text, "A further")).isEqualTo(StructureType.BODY);
  }

  @Test
  void emptyAndBlankTextsGiveNoSpans() {
    for (String text : List.of("", "   ", " \n\t\n \u00A0 \r\n")) {
      Structure s = classify(text);
      assertThat(s.spans()).as("spans of %s", text.replace("\n", "\\n")).isEmpty();
      assertThat(s.title()).isNull();
      assertThat(s.dateline()).isNull();
      assertThat(s.statedDate()).isNull();
      assertThat(s.analysisText(text)).hasSize(text.length()).matches("[ \\r\\n]*");
    }
  }

  @Test
  void windowsLineEndingsStayOutsideSpans() {
    String text = "Border crossing reopens after a week\r\n"
        + "\r\n"
        + "AMMAN (Reuters) - Trucks began moving again on Saturday, officials said.\r\n"
        + "Traders welcomed the news.\r\n";
    Structure s = classify(text);
    assertThat(s.title().in(text)).isEqualTo("Border crossing reopens after a week");
    assertThat(s.datelinePlace()).isEqualTo("AMMAN");
    assertThat(at(s, text, "Traders").span().in(text)).isEqualTo("Traders welcomed the news.");
    assertThat(s.spans()).allSatisfy(sp -> assertThat(sp.span().in(text)).doesNotContain("\r"));
  }

  @Test
  void markupFromHtmlIsHonoured() {
    // Neither line would be read so from the text alone: the title ends in a full stop and the
    // caption has no photo credit.
    String title = "Talks collapse. Again.";
    String caption = "Children queue for bread outside a bakery in the old city.";
    String body = "Officials from both sides blamed each other for the failure on Thursday.";
    String text = title + "\n" + caption + "\n" + body + "\n";
    int c = text.indexOf(caption);
    Article article = new Article("h1", "Example Times", null, null, null, text, SourceFormat.HTML,
        "", List.of(StructureSpan.of(StructureType.TITLE, 0, title.length()),
            StructureSpan.of(StructureType.CAPTION, c, c + caption.length())), List.of());
    Structure s = classify(article);

    assertThat(s.title().in(text)).isEqualTo(title);
    assertThat(typeOf(s, text, "Children")).isEqualTo(StructureType.CAPTION);
    assertThat(typeOf(s, text, "Officials")).isEqualTo(StructureType.BODY);
  }

  @Test
  void withoutMarkupTheSameLinesAreReadAsBody() {
    String text = "Talks collapse. Again.\n"
        + "Children queue for bread outside a bakery in the old city.\n"
        + "Officials from both sides blamed each other for the failure on Thursday.\n";
    Structure s = classify(text);
    assertThat(s.title()).isNull();
    assertThat(typeOf(s, text, "Children")).isEqualTo(StructureType.BODY);
  }

  @Test
  void metadataTitleIsFoundInTheText() {
    String text = "Rebels seize airport on the edge of the city\n"
        + "The airport had been held by government troops since the spring, residents said.\n";
    Article article = new Article("j1", null, null, "Rebels seize airport on the edge of the city",
        null, text, SourceFormat.JSONL, "", List.of(), List.of());
    Structure s = classify(article);
    assertThat(s.title().in(text)).isEqualTo("Rebels seize airport on the edge of the city");
  }

  @Test
  void analysisTextBlanksBoilerplateAndDatelineKeepingLengthAndNewlines() {
    String text = "Curfew imposed in port city\n"
        + "3 min read\n"
        + "ADEN (Reuters) - Troops\u00A0patrolled the streets on Sunday.\n";
    Structure s = classify(text);
    String analysed = s.analysisText(text);

    assertThat(analysed).hasSize(text.length());
    assertThat(analysed).isEqualTo("Curfew imposed in port city\n"
        + " ".repeat("3 min read".length()) + "\n"
        + " ".repeat("ADEN (Reuters) - ".length()) + "Troops patrolled the streets on Sunday.\n");
  }

  @Test
  void analysisTextFromAHandBuiltStructure() {
    String text = "Title\u00A0here\r\nBy Ann Lee\nBody\u2009text.\n";
    Structure s = new Structure(List.of(
        StructureSpan.of(StructureType.BODY, 23, 33),
        StructureSpan.of(StructureType.TITLE, 0, 10),
        StructureSpan.of(StructureType.BYLINE, 12, 22)), Span.of(0, 10), null, null, null);

    // Spans are sorted by start whatever order they were given in.
    assertThat(s.spans()).extracting(sp -> sp.span().start()).containsExactly(0, 12, 23);
    assertThat(s.typeAt(12)).isEqualTo(StructureType.BYLINE);
    assertThat(s.typeAt(10)).isNull();
    assertThat(s.analysisText(text)).isEqualTo("Title here\r\n          \nBody text.\n");
  }

  @Test
  void aShortBodySentenceWithADateIsNeitherBoilerplateNorTheStatedDate() {
    String text = "Toll rises after strike on market\n"
        + "KYIV (Reuters) - The strike hit a busy market at noon.\n"
        + "The war began on February 24, 2022.\n"
        + "Rescuers were still searching the rubble on Tuesday evening.\n";
    Structure s = classify(text);
    assertThat(typeOf(s, text, "The war began")).isEqualTo(StructureType.BODY);
    assertThat(s.statedDate()).isNull();
  }

  @Test
  void aBodySentenceStartingWithUpdatedStaysBody() {
    String text = "Toll rises after strike on market\n"
        + "Updated figures from the health ministry put the death toll at 41.\n"
        + "Rescuers were still searching the rubble on Tuesday evening.\n";
    Structure s = classify(text);
    assertThat(typeOf(s, text, "Updated figures")).isEqualTo(StructureType.BODY);
  }

  @Test
  void aSentenceMentioningAMinuteReadStaysBody() {
    String text = "Toll rises after strike on market\n"
        + "KYIV (Reuters) - The strike hit a busy market at noon.\n"
        + "The report, a 10-minute read, was released on Monday.\n";
    Structure s = classify(text);
    assertThat(typeOf(s, text, "The report")).isEqualTo(StructureType.BODY);
  }
}
