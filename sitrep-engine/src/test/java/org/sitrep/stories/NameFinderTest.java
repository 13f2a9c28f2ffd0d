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

  @Test
  void pageChromeIsNoName() {
    var names = finder.find("Floods cut the road to Kessel Ford.\nNewsletter Sign Up Continue "
        + "reading the main story\nPlease Share\nHide Caption\nThe picture by Marra Images / File\n"
        + "Residents of Kessel Ford waited for boats.");
    assertThat(names).contains("Kessel Ford", "Marra")
        .doesNotContain("Newsletter Sign Up Continue", "Sign Up", "Please", "Hide Caption",
            "Please Share", "Share", "File", "Marra Images");
  }

  @Test
  void contractionsAreNoNamesButApostropheNamesStay() {
    var names = finder.find("\"I've never seen this,\" said Nora O'Dell. \"IT'S over,\" said "
        + "Tam D'Arcy. \"We'll stay,\" Nora O'Dell added. Don't, I'm told, is no name either.");
    assertThat(names).contains("Nora O'Dell", "Tam D'Arcy")
        .doesNotContain("I've", "IT'S", "We'll", "Don't", "I'm");
  }
}
