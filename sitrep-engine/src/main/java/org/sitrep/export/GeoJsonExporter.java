package org.sitrep.export;

import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.events.Figure;

/**
 * Located events as one GeoJSON FeatureCollection (RFC 7946: WGS84, positions in {@code [longitude,
 * latitude]} order), streamed: the opening is written at once, each article's features as it comes,
 * the closing brackets at {@link Sink#finish}, so no more than one article is held in memory. An
 * export cut off before {@code finish} is not valid JSON.
 *
 * <p>One Point feature per event whose place has coordinates (events without a place, or with an
 * unresolved one, are left out). Its {@code id} is the event id used by every format (article id,
 * dash, 1-based position among the article's events); its properties, named as in the JSON Lines
 * schema: {@code kind} ({@code "event"}), {@code article_id}, {@code outlet} (the article's
 * outlet, null when unknown), {@code url}, {@code date}, {@code date_precision}, {@code code},
 * {@code root}, {@code
 * quad_class}, {@code goldstein}, {@code plover}, {@code acled_type}, {@code acled_sub_type}, {@code
 * source}, {@code source_code}, {@code target}, {@code target_code} (actor names and CAMEO codes),
 * {@code modality}, {@code reported_by}, {@code place}, {@code place_precision}, {@code start},
 * {@code end}, {@code sentence} and {@code figures} ({@code kind}, {@code text}, {@code min}, {@code
 * max}, {@code vague}). Absent values are {@code null}.
 *
 * <p>With place features, also one Point feature per distinct resolved place of each article (places
 * that resolve to the same gazetteer entry are one), with properties {@code kind} ({@code
 * "place"}), {@code article_id}, {@code outlet}, {@code url}, {@code name} (the gazetteer's),
 * {@code names} (as the article writes them), {@code precision} and {@code count} (the mentions of
 * those names in the article).
 */
final class GeoJsonExporter implements Exporter {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final boolean placeFeatures;

  GeoJsonExporter(boolean placeFeatures) {
    this.placeFeatures = placeFeatures;
  }

  @Override
  public Sink open(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    JsonGenerator g = FACTORY.createGenerator(out);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    g.flush();
    return new Sink() {
      private boolean finished;

      @Override
      public void write(AnalyzedArticle article) throws IOException {
        Objects.requireNonNull(article, "article");
        checkState(!finished, "export already finished");
        List<EventOut> events = article.events();
        for (int i = 0; i < events.size(); i++) {
          EventOut e = events.get(i);
          if (located(e.place())) {
            event(g, article, i, e);
          }
        }
        if (placeFeatures) {
          places(g, article);
        }
        g.flush();
      }

      @Override
      public void finish() throws IOException {
        if (finished) {
          return;
        }
        finished = true;
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
      }
    };
  }

  private static boolean located(PlaceOut p) {
    return p != null && p.latitude() != null && p.longitude() != null;
  }

  private static void event(JsonGenerator g, AnalyzedArticle a, int index, EventOut e)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", Facts.eventId(a, index));
    point(g, e.place());
    g.writeObjectFieldStart("properties");
    g.writeStringField("kind", "event");
    article(g, a);
    g.writeStringField("date", e.date());
    g.writeStringField("date_precision", e.datePrecision());
    g.writeStringField("code", e.code());
    g.writeStringField("root", e.root());
    g.writeNumberField("quad_class", e.quadClass());
    g.writeNumberField("goldstein", e.goldstein());
    g.writeStringField("plover", e.plover());
    g.writeStringField("acled_type", e.acledType());
    g.writeStringField("acled_sub_type", e.acledSubType());
    g.writeStringField("source", e.source());
    g.writeStringField("source_code", e.sourceCode());
    g.writeStringField("target", e.target());
    g.writeStringField("target_code", e.targetCode());
    g.writeStringField("modality", e.modality());
    g.writeStringField("reported_by", e.reportedBy());
    g.writeStringField("place",
        e.place().resolvedName() != null ? e.place().resolvedName() : e.place().name());
    g.writeStringField("place_precision", e.place().precision());
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    g.writeStringField("sentence", e.sentence());
    g.writeArrayFieldStart("figures");
    for (Figure f : e.figures()) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().label());
      g.writeStringField("text", f.text());
      g.writeNumberField("min", f.min());
      g.writeNumberField("max", f.max());
      g.writeBooleanField("vague", f.vague());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** One feature per gazetteer point of the article, with the mentions of every name for it. */
  private static void places(JsonGenerator g, AnalyzedArticle a) throws IOException {
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (Entity en : a.entities()) {
      mentions.put(en.id(), en.mentions().size());
    }
    Map<String, List<PlaceOut>> byPoint = new LinkedHashMap<>();
    for (PlaceOut p : a.places()) {
      if (located(p)) {
        String key = p.resolvedName() + "|" + p.latitude() + "|" + p.longitude();
        byPoint.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
    for (List<PlaceOut> same : byPoint.values()) {
      PlaceOut first = same.get(0);
      List<String> names = new ArrayList<>();
      int count = 0;
      for (PlaceOut p : same) {
        if (!names.contains(p.name())) {
          names.add(p.name());
        }
        // An entity the record lacks was still mentioned once, or it would not be a place.
        count += Math.max(1, mentions.getOrDefault(p.entityId(), 1));
      }
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      point(g, first);
      g.writeObjectFieldStart("properties");
      g.writeStringField("kind", "place");
      article(g, a);
      g.writeStringField("name", first.resolvedName() != null ? first.resolvedName() : first.name());
      g.writeArrayFieldStart("names");
      for (String n : names) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeStringField("precision", first.precision());
      g.writeNumberField("count", count);
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void point(JsonGenerator g, PlaceOut p) throws IOException {
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(p.longitude());
    g.writeNumber(p.latitude());
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void article(JsonGenerator g, AnalyzedArticle a) throws IOException {
    g.writeStringField("article_id", a.id());
    g.writeStringField("outlet", a.outlet());
    g.writeStringField("url", a.url());
  }
}
