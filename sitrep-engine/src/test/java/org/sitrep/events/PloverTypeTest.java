package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PLOVER type each CAMEO code carries, where it follows the PLOVER project's own table. */
class PloverTypeTest {
  private static String plover(String code) {
    return CameoTable.get().info(code).plover();
  }

  @Test
  void apologiesForgivenessAndSignedAgreementsAreSupport() {
    assertThat(plover("055")).isEqualTo("SUPPORT");
    assertThat(plover("056")).isEqualTo("SUPPORT");
    assertThat(plover("057")).isEqualTo("SUPPORT");
    assertThat(plover("051")).isEqualTo("SUPPORT");
  }

  @Test
  void easingSanctionsAndAllowingInternationalInvolvementAreRetreat() {
    assertThat(plover("085")).isEqualTo("RETREAT");
    assertThat(plover("086")).isEqualTo("RETREAT");
    assertThat(plover("0871")).isEqualTo("RETREAT");
    // Yielding to demands stays a concession.
    assertThat(plover("080")).isEqualTo("CONCEDE");
    assertThat(plover("083")).isEqualTo("CONCEDE");
  }

  @Test
  void legacyLabelsMapOntoTheCurrentSet() {
    assertThat(PloverType.parse(" demand ")).isEqualTo(PloverType.REQUEST);
    assertThat(PloverType.parse("FIGHT")).isEqualTo(PloverType.ASSAULT);
    assertThat(PloverType.parse("STATEMENT")).isNull();
  }
}
