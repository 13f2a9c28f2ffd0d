package org.sitrep.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;

class QuoteStageTest {
  private static final QuoteStage STAGE = QuoteStage.create();

  private static Quotes run(TestDocs docs) {
    Document doc = docs.build();
    Quotes q = STAGE.process(doc);
    String text = docs.text();
    for (Quote quote : q.quotes()) {
      assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
      assertThat(quote.sentenceStart()).isLessThanOrEqualTo(quote.start());
      assertThat(quote.sentenceEnd()).isGreaterThanOrEqualTo(quote.end());
    }
    return q;
  }

  private static Quote only(Quotes q, String kind) {
    List<Quote> of = q.quotes().stream().filter(x -> x.kind().equals(kind)).toList();
    assertThat(of).as("%s quotes in %s", kind, q.quotes()).hasSize(1);
    return of.get(0);
  }

  private static Quote starting(Quotes q, String prefix) {
    return q.quotes().stream().filter(x -> x.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + q.quotes()));
  }

  @Nested
  class Direct {
    @Test
    void curlyQuoteThenSpeakerAndVerb() {
      Quote q = only(run(TestDocs.body(
          "“We will rebuild the bridge before winter,” Lena Varga said on Monday.")
          .person("Lena Varga", "Varga")), Quote.DIRECT);
      assertThat(q.text()).isEqualTo("We will rebuild the bridge before winter");
      assertThat(q.speaker()).isEqualTo("Lena Varga");
      assertThat(q.speakerId()).isEqualTo("e1");
      assertThat(q.verb()).isEqualTo("said");
      assertThat(q.channel()).isNull();
      assertThat(q.sentenceStart()).isZero();
    }

    @Test
    void straightQuoteWithInvertedAttribution() {
      Quote q = only(run(TestDocs.body(
          "\"The talks were useful,\" said Omar Castell, the interior minister.")
          .person("Omar Castell", "Castell")), Quote.DIRECT);
      assertThat(q.text()).isEqualTo("The talks were useful");
      assertThat(q.speaker()).isEqualTo("Omar Castell");
      assertThat(q.verb()).isEqualTo("said");
    }

    @Test
    void attributionBeforeTheQuote() {
      Quote q = only(run(TestDocs.body(
          "Interior Minister Omar Castell said: \"The border stays closed until the inquiry ends.\"")
          .personWithRole("Omar Castell", "Interior Minister", "Castell")), Quote.DIRECT);
      assertThat(q.text()).isEqualTo("The border stays closed until the inquiry ends.");
      assertThat(q.speakerId()).isEqualTo("e1");
      assertThat(q.verb()).isEqualTo("said");
    }

    @Test
    void participleAttributionTakesTheClauseSubject() {
      Quote q = only(run(TestDocs.body(
          "At a joint press conference in Midtown, Omar Castell stressed the need for calm, "
              + "stating: “The valley must not burn again.”")
          .person("Omar Castell").place("Midtown")), Quote.DIRECT);
      assertThat(q.speaker()).isEqualTo("Omar Castell");
      assertThat(q.verb()).isEqualTo("stating");
      assertThat(q.channel()).isEqualTo("At a joint press conference");
    }

    @Test
    void quoteSplitAroundItsAttributionKeepsOneSpeaker() {
      Quotes q = run(TestDocs.body(
          "Lena Varga visited the camp on Tuesday.",
          "“The water is running out,” she said. “We need trucks, not promises.”",
          "“The roads are open,” she added, “but the checkpoints are not.”")
          .person("Lena Varga", "Varga"));
      assertThat(q.quotes()).extracting(Quote::text).containsExactly(
          "The water is running out", "We need trucks, not promises.", "The roads are open",
          "but the checkpoints are not.");
      assertThat(q.quotes()).extracting(Quote::speakerId).containsOnly("e1");
      assertThat(starting(q, "We need").verb()).isEqualTo("said");
      assertThat(starting(q, "but the").verb()).isEqualTo("added");
    }

    @Test
    void quoteOfSeveralSentences() {
      String text = "“The first convoy arrived. The second one was turned back,” Varga told "
          + "reporters in Midtown.";
      Quote q = only(run(TestDocs.body(text).person("Lena Varga", "Varga").place("Midtown")),
          Quote.DIRECT);
      assertThat(q.text()).isEqualTo("The first convoy arrived. The second one was turned back");
      assertThat(q.speaker()).isEqualTo("Lena Varga");
      assertThat(q.verb()).isEqualTo("told");
      assertThat(q.channel()).isEqualTo("told reporters");
      assertThat(q.sentenceStart()).isZero();
      assertThat(q.sentenceEnd()).isEqualTo(text.length());
    }

    @Test
    void partialQuoteInsideASentence() {
      Quote q = only(run(TestDocs.body(
          "Castell on Thursday termed the reform plan as \"eminently workable.\"")
          .person("Omar Castell", "Castell")), Quote.DIRECT);
      assertThat(q.text()).isEqualTo("eminently workable.");
      assertThat(q.speaker()).isEqualTo("Omar Castell");
      assertThat(q.verb()).isEqualTo("termed");
    }

    @Test
    void shoutedAndProfessedWordsAreSpeech() {
      Quotes q = run(TestDocs.body(
          "Castell professed that he would “never stand aside” before the march. "
              + "Protesters heard Castell shouting “Open the gates!” at the guards.")
          .person("Omar Castell", "Castell"));
      assertThat(starting(q, "never stand aside").speaker()).isEqualTo("Omar Castell");
      assertThat(starting(q, "never stand aside").verb()).isEqualTo("professed");
      assertThat(starting(q, "Open the gates").speaker()).isEqualTo("Omar Castell");
    }

    @Test
    void partialQuoteWithoutSpeechVerbGoesToTheSentenceSubject() {
      Quotes q = run(TestDocs.body(
          "The Harbor Council condemned the “reckless shelling of the port” by rebel units.")
          .org("Harbor Council"));
      Quote quote = only(q, Quote.DIRECT);
      assertThat(quote.speaker()).isEqualTo("Harbor Council");
      assertThat(quote.verb()).isEqualTo("condemned");
    }

    @Test
    void theStatementAddedIsTheStatementsOwner() {
      Quotes q = run(TestDocs.body(
          "A statement from Castell's office said the convoy had reached the valley.",
          "“The aid is finally arriving,” the statement added.")
          .person("Omar Castell", "Castell"));
      Quote direct = only(q, Quote.DIRECT);
      assertThat(direct.speaker()).isEqualTo("Omar Castell");
      assertThat(direct.verb()).isEqualTo("added");
      Quote reported = only(q, Quote.REPORTED);
      assertThat(reported.text()).isEqualTo("the convoy had reached the valley");
      assertThat(reported.speakerId()).isEqualTo("e1");
    }

    @Test
    void readAStatementFrom() {
      Quote q = only(run(TestDocs.body(
          "“These attacks must stop now,” read a statement from the Harbor Council on Friday.")
          .org("Harbor Council")), Quote.DIRECT);
      assertThat(q.speaker()).isEqualTo("Harbor Council");
      assertThat(q.verb()).isEqualTo("read");
    }

    @Test
    void quotesInCaptionsCountAndBoilerplateIsSkipped() {
      Quotes q = run(new TestDocs()
          .para(StructureType.TITLE, "Bread queues grow in Midtown")
          .para(StructureType.CAPTION,
              "Residents queue in Midtown. “We have not eaten since Sunday,” said Amal Reyes.")
          .para(StructureType.BODY, "Amal Reyes lives near the market.")
          .para(StructureType.BOILERPLATE, "“Sign up for our newsletter,” said Amal Reyes.")
          .person("Amal Reyes").place("Midtown"));
      assertThat(q.quotes()).extracting(Quote::text)
          .containsExactly("We have not eaten since Sunday");
      assertThat(q.quotes().get(0).speaker()).isEqualTo("Amal Reyes");
    }

    @Test
    void identicalQuoteTextCountsOnce() {
      Quotes q = run(TestDocs.body(
          "“Nobody will be forgotten,” Lena Varga said.",
          "The crowd cheered.",
          "“Nobody will be forgotten.”")
          .person("Lena Varga", "Varga"));
      assertThat(q.quotes()).hasSize(1);
    }

    @Test
    void pronounGoesToTheMostRecentPerson() {
      Quote q = only(run(TestDocs.body(
          "Omar Castell left early. Amal Reyes spoke after the meeting.",
          "“Nobody will be left behind,” he said.")
          .person("Omar Castell").person("Amal Reyes")), Quote.DIRECT);
      assertThat(q.speaker()).isEqualTo("Amal Reyes");
    }

    @Test
    void roleNounGoesToThePersonWithThatRole() {
      Quote q = only(run(TestDocs.body(
          "Foreign Minister Omar Castell met the aid coordinator Lena Varga on Monday.",
          "“Nobody will be left behind,” the minister said.")
          .personWithRole("Omar Castell", "Foreign Minister").person("Lena Varga")), Quote.DIRECT);
      assertThat(q.speaker()).isEqualTo("Omar Castell");
      assertThat(q.speakerId()).isEqualTo("e1");
    }

    @Test
    void aQuoteEndingItsSentenceTakesNoSpeakerFromTheNext() {
      Quotes q = run(TestDocs.body(
          "Omar Castell stated, “A decision will be made soon.” Lena Varga welcomed the news.")
          .person("Omar Castell").person("Lena Varga"));
      Quote quote = only(q, Quote.DIRECT);
      assertThat(quote.speaker()).isEqualTo("Omar Castell");
      assertThat(quote.verb()).isEqualTo("stated");
      assertThat(q.quotes()).filteredOn(x -> x.kind().equals(Quote.REPORTED)).isEmpty();
    }

    @Test
    void coordinatedPredicateSharesTheSubject() {
      Quotes q = run(TestDocs.body(
          "Castell said the truce “must hold for a month” and called for talks “as soon as possible.”")
          .person("Omar Castell", "Castell"));
      assertThat(starting(q, "as soon").speaker()).isEqualTo("Omar Castell");
      assertThat(starting(q, "as soon").verb()).isEqualTo("called");
    }

    @Test
    void unknownRoleKeepsTheDescription() {
      Quote q = only(run(TestDocs.body("“The depot is empty,” a local official said.")),
          Quote.DIRECT);
      assertThat(q.speaker()).isEqualTo("a local official");
      assertThat(q.speakerId()).isNull();
    }
  }

  @Nested
  class Channels {
    private String channel(String sentence) {
      Quotes q = run(TestDocs.body(sentence).person("Lena Varga", "Varga")
          .person("Omar Castell", "Castell").org("Harbor Council"));
      assertThat(q.quotes()).isNotEmpty();
      return q.quotes().get(0).channel();
    }

    @Test
    void channels() {
      assertThat(channel("\"We are working to extend the truce,\" Varga wrote on X."))
          .isEqualTo("on X");
      assertThat(channel("\"Nothing has been decided,\" Castell said in an interview."))
          .isEqualTo("in an interview");
      assertThat(channel("\"We will not retreat,\" Castell said at a press conference."))
          .isEqualTo("at a press conference");
      assertThat(channel("\"The line was bad,\" Varga said over the phone.")).isEqualTo(
          "over the phone");
      assertThat(channel("\"Drones hit the depot,\" the Harbor Council said on Telegram."))
          .isEqualTo("on Telegram");
      assertThat(channel("Castell said in a statement that the talks would resume."))
          .isEqualTo("in a statement");
      assertThat(channel("\"It was cold,\" Varga said on Friday.")).isNull();
    }
  }

  @Nested
  class Reported {
    @Test
    void saidThat() {
      Quote q = only(run(TestDocs.body("Varga said that the camp would close next month.")
          .person("Lena Varga", "Varga")), Quote.REPORTED);
      assertThat(q.text()).isEqualTo("the camp would close next month");
      assertThat(q.speaker()).isEqualTo("Lena Varga");
      assertThat(q.verb()).isEqualTo("said");
    }

    @Test
    void accordingTo() {
      Quote q = only(run(TestDocs.body(
          "The bridge was destroyed overnight, according to the Harbor Council.")
          .org("Harbor Council")), Quote.REPORTED);
      assertThat(q.text()).isEqualTo("The bridge was destroyed overnight");
      assertThat(q.speaker()).isEqualTo("Harbor Council");
      assertThat(q.verb()).isEqualTo("according to");
    }

    @Test
    void toldReporters() {
      Quote q = only(run(TestDocs.body("Castell told reporters the border would reopen on Friday.")
          .person("Omar Castell", "Castell")), Quote.REPORTED);
      assertThat(q.text()).isEqualTo("the border would reopen on Friday");
      assertThat(q.channel()).isEqualTo("told reporters");
      assertThat(q.speakerId()).isEqualTo("e1");
    }

    @Test
    void describedSourceWithoutEntity() {
      Quote q = only(run(TestDocs.body(
          "Twelve fighters were killed in the raid, a regional war monitor said.")),
          Quote.REPORTED);
      assertThat(q.text()).isEqualTo("Twelve fighters were killed in the raid");
      assertThat(q.speaker()).isEqualTo("a regional war monitor");
      assertThat(q.speakerId()).isNull();
    }

    @Test
    void stateMediaReported() {
      Quote q = only(run(TestDocs.body("State media reported that two ministers had resigned.")),
          Quote.REPORTED);
      assertThat(q.speaker()).isEqualTo("State media");
      assertThat(q.text()).isEqualTo("two ministers had resigned");
    }

    @Test
    void anAnnouncementOfAThingIsNotSpeech() {
      assertThat(run(TestDocs.body("The Harbor Council announced a ceasefire on Friday.")
          .org("Harbor Council")).quotes()).isEmpty();
    }
  }

  @Nested
  class Claims {
    private Claim only(String sentence) {
      return only(TestDocs.body(sentence), sentence);
    }

    private Claim only(TestDocs docs, String sentence) {
      Quotes q = run(docs.org("Harbor Council").org("Northern Brigade")
          .person("Lena Varga", "Varga").person("Omar Castell", "Castell"));
      assertThat(q.claims()).as("claims in %s", sentence).hasSize(1);
      Claim c = q.claims().get(0);
      assertThat(c.start()).isZero();
      assertThat(c.end()).isEqualTo(sentence.length());
      return c;
    }

    @Test
    void accusedOf() {
      Claim c = only("The Harbor Council accused the Northern Brigade of shelling the market.");
      assertThat(c.claimant()).isEqualTo("Harbor Council");
      assertThat(c.verb()).isEqualTo("accused");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
      assertThat(c.accusedId()).isNotNull();
      assertThat(c.content()).isEqualTo("shelling the market");
    }

    @Test
    void blamedFor() {
      Claim c = only("Varga blamed the militia for the blackout.");
      assertThat(c.claimant()).isEqualTo("Lena Varga");
      assertThat(c.accused()).isEqualTo("the militia");
      assertThat(c.accusedId()).isNull();
      assertThat(c.content()).isEqualTo("the blackout");
    }

    @Test
    void blamedOn() {
      Claim c = only("The ministry blamed the blackout on the Northern Brigade.");
      assertThat(c.claimant()).isEqualTo("The ministry");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
      assertThat(c.content()).isEqualTo("the blackout");
    }

    @Test
    void heldResponsible() {
      Claim c = only("Castell held the Northern Brigade responsible for the deaths.");
      assertThat(c.verb()).isEqualTo("held responsible");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
      assertThat(c.content()).isEqualTo("the deaths");
    }

    @Test
    void denialIsAClaimWithoutAccused() {
      Claim c = only("The Northern Brigade denied that its fighters had entered the village.");
      assertThat(c.claimant()).isEqualTo("Northern Brigade");
      assertThat(c.verb()).isEqualTo("denied");
      assertThat(c.accused()).isNull();
      assertThat(c.content()).isEqualTo("its fighters had entered the village");
    }

    @Test
    void passiveAccusation() {
      Claim c = only("The Northern Brigade was accused of looting by the Harbor Council.");
      assertThat(c.claimant()).isEqualTo("Harbor Council");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
      assertThat(c.content()).isEqualTo("looting");
    }

    @Test
    void condemnedBy() {
      Claim c = only("The Harbor Council condemned the raid on the port by the Northern Brigade.");
      assertThat(c.verb()).isEqualTo("condemned");
      assertThat(c.claimant()).isEqualTo("Harbor Council");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
    }

    @Test
    void reducedRelativeBlame() {
      String text = "Dozens died in clashes blamed on the Northern Brigade.";
      Claim c = only(TestDocs.body(text).tagged("blamed", "VBN"), text);
      assertThat(c.claimant()).isNull();
      assertThat(c.accused()).isEqualTo("Northern Brigade");
      assertThat(c.content()).isEqualTo("clashes");
    }

    @Test
    void relativePronounClaimant() {
      Claim c = only("Observers cited the Harbor Council, which has accused the Northern Brigade "
          + "of looting.");
      assertThat(c.claimant()).isEqualTo("Harbor Council");
      assertThat(c.accused()).isEqualTo("Northern Brigade");
    }

    @Test
    void negatedAccusationIsNoClaim() {
      assertThat(run(TestDocs.body("Varga did not accuse anyone of wrongdoing.")
          .person("Lena Varga", "Varga")).claims()).isEmpty();
    }
  }

  @Nested
  class BadInput {
    @Test
    void noQuotesNoClaims() {
      Quotes q = run(TestDocs.body("The river rose. Boats were moved to higher ground."));
      assertThat(q.quotes()).isEmpty();
      assertThat(q.claims()).isEmpty();
    }

    @Test
    void unbalancedMarksAreIgnored() {
      Quotes q = run(TestDocs.body("The sign near the \"bridge read nothing at all.",
          "Another ” stray mark sits here “"));
      assertThat(q.quotes()).filteredOn(x -> x.kind().equals(Quote.DIRECT)).isEmpty();
    }

    @Test
    void emptyArticle() {
      Document doc = TestDocs.withReferences(Document.of(Article.LAYER, Article.ofText("empty", ""))
          .with(Structure.LAYER, new Structure(List.of(), null, null, null, null))
          .with(NlpAnalysis.LAYER, new NlpAnalysis(List.of(), List.of()))
          .with(Entities.LAYER, new Entities(List.of())));
      assertThat(STAGE.process(doc)).isEqualTo(Quotes.empty());
    }

    @Test
    void quotesWithoutTokensStillCountWithoutSpeaker() {
      TestDocs docs = TestDocs.body("“Hold the line,” someone shouted.");
      Document full = docs.build();
      Document bare = TestDocs.withReferences(Document.of(Article.LAYER, full.get(Article.LAYER))
          .with(Structure.LAYER, full.get(Structure.LAYER))
          .with(NlpAnalysis.LAYER, new NlpAnalysis(List.of(), List.of()))
          .with(Entities.LAYER, new Entities(List.of())));
      Quotes q = STAGE.process(bare);
      assertThat(q.quotes()).extracting(Quote::text).containsExactly("Hold the line");
      assertThat(q.quotes().get(0).speaker()).isNull();
    }

    // guards against a hang (quadratic or worse search over the sentence), not speed: it ends in
    // well under a second on an idle machine, and took over 10 s on a 2-core machine under a load
    // of 30, so the bound is set far above any honest run
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandTokenSentence() {
      StringBuilder sb = new StringBuilder();
      String[] words = {"Castell", "said", "\"", "the", "minister", "he", "said", "that",
          "accused", "Varga", "of", "blamed", ",", "according", "to", "“", "statement", "”"};
      for (int i = 0; i < 10_000; i++) {
        sb.append(words[(i * 7 + i / 3) % words.length]).append(' ');
      }
      TestDocs docs = TestDocs.body(sb.toString().strip()).person("Omar Castell", "Castell")
          .person("Lena Varga", "Varga");
      assertThatCode(() -> run(docs)).doesNotThrowAnyException();
    }
  }

  @Test
  void lexiconHoldsTheCommonSpeechVerbs() {
    Lexicon lex = Lexicon.get();
    for (String verb : List.of("said", "told", "added", "stated", "wrote", "warned", "announced",
        "insisted", "stressed", "emphasised", "emphasized", "noted", "declared", "claimed",
        "accused", "denied")) {
      assertThat(lex.speechLemma(verb)).as(verb).isNotNull();
    }
    assertThat(lex.speechLemma("Said")).isEqualTo("say");
    assertThat(lex.speechLemma("bridge")).isNull();
  }
}
