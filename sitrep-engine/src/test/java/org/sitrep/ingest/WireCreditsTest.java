package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;

/** Wire credits on invented copy: datelines and credit lines count, citations do not. */
class WireCreditsTest {
  private static final WireCredits WIRES = WireCredits.load();
  private static final String HEAD = "Port of Tarsa reopens after strike\n\n";
  private static final String BODY = "The port of Tarsa reopened on Monday after a week-long strike"
      + " by dock workers over unpaid wages, the harbour authority said in a statement.";

  private static String agency(String text) {
    WireCredits.Credit c = WIRES.find(text, List.of());
    return c == null ? null : c.agency();
  }

  @Test
  void datelineCreditsAreWireCopy() {
    assertThat(agency(HEAD + "TARSA (Reuters) — " + BODY)).isEqualTo("Reuters");
    assertThat(agency(HEAD + "TARSA, Veloria, March 3 (AP) — " + BODY))
        .isEqualTo("Associated Press");
    assertThat(agency(HEAD + "(AFP) - " + BODY)).isEqualTo("Agence France-Presse");
    assertThat(agency(HEAD + "AP — " + BODY)).isEqualTo("Associated Press");
    assertThat(agency(HEAD + "TARSA, AFP — " + BODY)).isEqualTo("Agence France-Presse");
    assertThat(agency(HEAD + "TARSA/KELMOR, May 2 (Xinhua) -- " + BODY)).isEqualTo("Xinhua");
    assertThat(agency(HEAD + "KELMOR (AA) – " + BODY)).isEqualTo("Anadolu Agency");
    assertThat(agency(HEAD + "BERLIN (dpa) - " + BODY)).isEqualTo("dpa");
    // After a byline and a date stamp, still the first paragraph of prose.
    assertThat(agency(HEAD + "By Mira Castell\nMarch 3, 2027\n\nTARSA (Reuters) - " + BODY))
        .isEqualTo("Reuters");
  }

  @Test
  void theCreditsSpanIsTheAgencysName() {
    String text = HEAD + "TARSA (Reuters) — " + BODY;
    WireCredits.Credit c = WIRES.find(text, List.of());
    assertThat(c.span().in(text)).isEqualTo("Reuters");
  }

  @Test
  void creditLinesOfTheirOwnAreWireCopy() {
    assertThat(agency(HEAD + BODY + "\n\n— AFP\n")).isEqualTo("Agence France-Presse");
    assertThat(agency(HEAD + BODY + "\n\nSource: Reuters\n")).isEqualTo("Reuters");
    assertThat(agency(HEAD + BODY + "\n\n(With inputs from Reuters)\n")).isEqualTo("Reuters");
    assertThat(agency(HEAD + BODY + "\n\nReuters reported\n")).isEqualTo("Reuters");
    assertThat(agency(HEAD + BODY + "\n\nWith AFP\n")).isEqualTo("Agence France-Presse");
    assertThat(agency(HEAD + "By Mira Castell, Associated Press\n\n" + BODY))
        .isEqualTo("Associated Press");
    assertThat(agency(HEAD + BODY + "\n\n© 2027 The Associated Press. All rights reserved.\n"))
        .isEqualTo("Associated Press");
  }

  @Test
  void anAgencyCitedInsideASentenceIsNotWireCopy() {
    assertThat(agency(HEAD + BODY + " Three dock workers were hurt, Reuters reported.")).isNull();
    assertThat(agency(HEAD + BODY + "\n\nA union leader told AFP the strike could resume.\n"))
        .isNull();
    assertThat(agency(HEAD + "According to a Reuters tally, 40 ships waited offshore. " + BODY))
        .isNull();
    assertThat(agency(HEAD + "Xinhua news agency reported that the port reopened on Monday after"
        + " a week-long strike by dock workers.")).isNull();
    assertThat(agency(HEAD + "APEC delegates — who arrived on Sunday — toured the port. " + BODY))
        .isNull();
  }

  @Test
  void photoCreditsAreNotWireCopy() {
    assertThat(agency(HEAD + "Dock workers march in Tarsa on March 2. (AP Photo/Lena Moss)\n\n"
        + BODY)).isNull();
    assertThat(agency(HEAD + "Photo: AFP\n\n" + BODY)).isNull();
    assertThat(agency(HEAD + "Credit: JOHN DORAN/AFP\n\n" + BODY)).isNull();
    assertThat(agency(HEAD + "Credit: AFP\n\n" + BODY)).isNull();
    assertThat(agency(HEAD + "Dock workers march in Tarsa on March 2. (Reuters)\n\n" + BODY))
        .isNull();
    // A caption the markup marks, whatever it says.
    String text = HEAD + "— AFP\n\n" + BODY;
    int at = text.indexOf("— AFP");
    assertThat(WIRES.find(text, List.of(StructureSpan.of(StructureType.CAPTION, at, at + 5))))
        .isNull();
  }

  @Test
  void aDatelineDeepInTheStoryIsNotTheArticlesCredit() {
    String text = HEAD + BODY + "\n\n" + BODY + "\n\n" + BODY + "\n\nTARSA (Reuters) - " + BODY;
    assertThat(agency(text)).isNull();
  }
}
