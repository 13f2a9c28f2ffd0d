package org.sitrep.fusion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How fusion compares actor names across reports (invented names). */
class ActorRelationTest {
  @Test
  void normalisingDropsCasePossessivesPunctuationAndALeadingThe() {
    assertThat(ActorRelation.norm("The Norland Army's")).isEqualTo("norland army");
    assertThat(ActorRelation.norm("Norland\u2019s  air-force")).isEqualTo("norland air force");
    assertThat(ActorRelation.norm("  O'Rell, Commander ")).isEqualTo("o rell commander");
    assertThat(ActorRelation.norm("Theodor Brix")).isEqualTo("theodor brix");
    assertThat(ActorRelation.norm("Sasha's")).isEqualTo("sasha");
    assertThat(ActorRelation.norm("'s")).isNull();
    assertThat(ActorRelation.norm("--")).isNull();
    assertThat(ActorRelation.norm(null)).isNull();
  }

  @Test
  void namesAgreeWhenOneHoldsTheOtherAndCodesBridgeWhenNamesDiffer() {
    assertThat(ActorRelation.of("army", null, "the Norland army", null)).isEqualTo(Relation.AGREE);
    assertThat(ActorRelation.of("Vel Ka Dor", null, "Velkador village", null))
        .isEqualTo(Relation.AGREE);
    assertThat(ActorRelation.of("Norland", "NOR", "Norland troops", "NORMIL"))
        .isEqualTo(Relation.AGREE);
    assertThat(ActorRelation.of("Norland government", "NORGOV", "soldiers", "NORMIL"))
        .isEqualTo(Relation.CONFLICT);
    assertThat(ActorRelation.of("Norland", "NOR", "soldiers", "NORMIL"))
        .isEqualTo(Relation.CONTAINS);
    assertThat(ActorRelation.of(null, null, "soldiers", "NORMIL")).isEqualTo(Relation.UNKNOWN);
  }
}
