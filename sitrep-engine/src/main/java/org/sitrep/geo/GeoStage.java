package org.sitrep.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;

/**
 * Resolves every LOCATION entity to a gazetteer entry with coordinates, country, region and a
 * precision.
 *
 * <ul>
 *   <li><b>Context.</b> The countries the article names are its context: of several places called
 *       "Homs" or "Tripoli", the best-ranked one in a context country wins. When the article
 *       names no country, the country of its most-mentioned place is the context.
 *   <li><b>Kind.</b> The entity's subtype ({@code COUNTRY}, {@code CITY}, {@code REGION}, {@code
 *       STATE_OR_PROVINCE}) prefers gazetteer entries of that kind.
 *   <li><b>Neighbourhoods.</b> A name the entity stage typed as a neighbourhood, district, village,
 *       camp or crossing is taken from the gazetteer only when it lies within {@value #NEAR_KM} km
 *       of its city; otherwise it falls back to that city — the city in "X's Y neighbourhood" or
 *       "Y district of X", else the nearest city named in the same sentence, else the article's
 *       most-mentioned city — with precision {@code CITY} and the fallback stated in the basis.
 *   <li>A place nothing resolves is listed with precision {@code UNRESOLVED} and NaN coordinates.
 * </ul>
 *
 * <p>Sentences come from the {@code nlp} layer when present, else from the text's sentence
 * punctuation. Stateless and thread-safe.
 */
public final class GeoStage implements Stage<Places> {
  private static final Set<String> LOCAL_SUBTYPES =
      ImmutableSet.of("NEIGHBORHOOD", "DISTRICT", "VILLAGE", "CAMP", "CROSSING");
  private static final Map<String, PlaceKind> SUBTYPE_KINDS = ImmutableMap.of(
      "COUNTRY", PlaceKind.COUNTRY, "CITY", PlaceKind.CITY, "TOWN", PlaceKind.CITY,
      "REGION", PlaceKind.REGION, "STATE_OR_PROVINCE", PlaceKind.REGION);
  /** How far a same-named gazetteer place may lie from the city to count as its neighbourhood. */
  static final int NEAR_KM = 25;
  private static final String NAME = "(\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3})";
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile(NAME + "['’]s\\s+(?:the\\s+)?$");
  /** Further names of a coordinated list: ", Y", " and Y", ", and Y". */
  private static final String MORE_NAMES =
      "(?:\\s*,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3})*";
  private static final Pattern OF_AFTER = Pattern.compile(
      "^" + MORE_NAMES + "(?:\\s+(?:neighbou?rhoods?|districts?|quarters?|areas?|suburbs?"
          + "|villages?|camps?))?\\s+(?:of|in)\\s+" + NAME);

  private final Gazetteer gazetteer;

  private GeoStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A stage using the shared gazetteer. */
  public static GeoStage create() {
    return new GeoStage(Gazetteer.shared());
  }

  /** A stage using {@code gazetteer}. */
  public static GeoStage create(Gazetteer gazetteer) {
    return new GeoStage(checkNotNull(gazetteer, "gazetteer"));
  }

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Entities.LAYER);
  }

  @Override
  public Layer<Places> produces() {
    return Places.LAYER;
  }

  /** A resolved non-local place, kept to serve as a neighbourhood's city. */
  private record Resolved(Entity entity, Place place) {}

  @Override
  public Places process(Document document) {
    String text = document.get(Article.LAYER).text();
    List<Sentence> sentences = document.has(NlpAnalysis.LAYER)
        ? document.get(NlpAnalysis.LAYER).sentences() : List.of();
    List<Entity> locations = document.get(Entities.LAYER).entities().stream()
        .filter(e -> e.type() == EntityType.LOCATION).toList();
    Set<String> context = context(locations);

    Map<String, PlaceRef> refs = new HashMap<>();
    List<Resolved> cities = new ArrayList<>();
    for (Entity e : locations) {
      if (isLocal(e)) {
        continue;
      }
      Optional<Place> place = choose(e, context);
      if (place.isPresent()) {
        Place p = place.get();
        boolean contextChose = !gazetteer.lookup(e.name()).get(0).equals(p);
        refs.put(e.id(), ref(e, p, precision(p.kind()),
            contextChose ? "gazetteer; context country " + p.countryCode() : "gazetteer"));
        if (p.kind() == PlaceKind.CITY) {
          cities.add(new Resolved(e, p));
        }
      } else {
        refs.put(e.id(), unresolved(e, "not in the gazetteer"));
      }
    }
    for (Entity e : locations) {
      if (isLocal(e)) {
        refs.put(e.id(), local(e, text, sentences, context, cities));
      }
    }
    return new Places(locations.stream().map(e -> refs.get(e.id())).toList());
  }

  private static boolean isLocal(Entity e) {
    return e.subtype() != null && LOCAL_SUBTYPES.contains(e.subtype());
  }

  /** The countries the article names, else the country of its most-mentioned place. */
  private Set<String> context(List<Entity> locations) {
    Set<String> countries = new LinkedHashSet<>();
    for (Entity e : locations) {
      List<Place> found = gazetteer.lookup(e.name());
      if (!found.isEmpty() && found.get(0).kind() == PlaceKind.COUNTRY) {
        countries.add(found.get(0).countryCode());
      }
    }
    if (countries.isEmpty()) {
      locations.stream().filter(e -> !isLocal(e))
          .max(Comparator.comparingInt(e -> e.mentions().size()))
          .flatMap(e -> gazetteer.lookup(e.name()).stream().findFirst())
          .ifPresent(p -> countries.add(p.countryCode()));
    }
    return countries;
  }

  private Optional<Place> choose(Entity e, Set<String> context) {
    PlaceKind wanted = e.subtype() == null ? null : SUBTYPE_KINDS.get(e.subtype());
    Optional<Place> ofKind = wanted == null ? Optional.empty()
        : gazetteer.best(e.name(), context, p -> p.kind() == wanted);
    return ofKind.or(() -> gazetteer.best(e.name(), context));
  }

  private PlaceRef local(Entity e, String text, List<Sentence> sentences, Set<String> context,
      List<Resolved> cities) {
    Resolved city = null;
    String how = null;
    for (Mention m : e.mentions()) {
      Place named = namedCity(text, m, context);
      if (named != null) {
        city = new Resolved(null, named);
        how = "named with it (\"" + named.name() + "\")";
        break;
      }
    }
    if (city == null) {
      city = sameSentence(e, text, sentences, cities);
      how = city == null ? null : "named in the same sentence";
    }
    if (city == null) {
      city = cities.stream()
          .max(Comparator.comparingInt((Resolved r) -> r.entity().mentions().size())).orElse(null);
      how = city == null ? null : "the article's most-mentioned city";
    }
    String subtype = e.subtype().toLowerCase(java.util.Locale.ROOT);
    if (city != null) {
      Place c = city.place();
      Optional<Place> own = gazetteer.lookup(e.name()).stream()
          .filter(p -> p.kind() == PlaceKind.CITY && p.countryCode().equals(c.countryCode())
              && km(p, c) <= NEAR_KM)
          .findFirst();
      if (own.isPresent()) {
        return ref(e, own.get(), "NEIGHBORHOOD", "gazetteer: section of " + c.name());
      }
      return ref(e, c, "CITY",
          subtype + " not in the gazetteer: coordinates of its city, " + how);
    }
    Optional<Place> own = gazetteer.lookup(e.name()).stream()
        .filter(p -> p.kind() == PlaceKind.CITY && context.contains(p.countryCode()))
        .findFirst();
    return own.map(p -> ref(e, p, "CITY", "gazetteer; context country " + p.countryCode()))
        .orElseGet(() -> unresolved(e, subtype + " not in the gazetteer and no city to fall back"
            + " to"));
  }

  /**
   * "Mosul's X neighbourhood", "the X district of Mosul", "the X and Y neighbourhoods of Mosul":
   * the city the text ties it to.
   */
  private Place namedCity(String text, Mention m, Set<String> context) {
    Matcher before = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60),
        m.start()));
    if (before.find()) {
      Place p = city(before.group(1), context);
      if (p != null) {
        return p;
      }
    }
    Matcher after = OF_AFTER.matcher(text.substring(m.end(), Math.min(text.length(),
        m.end() + 80)));
    return after.find() ? city(after.group(1), context) : null;
  }

  private Place city(String name, Set<String> context) {
    return gazetteer.best(name, context, p -> p.kind() == PlaceKind.CITY).orElse(null);
  }

  /** The city whose mention lies nearest to one of {@code e}'s in the same sentence. */
  private static Resolved sameSentence(Entity e, String text, List<Sentence> sentences,
      List<Resolved> cities) {
    Resolved best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : e.mentions()) {
      int[] bounds = sentence(text, sentences, m.start());
      for (Resolved r : cities) {
        for (Mention c : r.entity().mentions()) {
          if (c.start() >= bounds[0] && c.end() <= bounds[1]) {
            int distance = Math.abs(c.start() - m.start());
            if (distance < bestDistance) {
              bestDistance = distance;
              best = r;
            }
          }
        }
      }
    }
    return best;
  }

  /** [start, end) of the sentence around {@code offset}. */
  static int[] sentence(String text, List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return new int[] {s.start(), s.end()};
      }
    }
    int start = offset;
    while (start > 0 && !boundary(text, start - 1)) {
      start--;
    }
    int end = offset;
    while (end < text.length() && !boundary(text, end)) {
      end++;
    }
    return new int[] {start, end};
  }

  private static boolean boundary(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?')
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static String precision(PlaceKind kind) {
    return kind.name();
  }

  private static PlaceRef ref(Entity e, Place p, String precision, String basis) {
    return new PlaceRef(e.id(), e.name(), precision, p.name(), p.countryCode(), p.admin1(),
        p.latitude(), p.longitude(), basis);
  }

  private static PlaceRef unresolved(Entity e, String basis) {
    return new PlaceRef(e.id(), e.name(), "UNRESOLVED", null, null, null, Double.NaN, Double.NaN,
        basis);
  }

  /** Great-circle distance in kilometres. */
  static double km(Place a, Place b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
