package org.sitrep.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Gazetteer;

/** Which forms of a listed outlet's name are matched in running text (invented outlets). */
class OutletsTest {
  @Test
  void formsDropTheArticleAndRemarksAndKeepOnlyNamesThatCannotBeOrdinaryWords() {
    assertThat(Outlets.forms("The Daily Courier")).containsExactly("Daily Courier");
    assertThat(Outlets.forms("Focus Arcadia (FAN)")).containsExactlyInAnyOrder("Focus Arcadia",
        "FAN");
    assertThat(Outlets.forms("Radio Free North/Radio Liberty"))
        .containsExactlyInAnyOrder("Radio Free North", "Radio Liberty");
    assertThat(Outlets.forms("The Courier")).isEmpty();
    assertThat(Outlets.forms("Time")).isEmpty();
    assertThat(Outlets.forms("DCN")).containsExactly("DCN");
  }

  @Test
  void initialsOfALongNameCountUnlessAnActorOrPlaceHasThem() {
    Outlets o = new Outlets(List.of("The Times of Arcadia", "Popular Kurdish Korps"),
        ActorDictionary.builtIn(), Gazetteer.shared());
    // "PKK" is an armed group the actor dictionary knows: the outlet's initials do not take it.
    assertThat(o).extracting("initialisms").asString().contains("TOA").doesNotContain("PKK");
  }
}
