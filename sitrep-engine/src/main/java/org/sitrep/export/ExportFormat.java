package org.sitrep.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The formats {@code sitrep export} writes, by the name the command line uses. */
public enum ExportFormat {
  /** Sitrep's own schema, one {@link org.sitrep.analysis.AnalyzedArticle} per line. */
  JSONL("jsonl"),
  /** One ACLED-style CSV row per violent or political event; see {@code AcledCsvExporter}. */
  ACLED_CSV("acled-csv"),
  /** One GDELT-style tab-separated row per CAMEO-coded event; see {@code CameoTsvExporter}. */
  CAMEO_TSV("cameo-tsv"),
  /** A GeoJSON FeatureCollection of located events; see {@code GeoJsonExporter}. */
  GEOJSON("geojson");

  private final String label;

  ExportFormat(String label) {
    this.label = label;
  }

  /** The name on the command line ({@code acled-csv}). */
  public String label() {
    return label;
  }

  /**
   * The format with this label.
   *
   * @throws IllegalArgumentException naming the known labels when there is none
   */
  public static ExportFormat byLabel(String label) {
    Objects.requireNonNull(label, "label");
    for (ExportFormat f : values()) {
      if (f.label.equals(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + label + "'; expected one of "
        + String.join(", ", labels()));
  }

  /** Every label, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(ExportFormat::label).toList();
  }

  /**
   * This format's exporter.
   *
   * @param placeFeatures for {@link #GEOJSON}, also write one feature per resolved place of each
   *     article; must be false for the other formats
   * @throws IllegalArgumentException when {@code placeFeatures} is asked of another format
   */
  public Exporter exporter(boolean placeFeatures) {
    checkArgument(!placeFeatures || this == GEOJSON,
        "place features exist only in the %s format, not %s", GEOJSON.label, label);
    return switch (this) {
      case JSONL -> new JsonlExporter();
      case ACLED_CSV -> new AcledCsvExporter(IsoNumeric.load());
      case CAMEO_TSV -> new CameoTsvExporter();
      case GEOJSON -> new GeoJsonExporter(placeFeatures);
    };
  }
}
