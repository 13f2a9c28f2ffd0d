package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.TestDocs;
import org.sitrep.core.Document;
import org.sitrep.entities.EntityType;

class GeoStageTest {
  private static final GeoStage STAGE = GeoStage.create();

  private static PlaceRef place(Places places, String name) {
    return places.places().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void contextCountryDisambiguates() {
    Places lebanon = STAGE.process(TestDocs.text("Clashes hit Tripoli. Lebanon sent troops.")
        .entity(EntityType.LOCATION, "CITY", "Tripoli")
        .entity(EntityType.LOCATION, "COUNTRY", "Lebanon")
        .build());
    PlaceRef tripoli = place(lebanon, "Tripoli");
    assertThat(tripoli.countryCode()).isEqualTo("LB");
    assertThat(tripoli.precision()).isEqualTo("CITY");
    assertThat(tripoli.basis()).contains("context country LB");
    Places none = STAGE.process(TestDocs.text("Clashes hit Tripoli.")
        .entity(EntityType.LOCATION, "CITY", "Tripoli").build());
    assertThat(place(none, "Tripoli").countryCode()).isEqualTo("LY");
  }

  @Test
  void countriesAndRegionsGetTheirPrecision() {
    Places places = STAGE.process(TestDocs.text("Syria said Aleppo and Idlib province were calm.")
        .entity(EntityType.LOCATION, "COUNTRY", "Syria")
        .entity(EntityType.LOCATION, "CITY", "Aleppo")
        .entity(EntityType.LOCATION, "STATE_OR_PROVINCE", "Idlib province")
        .build());
    assertThat(place(places, "Syria").precision()).isEqualTo("COUNTRY");
    PlaceRef aleppo = place(places, "Aleppo");
    assertThat(aleppo.countryCode()).isEqualTo("SY");
    assertThat(aleppo.latitude()).isBetween(36.0, 36.4);
    assertThat(aleppo.admin1()).isNotNull();
    assertThat(place(places, "Idlib province").precision()).isEqualTo("REGION");
  }

  @Test
  void neighbourhoodFallsBackToTheCityTheTextTiesItTo() {
    Document doc = TestDocs.text("Shelling hit Aleppo's Zorvani neighbourhood. Homs was calm.")
        .entity(EntityType.LOCATION, "CITY", "Aleppo")
        .entity(EntityType.LOCATION, "NEIGHBORHOOD", "Zorvani")
        .entity(EntityType.LOCATION, "CITY", "Homs")
        .build();
    PlaceRef zorvani = place(STAGE.process(doc), "Zorvani");
    assertThat(zorvani.precision()).isEqualTo("CITY");
    assertThat(zorvani.resolvedName()).isEqualTo("Aleppo");
    assertThat(zorvani.basis()).startsWith("neighborhood not in the gazetteer");
  }

  @Test
  void neighbourhoodFallsBackToSameSentenceThenMostMentionedCity() {
    Places same = STAGE.process(TestDocs.text(
            "Homs was calm. In Aleppo, fighters entered the Zorvani district on Monday.")
        .entity(EntityType.LOCATION, "CITY", "Homs")
        .entity(EntityType.LOCATION, "CITY", "Aleppo")
        .entity(EntityType.LOCATION, "DISTRICT", "Zorvani")
        .build());
    assertThat(place(same, "Zorvani").resolvedName()).isEqualTo("Aleppo");
    assertThat(place(same, "Zorvani").basis()).contains("same sentence");

    Places most = STAGE.process(TestDocs.text(
            "Homs was calm. Aleppo was tense. Aleppo shook. Fighters entered Zorvani on Monday.")
        .entity(EntityType.LOCATION, "CITY", "Homs")
        .entity(EntityType.LOCATION, "CITY", "Aleppo")
        .entity(EntityType.LOCATION, "NEIGHBORHOOD", "Zorvani")
        .build());
    assertThat(place(most, "Zorvani").resolvedName()).isEqualTo("Aleppo");
    assertThat(place(most, "Zorvani").basis()).contains("most-mentioned");
  }

  @Test
  void unknownPlaceIsListedUnresolved() {
    Places places = STAGE.process(TestDocs.text("Qwyxzt was calm.")
        .entity(EntityType.LOCATION, null, "Qwyxzt").build());
    PlaceRef ref = place(places, "Qwyxzt");
    assertThat(ref.precision()).isEqualTo("UNRESOLVED");
    assertThat(ref.resolved()).isFalse();
    assertThat(ref.latitude()).isNaN();
    assertThat(places.places()).hasSize(1);
  }

  @Test
  void onlyLocationsAreListed() {
    Places places = STAGE.process(TestDocs.text("Homs police said no.")
        .entity(EntityType.LOCATION, "CITY", "Homs")
        .entity(EntityType.ORGANIZATION, null, "Homs police", List.of(), "Homs police")
        .build());
    assertThat(places.places()).extracting(PlaceRef::name).containsExactly("Homs");
  }
}
