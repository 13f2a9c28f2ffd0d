package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.events.DateBasis;

class EventDateTest {
  private static EventDate d(String v) {
    return EventDate.of(v, DateBasis.CLAUSE, 3);
  }

  @Test
  void valuesOfEachPrecisionBecomeDayIntervals() {
    assertThat(d("2031")).extracting(EventDate::precision, EventDate::from, EventDate::to)
        .containsExactly(EventDate.Precision.YEAR, LocalDate.of(2031, 1, 1),
            LocalDate.of(2031, 12, 31));
    assertThat(d("2031-02").to()).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(d("2031-05-02T14:00").day()).isEqualTo(LocalDate.of(2031, 5, 2));
    assertThat(d("2031-W18")).isNull();
    assertThat(d("XXXX-05-02")).isNull();
    assertThat(d("2031-13-01")).isNull();
    assertThat(d(null)).isNull();
  }

  @Test
  void aBareYearSortsAfterTheDaysOfThatYearAndNotFirst() {
    List<EventDate> dates = new ArrayList<>(Stream.of("2031", "2031-05-02", "2030-12-30",
        "2031-05", "2031-04-30", "2031-05-01T09:00").map(EventDateTest::d).toList());
    dates.sort(EventDate.CHRONOLOGICAL);
    // As strings, "2031" would sort before every 2031 date and "2030-12-30" before it.
    assertThat(dates).extracting(EventDate::value).containsExactly("2030-12-30", "2031-04-30",
        "2031-05-01T09:00", "2031-05-02", "2031-05", "2031");
  }

  @Test
  void datesOfDifferentPrecisionAreCompatibleWhenOneHoldsTheOther() {
    assertThat(d("2031-05").compatible(d("2031-05-02"), 0)).isTrue();
    assertThat(d("2031").compatible(d("2031-05-02"), 0)).isTrue();
    assertThat(d("2031-05-02").compatible(d("2031-05-03"), 1)).isTrue();
    assertThat(d("2031-05-02").compatible(d("2031-05-04"), 1)).isFalse();
    assertThat(d("2031-04").compatible(d("2031-05-02"), 1)).isFalse();
  }

  @Test
  void theArticleDateFallbackReachesBackAndIsNoClaim() {
    EventDate fallback = EventDate.of("2031-05-05", DateBasis.ARTICLE, 3);
    assertThat(fallback.claimed()).isFalse();
    assertThat(fallback.from()).isEqualTo(LocalDate.of(2031, 5, 2));
    assertThat(fallback.day()).isEqualTo(LocalDate.of(2031, 5, 5));
    assertThat(fallback.compatible(d("2031-05-02"), 0)).isTrue();
  }
}
