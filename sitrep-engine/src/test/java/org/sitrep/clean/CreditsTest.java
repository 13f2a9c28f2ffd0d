package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credit lines, on invented names and outlets. */
class CreditsTest {
  @Test
  void photoCreditsStandingAlone() {
    for (String line : new String[] {
        "Photo: Kadrina Residents Committee",
        "Photos: Lena Varga/AFP",
        "(Photo by Omar Haddad)",
        "Image courtesy of the Ostrava Heritage Trust",
        "Credit: Mara Quist/Reuters",
        "Credit Mara Quist/Agence France-Presse — Getty Images",
        "(AP Photo/Lena Varga)",
        "Lena Varga / AFP - Getty Images",
        "Ilya Sorin for The Daily Ledger via Getty Images"}) {
      assertThat(Credits.photo(line)).as(line).isEqualTo(Credits.PHOTO);
    }
  }

  @Test
  void descriptionsAndStoryAreNoPhotoCredits() {
    for (String line : new String[] {
        "Photo: Soldiers patrol the main road into the town",
        "Video: protesters clash with police outside the assembly",
        "Trucks wait at a checkpoint outside the town. (Photo: AFP)",
        "The source said the convoy had been stopped for two days.",
        "Credit lines at the bank were frozen, the minister said."}) {
      assertThat(Credits.photo(line)).as(line).isNull();
    }
  }

  @Test
  void contributorLines() {
    for (String line : new String[] {
        "Reporting by Dana Whitfield in Kadrina; Editing by Omar Haddad",
        "Additional reporting from Ostrava News Agency",
        "Compiled by the Daily Ledger's foreign desk",
        "Mara Quist contributed to this report.",
        "The Ostrava News Agency contributed reporting."}) {
      assertThat(Credits.contributor(line)).as(line).isEqualTo(Credits.CONTRIBUTOR);
    }
    assertThat(Credits.contributor("Reporting from the front line has become more dangerous,"
        + " editors say, as drones multiply over both armies and their supply roads, and many"
        + " outlets have pulled their crews back from the towns where the fighting is heaviest"
        + " and the roads are mined, and insurers refuse to cover the trips at any price."))
        .isNull();
  }

  @Test
  void biosAndReportedFromLinesOnlyByShape() {
    assertThat(Credits.tail("Dana Whitfield is a security correspondent for the Daily Ledger,"
        + " based in Kadrina.")).isEqualTo(Credits.BIO);
    assertThat(Credits.tail("Mara Quist reported from Kadrina, and Omar Haddad from Ostrava."))
        .isEqualTo(Credits.CONTRIBUTOR);
    assertThat(Credits.tail("Haddad is a former general who led the brigade until 2024."))
        .isNull();
  }
}
