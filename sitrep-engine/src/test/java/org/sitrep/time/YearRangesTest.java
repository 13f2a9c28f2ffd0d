package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearRangesTest {
  private static final YearRanges RANGES = YearRanges.standard();

  /** An expression SUTime might have given, located by its first occurrence in {@code text}. */
  private static TimeExpression at(String text, String surface, String type, String value) {
    int start = text.indexOf(surface);
    return new TimeExpression(start, start + surface.length(), surface, type, value);
  }

  private static List<String> read(String text, TimeExpression... sutime) {
    return RANGES.apply(text, List.of(sutime)).stream()
        .map(t -> {
          assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
          return t.text() + "@" + t.start() + "=" + t.type() + ":" + t.value();
        })
        .toList();
  }

  @Test
  void aHyphenatedRangeOfFourDigitYearsIsTwoDatesNotADuration() {
    String text = "Aid to Norvale fell in 2014-2016, the agency said.";
    assertThat(read(text, at(text, "2014-2016", "DURATION", "PT17520H")))
        .containsExactly("2014@23=DATE:2014", "2016@28=DATE:2016");
  }

  @Test
  void aTwoDigitSecondYearIsInTheFirstYearsCentury() {
    String text = "The council in Brevik passed a 2014-16 budget on Monday.";
    assertThat(read(text, at(text, "Monday", "DATE", "2031-11-03")))
        .containsExactly("2014@31=DATE:2014", "16@36=DATE:2016", "Monday@49=DATE:2031-11-03");
    // SUTime reads only the first year of an en-dashed pair.
    String season = "The 2011–12 season was the club's best.";
    assertThat(read(season, at(season, "2011", "DATE", "2011")))
        .containsExactly("2011@4=DATE:2011", "12@9=DATE:2012");
  }

  @Test
  void aRangeAcrossACentury() {
    String text = "The war of 1998–2003 emptied the villages of Kesh.";
    assertThat(read(text, at(text, "1998", "DATE", "1998"), at(text, "2003", "DATE", "2003")))
        .containsExactly("1998@11=DATE:1998", "2003@16=DATE:2003");
    String hyphen = "The 1998-2003 drought hit Kesh hardest.";
    assertThat(read(hyphen, at(hyphen, "1998-2003", "DURATION", "PT43824H")))
        .containsExactly("1998@4=DATE:1998", "2003@9=DATE:2003");
    // With a dash two digits may cross the century; after a hyphen they may be a month.
    String dash = "Under the 1998–03 mandate, patrols doubled.";
    assertThat(read(dash, at(dash, "1998", "DATE", "1998")))
        .containsExactly("1998@10=DATE:1998", "03@15=DATE:2003");
    String month = "The file is dated 1998-03 in the archive.";
    assertThat(read(month, at(month, "1998-03", "DATE", "1998-03")))
        .containsExactly("1998-03@18=DATE:1998-03");
  }

  @Test
  void spacedDashesAndOffsetsAfterSupplementaryCharacters() {
    // "𝔄" is two UTF-16 units: offsets count them as Java strings do.
    String text = "𝔄 report on Tarsa covers 2019 – 2021 in full.";
    assertThat(read(text)).containsExactly("2019@26=DATE:2019", "2021@33=DATE:2021");
  }

  @Test
  void numbersOfCountedThingsAreNotYears() {
    String pages = "See pages 2014-2016 of a report published last year.";
    assertThat(read(pages, at(pages, "2014-2016", "DURATION", "PT17520H"),
        at(pages, "last year", "DATE", "2030")))
        .containsExactly("last year@42=DATE:2030");
    String resolutions = "The council recalled resolutions 2014–2016 on Tuesday.";
    assertThat(read(resolutions, at(resolutions, "2014", "DATE", "2014"),
        at(resolutions, "2016", "DATE", "2016"), at(resolutions, "Tuesday", "DATE", "2031-11-04")))
        .containsExactly("Tuesday@46=DATE:2031-11-04");
    String metres = "The drones flew at 2014-2016 metres over the ridge.";
    assertThat(read(metres, at(metres, "2014-2016", "DURATION", "PT17520H"))).isEmpty();
    assertThat(read("Police closed the 1500-1600 block of Ash Street.")).isEmpty();
    String noted = "The figures are on pp. 1990-95 of the annex.";
    assertThat(read(noted)).isEmpty();
  }

  @Test
  void notARangeOfYears() {
    String score = "Ostrava won with scores of 3-1 and 2-0 on Sunday.";
    TimeExpression sunday = at(score, "Sunday", "DATE", "2031-11-02");
    assertThat(RANGES.apply(score, List.of(sunday))).containsExactly(sunday);
    // Part of a longer number, money, a full date, a backwards or too long range.
    assertThat(read("Call 555-2014-2016 for details.")).isEmpty();
    assertThat(read("He paid $2014-2016 for the car.")).isEmpty();
    assertThat(read("The ratio was 2014-2016.5 at the end.")).isEmpty();
    assertThat(read("Leave 2016-2014 aside.")).isEmpty();
    assertThat(read("Compare 1850-1990 here.")).isEmpty();
    String iso = "The order is dated 2014-06-12.";
    TimeExpression day = at(iso, "2014-06-12", "DATE", "2014-06-12");
    assertThat(RANGES.apply(iso, List.of(day))).containsExactly(day);
  }

  @Test
  void aRangeReadIntoALongerExpressionIsLeftAsSutimeReadIt() {
    String text = "Troops stayed 2014-2016 on the plateau near Ardel.";
    TimeExpression longer = at(text, "2014-2016 on", "DATE", "2014");
    assertThat(RANGES.apply(text, List.of(longer))).containsExactly(longer);
  }

  @Test
  void rangesWrittenWithWordsAreLeftToSutime() {
    String text = "Rebels held Ardel from 2014 to 2016 and between 2018 and 2020.";
    List<TimeExpression> sutime = List.of(at(text, "2014", "DATE", "2014"),
        at(text, "2016", "DATE", "2016"), at(text, "2018", "DATE", "2018"),
        at(text, "2020", "DATE", "2020"));
    assertThat(RANGES.apply(text, sutime)).isEqualTo(sutime);
  }

  @ParameterizedTest
  @CsvSource({
      "2014, 16, true, 2016",
      "2014, 2016, true, 2016",
      "1998, 2003, true, 2003",
      "1998, 03, false, 2003",
      "1998, 99, true, 1999",
      "1998, 03, true, ",
      "2014, 12, true, ",
      "2016, 2014, false, ",
      "2014, 2014, false, ",
      "1850, 1990, false, "})
  void secondYear(int first, String digits, boolean hyphen, Integer expected) {
    assertThat(YearRanges.secondYear(first, digits, hyphen)).isEqualTo(expected);
  }

  @Test
  void theWordListsAreReadFromTheConstructor() {
    YearRanges none = new YearRanges(Set.of(), Set.of());
    String text = "See pages 2014-2016 now.";
    assertThat(none.apply(text, List.of())).hasSize(2);
    YearRanges rooms = new YearRanges(Set.of("Cabins"), Set.of());
    assertThat(rooms.apply("Cabins 2014-2016 are shut.", List.of())).isEmpty();
  }
}
