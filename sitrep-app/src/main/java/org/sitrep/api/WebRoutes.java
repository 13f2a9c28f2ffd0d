package org.sitrep.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.app.SitrepService;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.geo.BaseMap;
import org.sitrep.search.SearchHit;
import org.sitrep.search.SearchQuery;
import org.sitrep.search.SearchResults;

/**
 * The two endpoints the web app needs beyond the data endpoints: facet counts for a search (so the
 * search page can narrow by outlet, actor, event type and day) and the offline base map for a box
 * (so the events map draws land and borders without a tile server). Both are in the route table,
 * so the OpenAPI document lists them.
 */
final class WebRoutes {
  /** Facets count the best hits only, so a broad search stays fast; the answer says how many. */
  static final int FACET_ARTICLES = 50;
  /** Values per facet, most frequent first (days: the latest ones, in date order). */
  static final int FACET_VALUES = 12;
  static final int MAX_PIXELS = 4000;

  private final SitrepService app;
  private final Endpoints.Json json;

  WebRoutes(SitrepService app, Endpoints.Json json) {
    this.app = app;
    this.json = json;
  }

  List<Route> routes() {
    return List.of(
        Route.get("/api/search/facets", "searchFacets", "search",
            "Facet counts over a search's best " + FACET_ARTICLES + " hits (same parameters as"
                + " /api/search): outlets, publication days, actors (people and organisations"
                + " named) and event types (PLOVER), each value with the number of articles",
            List.of(Param.query("q", Param.Type.STRING, "Free text, Lucene syntax"),
                Param.query("entity", Param.Type.STRING, "Only articles mentioning this entity"),
                Params.FROM, Params.TO, Params.SOURCE), this::facets),
        Route.get("/api/basemap", "baseMap", "map",
            "The offline base map (Natural Earth 1:50m land and borders) for a box, as SVG path"
                + " data in an equirectangular projection onto width × height pixels (west at x"
                + " 0, north at y 0)",
            List.of(number("west", "Western longitude, -180 to 180 (default -180)"),
                number("south", "Southern latitude, -90 to 90 (default -90)"),
                number("east", "Eastern longitude, greater than west (default 180)"),
                number("north", "Northern latitude, greater than south (default 90)"),
                Param.query("width", Param.Type.INTEGER, "Pixels, 10 to " + MAX_PIXELS
                    + " (default 720)"),
                Param.query("height", Param.Type.INTEGER, "Pixels, 10 to " + MAX_PIXELS
                    + " (default 360)")), this::baseMap));
  }

  private static Param number(String name, String description) {
    return Param.query(name, Param.Type.NUMBER, description);
  }

  private void facets(Context ctx) {
    SearchQuery q;
    try {
      q = new SearchQuery(Params.string(ctx, "q"), Params.string(ctx, "entity"),
          Params.date(ctx, "from"), Params.date(ctx, "to"), Params.string(ctx, "source"),
          FACET_ARTICLES);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    SearchResults results = app.search(q);
    Map<String, Integer> outlets = new HashMap<>();
    Map<String, Integer> days = new HashMap<>();
    Map<String, Integer> actors = new HashMap<>();
    Map<String, Integer> types = new HashMap<>();
    for (SearchHit h : results.hits()) {
      if (h.source() != null) {
        outlets.merge(h.source(), 1, Integer::sum);
      }
      if (h.published() != null && h.published().length() >= 10) {
        days.merge(h.published().substring(0, 10), 1, Integer::sum);
      }
      AnalyzedArticle a = app.article(h.id()).orElse(null);
      if (a == null) {
        continue;
      }
      Set<String> named = new HashSet<>();
      for (Entity e : a.entities()) {
        if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
            && e.named()) {
          named.add(e.name());
        }
      }
      named.forEach(n -> actors.merge(n, 1, Integer::sum));
      Set<String> plover = new HashSet<>();
      for (EventOut e : a.events()) {
        if (e.plover() != null) {
          plover.add(e.plover());
        }
      }
      plover.forEach(p -> types.merge(p, 1, Integer::sum));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_hits", results.totalHits());
    body.put("articles_counted", results.hits().size());
    body.put("outlets", top(outlets, false));
    body.put("actors", top(actors, false));
    body.put("event_types", top(types, false));
    body.put("days", top(days, true));
    json.send(ctx, body);
  }

  /** The most frequent values (ties by value); days: the latest ones, then in date order. */
  private static List<Map<String, Object>> top(Map<String, Integer> counts, boolean days) {
    Comparator<Map.Entry<String, Integer>> order = days
        ? Map.Entry.<String, Integer>comparingByKey().reversed()
        : Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey());
    List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream().sorted(order)
        .limit(FACET_VALUES).toList();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : sorted) {
      out.add(Map.of("value", e.getKey(), "count", e.getValue()));
    }
    if (days) {
      out.sort(Comparator.comparing(m -> LocalDate.parse((String) m.get("value"))));
    }
    return out;
  }

  private void baseMap(Context ctx) {
    double west = Params.number(ctx, "west", -180, 180, -180);
    double south = Params.number(ctx, "south", -90, 90, -90);
    double east = Params.number(ctx, "east", -180, 180, 180);
    double north = Params.number(ctx, "north", -90, 90, 90);
    Integer width = Params.integer(ctx, "width", 10, MAX_PIXELS);
    Integer height = Params.integer(ctx, "height", 10, MAX_PIXELS);
    BaseMap.Box box;
    try {
      box = new BaseMap.Box(west, south, east, north);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    int w = width == null ? 720 : width;
    int h = height == null ? 360 : height;
    BaseMap.Svg svg = BaseMap.standard().render(box, w, h);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("west", west);
    body.put("south", south);
    body.put("east", east);
    body.put("north", north);
    body.put("width", w);
    body.put("height", h);
    body.put("land", svg.land());
    body.put("borders", svg.borders());
    body.put("attribution", "Natural Earth (public domain)");
    json.send(ctx, body);
  }
}
