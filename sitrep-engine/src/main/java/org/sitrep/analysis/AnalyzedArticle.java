package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Actors;
import org.sitrep.actors.Affiliation;
import org.sitrep.clean.Published;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.Warned;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.events.Event;
import org.sitrep.events.Events;
import org.sitrep.framing.Framing;
import org.sitrep.geo.Places;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.Outlet;
import org.sitrep.ingest.OutletOrigin;
import org.sitrep.numbers.NumberMention;
import org.sitrep.numbers.Numbers;
import org.sitrep.quotes.Claim;
import org.sitrep.quotes.Quote;
import org.sitrep.quotes.Quotes;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.Times;

/**
 * One analysed article in Sitrep's output schema (version {@value #SCHEMA}); the JSON Lines export,
 * the store and the search index all carry exactly this. Every {@code start}/{@code end} is a UTF-16
 * offset into {@link #text()}, end exclusive.
 *
 * @param schema output schema version
 * @param id stable article id
 * @param version the stored version of this article (1 for the first content seen; 0 when not
 *     stored)
 * @param contentHash SHA-256 of the article's content
 * @param analysisVersion the version of Sitrep that produced the annotations
 * @param source the outlet as the input's metadata states it, or null (kept as it was before
 *     {@code outlet} existed; {@code outlet} is the one to read)
 * @param url address, or null
 * @param format input format ({@code text}, {@code html}, {@code rss}, {@code atom}, {@code jsonl},
 *     {@code parquet})
 * @param title the headline, or null
 * @param published publication or reference date
 * @param dateline the dateline's place, or null
 * @param text the source text exactly as read
 * @param structure classified stretches of the text
 * @param entities named entities with their mentions
 * @param times time expressions
 * @param numbers numbers and vague quantities
 * @param warnings problems with the input; never fatal
 * @param actors the article's actors: kind, country, CAMEO code, and how each was resolved
 * @param affiliations affiliations the text states ("Kurdish-led", "Turkish-backed")
 * @param places LOCATION entities resolved to the gazetteer
 * @param quotes direct and reported speech with speakers
 * @param claims accusations, blame and denials
 * @param events who did what to whom, when and where, with the sentence it came from
 * @param outlet the outlet that published the article, from metadata, the user, the address or a
 *     "join us" line (see {@code org.sitrep.ingest.OutletResolver}); null when unknown
 * @param outletFrom where {@code outlet} came from: {@code metadata}, {@code user}, {@code url},
 *     {@code text} or {@code unknown}
 * @param wire the news agency whose copy the article carries, by its dateline or credit line
 *     ("Reuters"); null when none is credited
 * @param framing the labels the article attaches to its actors and its loaded terms, each with
 *     its voice; empty (never null) when the article was analysed without framing or read from a
 *     store that does not keep it
 */
public record AnalyzedArticle(
    int schema,
    String id,
    int version,
    String contentHash,
    String analysisVersion,
    String source,
    String url,
    String format,
    String title,
    PublishedDate published,
    String dateline,
    String text,
    List<Section> structure,
    List<Entity> entities,
    List<TimeExpression> times,
    List<NumberMention> numbers,
    List<String> warnings,
    List<ActorRef> actors,
    List<Affiliation> affiliations,
    List<PlaceOut> places,
    List<Quote> quotes,
    List<Claim> claims,
    List<EventOut> events,
    String outlet,
    String outletFrom,
    String wire,
    Framing framing) {

  /** The output schema version; raise it on any incompatible change and document it. */
  public static final int SCHEMA = 2;

  /**
   * An article whose outlet is its {@code source} as metadata (unknown when null), with no wire
   * credit and no framing: what records built before outlets existed mean, and what readers of
   * stored articles build.
   */
  public AnalyzedArticle(int schema, String id, int version, String contentHash,
      String analysisVersion, String source, String url, String format, String title,
      PublishedDate published, String dateline, String text, List<Section> structure,
      List<Entity> entities, List<TimeExpression> times, List<NumberMention> numbers,
      List<String> warnings, List<ActorRef> actors, List<Affiliation> affiliations,
      List<PlaceOut> places, List<Quote> quotes, List<Claim> claims, List<EventOut> events) {
    this(schema, id, version, contentHash, analysisVersion, source, url, format, title, published,
        dateline, text, structure, entities, times, numbers, warnings, actors, affiliations,
        places, quotes, claims, events, null, null, null, Framing.empty());
  }

  /** An article with the foundation's annotations only (no actors, places, quotes or events). */
  public AnalyzedArticle(int schema, String id, int version, String contentHash,
      String analysisVersion, String source, String url, String format, String title,
      PublishedDate published, String dateline, String text, List<Section> structure,
      List<Entity> entities, List<TimeExpression> times, List<NumberMention> numbers,
      List<String> warnings) {
    this(schema, id, version, contentHash, analysisVersion, source, url, format, title, published,
        dateline, text, structure, entities, times, numbers, warnings, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  public AnalyzedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    structure = ImmutableList.copyOf(structure);
    entities = ImmutableList.copyOf(entities);
    times = ImmutableList.copyOf(times);
    numbers = ImmutableList.copyOf(numbers);
    warnings = ImmutableList.copyOf(warnings);
    actors = ImmutableList.copyOf(actors);
    affiliations = ImmutableList.copyOf(affiliations);
    places = ImmutableList.copyOf(places);
    quotes = ImmutableList.copyOf(quotes);
    claims = ImmutableList.copyOf(claims);
    events = ImmutableList.copyOf(events);
    // Records written before outlets existed (old JSON lines, old store rows) carry only source.
    if (outletFrom == null || outletFrom.isBlank()) {
      Outlet o = Outlet.fromMetadata(source);
      outlet = o.name();
      outletFrom = o.from().label();
    } else {
      outletFrom = OutletOrigin.ofLabel(outletFrom).label();
      outlet = outlet == null || outlet.isBlank() ? null : outlet;
      if (outlet == null || outletFrom.equals(OutletOrigin.UNKNOWN.label())) {
        outlet = null;
        outletFrom = OutletOrigin.UNKNOWN.label();
      }
    }
    wire = wire == null || wire.isBlank() ? null : wire;
    framing = framing == null ? Framing.empty() : framing;
  }

  /**
   * The publication date as output.
   *
   * @param value ISO-8601 date or date-time, or null
   * @param inferred whether it was inferred from the article's evidence
   * @param basis where it came from
   */
  public record PublishedDate(String value, boolean inferred, String basis) {}

  /**
   * A classified stretch of text.
   *
   * @param type {@code title}, {@code standfirst}, {@code dateline}, {@code byline}, {@code caption},
   *     {@code heading}, {@code body} or {@code boilerplate}
   * @param start UTF-16 offset, inclusive
   * @param end UTF-16 offset, exclusive
   * @param note why, for boilerplate; empty otherwise
   */
  public record Section(String type, int start, int end, String note) {}

  /** Builds the output record from a fully analysed document. */
  public static AnalyzedArticle from(Document doc, String analysisVersion) {
    Article a = doc.get(Article.LAYER);
    Structure s = doc.get(Structure.LAYER);
    Published p = doc.get(Published.LAYER);
    String title = a.title() != null ? a.title()
        : s.title() != null ? s.title().in(a.text()).strip() : null;
    List<Section> sections = new ArrayList<>();
    for (StructureSpan span : s.spans()) {
      sections.add(new Section(span.type().label(), span.span().start(), span.span().end(),
          span.note()));
    }
    List<String> warnings = new ArrayList<>();
    for (Object layer : doc.layers().values()) {
      if (layer instanceof Warned w) {
        warnings.addAll(w.warnings());
      }
    }
    List<Entity> entities = doc.has(Entities.LAYER) ? doc.get(Entities.LAYER).entities() : List.of();
    List<TimeExpression> times = doc.has(Times.LAYER) ? doc.get(Times.LAYER).expressions() : List.of();
    List<NumberMention> numbers = doc.has(Numbers.LAYER) ? doc.get(Numbers.LAYER).mentions() : List.of();
    Actors actors = doc.has(Actors.LAYER) ? doc.get(Actors.LAYER) : new Actors(List.of(), List.of());
    List<PlaceOut> places = doc.has(Places.LAYER)
        ? doc.get(Places.LAYER).places().stream().map(PlaceOut::of).toList() : List.of();
    Quotes quotes = doc.has(Quotes.LAYER) ? doc.get(Quotes.LAYER) : Quotes.empty();
    List<EventOut> events = new ArrayList<>();
    if (doc.has(Events.LAYER)) {
      Map<String, ActorRef> byId = new HashMap<>();
      Map<String, ActorRef> byName = new HashMap<>();
      for (ActorRef r : actors.actors()) {
        if (r.entityId() != null) {
          byId.putIfAbsent(r.entityId(), r);
        }
        byName.putIfAbsent(r.name(), r);
      }
      Map<String, PlaceOut> placeById = new HashMap<>();
      places.forEach(pl -> placeById.put(pl.entityId(), pl));
      List<EventActors.Coded> coded =
          doc.has(EventActors.LAYER) ? doc.get(EventActors.LAYER).events() : List.of();
      List<Event> found = doc.get(Events.LAYER).events();
      for (int i = 0; i < found.size(); i++) {
        events.add(EventOut.of(found.get(i), a.text(), i < coded.size() ? coded.get(i) : null,
            byId, byName, placeById));
      }
    }
    Outlet outlet = a.outlet();
    return new AnalyzedArticle(SCHEMA, a.id(), 0, a.contentHash(), analysisVersion, a.source(),
        a.url(), a.format().label(), title, new PublishedDate(p.value(), p.inferred(), p.basis()),
        s.datelinePlace(), a.text(), sections, entities, times, numbers, warnings, actors.actors(),
        actors.affiliations(), places, quotes.quotes(), quotes.claims(), events, outlet.name(),
        outlet.from().label(), outlet.wire(),
        doc.has(Framing.LAYER) ? doc.get(Framing.LAYER) : Framing.empty());
  }

  /** Returns a copy carrying the stored version number. */
  public AnalyzedArticle withVersion(int newVersion) {
    return new AnalyzedArticle(schema, id, newVersion, contentHash, analysisVersion, source, url,
        format, title, published, dateline, text, structure, entities, times, numbers, warnings,
        actors, affiliations, places, quotes, claims, events, outlet, outletFrom, wire, framing);
  }

  /** Returns a copy with the given outlet and wire credit (as the store keeps them). */
  public AnalyzedArticle withOutlet(String newOutlet, String newOutletFrom, String newWire) {
    return new AnalyzedArticle(schema, id, version, contentHash, analysisVersion, source, url,
        format, title, published, dateline, text, structure, entities, times, numbers, warnings,
        actors, affiliations, places, quotes, claims, events, newOutlet,
        newOutletFrom == null ? OutletOrigin.UNKNOWN.label() : newOutletFrom, newWire, framing);
  }
}
