package org.sitrep.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFinderTest {
  private final NameFinder finder = NameFinder.withDefaults();

  @Test
  void findsCapitalisedRunsAndSplitsAtTitles() {
    var names = finder.find("Clashes spread to Vel Marra on Tuesday. Earlier, Foreign Minister "
        + "Dara Okonjo met envoys of the Tessaly Council in Port Amsel, said Dara Okonjo.");
    assertThat(names).contains("Vel Marra", "Dara Okonjo", "Tessaly Council", "Port Amsel")
        .doesNotContain("Earlier", "Foreign Minister", "Tuesday", "Clashes");
  }

  @Test
  void keepsParticlesAndSentenceInitialWordsKnownAsNames() {
    var names = finder.find("Tessaly rejected the plan. Envoys of Tessaly met Omar al-Haddad.");
    assertThat(names).contains("Tessaly", "Omar al-Haddad").doesNotContain("Envoys");
  }
}
