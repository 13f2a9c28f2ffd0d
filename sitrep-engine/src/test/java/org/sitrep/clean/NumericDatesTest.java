package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.NumericDates.Order;

class NumericDatesTest {
  private static LocalDate date(String line, String opening, Order order) {
    NumericDates.Found f = NumericDates.find(line, opening, order);
    return f == null ? null : f.date();
  }

  @Test
  void aPartAboveTwelveDecides() {
    assertThat(date("Agency 24-07-2027 | 04:31", "", Order.UNKNOWN))
        .isEqualTo(LocalDate.of(2027, 7, 24));
    assertThat(date("Posted 07/24/2027", "", Order.DAY_FIRST)).isEqualTo(LocalDate.of(2027, 7, 24));
  }

  @Test
  void aDateGluedToAnAgencyNameIsRead() {
    NumericDates.Found f = NumericDates.find("Nordwire24-07-2027", "", Order.UNKNOWN);
    assertThat(f.date()).isEqualTo(LocalDate.of(2027, 7, 24));
    assertThat(f.start()).isEqualTo(8);
  }

  @Test
  void anAmbiguousDateIsToldApartByTheWeekdayBesideIt() {
    // 4 February 2029 is a Sunday, 2 April 2029 a Monday.
    assertThat(date("Sunday 4-2-2029", "", Order.MONTH_FIRST)).isEqualTo(LocalDate.of(2029, 2, 4));
    assertThat(date("Monday, 4/2/2029", "", Order.DAY_FIRST)).isEqualTo(LocalDate.of(2029, 4, 2));
  }

  @Test
  void orByTheWeekdayOfTheStorysEvents() {
    // "on Saturday" fits 4 February (a Sunday) as the day before; 2 April is a Monday.
    assertThat(date("4-2-2029", "Gunmen attacked a convoy near Tessaly on Saturday.",
        Order.UNKNOWN)).isEqualTo(LocalDate.of(2029, 2, 4));
  }

  @Test
  void orByTheOutletsCountryElseNotAtAll() {
    assertThat(date("4-2-2029", "", Order.DAY_FIRST)).isEqualTo(LocalDate.of(2029, 2, 4));
    assertThat(date("4-2-2029", "", Order.MONTH_FIRST)).isEqualTo(LocalDate.of(2029, 4, 2));
    assertThat(date("4-2-2029", "", Order.UNKNOWN)).isNull();
    assertThat(date("5-5-2029", "", Order.UNKNOWN)).isEqualTo(LocalDate.of(2029, 5, 5));
    assertThat(date("31-31-2029", "", Order.UNKNOWN)).isNull();
  }

  @Test
  void theOutletsCountryComesFromItsAddress() {
    assertThat(NumericDates.order("https://www.dailyherald.co.ke/news/x")).isEqualTo(Order.DAY_FIRST);
    assertThat(NumericDates.order("https://news.example.us/x")).isEqualTo(Order.MONTH_FIRST);
    assertThat(NumericDates.order("https://news.example.com/x")).isEqualTo(Order.UNKNOWN);
    assertThat(NumericDates.order(null)).isEqualTo(Order.UNKNOWN);
  }
}
