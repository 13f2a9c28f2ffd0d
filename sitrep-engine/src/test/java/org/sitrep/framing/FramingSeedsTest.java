package org.sitrep.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sitrep.TestSupport;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;

/**
 * General properties of framing on the real articles of {@code ../shared/seeds}, which report the
 * same conflict from outlets with opposite framings. Skipped, with a message, when that folder is
 * absent (it is not part of this repository). The assertions name no seed, outlet or sentence:
 * they state what the general rules must find in any such corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FramingSeedsTest {
  private final List<AnalyzedArticle> articles = new ArrayList<>();

  @BeforeAll
  void analyse() {
    var dir = TestSupport.shared("seeds");
    assumeTrue(dir.isPresent(), "../shared/seeds is absent: framing seed tests skipped");
    Ingestor.withDefaults().read(List.of(dir.get())).forEach(r -> {
      assertThat(r).isInstanceOf(IngestResult.Ok.class);
      articles.add(TestSupport.sitrep().analyze(((IngestResult.Ok) r).article()));
    });
    assertThat(articles).isNotEmpty();
  }

  @Test
  void everyLabelAndTermIsASpanOfTheText() {
    for (AnalyzedArticle a : articles) {
      for (ActorLabel l : a.framing().labels()) {
        assertThat(a.text().substring(l.start(), l.end())).isEqualTo(l.text());
      }
      for (LoadedTerm t : a.framing().loadedTerms()) {
        assertThat(FramingWords.normal(a.text().substring(t.start(), t.end())))
            .isEqualTo(t.term());
      }
    }
  }

  /**
   * Some outlet's own narration calls an armed non-state actor terrorist, and that actor is one
   * that some outlet of the corpus labels as Kurdish: the terror label lands on the Kurdish-led
   * forces in the outlet's own voice, not only in quotes.
   */
  @Test
  void anOutletsNarrationCallsTheKurdishForcesTerrorist() {
    Set<String> kurdish = new HashSet<>();
    for (AnalyzedArticle a : articles) {
      for (ActorLabel l : a.framing().labels()) {
        if (l.text().toLowerCase(Locale.ROOT).contains("kurd")) {
          kurdish.add(l.actor());
        }
      }
    }
    assertThat(kurdish).as("actors labelled Kurdish somewhere").isNotEmpty();
    boolean found = false;
    for (AnalyzedArticle a : articles) {
      Set<String> nonState = new HashSet<>();
      for (ActorRef r : a.actors()) {
        if (r.kind() == ActorKind.ARMED_NONSTATE || r.kind() == ActorKind.POLICE_SECURITY) {
          nonState.add(r.name());
        }
      }
      for (LoadedTerm t : a.framing().loadedTerms()) {
        if (t.category() == LoadedCategory.TERROR_LABEL && t.voice() == Voice.OWN
            && t.actor() != null && nonState.contains(t.actor()) && kurdish.contains(t.actor())) {
          found = true;
        }
      }
    }
    assertThat(found).as("an own-voice terror label on an actor labelled Kurdish; labels %s",
        kurdish).isTrue();
  }

  /** A genocide-type atrocity word appears in quoted voice, with its speaker. */
  @Test
  void anAtrocityWordIsQuotedWithItsSpeaker() {
    assertThat(articles.stream().flatMap(a -> a.framing().loadedTerms().stream()))
        .anyMatch(t -> t.category() == LoadedCategory.ATROCITY && t.term().equals("genocide")
            && t.voice() == Voice.QUOTED && t.speaker() != null);
  }
}
