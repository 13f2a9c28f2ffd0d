/**
 * Exports of analysed articles: {@link org.sitrep.export.ExportFormat} names the formats and gives
 * each one's {@link org.sitrep.export.Exporter}, which streams articles to a {@link java.io.Writer}
 * one at a time.
 *
 * <p>Every format names an event the same way: the article id, a dash, and the event's 1-based
 * position among the article's events ({@code a17-3}). The column-by-column mappings, and where
 * they depart from the formats' owners (ACLED, GDELT), are documented on the package's exporter
 * classes: {@code AcledCsvExporter} (ACLED-style CSV, RFC 4180), {@code CameoTsvExporter}
 * (GDELT-style TSV with backslash escapes) and {@code GeoJsonExporter} (RFC 7946
 * FeatureCollection).
 */
package org.sitrep.export;
