package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.fusion.Reports.r;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.DateBasis;
import org.sitrep.fusion.Contradiction.Attribute;

/** Disagreements between the reports of one event, on invented reports. */
class ContradictionFinderTest {
  private final EventFusion fusion = new EventFusion(EventMatcher.standard());
  private final ContradictionFinder finder = ContradictionFinder.standard();

  private List<Contradiction> find(Reports.B... reports) {
    List<FusedEvent> fused = fusion.fuse(java.util.Arrays.stream(reports).map(Reports.B::build)
        .toList());
    assertThat(fused).as("the reports are one event").hasSize(1);
    return finder.find(fused);
  }

  @Test
  void casualtyRangesThatDoNotOverlapAreKeptSideBySideWithTheirSources() {
    List<Contradiction> c = find(
        r().article("a1", "Harbour Times").killed("several", 3, 9),
        r().article("b1", "Valley Post").killed("tens of", 20, 99).wounded("40", 40, 40),
        r().article("c1", "Coast Daily").killed("at least 5", 5, null).wounded("41", 41, 41));
    assertThat(c).extracting(Contradiction::attribute)
        .containsExactly(Attribute.KILLED, Attribute.WOUNDED);
    Contradiction killed = c.get(0);
    assertThat(killed.sides()).extracting(Contradiction.Side::value)
        .containsExactly("3\u20139", "20\u201399", "5\u2013");
    Contradiction.Source s = killed.sides().get(1).sources().get(0);
    assertThat(s).isEqualTo(new Contradiction.Source("b1", "Valley Post", 50, 57, "tens of"));
  }

  @Test
  void figuresAreComparedAcrossEventsThatShareAReportingSentence() {
    // One sentence of a1 gives two events (the shooting, the killing); b1's toll fused with the
    // first, c1's with the second: the tolls still meet.
    Report shooting = r().article("a1", "Harbour Times").code("190").trigger("opened fire")
        .actors("gunmen", null, "visitors", null).killed("at least 12", 12, null).build();
    Report killing = r().article("a1", "Harbour Times").code("1823").trigger("killing")
        .actors("gunmen", null, "12 people", null).killed("at least 12", 12, null).build();
    Report b = r().article("b1", "Valley Post").code("190").trigger("fired")
        .actors("gunmen", null, "visitors", null).killed("nine", 9, 9).build();
    Report c = r().article("c1", "Coast Daily").code("1823").trigger("killed")
        .actors("gunmen", null, "12 people", null).killed("12", 12, 12).build();
    List<FusedEvent> fused = fusion.fuse(List.of(shooting, killing, b, c));
    assertThat(fused).hasSize(2);
    List<Contradiction> found = finder.find(fused);
    assertThat(found).singleElement().satisfies(x -> {
      assertThat(x.eventId()).isEqualTo(fused.get(0).id());
      assertThat(x.sides()).extracting(Contradiction.Side::value)
          .containsExactly("12\u2013", "9", "12");
      // the shared sentence's figure is listed once
      assertThat(x.sides().get(0).sources()).hasSize(1);
    });
    assertThat(finder.find(fused.get(1))).isEmpty();
  }

  @Test
  void overlappingFiguresAreNoContradiction() {
    assertThat(find(r().article("a1", "Harbour Times").killed("at least 5", 5, null),
        r().article("b1", "Valley Post").killed("12", 12, 12),
        r().article("c1", "Coast Daily").killed("about a dozen", 10, 14))).isEmpty();
  }

  @Test
  void swappedRolesAreADisputeUnlessTheWordNamesAMutualAction() {
    List<Contradiction> c = find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").actors("Free Coast militia", "NORREB", "Norland army",
            "NORMIL"));
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.attribute()).isEqualTo(Attribute.ROLES);
      assertThat(x.sides()).extracting(Contradiction.Side::value).containsExactly(
          "Norland army \u2192 Free Coast militia", "Free Coast militia \u2192 Norland army");
    });
    assertThat(find(r().article("a1", "Harbour Times").trigger("clashes").code("190"),
        r().article("b1", "Valley Post").trigger("clashes").code("190").actors(
            "Free Coast militia", "NORREB", "Norland army", "NORMIL"))).isEmpty();
  }

  @Test
  void statedDaysThatDifferAreADateContradictionButTheArticleDateIsNot() {
    List<Contradiction> c = find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").date("2031-05-03", DateBasis.CLAUSE));
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.attribute()).isEqualTo(Attribute.DATE);
      assertThat(x.sides()).extracting(Contradiction.Side::value)
          .containsExactly("2031-05-02", "2031-05-03");
      assertThat(x.sides().get(0).sources().get(0).text()).startsWith("The Norland army");
    });
    assertThat(find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").date("2031-05-03", DateBasis.ARTICLE))).isEmpty();
    assertThat(find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").date("2031-05", DateBasis.CLAUSE))).isEmpty();
  }

  @Test
  void twoNearbyTownsAreAPlaceContradictionAndAContainingRegionIsNot() {
    assertThat(find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").place(Reports.BRENN)))
        .extracting(Contradiction::attribute).containsExactly(Attribute.PLACE);
    assertThat(find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").place(Reports.KESSEL))).isEmpty();
  }

  @Test
  void aDenialAgainstAReportIsAFactualityContradiction() {
    List<Contradiction> c = find(r().article("a1", "Harbour Times"),
        r().article("b1", "Valley Post").modality("denied"));
    assertThat(c).singleElement().satisfies(x -> assertThat(x.sides())
        .extracting(Contradiction.Side::value).containsExactly("happened", "denied"));
  }
}
