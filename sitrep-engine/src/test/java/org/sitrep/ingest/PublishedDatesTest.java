package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-01-09 | 2026-01-09",
      "2026-01-09T08:15:00Z | 2026-01-09T08:15:00Z",
      "2026-01-09T08:15Z | 2026-01-09T08:15:00Z",
      "2026-01-09T08:15:00.123+01:00 | 2026-01-09T08:15:00+01:00",
      "2026-01-09T08:15:00+01:00[Europe/Paris] | 2026-01-09T08:15:00+01:00",
      "2017-09-15T00:00:00 | 2017-09-15T00:00:00",
      "2017-09-15 13:05 | 2017-09-15T13:05:00",
      "2017-09-15T13:05:00+0300 | 2017-09-15T13:05:00+03:00",
      "Fri, 09 Jan 2026 08:15:00 GMT | 2026-01-09T08:15:00Z",
      "Fri, 9 Jan 2026 08:15:00 +0200 | 2026-01-09T08:15:00+02:00",
      "Mon, 09 Jan 2026 08:15 EST | 2026-01-09T08:15:00-05:00",
      "09 Jan 2026 | 2026-01-09",
      "March 4, 2027 | 2027-03-04",
      "Mar. 4 2027 | 2027-03-04",
      "Thursday, September 14th, 2017 | 2017-09-14",
  })
  void parsesCommonShapes(String raw, String iso) {
    assertThat(PublishedDates.parse(raw)).contains(iso);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-02-30", "Fri, 09 Foo 2026", "32 Jan 2026",
      "09 Jan 2026 08:15 XYZ"})
  void rejectsWhatIsNotADate(String raw) {
    assertThat(PublishedDates.parse(raw)).isEmpty();
  }

  @Test
  void resolveTakesTheFirstParseableCandidateOrWarns() {
    List<String> warnings = new ArrayList<>();
    assertThat(PublishedDates.resolve(List.of("soon", "2026-01-09"), warnings)).isEqualTo("2026-01-09");
    assertThat(warnings).isEmpty();
    assertThat(PublishedDates.resolve(List.of("soon"), warnings)).isNull();
    assertThat(warnings).containsExactly("unparseable publication date 'soon'; published left unset");
  }
}
