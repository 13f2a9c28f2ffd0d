package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityNamedTest {
  private static Entity entity(EntityType type, String... mentions) {
    List<Mention> ms = new java.util.ArrayList<>();
    int at = 0;
    for (String m : mentions) {
      ms.add(new Mention(at, at + m.length(), m));
      at += m.length() + 1;
    }
    return new Entity("e1", mentions[0], type, null, List.of(), ms);
  }

  @Test
  void aDescriptionWithALowerCaseHeadIsNotNamed() {
    assertThat(entity(EntityType.ORGANIZATION, "Syrian defense ministry").named()).isFalse();
    assertThat(entity(EntityType.ORGANIZATION, "U.S. troops").named()).isFalse();
  }

  @Test
  void aCapitalisedOrNumberedHeadIsNamed() {
    assertThat(entity(EntityType.ORGANIZATION, "Ministry of Defense").named()).isTrue();
    assertThat(entity(EntityType.ORGANIZATION, "Brigade 55").named()).isTrue();
    assertThat(entity(EntityType.PERSON, "Amina Okafor").named()).isTrue();
    assertThat(entity(EntityType.ORGANIZATION, "RRU").named()).isTrue();
  }

  @Test
  void oneNamedMentionIsEnough() {
    assertThat(entity(EntityType.ORGANIZATION, "Vostrian army", "Vostrian Army").named()).isTrue();
  }

  @Test
  void aNameEndingInAHyphenatedParticleIsNamed() {
    assertThat(entity(EntityType.ORGANIZATION, "Ansar al-Sharia").named()).isTrue();
    assertThat(entity(EntityType.ORGANIZATION, "pro-government militia").named()).isFalse();
  }
}
