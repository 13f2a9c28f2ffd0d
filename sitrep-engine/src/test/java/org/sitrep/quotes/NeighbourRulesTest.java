package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.StructureType;

/**
 * Quotes whose marks or speaker lie beyond the plain {@code “…,” X said}: unclosed and single
 * quotation marks, speakers in the neighbouring paragraph, unnamed described speakers, speakers
 * that must not come from inside a quotation or from furniture.
 */
class NeighbourRulesTest {
  private static final QuoteStage STAGE = QuoteStage.create();

  private static List<Quote> run(TestDocs docs) {
    return STAGE.process(docs.build()).quotes();
  }

  private static Quote starting(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(x -> x.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + quotes));
  }

  @Test
  void aColonIntroducesAQuoteWhoseClosingMarkIsMissing() {
    List<Quote> q = run(TestDocs.body(
        "Radio Corvo reported: “Fighters entered the town at dawn and he said they would stay.",
        "Shops stayed closed.")
        .org("Radio Corvo").tagged("stay", "VB").tagged("closed", "VBN"));
    Quote quote = starting(q, "Fighters entered");
    assertThat(quote.text()).endsWith("would stay.");
    assertThat(quote.speaker()).isEqualTo("Radio Corvo");
    assertThat(quote.kind()).isEqualTo(Quote.DIRECT);
    // The "he said" inside the quotation is the quoted speaker's, not a speaker of the article.
    assertThat(q).noneMatch(x -> "he".equalsIgnoreCase(x.speaker()));
    assertThat(q).hasSize(1);
  }

  @Test
  void aStrayOpeningMarkInRunningTextIsNoQuote() {
    List<Quote> q = run(TestDocs.body("The council met on “Monday and adjourned."));
    assertThat(q).isEmpty();
  }

  @Test
  void singleQuotationMarksNextToASpeechVerbAreAQuote() {
    List<Quote> q = run(TestDocs.body(
        "‘We will not leave our homes,’ Ana Roe said on Monday.",
        "Tom Bix told reporters: ‘The road is open.’")
        .person("Ana Roe").person("Tom Bix"));
    assertThat(starting(q, "We will not").speaker()).isEqualTo("Ana Roe");
    assertThat(starting(q, "We will not").text()).isEqualTo("We will not leave our homes");
    assertThat(starting(q, "The road").speaker()).isEqualTo("Tom Bix");
  }

  @Test
  void apostrophesAndScareQuotesAreNoQuotes() {
    List<Quote> q = run(TestDocs.body(
        "Corvo’s residents fled the ‘safe zone’ on Monday as the town’s wells ran dry.",
        "Families called it a 'lost cause' after the soldiers' trucks left.")
        .place("Corvo").tagged("called", "VBD"));
    assertThat(q).noneMatch(x -> x.text().startsWith("safe zone") || x.text().startsWith("s ")
        || x.text().contains("residents fled"));
  }

  @Test
  void aSingleQuoteInsideADoubleQuoteIsPartOfIt() {
    List<Quote> q = run(TestDocs.body(
        "“They told us ‘go home’ and we went,” said Ana Roe.")
        .person("Ana Roe"));
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).startsWith("They told us");
    assertThat(q.get(0).speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void anUnnamedDescribedSpeakerIsKeptAsWritten() {
    List<Quote> q = run(TestDocs.body(
        "“The talks are over,” a regional diplomat said.",
        "“Nobody is safe here,” said an official who asked not to be named.")
        .tagged("asked", "VBD").tagged("named", "VBN"));
    Quote diplomat = starting(q, "The talks");
    assertThat(diplomat.speaker()).isEqualTo("a regional diplomat");
    assertThat(diplomat.speakerId()).isNull();
    Quote official = starting(q, "Nobody");
    assertThat(official.speaker()).startsWith("an official");
    assertThat(official.speakerId()).isNull();
  }

  @Test
  void aQuoteParagraphAfterXSaidColonIsXs() {
    List<Quote> q = run(TestDocs.body(
        "Ana Roe, the mayor of Corvo, said:",
        "“We will rebuild every school.”")
        .person("Ana Roe").place("Corvo"));
    assertThat(starting(q, "We will rebuild").speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void aLeadQuoteParagraphTakesTheSpeakerOfTheQuoteOpeningTheNextParagraph() {
    List<Quote> q = run(TestDocs.body(
        "“The wells are dry. We have nothing left.”",
        "“Nobody has come to help us,” said Ana Roe, a farmer in Corvo.")
        .person("Ana Roe").place("Corvo"));
    assertThat(starting(q, "The wells").speaker()).isEqualTo("Ana Roe");
    assertThat(starting(q, "Nobody").speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void aLeadQuoteParagraphBeforeAPlainParagraphStaysUnattributed() {
    List<Quote> q = run(TestDocs.body(
        "“The wells are dry.”",
        "Rain has not fallen in Corvo since March.")
        .place("Corvo").tagged("fallen", "VBN"));
    assertThat(starting(q, "The wells").speaker()).isNull();
  }

  @Test
  void anOpenQuoteRunningIntoTheNextParagraphTakesItsSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "“We will rebuild the school in Corvo,",
        "“and the clinic after it,” Ana Roe said.")
        .person("Ana Roe").place("Corvo"));
    assertThat(starting(q, "We will rebuild").speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void aSpeakerIsNeverTakenFromACaption() {
    List<Quote> q = run(new TestDocs()
        .para(StructureType.CAPTION, "A nurse at the clinic in Corvo said the wards were full.")
        .para(StructureType.BODY, "“We have no beds left,” she said.")
        .place("Corvo"));
    assertThat(starting(q, "We have no beds").speaker()).isNull();
  }

  @Test
  void aCharacterisingVerbBeforeAsGivesTheSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "Norland denounced the shelling as “reckless aggression,” claiming Sudovian jets hit a "
            + "road.",
        "The charge was one Sudovia dismissed as “baseless.”",
        "The army’s supporters praised the takeover as a “bloodless correction.”")
        .place("Norland").place("Sudovia").tagged("dismissed", "VBD").tagged("praised", "VBD")
        .tagged("claiming", "VBG").tagged("Sudovian", "JJ").tagged("hit", "VBD"));
    assertThat(starting(q, "reckless").speaker()).isEqualTo("Norland");
    assertThat(starting(q, "baseless").speaker()).isEqualTo("Sudovia");
    assertThat(starting(q, "bloodless").speaker()).isEqualTo("The army’s supporters");
  }

  @Test
  void anInvertedDescriptionNamedInAppositionIsTheName() {
    List<Quote> q = run(TestDocs.body(
        "“We do not know where to go,” said another who fled with them, 58-year-old Ana Roe. "
            + "“Everything is gone.”")
        .person("Ana Roe").tagged("another", "DT").tagged("fled", "VBD").tagged("who", "WP"));
    assertThat(starting(q, "We do not know").speaker()).isEqualTo("Ana Roe");
    assertThat(starting(q, "Everything").speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void theyContinuesADescribedSpeakerAndAnOutletsReportDoesNotOutrankIt() {
    List<Quote> q = run(TestDocs.body(
        "Two uniformed officers said in a broadcast that the town was calm.",
        "They said the mayor and his family “are safe and well”, Radio Corvo reported.")
        .org("Radio Corvo").tagged("uniformed", "JJ").tagged("officers", "NNS")
        .tagged("They", "PRP"));
    assertThat(starting(q, "are safe").speaker()).isEqualTo("Two uniformed officers");
  }

  @Test
  void anOutletsReportAttributesWhenNoSpeakerIsCloser() {
    List<Quote> q = run(TestDocs.body(
        "Shops stayed shut and the streets were “eerily quiet”, Radio Corvo reported.")
        .org("Radio Corvo").tagged("shut", "VBN"));
    assertThat(starting(q, "eerily").speaker()).isEqualTo("Radio Corvo");
  }

  @Test
  void aSingularTheyContinuesADescribedSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "A volunteer answered, “Absolutely not.”",
        "“We were never told where to go,” they said.")
        .tagged("answered", "VBD").tagged("They", "PRP"));
    assertThat(starting(q, "We were never").speaker()).isEqualTo("A volunteer");
  }

  @Test
  void aPossessiveBeforeRemarksNamesTheSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "Ana Roe spoke for an hour in Corvo.",
        "Her remarks that “the border will stay shut” drew applause.")
        .person("Ana Roe").place("Corvo").tagged("remarks", "NNS").tagged("drew", "VBD")
        .tagged("spoke", "VBD"));
    assertThat(starting(q, "the border").speaker()).isEqualTo("Ana Roe");
  }

  @Test
  void withANounPhraseBeforeAParticipleThePhraseSpeaks() {
    List<Quote> q = run(TestDocs.body(
        "The plan drew criticism, with several economists suggesting that it would “deepen the "
            + "crisis”.")
        .tagged("drew", "VBD").tagged("suggesting", "VBG").tagged("economists", "NNS")
        .tagged("deepen", "VB"));
    assertThat(starting(q, "deepen").speaker()).isEqualTo("several economists");
  }

  @Test
  void anOfficialFromAnOrganisationIsAnUnnamedPersonButASpokesmanSpeaksForIt() {
    List<Quote> q = run(TestDocs.body(
        "“We are still counting,” said an official from the Corvo Relief Committee.",
        "“Talks resume on Monday,” said a spokesman for the Corvo Relief Committee.")
        .org("Corvo Relief Committee").tagged("official", "NN").tagged("spokesman", "NN"));
    Quote official = starting(q, "We are still");
    assertThat(official.speaker()).isEqualTo("an official from the Corvo Relief Committee");
    assertThat(official.speakerId()).isNull();
    Quote spokesman = starting(q, "Talks resume");
    assertThat(spokesman.speaker()).isEqualTo("Corvo Relief Committee");
    assertThat(spokesman.speakerId()).isNotNull();
  }

  @Test
  void aParticiplePhraseAfterTheSubjectIsSkipped() {
    List<Quote> q = run(TestDocs.body(
        "An executive order released on Thursday noted the army’s “steady progress”.")
        .tagged("released", "VBN").tagged("executive", "JJ").tagged("noted", "VBD"));
    assertThat(starting(q, "steady").speaker()).isEqualTo("An executive order");
  }

  @Test
  void anIndefiniteSpeakerIdentifiedByNameEarlierIsThatPerson() {
    List<Quote> q = run(TestDocs.body(
        "A woman in a grey coat identifies herself in the recording as Mira Sohl.",
        "“We will not leave our homes,” a woman says in the recording.")
        .person("Mira Sohl", "Sohl").tagged("identifies", "VBZ").tagged("recording", "NN")
        .tagged("woman", "NN").tagged("coat", "NN"));
    assertThat(starting(q, "We will not").speaker()).isEqualTo("Mira Sohl");
  }

  @Test
  void anIndefiniteSpeakerNobodyIdentifiedStaysADescription() {
    List<Quote> q = run(TestDocs.body(
        "A woman in a grey coat walks past the gate with Mira Sohl.",
        "“We will not leave our homes,” a woman says in the recording.")
        .person("Mira Sohl", "Sohl").tagged("walks", "VBZ").tagged("recording", "NN")
        .tagged("woman", "NN").tagged("coat", "NN"));
    assertThat(starting(q, "We will not").speaker()).isEqualTo("a woman");
  }

  @Test
  void aPronounSubjectOfTheQuotesClauseContinuesThePreviousSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "The Unity Bloc rejected the plan as “reckless and bad”. Instead, they pledged to "
            + "settle the dispute in “a calm and workable manner.”")
        .org("Unity Bloc").tagged("rejected", "VBD").tagged("pledged", "VBD")
        .tagged("plan", "NN").tagged("dispute", "NN").tagged("manner", "NN")
        .tagged("settle", "VB").tagged("calm", "JJ"));
    assertThat(starting(q, "reckless").speaker()).isEqualTo("Unity Bloc");
    assertThat(starting(q, "a calm").speaker()).isEqualTo("Unity Bloc");
  }
}
