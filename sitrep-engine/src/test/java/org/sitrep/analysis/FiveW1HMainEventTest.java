package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.FiveW1HEvaluator.Answers;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.SourceFormat;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.Times;

class FiveW1HMainEventTest {
  /**
   * A hand-built analysed article: a headline and sentences given as "word/TAG" tokens joined by
   * spaces, paragraphs separated by blank lines, plus entities and time expressions found by text
   * (an entity's mentions in order, each searched after the one before).
   */
  static final class Doc {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private String title;
    private String datelinePlace;
    private int leadEnd = -1;

    Doc title(String spec) {
      sentence(spec);
      title = text.toString();
      return this;
    }

    Doc sentence(String spec) {
      if (text.length() > 0) {
        text.append(text.charAt(text.length() - 1) == '\n' ? "" : " ");
      }
      List<Token> tokens = new ArrayList<>();
      for (String pair : spec.split(" ")) {
        int slash = pair.lastIndexOf('/');
        String word = pair.substring(0, slash);
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        tokens.add(new Token(text.length(), text.length() + word.length(), word,
            pair.substring(slash + 1), word, "O"));
        text.append(word);
      }
      sentences.add(new Sentence(tokens.get(0).start(), text.length(), tokens));
      return this;
    }

    Doc paragraph() {
      text.append("\n\n");
      return this;
    }

    Doc endLead() {
      leadEnd = text.length();
      return this;
    }

    Doc entity(EntityType type, String name, String... mentions) {
      List<Mention> ms = new ArrayList<>();
      int from = 0;
      for (String m : mentions) {
        int at = text.indexOf(m, from);
        from = at + 1;
        assertThat(at).as("mention %s", m).isNotNegative();
        ms.add(new Mention(at, at + m.length(), m));
      }
      entities.add(new Entity("e" + (entities.size() + 1), name, type, null, List.of(), ms));
      return this;
    }

    Doc time(String type, String words) {
      int at = text.indexOf(words);
      times.add(new TimeExpression(at, at + words.length(), words, type, "XXXX"));
      return this;
    }

    Doc dateline(String place) {
      datelinePlace = place;
      return this;
    }

    Answers answer() {
      String t = text.toString();
      Article article = new Article("a1", null, null, title, null, t, SourceFormat.TEXT, "test",
          List.of(), List.of());
      Document doc = Document.of(Article.LAYER, article)
          .with(NlpAnalysis.LAYER, new NlpAnalysis(sentences, List.of()))
          .with(Entities.LAYER, new Entities(entities)).with(Times.LAYER, new Times(times));
      if (datelinePlace != null) {
        doc = doc.with(Structure.LAYER, new Structure(List.of(), null, null, datelinePlace, null));
      }
      return FiveW1HMainEvent.answer(doc, leadEnd < 0 ? t.length() : leadEnd);
    }
  }

  static Doc kavala() {
    return new Doc().title("Rebels/NNS seize/VBP airport/NN in/IN Kavala/NNP as/IN talks/NNS "
        + "stall/VBP").paragraph()
        .sentence("Fighters/NNS of/IN the/DT Northern/NNP Front/NNP took/VBD the/DT airport/NN "
            + "on/IN Tuesday/NNP ,/, General/NNP Mara/NNP Vitek/NNP said/VBD ./.")
        .endLead().paragraph()
        .sentence("Vitek/NNP said/VBD on/IN Monday/NNP that/IN talks/NNS in/IN Lusk/NNP "
            + "would/MD go/VB on/RP ./.");
  }

  @Test
  void answersFromTheHeadlineAndLeadBeforeTheBody() {
    Answers a = kavala()
        .entity(EntityType.ORGANIZATION, "Northern Front", "Northern Front")
        .entity(EntityType.PERSON, "Mara Vitek", "Mara Vitek", "Vitek")
        .entity(EntityType.LOCATION, "Kavala", "Kavala")
        .entity(EntityType.LOCATION, "Lusk", "Lusk")
        .time("DATE", "Monday").time("DATE", "Tuesday").answer();
    assertThat(a).isEqualTo(new Answers("Northern Front", "seize airport in Kavala", "Tuesday",
        "Kavala"));
  }

  @Test
  void whoPrefersAnActorNamedInTheHeadlineAsWritten() {
    Answers a = new Doc().title("Vitek/NNP vows/VBZ to/TO retake/VB Kavala/NNP").paragraph()
        .sentence("The/DT Northern/NNP Front/NNP lost/VBD the/DT city/NN ./.")
        .entity(EntityType.ORGANIZATION, "Northern Front", "Northern Front")
        .entity(EntityType.PERSON, "Mara Vitek", "Vitek").answer();
    assertThat(a.who()).isEqualTo("Vitek");
    assertThat(a.what()).isEqualTo("vows to retake Kavala");
  }

  @Test
  void anActorAfterTheHeadlineVerbYieldsToTheLeadSubject() {
    Answers object = new Doc().title("Rebels/NNS attack/VBP Vitek/NNP convoy/NN").paragraph()
        .sentence("The/DT Northern/NNP Front/NNP ambushed/VBD the/DT convoy/NN ./.")
        .entity(EntityType.PERSON, "Mara Vitek", "Vitek")
        .entity(EntityType.ORGANIZATION, "Northern Front", "Northern Front").answer();
    assertThat(object.who()).isEqualTo("Northern Front");
    Answers onlyObject = new Doc().title("Rebels/NNS attack/VBP Vitek/NNP convoy/NN").paragraph()
        .sentence("The/DT convoy/NN was/VBD ambushed/VBN ./.")
        .entity(EntityType.PERSON, "Mara Vitek", "Vitek").answer();
    assertThat(onlyObject.who()).isEqualTo("Vitek");
  }

  @Test
  void whatFallsBackToTheLeadSentenceThenToTheHeadline() {
    Answers lead = new Doc().title("Kavala/NNP airport/NN crisis/NN").paragraph()
        .sentence("Fighters/NNS took/VBD the/DT airport/NN ,/, officials/NNS said/VBD").answer();
    assertThat(lead.what()).isEqualTo("took the airport");
    Answers title = new Doc().title("Kavala/NNP airport/NN crisis/NN").paragraph()
        .sentence("Chaos/NN ./.").answer();
    assertThat(title.what()).isEqualTo("Kavala airport crisis");
  }

  @Test
  void whenAndWhereFallBackToTheBodyAndDateline() {
    Answers a = kavala().entity(EntityType.LOCATION, "Lusk", "Lusk")
        .time("DURATION", "Tuesday").time("DATE", "Monday").dateline("KAVALA, Ardena").answer();
    assertThat(a.when()).as("durations are not dates").isEqualTo("Monday");
    assertThat(a.where()).as("dateline before the body").isEqualTo("KAVALA, Ardena");
    Answers body = kavala().entity(EntityType.LOCATION, "Lusk", "Lusk").answer();
    assertThat(body.where()).isEqualTo("Lusk");
    assertThat(body.when()).isNull();
  }

  @Test
  void leavesUnansweredWhatTheArticleDoesNotSay() {
    Answers a = new Doc().sentence("Explosions/NNS ./.").answer();
    assertThat(a).isEqualTo(new Answers(null, null, null, null));
  }

  @Test
  void leadSentenceIsTheFirstByOffsetAfterTheHeadline() {
    Token t = new Token(0, 1, "x", "NN", "x", "O");
    Token u = new Token(20, 21, "y", "NN", "y", "O");
    Token v = new Token(40, 41, "z", "NN", "z", "O");
    List<Sentence> listedOutOfOrder = List.of(new Sentence(40, 41, List.of(v)),
        new Sentence(0, 1, List.of(t)), new Sentence(20, 21, List.of(u)));
    assertThat(FiveW1HMainEvent.leadSentence(listedOutOfOrder, 10)).isEqualTo(Span.of(20, 21));
    assertThat(FiveW1HMainEvent.leadSentence(listedOutOfOrder, 50)).isEqualTo(Span.of(50, 50));
  }

  @Test
  void rejectsALeadEndOutsideTheText() {
    Doc doc = new Doc().sentence("Explosions/NNS ./.");
    doc.leadEnd = 999;
    assertThatThrownBy(doc::answer).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lead end 999");
  }
}
