package org.sitrep.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sitrep.TestSupport;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.Json;
import org.sitrep.ingest.Article;

/**
 * The framing rules on invented articles, run through Sitrep's whole standard analysis (CoreNLP
 * tags and entities, the actors, reference and quotes layers), since the rules read those layers.
 * Names and places are invented.
 */
class FramingStageTest {

  /** The framing of {@code paragraphs} (a headline first), with every span checked. */
  static Framing framing(String... paragraphs) {
    String text = String.join("\n\n", paragraphs) + "\n";
    Framing f = TestSupport.sitrep().run(Article.ofText("t", text)).get(Framing.LAYER);
    for (ActorLabel l : f.labels()) {
      assertThat(text.substring(l.start(), l.end())).isEqualTo(l.text());
    }
    for (LoadedTerm term : f.loadedTerms()) {
      assertThat(FramingWords.normal(text.substring(term.start(), term.end())))
          .isEqualTo(term.term());
    }
    return f;
  }

  static ActorLabel label(Framing f, String text) {
    return only(f.labels(), l -> l.text().equals(text), "label '" + text + "'", f);
  }

  static LoadedTerm term(Framing f, String term) {
    return only(f.loadedTerms(), t -> t.term().equals(term), "term '" + term + "'", f);
  }

  private static <T> T only(List<T> items, Predicate<T> p, String what, Framing f) {
    List<T> found = items.stream().filter(p).toList();
    assertThat(found).as("%s in %s", what, f).hasSize(1);
    return found.get(0);
  }

  private static final String HEAD = "Fighting spreads near Valdora";

  @Nested
  class LabelForms {
    @Test
    void premodifierUpToTheDeterminer() {
      Framing f = framing(HEAD,
          "The Marek-backed terrorist group KDL seized two villages east of Valdora on Tuesday.");
      ActorLabel l = label(f, "Marek-backed terrorist group");
      assertThat(l.actor()).isEqualTo("KDL");
      assertThat(l.actorId()).isNotNull();
      assertThat(l.form()).isEqualTo(LabelForm.PREMODIFIER);
      assertThat(l.voice()).isEqualTo(Voice.OWN);
      assertThat(l.speaker()).isNull();
    }

    @Test
    void appositionAfterANameAndItsBracketedAcronym() {
      Framing f = framing(HEAD, "The Valdoran Liberation Front (VLF), a Marek-led militia, "
          + "withdrew from the town of Ostra overnight.");
      ActorLabel l = label(f, "Marek-led militia");
      assertThat(l.actor()).isEqualTo("Valdoran Liberation Front");
      assertThat(l.form()).isEqualTo(LabelForm.APPOSITION);
      assertThat(l.voice()).isEqualTo(Voice.OWN);
    }

    @Test
    void appositionIsNotAListOrAClause() {
      Framing f = framing(HEAD,
          "Clashes between the KDL, the army and the police continued on Tuesday.",
          "In the capital, the army said the KDL, last year, had refused the truce.");
      assertThat(f.labels()).noneMatch(l -> l.text().contains("army") || l.text().contains("year"));
    }

    @Test
    void appositionEndsAtAParticiple() {
      Framing f = framing(HEAD, "The Valdoran Liberation Front, a Marek-led militia allied with "
          + "Norland, withdrew from Ostra on Monday.");
      assertThat(label(f, "Marek-led militia").form()).isEqualTo(LabelForm.APPOSITION);
    }

    @Test
    void bracketedNameGetsThePhraseBeforeIt() {
      Framing f = framing(HEAD, "Clashes between government forces and Kurdish-led security "
          + "forces (Harasa) erupted in the old city of Valdora on Monday.");
      ActorLabel l = label(f, "Kurdish-led security forces");
      assertThat(l.actor()).isEqualTo("Harasa");
      assertThat(l.form()).isEqualTo(LabelForm.BRACKETED);
      assertThat(l.voice()).isEqualTo(Voice.OWN);
    }

    @Test
    void anAcronymInBracketsIsNoLabel() {
      Framing f = framing(HEAD, "The Valdoran Liberation Front (VLF) withdrew from Ostra.");
      assertThat(f.labels()).noneMatch(l -> l.text().equals("VLF"));
    }

    @Test
    void aTellingDescriptionIsALabelAndTheGroupIsNot() {
      Framing f = framing(HEAD,
          "The Valdoran Liberation Front, a militia, seized two villages east of Valdora on "
              + "Tuesday.",
          "The militia withdrew from one of them overnight.",
          "The group has held the pass since March.");
      List<ActorLabel> descriptions = f.labels().stream()
          .filter(l -> l.form() == LabelForm.DESCRIPTION).toList();
      assertThat(descriptions).as("%s", f).singleElement().satisfies(l -> {
        assertThat(l.text()).isEqualTo("militia");
        assertThat(l.actor()).isEqualTo("Valdoran Liberation Front");
        assertThat(l.voice()).isEqualTo(Voice.OWN);
      });
      assertThat(f.labels()).noneMatch(x -> x.text().equalsIgnoreCase("group"));
    }

    @Test
    void aBareNounBeforeTheNameIsNoLabel() {
      Framing f = framing(HEAD, "Fighters of the group KDL seized two villages on Tuesday.");
      assertThat(f.labels()).noneMatch(x -> x.text().equals("group"));
    }
  }

  @Nested
  class Voices {
    @Test
    void reportedSpeechQuotesTheLabelWithItsSpeaker() {
      Framing f = framing(HEAD, "The Marek-backed terrorist group KDL seized two villages east "
          + "of Valdora on Tuesday, the Norland army said.");
      ActorLabel l = label(f, "Marek-backed terrorist group");
      assertThat(l.voice()).isEqualTo(Voice.QUOTED);
      assertThat(l.speaker()).isEqualTo("Norland army");
      LoadedTerm t = term(f, "terrorist");
      assertThat(t.voice()).isEqualTo(Voice.QUOTED);
      assertThat(t.speaker()).isEqualTo("Norland army");
      assertThat(t.actor()).isEqualTo("KDL");
    }

    @Test
    void directQuoteWithItsSpeaker() {
      Framing f = framing(HEAD, "Interior Minister Selim Orvan said in a statement that \"the "
          + "regime in Marek is sending gangs to commit genocide against our people.\"");
      for (String w : List.of("regime", "gangs", "genocide")) {
        LoadedTerm t = term(f, w);
        assertThat(t.voice()).as(w).isEqualTo(Voice.QUOTED);
        assertThat(t.speaker()).as(w).isEqualTo("Selim Orvan");
      }
      assertThat(term(f, "genocide").category()).isEqualTo(LoadedCategory.ATROCITY);
    }

    @Test
    void aViewVerbAttributesTheCharacterisationToItsHolder() {
      Framing f = framing(HEAD, "The KDL withdrew from Ostra on Monday.",
          "Norland considers the KDL a terrorist organisation.");
      LoadedTerm t = term(f, "terrorist");
      assertThat(t.voice()).isEqualTo(Voice.QUOTED);
      assertThat(t.speaker()).isEqualTo("Norland");
      assertThat(t.actor()).isEqualTo("KDL");
    }

    @Test
    void calledForIsNoViewVerb() {
      Framing f = framing(HEAD,
          "The KDL called for talks after the massacre in Ostra on Monday.");
      assertThat(term(f, "massacre").voice()).isEqualTo(Voice.OWN);
    }

    @Test
    void theOutletsOwnNarration() {
      Framing f = framing(HEAD, "President Anton Kerrin visited Ostra on Sunday.",
          "The Kerrin regime neutralised four gunmen in Ostra on Monday, weeks after the invasion "
              + "of the valley.");
      LoadedTerm regime = term(f, "regime");
      assertThat(regime.voice()).isEqualTo(Voice.OWN);
      assertThat(regime.speaker()).isNull();
      assertThat(regime.category()).isEqualTo(LoadedCategory.DELEGITIMISING);
      assertThat(regime.actor()).isEqualTo("Anton Kerrin");
      assertThat(term(f, "neutralised").category()).isEqualTo(LoadedCategory.SANITISING);
      assertThat(term(f, "invasion").category()).isEqualTo(LoadedCategory.INVASION_OCCUPATION);
      assertThat(f.loadedTerms()).allMatch(t -> t.voice() == Voice.OWN);
    }
  }

  @Nested
  class Output {
    @Test
    void theArticleRecordCarriesFramingThroughJson() {
      String text = HEAD + "\n\nThe Marek-backed terrorist group KDL seized two villages on "
          + "Tuesday, the Norland army said.\n";
      AnalyzedArticle a = TestSupport.sitrep().analyze(Article.ofText("t", text));
      assertThat(a.framing().labels()).isNotEmpty();
      assertThat(a.framing().loadedTerms()).isNotEmpty();
      String line = Json.toLine(a);
      assertThat(line).contains("\"framing\":{\"labels\":[{\"actor\":\"KDL\"")
          .contains("\"loaded_terms\":[{\"term\":\"terrorist\",\"category\":\"terror_label\","
              + "\"voice\":\"quoted\",\"speaker\":\"Norland army\"");
      assertThat(Json.fromLine(line)).isEqualTo(a);
      String withoutFraming = line.replaceFirst(",\"framing\":\\{.*\\}\\}$", "}");
      assertThat(Json.fromLine(withoutFraming).framing()).isEqualTo(Framing.empty());
    }
  }

  @Nested
  class Terms {
    @Test
    void aWordInsideANameIsNotTheOutletsWord() {
      Framing f = framing(HEAD, "The Valdoran Liberation Front withdrew from Ostra on Monday.");
      assertThat(f.loadedTerms()).noneMatch(t -> t.term().equals("liberation"));
    }

    @Test
    void noActorsNoWordsNoProblem() {
      Framing f = framing("Weather", "It rained in the valley on Monday.");
      assertThat(f.labels()).isEmpty();
      assertThat(f.loadedTerms()).isEmpty();
    }
  }
}
