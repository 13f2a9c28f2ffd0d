package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fusion.Reports.r;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.events.DateBasis;
import org.sitrep.fusion.EventMatcher.Alignment;

/** The matching rule, one clause at a time, on invented reports. */
class EventMatcherTest {
  private final EventMatcher m = EventMatcher.standard();
  private final Reports.B base = r().article("a1", "Harbour Times");

  private Optional<Alignment> match(Reports.B a, Reports.B b) {
    return m.match(a.build(), b.build());
  }

  private static Reports.B other() {
    return r().article("b1", "Valley Post").published("2031-05-04");
  }

  @Test
  void sameActorsDayAndPlaceInTwoOutletsAreOneEvent() {
    assertThat(match(base, other())).contains(Alignment.STRAIGHT);
  }

  @Test
  void twoEventsOfOneArticleAreNeverFused() {
    assertThat(match(base, r().article("a1", "Harbour Times").offset(200))).isEmpty();
  }

  @Test
  void rootsMustBeEqualOrBothViolence() {
    assertThat(match(base.code("190"), other().code("183"))).isPresent();
    assertThat(match(base.code("190"), other().code("202"))).isPresent();
    assertThat(match(base.code("190"), other().code("042"))).isEmpty();
    assertThat(match(base.code("173"), other().code("190"))).isEmpty();
  }

  @Test
  void aThreatIsNotItsExecution() {
    assertThat(match(base, other().modality("threatened"))).isEmpty();
    assertThat(match(base, other().modality("denied"))).isPresent();
    assertThat(match(base.modality("planned"), other().modality("threatened"))).isPresent();
  }

  @Test
  void datesWithinOneDayOrOfCoarserPrecisionAreCompatible() {
    assertThat(match(base, other().date("2031-05-03", DateBasis.CLAUSE))).isPresent();
    assertThat(match(base, other().date("2031-05-04", DateBasis.CLAUSE))).isEmpty();
    assertThat(match(base, other().date("2031-05", DateBasis.SENTENCE))).isPresent();
    assertThat(match(base, other().date(null, DateBasis.UNKNOWN))).isPresent();
    // the article's own date three days later still covers an event it does not date
    assertThat(match(base, other().date("2031-05-05", DateBasis.ARTICLE))).isPresent();
  }

  @Test
  void actorsMustAgreeByNameOrCodeOrBeUnknown() {
    assertThat(match(base, other().actors("the Norland Army", null, null, null))).isPresent();
    assertThat(match(base, other().actors("government forces", "NOR", "rebels", "NORREB")))
        .isPresent();
    assertThat(match(base, other().actors("Coast Guard", "NORCOP", null, null))).isEmpty();
    assertThat(match(base, other().actors("Stone Brigade", null, null, null))).isEmpty();
  }

  @Test
  void namesAgreeWhateverTheSpacesBetweenTheirSyllables() {
    assertThat(ActorRelation.of("Vel Ka Dor", null, "Velkador village", null))
        .isEqualTo(Relation.AGREE);
    assertThat(ActorRelation.of("Vel-Kador", null, "the people of velkador", null))
        .isEqualTo(Relation.AGREE);
    assertThat(ActorRelation.of("Vel Ka", null, "Velkador village", null))
        .isEqualTo(Relation.CONFLICT);
  }

  @Test
  void aCountryAndOneOfItsAgentsAreCompatibleButNoEvidenceOnTheirOwn() {
    Reports.B people = r().article("a1", "Harbour Times").code("040")
        .actors("Norlanders", "NOR", null, null).place(null);
    assertThat(match(people, other().code("040").actors("Norland parliament", "NORLEG", null,
        null).place(null))).isEmpty();
    assertThat(match(people, other().code("040").actors("Norlanders", "NOR", null, null)
        .place(null))).isPresent();
  }

  @Test
  void exactlySwappedRolesAreTheSameEventWithRolesInDispute() {
    assertThat(match(base, other().actors("Free Coast militia", "NORREB", "Norland army",
        "NORMIL"))).contains(Alignment.SWAPPED);
    // half known is not enough to call it a swap
    assertThat(match(base, other().actors("Free Coast militia", "NORREB", null, null)))
        .isEmpty();
  }

  @Test
  void withoutAnyAgreeingActorTheSamePlaceAndKnownDatesAreNeeded() {
    Reports.B bare = r().article("a1", "Harbour Times").actors(null, null, null, null);
    Reports.B bare2 = other().actors(null, null, null, null);
    assertThat(match(bare, bare2)).isPresent();
    assertThat(match(bare, bare2.place(null))).isEmpty();
    assertThat(match(bare, other().actors(null, null, null, null)
        .date(null, DateBasis.UNKNOWN))).isEmpty();
  }

  @Test
  void placesMustNotConflict() {
    assertThat(match(base, other().place(Reports.DORVAL))).isEmpty();
    assertThat(match(base, other().place(Reports.NORLAND))).isPresent();
    assertThat(match(base, other().place(Reports.KESSEL))).isPresent();
    assertThat(match(base.place(Reports.DORVAL), other().place(Reports.KESSEL))).isEmpty();
    assertThat(match(base, other().place(null))).isPresent();
  }

  @Test
  void nearbyTownsNeedTheSameCodeAndDayAndNoOtherDisagreement() {
    assertThat(match(base, other().place(Reports.BRENN))).isPresent();
    assertThat(match(base, other().place(Reports.BRENN).code("190"))).isEmpty();
    assertThat(match(base, other().place(Reports.BRENN)
        .date("2031-05-03", DateBasis.CLAUSE))).isEmpty();
    assertThat(match(base, other().place(Reports.BRENN).actors("Free Coast militia", "NORREB",
        "Norland army", "NORMIL"))).isEmpty();
  }
}
