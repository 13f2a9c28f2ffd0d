package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.framing.ActorLabel;
import org.sitrep.framing.Framing;
import org.sitrep.framing.LabelForm;
import org.sitrep.framing.LoadedCategory;
import org.sitrep.framing.LoadedTerm;
import org.sitrep.framing.Voice;

/** A story's framing grouped by outlet and actor, on invented articles. */
class StoryFramingTest {
  private static AnalyzedArticle article(String id, String outlet, Framing framing) {
    String text = "The Norland Front fighters, a terrorist militia, shelled the town of Arvik.";
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 1, "h-" + id, "v", null, null, "text",
        null, new PublishedDate("2031-05-02", false, "metadata"), null, text, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), outlet, outlet == null ? "unknown" : "user", null, framing);
  }

  @Test
  void outletsKeepTheirOwnLabelsForTheSameActorWithVoicesAndSpans() {
    AnalyzedArticle a = article("a", "Harbour Times", new Framing(
        List.of(new ActorLabel("Norland Front", "e1", "a terrorist militia",
            LabelForm.APPOSITION, Voice.OWN, null, 28, 47)),
        List.of(new LoadedTerm("terrorist", LoadedCategory.TERROR_LABEL, Voice.OWN, null,
            "Norland Front", "e1", 30, 39))));
    AnalyzedArticle b = article("b", "Valley Post", new Framing(
        List.of(new ActorLabel("Norland Front", "e7", "local defence units",
                LabelForm.BRACKETED, Voice.OWN, null, 4, 23),
            new ActorLabel("Norland Front", "e7", "Norland Front", LabelForm.BRACKETED,
                Voice.OWN, null, 40, 53)),
        List.of()));
    AnalyzedArticle c = article("c", "Harbour Times", new Framing(
        List.of(new ActorLabel("Norland Front", "e2", "armed gangs", LabelForm.PREMODIFIER,
            Voice.QUOTED, "the governor", 10, 21)),
        List.of()));
    AnalyzedArticle d = article("d", null, Framing.empty());

    StoryFraming f = StoryFraming.of(List.of(a, b, c, d));

    assertThat(f.outlets()).extracting(StoryFraming.OutletFraming::outlet)
        .containsExactly("Harbour Times", "Valley Post", "unknown");
    StoryFraming.OutletFraming harbour = f.outlets().get(0);
    assertThat(harbour.actors()).hasSize(1);
    assertThat(harbour.actors().get(0).labels()).containsExactly(
        new StoryFraming.LabelUse("a terrorist militia", Voice.OWN, null, "a", 28, 47),
        new StoryFraming.LabelUse("armed gangs", Voice.QUOTED, "the governor", "c", 10, 21));
    assertThat(harbour.loadedTerms()).containsExactly(new StoryFraming.TermUse("terrorist",
        LoadedCategory.TERROR_LABEL, Voice.OWN, null, "Norland Front", "a", 30, 39));
    assertThat(f.outlets().get(1).actors().get(0).labels()).extracting(StoryFraming.LabelUse::text)
        .containsExactly("local defence units");
    assertThat(f.outlets().get(2).actors()).isEmpty();
  }
}
