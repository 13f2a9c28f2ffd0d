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

  private static AnalyzedArticle withQuotesAndActors(String id, String outlet,
      List<org.sitrep.quotes.Quote> quotes, List<org.sitrep.actors.ActorRef> actors) {
    String text = "The Norland Front fighters, a terrorist militia, shelled the town of Arvik.";
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 1, "h-" + id, "v", null, null, "text",
        null, new PublishedDate("2031-05-02", false, "metadata"), null, text, List.of(),
        List.of(), List.of(), List.of(), List.of(), actors, List.of(), List.of(), quotes,
        List.of(), List.of(), outlet, outlet == null ? "unknown" : "user", null, Framing.empty());
  }

  private static org.sitrep.quotes.Quote quote(String speaker, String speakerId) {
    return new org.sitrep.quotes.Quote(0, 10, "We held on", speaker, speakerId, "said", null,
        org.sitrep.quotes.Quote.DIRECT, 0, 20);
  }

  private static org.sitrep.actors.ActorRef actor(String id, String name,
      org.sitrep.actors.ActorKind kind, String country, String code) {
    return new org.sitrep.actors.ActorRef(id, name, kind, country, code, "test");
  }

  @Test
  void voiceShareCountsEachOutletsQuotesBySpeakerAndSide() {
    var ministry = actor("e1", "Norland Defence Ministry",
        org.sitrep.actors.ActorKind.STATE_GOVERNMENT, "NRL", "NRLGOV");
    var front = actor("e2", "Norland Front", org.sitrep.actors.ActorKind.ARMED_NONSTATE, null,
        null);
    AnalyzedArticle a = withQuotesAndActors("a", "Harbour Times", List.of(
        quote("Norland Defence Ministry", "e1"), quote("Norland Defence Ministry", "e1"),
        quote("Norland Front", "e2"), quote("a shopkeeper", null)), List.of(ministry, front));
    AnalyzedArticle b = withQuotesAndActors("b", "Valley Post", List.of(
        quote("Norland Front", "e5")), List.of(actor("e5", "Norland Front",
            org.sitrep.actors.ActorKind.ARMED_NONSTATE, null, null)));

    StoryFraming f = StoryFraming.of(List.of(a, b));

    StoryFraming.OutletFraming harbour = f.outlets().get(0);
    assertThat(harbour.voices()).containsExactly(
        new StoryFraming.VoiceShare("Norland Defence Ministry", "NRLGOV", 2, 0.5),
        new StoryFraming.VoiceShare("Norland Front", "armed_nonstate", 1, 0.25),
        new StoryFraming.VoiceShare("a shopkeeper", "unknown", 1, 0.25));
    assertThat(harbour.sides()).extracting(StoryFraming.VoiceShare::side)
        .containsExactly("NRLGOV", "armed_nonstate", "unknown");
    assertThat(f.outlets().get(1).voices()).containsExactly(
        new StoryFraming.VoiceShare("Norland Front", "armed_nonstate", 1, 1.0));
  }

  @Test
  void anActorMostOtherOutletsNameIsOmittedByTheOneThatDoesNot() {
    var front = actor("e1", "Norland Front", org.sitrep.actors.ActorKind.ARMED_NONSTATE, null,
        null);
    var medics = actor("e2", "Arvik Medical Relief", org.sitrep.actors.ActorKind.NGO, null,
        null);
    var envoy = actor("e3", "Tove Lindqvist", org.sitrep.actors.ActorKind.PERSON, null, null);
    AnalyzedArticle a = withQuotesAndActors("a", "Harbour Times", List.of(),
        List.of(front, medics));
    AnalyzedArticle b = withQuotesAndActors("b", "Valley Post", List.of(),
        List.of(front, medics, envoy));
    AnalyzedArticle c = withQuotesAndActors("c", "Coast Radio", List.of(), List.of(front));
    AnalyzedArticle unknown = withQuotesAndActors("d", null, List.of(), List.of(envoy));

    StoryFraming f = StoryFraming.of(List.of(a, b, c, unknown));

    // Coast Radio's two others both name the medics: omitted. The envoy is named by one of
    // Harbour Times' two others (half, at least one): omitted there too; the unknown outlet
    // counts for nobody.
    assertThat(f.outlets().get(2).outlet()).isEqualTo("Coast Radio");
    assertThat(f.outlets().get(2).omittedActors()).extracting(StoryFraming.OmittedActor::actor)
        .containsExactly("Arvik Medical Relief", "Tove Lindqvist");
    assertThat(f.outlets().get(2).omittedActors().get(0).namedBy())
        .containsExactly("Harbour Times", "Valley Post");
    assertThat(f.outlets().get(0).omittedActors()).extracting(StoryFraming.OmittedActor::actor)
        .containsExactly("Tove Lindqvist");
    assertThat(f.outlets().get(1).omittedActors()).isEmpty();
  }
  @Test
  void aliasesOfOneRegistryActorAreOneActorNotAnOmission() {
    // Two outlets name the same invented militia by different aliases; the actors layer resolved
    // both to the dictionary's "Harven Guard" entry. A third outlet names another group that
    // happens to share a word, resolved to no entry.
    var guardAsWritten = new org.sitrep.actors.ActorRef("e1", "the Harven Guard",
        org.sitrep.actors.ActorKind.ARMED_NONSTATE, null, "VLDREB", "dictionary: Harven Guard");
    var guardByAlias = new org.sitrep.actors.ActorRef("e1", "Harven-led security units",
        org.sitrep.actors.ActorKind.ARMED_NONSTATE, null, "VLDREB", "dictionary: Harven Guard");
    var other = actor("e2", "Harven Youth League", org.sitrep.actors.ActorKind.NGO, null, null);
    var agentOnly = new org.sitrep.actors.ActorRef("e3", "Guard spokesman Ilo Marr",
        org.sitrep.actors.ActorKind.PERSON, null, "VLDREB",
        "dictionary: Harven Guard + agent: spokesman");
    AnalyzedArticle a = withQuotesAndActors("a", "Harbour Times", List.of(),
        List.of(guardAsWritten));
    AnalyzedArticle b = withQuotesAndActors("b", "Valley Post", List.of(),
        List.of(guardByAlias, other));
    AnalyzedArticle c = withQuotesAndActors("c", "Coast Radio", List.of(),
        List.of(other));

    StoryFraming f = StoryFraming.of(List.of(a, b, c));

    assertThat(StoryFraming.identity(guardAsWritten)).isEqualTo(
        StoryFraming.identity(guardByAlias));
    assertThat(StoryFraming.identity(agentOnly)).isNotEqualTo(
        StoryFraming.identity(guardAsWritten));
    // A spokesman coded through the Guard's entry is not the Guard. Harbour Times and Valley
    // Post both name the Guard (by different aliases): neither omits it. Coast Radio does not:
    // the Guard, named by both others, is omitted there, under the first name written.
    assertThat(f.outlets().get(0).omittedActors()).extracting(StoryFraming.OmittedActor::actor)
        .containsExactly("Harven Youth League");
    assertThat(f.outlets().get(1).omittedActors()).isEmpty();
    assertThat(f.outlets().get(2).omittedActors()).extracting(StoryFraming.OmittedActor::actor)
        .containsExactly("the Harven Guard");
    assertThat(f.outlets().get(2).omittedActors().get(0).namedBy())
        .containsExactly("Harbour Times", "Valley Post");
  }
}
