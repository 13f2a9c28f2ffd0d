package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speaker rules beyond the plain "X said": appositions, coordination, back references. */
class SpeakerRulesTest {
  private static final QuoteStage STAGE = QuoteStage.create();

  private static List<Quote> run(TestDocs docs) {
    return STAGE.process(docs.build()).quotes();
  }

  private static Quote starting(List<Quote> quotes, String prefix) {
    return quotes.stream().filter(x -> x.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + quotes));
  }

  @Test
  void longAppositionBeforeTheVerbIsSkipped() {
    List<Quote> q = run(TestDocs.body(
        "Col. Tarek Voss, the 54-year-old commander of the northern brigade, told reporters that "
            + "his men were “holding the bridge” on Monday.")
        .tagged("northern", "JJ").tagged("holding", "VBG").person("Tarek Voss"));
    Quote quote = starting(q, "holding");
    assertThat(quote.speaker()).isEqualTo("Tarek Voss");
    assertThat(quote.verb()).isEqualTo("told");
  }

  @Test
  void relativeClauseBetweenQuoteAndVerbIsSkipped() {
    List<Quote> q = run(TestDocs.body(
        "“We are going home,” Deputy Minister Ilse Marken, who led the delegation in Corvo, told "
            + "reporters. “The rest can wait.”")
        .person("Ilse Marken").place("Corvo"));
    assertThat(starting(q, "We are").speaker()).isEqualTo("Ilse Marken");
    assertThat(starting(q, "The rest").speaker()).isEqualTo("Ilse Marken");
  }

  @Test
  void aNamedAppositionBeatsItsDescription() {
    List<Quote> q = run(TestDocs.body(
        "A spokesman for the group, Pavel Orrin, said its fighters left “as a gesture.”")
        .tagged("fighters", "NNS").person("Pavel Orrin"));
    assertThat(starting(q, "as a gesture").speaker()).isEqualTo("Pavel Orrin");
  }

  @Test
  void participleParenthesisKeepsTheDescription() {
    List<Quote> q = run(TestDocs.body(
        "A commander of the unit, reached by phone, said its leaders were studying the offer and "
            + "would reply “in due course”.")
        .tagged("reached", "VBN").tagged("reply", "VB").tagged("studying", "VBG"));
    assertThat(starting(q, "in due course").speaker()).isEqualTo("A commander of the unit");
  }

  @Test
  void aDescriptionAtAnInstitutionIsTheDescription() {
    List<Quote> q = run(TestDocs.body(
        "A doctor at the Corvo General Hospital said it had received “at least nine wounded”.")
        .tagged("doctor", "NN").tagged("received", "VBN").org("Corvo General Hospital"));
    assertThat(starting(q, "at least").speaker()).isEqualTo("A doctor");
  }

  @Test
  void aDescriptionInAPlaceKeepsThePlace() {
    List<Quote> q = run(TestDocs.body(
        "Officials in Corvo have described the unit as an “outlaw band.”")
        .tagged("Officials", "NNS").tagged("described", "VBN").place("Corvo"));
    Quote quote = starting(q, "outlaw band");
    assertThat(quote.speaker()).isEqualTo("Officials in Corvo");
    assertThat(quote.speakerId()).isNull();
  }

  @Test
  void coordinatedSpeechVerbTakesTheClauseSubject() {
    List<Quote> q = run(TestDocs.body(
        "The Harbor Council said it was “deeply concerned” by the fighting and urged both sides "
            + "to “return to the table.”")
        .tagged("urged", "VBD").tagged("concerned", "JJ").tagged("fighting", "NN")
        .org("Harbor Council"));
    assertThat(starting(q, "return").speaker()).isEqualTo("Harbor Council");
    assertThat(starting(q, "return").verb()).isEqualTo("urged");
  }

  @Test
  void theMilitiaIsTheOrganisationIntroducedAsOne() {
    List<Quote> q = run(TestDocs.body(
        "The deadline for the rebel militia Stone Hand to leave ended. The Interior Ministry sent "
            + "troops.",
        "The militia said in a statement that its fighters had repelled “three attacks”.")
        .tagged("militia", "NN").tagged("repelled", "VBN").tagged("fighters", "NNS")
        .org("Stone Hand").orgOfKind("Interior Ministry", "MINISTRY"));
    assertThat(starting(q, "three attacks").speaker()).isEqualTo("Stone Hand");
  }

  @Test
  void theGroupSkipsAnOrganisationOfAnIncompatibleKind() {
    List<Quote> q = run(TestDocs.body(
        "Stone Hand fighters held the road. The Interior Ministry sent troops.",
        "“We will not leave,” the group said.")
        .orgOfKind("Stone Hand", "ARMED_GROUP").orgOfKind("Interior Ministry", "MINISTRY"));
    assertThat(starting(q, "We will not").speaker()).isEqualTo("Stone Hand");
  }

  @Test
  void theMinistryNeedsAMinistry() {
    List<Quote> q = run(TestDocs.body(
        "Stone Hand fighters held the road.",
        "“Talks will resume,” the ministry said.")
        .orgOfKind("Stone Hand", "ARMED_GROUP"));
    assertThat(starting(q, "Talks").speaker()).isEqualTo("the ministry");
    assertThat(starting(q, "Talks").speakerId()).isNull();
  }

  @Test
  void theStatementWithoutAnIssuerIsTheLastOrganisation() {
    List<Quote> q = run(TestDocs.body(
        "The Harbor Council met on Monday.",
        "“No vessel may dock,” the statement said.")
        .org("Harbor Council"));
    assertThat(starting(q, "No vessel").speaker()).isEqualTo("Harbor Council");
  }

  @Test
  void aSecondQuoteInTheSameClauseKeepsItsSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "Lena Varga wrote that the deal showed “what trust can do” and that Corvo would host "
            + "talks “whenever both are ready.”")
        .tagged("host", "VB").tagged("deal", "NN").tagged("showed", "VBD")
        .person("Lena Varga").place("Corvo"));
    assertThat(starting(q, "whenever").speaker()).isEqualTo("Lena Varga");
  }

  @Test
  void invertedAttributionBetweenTwoQuotesOfOneSentence() {
    List<Quote> q = run(TestDocs.body(
        "“The swap was easy,” said Omar Castell, an analyst in Corvo. “But water is hard.”")
        .tagged("swap", "NN").tagged("analyst", "NN").person("Omar Castell").place("Corvo"));
    assertThat(starting(q, "But water").speaker()).isEqualTo("Omar Castell");
  }

  @Test
  void aSourceWhoGaveOnlyAName() {
    List<Quote> q = run(TestDocs.body(
        "“The shops are empty,” said a resident who gave his name only as Selim.")
        .tagged("resident", "NN").tagged("who", "WP").tagged("name", "NN")
        .tagged("Selim", "NNP"));
    Quote quote = starting(q, "The shops");
    assertThat(quote.speaker()).isEqualTo("Selim");
    assertThat(quote.speakerId()).isNull();
  }

  @Test
  void speechVerbInARelativeClauseDoesNotSwallowTheMainClause() {
    List<Quote> q = run(TestDocs.body(
        "The Stone Hand, which officials in Corvo call an outlaw militia, said in a statement that "
            + "it was leaving “to spare the city”.")
        .tagged("call", "VBP").tagged("militia", "NN").tagged("leaving", "VBG")
        .tagged("officials", "NNS").org("Stone Hand").place("Corvo"));
    Quote quote = starting(q, "to spare");
    assertThat(quote.speaker()).isEqualTo("Stone Hand");
    assertThat(q).noneMatch(x -> x.kind().equals(Quote.REPORTED) && "call".equals(x.verb()));
  }
  @Test
  void aQuoteParagraphContinuesTheSpeakerOfTheParagraphBefore() {
    List<Quote> q = run(TestDocs.body(
        "“The bridge will be rebuilt by spring,” Mayor Ilka Sorn said.",
        "“There is no other way.”")
        .person("Ilka Sorn"));
    assertThat(starting(q, "There is no").speaker()).isEqualTo("Ilka Sorn");
  }

  @Test
  void aCaptionBetweenTheParagraphsDoesNotBreakTheContinuation() {
    TestDocs d = TestDocs.body("“The bridge will be rebuilt by spring,” Mayor Ilka Sorn said.")
        .para(org.sitrep.core.StructureType.CAPTION, "Workers on the bridge in Corvo.")
        .para(org.sitrep.core.StructureType.BODY, "“There is no other way.”")
        .person("Ilka Sorn").place("Corvo");
    assertThat(starting(run(d), "There is no").speaker()).isEqualTo("Ilka Sorn");
  }

  @Test
  void aParagraphOfNarrativeBreaksTheContinuation() {
    List<Quote> q = run(TestDocs.body(
        "“The bridge will be rebuilt by spring,” Mayor Ilka Sorn said.",
        "The council met later in Corvo.",
        "“There is no other way.”")
        .person("Ilka Sorn").place("Corvo"));
    assertThat(starting(q, "There is no").speaker()).isNull();
  }

  @Test
  void aQuoteWithMoreThanItselfInItsParagraphDoesNotContinue() {
    List<Quote> q = run(TestDocs.body(
        "“The bridge will be rebuilt by spring,” Mayor Ilka Sorn said.",
        "“There is no other way,” the council wrote in Corvo.")
        .person("Ilka Sorn").place("Corvo"));
    assertThat(starting(q, "There is no").speaker()).isNotEqualTo("Ilka Sorn");
  }

  @Test
  void aPhraseCompletingTheQuoteMayStandBeforeTheSubject() {
    List<Quote> q = run(TestDocs.body(
        "“We must read what is written” in that decree, Sorn said. “There is worry.”")
        .person("Ilka Sorn", "Sorn"));
    assertThat(starting(q, "We must").speaker()).isEqualTo("Ilka Sorn");
    assertThat(starting(q, "There is").speaker()).isEqualTo("Ilka Sorn");
  }

  @Test
  void anAuxiliaryBeforeTheSpeechVerbIsPartOfIt() {
    List<Quote> q = run(TestDocs.body(
        "“I am about to leave the city,” Sorn had announced on the radio.")
        .tagged("announced", "VBN").person("Ilka Sorn", "Sorn"));
    assertThat(starting(q, "I am about").speaker()).isEqualTo("Ilka Sorn");
  }

  @Test
  void aParticipialClauseWithoutClosingCommaIsNotTheSubject() {
    List<Quote> q = run(TestDocs.body(
        "A nurse in Velmar, speaking to Radio Kest on condition of anonymity said, "
            + "“The wards are full.”",
        "“The corridors too.”",
        "“We sleep in shifts,” she said.")
        .tagged("speaking", "VBG").tagged("nurse", "NN").tagged("condition", "NN")
        .tagged("anonymity", "NN").place("Velmar").org("Radio Kest"));
    assertThat(starting(q, "The wards").speaker()).isEqualTo("A nurse in Velmar");
    assertThat(starting(q, "The corridors").speaker()).isEqualTo("A nurse in Velmar");
    assertThat(starting(q, "We sleep").speaker()).as("she continues with the nurse")
        .isEqualTo("A nurse in Velmar");
  }

  @Test
  void heContinuesWithTheLastDescribedSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "Lena Varga visited the hospital on Monday.",
        "Many of the wounded were children, the duty doctor explained, noting that at the time "
            + "of reporting none had died.",
        "“We have no beds left,” he told reporters.")
        .tagged("duty", "NN").tagged("doctor", "NN").tagged("explained", "VBD")
        .tagged("wounded", "NN").tagged("children", "NNS").tagged("hospital", "NN")
        .tagged("visited", "VBD").tagged("beds", "NNS").tagged("left", "VBN")
        .tagged("noting", "VBG").tagged("reporting", "VBG").tagged("time", "NN")
        .tagged("died", "VBD")
        .person("Lena Varga"));
    assertThat(starting(q, "We have no beds").speaker()).isEqualTo("the duty doctor");
  }

  @Test
  void anAgeAfterTheVerbIsThePersonInFocus() {
    List<Quote> q = run(TestDocs.body(
        "Tomas Bekk beat Ole Dahl in four sets.",
        "“It was a long one,” said the 36-year-old.")
        .tagged("36-year-old", "JJ").tagged("beat", "VBD").tagged("sets", "NNS")
        .person("Tomas Bekk").person("Ole Dahl"));
    assertThat(starting(q, "It was a long").speaker()).isEqualTo("Tomas Bekk");
  }

  @Test
  void aPronounChainKeepsTheDescribedSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "A nurse in Velmar, speaking to Radio Kest on condition of anonymity said, "
            + "“The wards are full.”",
        "“We sleep in shifts,” she said.",
        "The north wing holds two hundred beds.",
        "She said that the night shift had “no water at all”.")
        .tagged("speaking", "VBG").tagged("nurse", "NN").tagged("condition", "NN")
        .tagged("anonymity", "NN").tagged("wing", "NN").tagged("holds", "VBZ")
        .tagged("beds", "NNS").tagged("shift", "NN").tagged("night", "NN")
        .place("Velmar").org("Radio Kest"));
    assertThat(starting(q, "no water").speaker()).isEqualTo("A nurse in Velmar");
  }

  @Test
  void anAdjectiveUsedAsANounIsADescribedSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "“There was a wedding in the square,” a local told Radio Kest.")
        .tagged("local", "JJ").tagged("wedding", "NN").tagged("square", "NN")
        .org("Radio Kest"));
    assertThat(starting(q, "There was").speaker()).isEqualTo("a local");
  }

  @Test
  void aShortDefiniteDescriptionTakesTheEarlierFullerSpeaker() {
    List<Quote> q = run(TestDocs.body(
        "Norland's foreign ministry said the border was closed.",
        "“We will defend every village,” the ministry said in a statement.")
        .tagged("foreign", "JJ").tagged("ministry", "NN").tagged("border", "NN")
        .tagged("closed", "VBN").tagged("village", "NN").tagged("defend", "VB")
        .tagged("statement", "NN").place("Norland"));
    assertThat(starting(q, "We will defend").speaker()).isEqualTo("Norland's foreign ministry");
  }

  @Test
  void aSharedSurnameSpeaksForItsBearerNamedLast() {
    List<Quote> q = run(TestDocs.body(
        "Park Min-ho met Park Seo-yeon in Corvo.",
        "Park Seo-yeon, the mayor, described the talks as useful.",
        "“We will meet again,” Park said.")
        .person("Park Min-ho").person("Park Seo-yeon").person("Park").place("Corvo")
        .tagged("described", "VBD"));
    Quote quote = starting(q, "We will");
    assertThat(quote.speaker()).isEqualTo("Park Seo-yeon");
    assertThat(quote.speakerId()).isEqualTo("e2");
  }

  @Test
  void aPronounAfterASharedSurnameSpeaksForTheBearer() {
    List<Quote> q = run(TestDocs.body(
        "Park Min-ho met Park Seo-yeon in Corvo.",
        "Park Seo-yeon, the mayor, said the talks had failed.",
        "Park, the mayor, said the town would wait.",
        "“We are still here,” she said.")
        .person("Park Min-ho").person("Park Seo-yeon").person("Park").place("Corvo")
        .tagged("failed", "VBN").tagged("wait", "VB"));
    assertThat(starting(q, "We are still").speaker()).isEqualTo("Park Seo-yeon");
  }

  @Test
  void theMembersOfABodyIntroducedEarlierSpeakAsItsMembers() {
    List<Quote> q = run(TestDocs.body(
        "After the raids, lawmakers on the Senate Select Committee on Fisheries met officials "
            + "of the agency.",
        "The letter asked for a briefing. “We were disappointed,” the lawmakers wrote.")
        .tagged("lawmakers", "NNS").org("Senate Select Committee on Fisheries"));
    assertThat(starting(q, "We were").speaker())
        .isEqualTo("lawmakers on the Senate Select Committee on Fisheries");
  }

  @Test
  void membersPlacedSomewhereAreNoBody() {
    List<Quote> q = run(TestDocs.body(
        "After the raids, lawmakers in Corvo met officials of the agency.",
        "The letter asked for a briefing. “We were disappointed,” the lawmakers wrote.")
        .tagged("lawmakers", "NNS").place("Corvo"));
    assertThat(starting(q, "We were").speaker()).isEqualToIgnoringCase("the lawmakers");
  }
}
