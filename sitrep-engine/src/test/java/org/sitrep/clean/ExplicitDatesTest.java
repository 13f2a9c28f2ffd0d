package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplicitDatesTest {

  private static List<ExplicitDates.Found> find(String text) {
    return ExplicitDates.find(text, 0, text.length());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jan. 09, 2026|2026-01-09",
      "January 8, 2026|2026-01-08",
      "8 January 2026|2026-01-08",
      "2026-01-08|2026-01-08",
      "Sept. 3, 2025|2025-09-03",
      "the 3rd of March, 2024|2024-03-03",
      "December 31st 1999|1999-12-31"})
  void findsFullySpecifiedDates(String surface, LocalDate expected) {
    String text = "It happened on " + surface + ", witnesses said.";
    List<ExplicitDates.Found> found = find(text);
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.date()).isEqualTo(expected);
      assertThat(text.substring(f.start(), f.end())).isIn(surface, surface.replace("the ", ""));
    });
  }

  @Test
  void ignoresAnImpossibleDate() {
    assertThat(find("The memo was dated Feb. 30, 2026, by mistake.")).isEmpty();
    assertThat(find("Filed 2026-13-01 in error.")).isEmpty();
  }

  @Test
  void needsAYear() {
    assertThat(find("The agreement signed on March 10 still holds.")).isEmpty();
    assertThat(find("By 10 March the talks had failed.")).isEmpty();
  }

  @Test
  void ignoresWordsThatOnlyLookLikeMonths() {
    assertThat(find("Mayday 5, 2026 was the call sign.")).isEmpty();
    assertThat(find("Marches 5, 2026")).isEmpty();
  }

  @Test
  void findsSeveralInTextOrderWithOffsetsIntoTheWholeText() {
    String text = "Signed 2025-11-30 and ratified on January 4, 2026; in force 12 February 2026.";
    int from = text.indexOf("Signed");
    List<ExplicitDates.Found> found = ExplicitDates.find(text, from, text.length());
    assertThat(found).extracting(ExplicitDates.Found::date).containsExactly(
        LocalDate.of(2025, 11, 30), LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 12));
    assertThat(found).extracting(f -> text.substring(f.start(), f.end()))
        .containsExactly("2025-11-30", "January 4, 2026", "12 February 2026");
  }

  @Test
  void searchesOnlyTheGivenRegionButReportsAbsoluteOffsets() {
    String text = "Header March 1, 2026\nBody: it began on 2 April 2026.";
    int from = text.indexOf('\n') + 1;
    List<ExplicitDates.Found> found = ExplicitDates.find(text, from, text.length());
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.date()).isEqualTo(LocalDate.of(2026, 4, 2));
      assertThat(text.substring(f.start(), f.end())).isEqualTo("2 April 2026");
    });
  }
}
