package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void keysFoldCaseDiacriticsAndPunctuation() {
    assertThat(Names.key("Şanlıurfa")).isEqualTo("sanliurfa");
    assertThat(Names.key("ISTANBUL")).isEqualTo("istanbul");
    assertThat(Names.key("İstanbul")).isEqualTo("istanbul");
    assertThat(Names.key("Deir ez-Zor")).isEqualTo("deir ez zor");
    assertThat(Names.key("  Dar‘ā ")).isEqualTo("dara");
    assertThat(Names.key("Ma'arrat al-Nu`man")).isEqualTo("maarrat al numan");
    assertThat(Names.key("U.S.")).isEqualTo("us");
    assertThat(Names.key("Łódź")).isEqualTo("lodz");
    assertThat(Names.key("Côte d’Ivoire")).isEqualTo("cote divoire");
    assertThat(Names.key("حلب")).isEmpty();
  }

  @Test
  void asciiFastPathAgreesWithTheUnicodePath() {
    // "’" forces the Unicode path; the same name with "'" takes the ASCII one.
    assertThat(Names.key("Ta'izz -- City.")).isEqualTo(Names.key("Ta’izz -- City."));
    assertThat(Names.key("-Al  Bab-")).isEqualTo(Names.key("-Al  Bāb-"));
  }

  @Test
  void stripsArticlesAndRegionWords() {
    assertThat(Names.withoutArabicArticle("as suwayda")).isEqualTo("suwayda");
    assertThat(Names.withoutArabicArticle("al bab")).isEqualTo("bab");
    assertThat(Names.withoutArabicArticle("al ua")).isNull(); // too short to stand alone
    assertThat(Names.withoutArabicArticle("aleppo")).isNull();
    assertThat(Names.withoutThe("the netherlands")).isEqualTo("netherlands");
    assertThat(Names.withoutThe("thessaloniki")).isNull();
    assertThat(Names.withoutRegionWord("idlib province")).isEqualTo("idlib");
    assertThat(Names.withoutRegionWord("idlib")).isNull();
  }

  @Test
  void recognisesAcronymsOnlyInCapitals() {
    assertThat(Names.acronym("U.S.")).isEqualTo("US");
    assertThat(Names.acronym("UAE")).isEqualTo("UAE");
    assertThat(Names.acronym("us")).isNull();
    assertThat(Names.acronym("Us")).isNull();
    assertThat(Names.acronym("U")).isNull();
  }

  @Test
  void placeChecksItsArguments() {
    assertThatThrownBy(
            () -> new Place("X", PlaceKind.CITY, "sy", "Syria", null, 0, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sy");
    assertThatThrownBy(
            () -> new Place("X", PlaceKind.CITY, "SY", "Syria", null, 91, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
  }
}
