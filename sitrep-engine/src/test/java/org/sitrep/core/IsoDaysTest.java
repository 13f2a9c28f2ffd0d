package org.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDaysTest {

  @Test
  void aDayOrDateTimeGivesItsDayAndAnythingElseNull() {
    assertThat(IsoDays.dayOf("2031-03-04")).isEqualTo(LocalDate.of(2031, 3, 4));
    assertThat(IsoDays.dayOf("2031-03-04T06:00:00+03:00")).isEqualTo(LocalDate.of(2031, 3, 4));
    assertThat(IsoDays.dayOf("2031-03")).isNull();
    assertThat(IsoDays.dayOf("2031")).isNull();
    assertThat(IsoDays.dayOf("2031-02-30")).isNull();
    assertThat(IsoDays.dayOf("XXXX-WXX-5")).isNull();
    assertThat(IsoDays.dayOf(null)).isNull();
  }
}
