package org.sitrep.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.Actors;
import org.sitrep.clean.Structure;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;

class ReferenceStageTest {
  private static final ReferenceStage STAGE = ReferenceStage.create();

  private static List<Reference> run(RefDocs docs) {
    References refs = STAGE.process(docs.build());
    for (Reference r : refs.references()) {
      assertThat(docs.text().substring(r.span().start(), r.span().end())).isEqualTo(r.text());
      for (Antecedent a : r.antecedents()) {
        assertThat(a.span().end()).isLessThanOrEqualTo(r.span().start());
      }
    }
    return refs.references();
  }

  private static Reference of(List<Reference> refs, String text) {
    return refs.stream().filter(r -> r.text().equalsIgnoreCase(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no reference '" + text + "' in " + refs));
  }

  private static boolean has(List<Reference> refs, String text) {
    return refs.stream().anyMatch(r -> r.text().equalsIgnoreCase(text));
  }

  @Test
  void declaresItsLayers() {
    assertThat(STAGE.produces()).isEqualTo(References.LAYER);
    assertThat(STAGE.requires()).containsExactlyInAnyOrder(Article.LAYER, Structure.LAYER,
        NlpAnalysis.LAYER, Entities.LAYER, Actors.LAYER);
  }

  @Test
  void emptyArticleHasNoReferences() {
    assertThat(STAGE.process(RefDocs.create().build())).isEqualTo(References.empty());
  }

  @Nested
  class Pronouns {
    @Test
    void heIsTheSubjectOfTheLastSentenceNamingAPerson() {
      List<Reference> refs = run(RefDocs.create()
          .body("Ana/NNP Roe/NNP met/VBD Tom/NNP Bix/NNP in/IN Corvo/NNP ./. "
              + "He/PRP said/VBD the/DT talks/NNS went/VBD well/RB ./.")
          .person("Ana Roe").person("Tom Bix").place("Corvo", "CITY"));
      Reference he = of(refs, "He");
      assertThat(he.kind()).isEqualTo(ReferenceKind.PRONOUN);
      assertThat(he.antecedent().name()).isEqualTo("Ana Roe");
      assertThat(he.antecedent().entityId()).isEqualTo("e1");
      assertThat(he.antecedent().span().start()).isZero();
      assertThat(he.rule()).isEqualTo(ReferenceRule.SUBJECT_OF_LAST_SENTENCE);
    }

    @Test
    void sheAgreesInGenderWithATitle() {
      List<Reference> refs = run(RefDocs.create()
          .body("Mr/NNP Tom/NNP Bix/NNP met/VBD Ms/NNP Ana/NNP Roe/NNP ./. "
              + "She/PRP said/VBD nothing/NN ./. His/PRP$ aide/NN left/VBD ./.")
          .person("Tom Bix").person("Ana Roe"));
      assertThat(of(refs, "She").antecedent().name()).isEqualTo("Ana Roe");
      Reference his = of(refs, "His");
      assertThat(his.kind()).isEqualTo(ReferenceKind.POSSESSIVE);
      assertThat(his.antecedent().name()).isEqualTo("Tom Bix");
    }

    @Test
    void aGenderedRoleCountsAsEvidence() {
      List<Reference> refs = run(RefDocs.create()
          .body("Lina/NNP Ostrova/NNP briefed/VBD Pavel/NNP Drum/NNP ./. "
              + "He/PRP thanked/VBD her/PRP ./.")
          .person("Lina Ostrova", "army spokeswoman").person("Pavel Drum"));
      assertThat(of(refs, "He").antecedent().name()).isEqualTo("Pavel Drum");
      assertThat(of(refs, "her").antecedent().name()).isEqualTo("Lina Ostrova");
    }

    @Test
    void aNameInAFrontedClauseIsNotTheSubject() {
      List<Reference> refs = run(RefDocs.create()
          .body("After/IN Mira/NNP Sallow/NNP won/VBD her/PRP$ match/NN ,/, it/PRP was/VBD "
              + "Ines/NNP Kord/NNP who/WP led/VBD ./. She/PRP told/VBD reporters/NNS ./.")
          .person("Mira Sallow").person("Ines Kord"));
      assertThat(of(refs, "She").antecedent().name()).isEqualTo("Ines Kord");
    }

    @Test
    void theAgeOfAPersonIsThePersonInFocus() {
      List<Reference> refs = run(RefDocs.create()
          .body("Tom/NNP Bix/NNP beat/VBD Ole/NNP Dahl/NNP in/IN four/CD sets/NNS ./.")
          .body("“/`` It/PRP was/VBD long/JJ ,/, ”/'' said/VBD the/DT 36-year-old/JJ ./.")
          .person("Tom Bix").person("Ole Dahl"));
      Reference age = of(refs, "the 36-year-old");
      assertThat(age.kind()).isEqualTo(ReferenceKind.DESCRIPTION);
      assertThat(age.antecedent().name()).isEqualTo("Tom Bix");
    }

    @Test
    void anAgeSplitByTheTaggerIsOneDescription() {
      List<Reference> refs = run(RefDocs.create()
          .body("Tom/NNP Bix/NNP won/VBD ./.")
          .body("“/`` Good/JJ ,/, ”/'' said/VBD the/DT 36/CD -/HYPH year/NN -/HYPH old/JJ ./.")
          .person("Tom Bix"));
      assertThat(of(refs, "the 36 - year - old").antecedent().name()).isEqualTo("Tom Bix");
    }

    @Test
    void aPronounReachesTwoParagraphsBackButNotThree() {
      RefDocs two = RefDocs.create()
          .body("Ana/NNP Roe/NNP arrived/VBD ./.")
          .body("The/DT convoy/NN waited/VBD ./.")
          .body("Rain/NN fell/VBD ./.")
          .body("He/PRP left/VBD ./.")
          .person("Ana Roe");
      assertThat(run(two)).isEmpty();
      RefDocs one = RefDocs.create()
          .body("Ana/NNP Roe/NNP arrived/VBD ./.")
          .body("Rain/NN fell/VBD ./.")
          .body("She/PRP left/VBD ./.")
          .person("Ana Roe");
      assertThat(of(run(one), "She").antecedent().name()).isEqualTo("Ana Roe");
    }

    @Test
    void aPronounDoesNotReachAcrossAHeading() {
      List<Reference> refs = run(RefDocs.create()
          .body("Ana/NNP Roe/NNP arrived/VBD ./.")
          .para(StructureType.HEADING, "Aid/NN stalls/VBZ")
          .body("She/PRP left/VBD ./.")
          .person("Ana Roe"));
      assertThat(refs).isEmpty();
    }

    @Test
    void noAntecedentInACaptionOrTheTitle() {
      List<Reference> refs = run(RefDocs.create()
          .para(StructureType.TITLE, "Tom/NNP Bix/NNP resigns/VBZ")
          .para(StructureType.CAPTION, "Pavel/NNP Drum/NNP in/IN 2019/CD ./.")
          .body("He/PRP left/VBD the/DT office/NN ./.")
          .person("Tom Bix").person("Pavel Drum"));
      assertThat(refs).isEmpty();
    }

    @Test
    void aNameInsideQuotationMarksIsNoAntecedent() {
      List<Reference> refs = run(RefDocs.create()
          .body("Ana/NNP Roe/NNP spoke/VBD first/RB ./.")
          .body("“/`` We/PRP trust/VBP Tom/NNP Bix/NNP ,/, ”/'' she/PRP said/VBD ./.")
          .person("Ana Roe").person("Tom Bix"));
      assertThat(of(refs, "she").antecedent().name()).isEqualTo("Ana Roe");
    }

    @Test
    void itIsAnOrganisationButNotAnExpletive() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Harbour/NNP Authority/NNP closed/VBD the/DT port/NN ./. "
              + "It/PRP said/VBD storms/NNS were/VBD coming/VBG ./. "
              + "It/PRP is/VBZ unclear/JJ when/WRB ships/NNS return/VBP ./.")
          .org("Harbour Authority", "AGENCY", ActorKind.STATE_GOVERNMENT));
      assertThat(refs).hasSize(1);
      assertThat(refs.get(0).antecedent().name()).isEqualTo("Harbour Authority");
    }

    @Test
    void itIsACountryNamedAsAnActorButNotAPlaceOrAPossessor() {
      List<Reference> actor = run(RefDocs.create()
          .body("Norland/NNP expelled/VBD two/CD envoys/NNS ./. "
              + "It/PRP also/RB closed/VBD the/DT border/NN ./.")
          .place("Norland", "COUNTRY"));
      assertThat(of(actor, "It").antecedent().name()).isEqualTo("Norland");
      List<Reference> place = run(RefDocs.create()
          .body("Floods/NNS hit/VBD towns/NNS in/IN Norland/NNP ./. "
              + "It/PRP spread/VBD fast/RB ./.")
          .place("Norland", "COUNTRY"));
      assertThat(has(place, "It")).as("a country after a preposition is a place").isFalse();
      List<Reference> possessor = run(RefDocs.create()
          .body("Norland/NNP 's/POS army/NN crossed/VBD the/DT river/NN ./. "
              + "It/PRP said/VBD nothing/NN ./.")
          .place("Norland", "COUNTRY"));
      assertThat(has(possessor, "It")).as("a possessor is not who acted").isFalse();
      List<Reference> town = run(RefDocs.create()
          .body("Kessel/NNP flooded/VBD ./. It/PRP said/VBD nothing/NN ./.")
          .place("Kessel", "CITY"));
      assertThat(has(town, "It")).as("only a country acts").isFalse();
    }

    @Test
    void theyAreArmedBodiesOrEntitiesNamedTogetherNeverACountry() {
      List<Reference> armed = run(RefDocs.create()
          .body("Fighters/NNS of/IN the/DT Red/NNP Hand/NNP entered/VBD the/DT town/NN ./. "
              + "They/PRP said/VBD it/PRP was/VBD theirs/PRP ./.")
          .org("Red Hand", "ARMED_GROUP", ActorKind.ARMED_NONSTATE));
      assertThat(of(armed, "They").antecedent().name()).isEqualTo("Red Hand");
      List<Reference> pair = run(RefDocs.create()
          .body("Ana/NNP Roe/NNP and/CC Tom/NNP Bix/NNP met/VBD ./. They/PRP agreed/VBD ./.")
          .person("Ana Roe").person("Tom Bix"));
      assertThat(of(pair, "They").antecedents()).extracting(Antecedent::name)
          .containsExactly("Ana Roe", "Tom Bix");
      List<Reference> country = run(RefDocs.create()
          .body("Norland/NNP closed/VBD its/PRP$ border/NN ./. They/PRP said/VBD nothing/NN ./.")
          .place("Norland", "COUNTRY"));
      assertThat(has(country, "They")).isFalse();
      List<Reference> unknown = run(RefDocs.create()
          .body("The/DT Tide/NNP Trust/NNP opened/VBD ./. They/PRP said/VBD nothing/NN ./.")
          .org("Tide Trust", null, null));
      assertThat(has(unknown, "They")).as("an organisation of unknown subtype").isFalse();
    }
  }

  @Nested
  class Descriptions {
    @Test
    void theNounAnOrganisationWasIntroducedWithWins() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Red/NNP Hand/NNP ,/, a/DT militia/NN ,/, attacked/VBD ./.")
          .body("The/DT Norland/NNP Army/NNP responded/VBD ./.")
          .body("The/DT militia/NN denied/VBD it/PRP ./.")
          .org("Red Hand", null, null)
          .org("Norland Army", "MILITARY", ActorKind.MILITARY));
      Reference militia = of(refs, "The militia");
      assertThat(militia.kind()).isEqualTo(ReferenceKind.DESCRIPTION);
      assertThat(militia.antecedent().name()).isEqualTo("Red Hand");
      assertThat(militia.rule()).isEqualTo(ReferenceRule.INTRODUCED_WITH_NOUN);
    }

    @Test
    void theGroupRefersBackToAnOrganisationIntroducedAsAMilitia() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Red/NNP Hand/NNP ,/, a/DT militia/NN ,/, attacked/VBD ./.")
          .body("The/DT Water/NNP Board/NNP opened/VBD a/DT well/NN ./.")
          .body("The/DT group/NN said/VBD its/PRP$ fighters/NNS would/MD stay/VB ./.")
          .org("Red Hand", null, null).org("Water Board", null, null));
      Reference group = of(refs, "The group");
      assertThat(group.antecedent().name()).isEqualTo("Red Hand");
      assertThat(group.rule()).isEqualTo(ReferenceRule.INTRODUCED_WITH_NOUN);
      Reference its = of(refs, "its");
      assertThat(its.antecedent().name()).as("the description stands for the group").isEqualTo(
          "Red Hand");
      assertThat(its.antecedent().span()).isEqualTo(group.span());
    }

    @Test
    void aNounAcrossAVerbDoesNotIntroduceTheName() {
      List<Reference> refs = run(RefDocs.create()
          .body("Norland/NNP 's/POS ministry/NN said/VBD Cambrian/JJ troops/NNS fired/VBD ./. "
              + "The/DT ministry/NN said/VBD more/JJR ./.")
          .org("Cambrian troops", "MILITARY", ActorKind.MILITARY));
      assertThat(has(refs, "The ministry")).isFalse();
    }

    @Test
    void theGroupIsNeverAStateBody() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Red/NNP Hand/NNP attacked/VBD ./. The/DT Norland/NNP Army/NNP "
              + "responded/VBD ./. The/DT group/NN denied/VBD it/PRP ./.")
          .org("Red Hand", "ARMED_GROUP", ActorKind.ARMED_NONSTATE)
          .org("Norland Army", null, ActorKind.MILITARY));
      Reference group = of(refs, "The group");
      assertThat(group.antecedent().name()).isEqualTo("Red Hand");
      assertThat(group.rule()).isEqualTo(ReferenceRule.COMPATIBLE_TYPE);
    }

    @Test
    void aNounInTheNameResolvesTheDescription() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Ministry/NNP of/IN Water/NNP and/CC the/DT Coast/NNP Agency/NNP "
              + "met/VBD ./. The/DT ministry/NN said/VBD pumps/NNS failed/VBD ./.")
          .org("Ministry of Water", null, null).org("Coast Agency", "AGENCY", null));
      Reference ministry = of(refs, "The ministry");
      assertThat(ministry.antecedent().name()).isEqualTo("Ministry of Water");
      assertThat(ministry.rule()).isEqualTo(ReferenceRule.HEAD_IN_NAME);
    }

    @Test
    void theArmyLooksBackOverManyParagraphs() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Norland/NNP Army/NNP moved/VBD north/RB ./.")
          .body("Rain/NN fell/VBD ./.").body("Roads/NNS flooded/VBD ./.")
          .body("Schools/NNS closed/VBD ./.")
          .body("The/DT army/NN said/VBD it/PRP would/MD wait/VB ./.")
          .org("Norland Army", "MILITARY", ActorKind.MILITARY));
      assertThat(of(refs, "The army").antecedent().name()).isEqualTo("Norland Army");
    }

    @Test
    void aCompoundOrIndefiniteIsNoDescription() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Red/NNP Hand/NNP attacked/VBD ./. The/DT group/NN leader/NN fled/VBD ./. "
              + "A/DT group/NN of/IN farmers/NNS waited/VBD ./.")
          .org("Red Hand", "ARMED_GROUP", ActorKind.ARMED_NONSTATE));
      assertThat(refs).isEmpty();
    }

    @Test
    void aRoleNounIsThePersonGivenThatRole() {
      List<Reference> refs = run(RefDocs.create()
          .body("Defence/NNP Minister/NNP Ana/NNP Roe/NNP and/CC Interior/NNP Minister/NNP "
              + "Tom/NNP Bix/NNP met/VBD ./.")
          .body("The/DT defence/NN minister/NN said/VBD talks/NNS failed/VBD ./. "
              + "A/DT minister/NN resigned/VBD ./.")
          .person("Ana Roe", "Defence Minister").person("Tom Bix", "Interior Minister"));
      Reference minister = of(refs, "The defence minister");
      assertThat(minister.kind()).isEqualTo(ReferenceKind.ROLE);
      assertThat(minister.antecedent().name()).isEqualTo("Ana Roe");
      assertThat(minister.rule()).isEqualTo(ReferenceRule.ROLE_HOLDER);
      assertThat(has(refs, "A minister")).isFalse();
    }

    @Test
    void thePairIsTheLastTwoNamedTogether() {
      List<Reference> refs = run(RefDocs.create()
          .body("Ana/NNP Roe/NNP and/CC Tom/NNP Bix/NNP were/VBD freed/VBN ./.")
          .body("The/DT pair/NN flew/VBD home/RB ./.")
          .person("Ana Roe").person("Tom Bix"));
      Reference pair = of(refs, "The pair");
      assertThat(pair.kind()).isEqualTo(ReferenceKind.GROUP);
      assertThat(pair.antecedents()).extracting(Antecedent::entityId).containsExactly("e1", "e2");
      assertThat(pair.rule()).isEqualTo(ReferenceRule.LAST_NAMED_TOGETHER);
    }
  }

  @Nested
  class Issuers {
    @Test
    void theStatementIsTheOrganisationLastNamed() {
      List<Reference> refs = run(RefDocs.create()
          .body("Talks/NNS resumed/VBD in/IN Corvo/NNP ./.")
          .body("The/DT Harbour/NNP Authority/NNP closed/VBD the/DT port/NN ./. "
              + "The/DT statement/NN gave/VBD no/DT reason/NN ./.")
          .place("Corvo", "CITY").org("Harbour Authority", null, null));
      Reference r = of(refs, "The statement");
      assertThat(r.kind()).isEqualTo(ReferenceKind.ISSUER);
      assertThat(r.antecedent().name()).isEqualTo("Harbour Authority");
      assertThat(r.rule()).isEqualTo(ReferenceRule.LAST_ORGANISATION);
    }

    @Test
    void theLetterIsFromWhoeverTheTextSaidSentIt() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Harbour/NNP Committee/NNP sent/VBD a/DT letter/NN to/TO the/DT "
              + "Rail/NNP Board/NNP on/IN Monday/NNP ./.")
          .body("The/DT Rail/NNP Board/NNP had/VBD closed/VBN the/DT line/NN ./. "
              + "The/DT letter/NN called/VBD it/PRP reckless/JJ ./.")
          .org("Harbour Committee", null, null).org("Rail Board", null, null));
      Reference r = of(refs, "The letter");
      assertThat(r.kind()).isEqualTo(ReferenceKind.ISSUER);
      assertThat(r.antecedent().name()).isEqualTo("Harbour Committee");
      assertThat(r.rule()).isEqualTo(ReferenceRule.INTRODUCED_ISSUER);
    }

    @Test
    void anOrganisationInACaptionIsNoIssuerForTheStory() {
      List<Reference> refs = run(RefDocs.create()
          .para(StructureType.CAPTION, "Staff/NNS of/IN the/DT Harbour/NNP Authority/NNP ./.")
          .body("The/DT statement/NN was/VBD brief/JJ ./.")
          .org("Harbour Authority", null, null));
      assertThat(has(refs, "The statement")).isFalse();
    }

    @Test
    void aStatementBringsInAnUnknownIssuer() {
      List<Reference> refs = run(RefDocs.create()
          .body("The/DT Harbour/NNP Authority/NNP closed/VBD the/DT port/NN ./. "
              + "A/DT statement/NN followed/VBD ./.")
          .org("Harbour Authority", null, null));
      assertThat(has(refs, "statement")).isFalse();
      assertThat(has(refs, "A statement")).isFalse();
    }
  }

  @Nested
  class Surnames {
    @Test
    void aSharedSurnameIsItsBearerNamedLast() {
      List<Reference> refs = run(RefDocs.create()
          .body("Park/NNP Min-ho/NNP met/VBD Park/NNP Seo-yeon/NNP in/IN Corvo/NNP ./.")
          .body("Park/NNP Seo-yeon/NNP ,/, the/DT mayor/NN ,/, spoke/VBD first/RB ./. "
              + "Park/NNP said/VBD the/DT talks/NNS went/VBD well/RB ./.")
          .body("Park/NNP Min-ho/NNP replied/VBD ./. Later/RB Park/NNP left/VBD ./.")
          .person("Park Min-ho").person("Park Seo-yeon").person("Park").place("Corvo", "CITY"));
      List<Reference> surnames = refs.stream()
          .filter(r -> r.kind() == ReferenceKind.SURNAME).toList();
      assertThat(surnames).hasSize(2);
      assertThat(surnames.get(0).antecedent().name()).isEqualTo("Park Seo-yeon");
      assertThat(surnames.get(1).antecedent().name()).isEqualTo("Park Min-ho");
      assertThat(surnames.get(0).rule()).isEqualTo(ReferenceRule.LAST_BEARER_OF_SURNAME);
    }

    @Test
    void aPronounAfterASharedSurnameIsItsBearer() {
      List<Reference> refs = run(RefDocs.create()
          .body("Park/NNP Min-ho/NNP met/VBD Park/NNP Seo-yeon/NNP ./.")
          .body("Park/NNP Seo-yeon/NNP spoke/VBD first/RB ./. Park/NNP left/VBD early/RB ./. "
              + "She/PRP returned/VBD ./.")
          .person("Park Min-ho").person("Park Seo-yeon").person("Park"));
      Reference she = of(refs, "She");
      assertThat(she.antecedent().name()).isEqualTo("Park Seo-yeon");
      assertThat(she.antecedent().entityId()).isEqualTo("e2");
    }

    @Test
    void aSurnameBeforeAnyBearerStaysItself() {
      List<Reference> refs = run(RefDocs.create()
          .body("Park/NNP arrived/VBD ./. Park/NNP Min-ho/NNP and/CC Park/NNP Seo-yeon/NNP "
              + "followed/VBD ./.")
          .person("Park Min-ho").person("Park Seo-yeon").person("Park"));
      assertThat(refs).noneMatch(r -> r.kind() == ReferenceKind.SURNAME);
    }
  }

  @Test
  void headedAtFindsTheDescriptionByItsHeadWord() {
    RefDocs docs = RefDocs.create()
        .body("The/DT Red/NNP Hand/NNP attacked/VBD ./. The/DT armed/JJ group/NN denied/VBD it/PRP ./.")
        .org("Red Hand", "ARMED_GROUP", ActorKind.ARMED_NONSTATE);
    References refs = STAGE.process(docs.build());
    int head = docs.text().indexOf("group");
    assertThat(refs.headedAt(head, head + 5)).get()
        .extracting(Reference::text).isEqualTo("The armed group");
    int armed = docs.text().indexOf("armed");
    assertThat(refs.headedAt(armed, armed + 5)).isEmpty();
  }
}
