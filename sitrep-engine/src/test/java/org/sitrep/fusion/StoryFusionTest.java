package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.framing.Framing;
import org.sitrep.stories.Membership;
import org.sitrep.stories.Story;

/** A whole story from invented analysed articles: reports, sources, contradictions, timeline. */
class StoryFusionTest {
  private static final String TEXT = "The Norland army shelled the Free Coast militia in Arvik on"
      + " Friday, killing %s people.";

  private static AnalyzedArticle article(String id, String outlet, String wire, String published,
      String toll, int min, int max) {
    String text = String.format(TEXT, toll);
    int at = text.indexOf(toll);
    EventOut e = new EventOut(0, text.length(), text, "shelled", "Norland army", "e1", "NORMIL",
        "Free Coast militia", "e2", "NORREB", "195", "19", 4, -10, "ASSAULT", null, "Battles",
        "Armed clash", "2031-05-02", "day", DateBasis.CLAUSE, null, "asserted", null,
        List.of(new Figure(FigureKind.KILLED, toll, at, at + toll.length(),
            BigDecimal.valueOf(min), BigDecimal.valueOf(max), min != max)),
        "ev-" + id, 17, 24);
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 1, "h-" + id, "v", outlet, null,
        "text", null, new PublishedDate(published, false, "metadata"), null, text, List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(e), outlet, "metadata", wire, Framing.empty());
  }

  private static Membership member(String id, String duplicateOf) {
    return new Membership(id, "s-a", id.equals("a"), 0.9, 0.9, 0.5, 1.0, List.of(),
        duplicateOf);
  }

  @Test
  void nearDuplicatesAreOneSourceNamedByTheWireAnyOfThemCredits() {
    List<AnalyzedArticle> articles = List.of(
        article("a", "Harbour Times", null, "2031-05-02", "several", 3, 9),
        article("b", "Valley Post", "Reuters", "2031-05-03", "several", 3, 9),
        article("c", "Coast Daily", null, "2031-05-03", "tens of", 20, 99),
        article("x", "Elsewhere", null, "2031-05-03", "two", 2, 2));
    // b is a near-duplicate of a: the copy a ran without its credit
    Story story = new Story("s-a", 0, null, List.of(member("a", null), member("b", "a"),
        member("c", null)), LocalDate.of(2031, 5, 2), LocalDate.of(2031, 5, 3),
        ImmutableSortedSet.of("Coast Daily", "Harbour Times", "Valley Post"));

    FusedStory f = StoryFusion.standard().fuse(story, articles);

    assertThat(f.events()).singleElement().satisfies(e -> {
      assertThat(e.articleIds()).containsExactly("a", "b", "c");
      assertThat(e.sources()).containsExactly("Reuters", "Coast Daily");
      assertThat(e.corroboration()).isEqualTo(2);
      assertThat(e.reports().get(1).outletLabel()).isEqualTo("Valley Post (Reuters)");
    });
    assertThat(f.contradictions()).singleElement().satisfies(c -> {
      assertThat(c.attribute()).isEqualTo(Contradiction.Attribute.KILLED);
      assertThat(c.sides()).extracting(Contradiction.Side::value)
          .containsExactly("3\u20139", "20\u201399");
      Contradiction.Source s = c.sides().get(1).sources().get(0);
      assertThat(articles.get(2).text().substring(s.start(), s.end())).isEqualTo("tens of");
    });
    assertThat(f.timeline().days()).singleElement().satisfies(d ->
        assertThat(d.killed()).hasToString("3\u201399"));
  }
}
