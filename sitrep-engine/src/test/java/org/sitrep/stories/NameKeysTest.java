package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  @Test
  void keyIgnoresCaseDiacriticsDotsHyphensAndLeadingThe() {
    assertThat(NameKeys.key("Lin Mae-sook")).isEqualTo(NameKeys.key("Lin Mae Sook"));
    assertThat(NameKeys.key("U.S.")).isEqualTo(NameKeys.key("US"));
    assertThat(NameKeys.key("Pont-Rivé")).isEqualTo(NameKeys.key("PONT RIVE"));
    assertThat(NameKeys.key("the Varnel Institute")).isEqualTo(NameKeys.key("Varnel Institute"));
    assertThat(NameKeys.key("Ostrava's")).isEqualTo("ostrava");
  }

  @Test
  void skeletonBridgesTransliterationVariants() {
    assertThat(NameKeys.skeleton(NameKeys.key("Qasriyeh"))).isNotNull()
        .isEqualTo(NameKeys.skeleton(NameKeys.key("Qasrieh")));
    assertThat(NameKeys.skeleton(NameKeys.key("Marqoud Hill")))
        .isEqualTo(NameKeys.skeleton(NameKeys.key("Marqud Hill")));
    assertThat(NameKeys.skeleton(NameKeys.key("Tessaly")))
        .isNotEqualTo(NameKeys.skeleton(NameKeys.key("Trossaly")));
  }

  @Test
  void shortNamesHaveNoSkeleton() {
    assertThat(NameKeys.skeleton(NameKeys.key("Oran"))).isNull();
  }
}
