package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "the United Nations|united nations",
      "The Kremlin|kremlin",
      "Hezbollah's|hezbollah",
      "Hezbollah\u2019s|hezbollah",
      "Erdoğan|erdogan",
      "Bashar al-Assad|bashar al assad",
      "U.S.|us",
      "the U.S.'s|us",
      "  Islamic   State |islamic state",
      "IRAN|iran",
      "Theodore Smith|theodore smith"})
  void keyNormalisesForMatching(String name, String key) {
    assertThat(Names.key(name)).isEqualTo(key);
  }

  @Test
  void keyIsIndependentOfTheDefaultLocale() {
    // Under tr_TR, a default-locale lower-casing maps "I" to a dotless i.
    assertThat(Names.key("IRAQ")).isEqualTo("iraq");
    assertThat(Names.key("Idlib")).isEqualTo(Names.key("IDLIB"));
  }

  @Test
  void keyKeepsDotsThatAreNotAnAcronym() {
    assertThat(Names.key("St. Petersburg")).isEqualTo("st. petersburg");
  }

  @Test
  void surnameDropsTheArabicArticle() {
    assertThat(Names.surname("Ahmed al-Sharaa")).isEqualTo("sharaa");
    assertThat(Names.surname("Abdel Fattah el-Burhan")).isEqualTo("burhan");
    assertThat(Names.surname("Volodymyr Zelensky")).isEqualTo("zelensky");
    assertThat(Names.surname("Zelensky's")).isEqualTo("zelensky");
  }


  @Test
  void initialsOfTheCapitalisedWords() {
    assertThat(Names.initials("Syrian Democratic Forces")).isEqualTo("SDF");
    assertThat(Names.initials("Islamic Revolutionary Guard Corps")).isEqualTo("IRGC");
    assertThat(Names.initials("Ministry of Defence")).isEqualTo("MD");
    assertThat(Names.initials("Hayat Tahrir al-Sham")).isEqualTo("HTS");
    assertThat(Names.initials("")).isEmpty();
    assertThat(Names.initials("Voice of Arcadia", true)).isEqualTo("VOA");
    assertThat(Names.initials("Times of the Coast-Lands", true)).isEqualTo("TOTCL");
  }

  @Test
  void acronymsAreShortAllCapitalTokens() {
    assertThat(Names.isAcronym("SDF")).isTrue();
    assertThat(Names.isAcronym("U.N.")).isTrue();
    assertThat(Names.isAcronym("UN")).isTrue();
    assertThat(Names.isAcronym("IRGC")).isTrue();
    assertThat(Names.isAcronym("A")).isFalse();
    assertThat(Names.isAcronym("Hamas")).isFalse();
    assertThat(Names.isAcronym("F-16")).isFalse();
    assertThat(Names.isAcronym("ABCDEFGHI")).isFalse();
  }
}
