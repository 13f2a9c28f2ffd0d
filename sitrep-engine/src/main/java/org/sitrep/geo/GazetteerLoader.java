package org.sitrep.geo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer files under {@code org/sitrep/geo/} (derived by scripts/gazetteer/derive.py,
 * plus the hand-maintained country-aliases.tsv) and builds the name indexes. A missing or malformed
 * file is a packaging error, reported as an {@link IllegalStateException} naming file and line.
 */
final class GazetteerLoader {
  /** How much less a region, or a match through an alternate name, weighs: see {@link #prior}. */
  private static final long VARIANT_PENALTY = 10;
  /** How much more a national capital or seat of government weighs than its population says. */
  private static final long CAPITAL_WEIGHT = 10;
  /** How much more a first-level seat (a province's or state's capital) weighs. */
  private static final long ADMIN_SEAT_WEIGHT = 3;

  /** A place reachable under some key, and whether only through an alternate name. */
  private static final class Match {
    final Place place;
    boolean variant;

    Match(Place place, boolean variant) {
      this.place = place;
      this.variant = variant;
    }
  }

  private final Map<String, List<Match>> byKey = new HashMap<>(1 << 19);
  private final Map<String, Place> countriesByCode = new HashMap<>();
  private final Map<String, Place> countriesByAcronym = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();
  private final Map<String, Place> regionsByCode = new HashMap<>();
  /** Largest city population per region, by identity: records hash all their fields. */
  private final Map<Place, Long> largestCity = new IdentityHashMap<>();
  private final Map<String, Place> byGeonameId = new HashMap<>(1 << 16);
  /** The weight of a capital or first-level seat, by identity; other places weigh 1. */
  private final Map<Place, Long> seatWeight = new IdentityHashMap<>();

  private GazetteerLoader() {}

  static Gazetteer load() {
    GazetteerLoader loader = new GazetteerLoader();
    Map<String, String[]> aliases = new HashMap<>();
    read("country-aliases.tsv", false, 2, f -> aliases.put(f[0], f));
    read("countries.tsv", false, 7, f -> loader.country(f, aliases.get(f[0])));
    read("regions.tsv.gz", true, 7, loader::region);
    read("cities.tsv.gz", true, 10, loader::city);
    read("exonyms.tsv", false, 2, loader::exonym);
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    read("common-words.txt", false, 1, f -> words.add(Names.key(f[0])));
    Gazetteer.Index index = loader.index();
    // A country's name is never a mere word, even when an alias ("Turkey") is one.
    ImmutableSet<String> commonWords =
        words.build().stream()
            .filter(w -> !index.exact().getOrDefault(w, Gazetteer.Candidates.NONE).places().stream()
                .anyMatch(p -> p.kind() == PlaceKind.COUNTRY))
            .collect(ImmutableSet.toImmutableSet());
    return new Gazetteer(
        index,
        ImmutableMap.copyOf(loader.countriesByCode),
        ImmutableMap.copyOf(loader.countriesByAcronym),
        commonWords);
  }

  private void country(String[] f, String[] alias) {
    String displayName = alias != null && alias.length > 1 && !alias[1].isEmpty() ? alias[1] : f[2];
    Place place =
        new Place(
            displayName,
            PlaceKind.COUNTRY,
            f[0],
            displayName,
            null,
            Double.parseDouble(f[5]),
            Double.parseDouble(f[6]),
            0,
            null);
    countries.put(f[0], place);
    countriesByCode.put(f[0], place);
    countriesByCode.put(f[1], place);
    Set<String> names = new LinkedHashSet<>();
    names.add(displayName);
    names.add(f[2]);
    names.addAll(split(f[3]));
    if (alias != null && alias.length > 2) {
      names.addAll(split(alias[2]));
    }
    for (String name : names) {
      String acronym = Names.acronym(name);
      if (acronym != null) {
        countriesByAcronym.put(acronym, place);
      } else {
        add(name, place, false);
      }
    }
  }

  private void region(String[] f) {
    Place country = countryOf(f[0]);
    Place place =
        new Place(
            f[2],
            PlaceKind.REGION,
            f[0],
            country.name(),
            f[2],
            Double.parseDouble(f[4]),
            Double.parseDouble(f[5]),
            Long.parseLong(f[6]),
            null);
    regionsByCode.put(f[0] + "." + f[1], place);
    add(f[2], place, false);
    for (String variant : split(f[3])) {
      add(variant, place, true);
    }
  }

  private void city(String[] f) {
    Place country = countryOf(f[4]);
    Place regionPlace = regionsByCode.get(f[4] + "." + f[5]);
    long population = Long.parseLong(f[8]);
    Place place =
        new Place(
            f[1],
            PlaceKind.CITY,
            f[4],
            country.name(),
            regionPlace == null ? null : regionPlace.name(),
            Double.parseDouble(f[6]),
            Double.parseDouble(f[7]),
            population,
            f[0]);
    // A region ranks as its largest city, so that the city of Homs and its governorate tie and
    // the city wins the tie, rather than every region outranking every city by summed population.
    if (regionPlace != null) {
      largestCity.merge(regionPlace, population, Math::max);
    }
    byGeonameId.put(f[0], place);
    long weight = seatWeight(f[9]);
    if (weight > 1) {
      seatWeight.put(place, weight);
    }
    add(f[1], place, false);
    add(f[2], place, false);
    int comma = f[1].indexOf(',');
    if (comma > 0) {
      // "Washington, D.C.": the part before the comma is how the place is called in running text.
      add(f[1].substring(0, comma), place, false);
    }
    for (String variant : split(f[3])) {
      add(variant, place, true);
    }
  }

  /** An English name that news uses for a place the gazetteer names in its own language. */
  private void exonym(String[] f) {
    Place place = byGeonameId.get(f[0]);
    if (place == null) {
      throw new IllegalArgumentException("no place with GeoNames id " + f[0]);
    }
    add(f[1], place, false);
  }

  /**
   * News names capitals and provincial seats far more often than their population alone predicts:
   * "Geneva" in a report is the Swiss city of talks, not one of the American towns of that name.
   */
  private static long seatWeight(String featureCode) {
    return switch (featureCode) {
      case "PPLC", "PPLG" -> CAPITAL_WEIGHT;
      case "PPLA" -> ADMIN_SEAT_WEIGHT;
      default -> 1;
    };
  }

  private Place countryOf(String code) {
    Place country = countries.get(code);
    if (country == null) {
      throw new IllegalArgumentException("unknown country code " + code);
    }
    return country;
  }

  private void add(String name, Place place, boolean variant) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return;
    }
    List<Match> matches = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
    // Lists are short and places are added in runs, so an identity scan from the end is enough.
    for (int i = matches.size() - 1; i >= 0; i--) {
      Match match = matches.get(i);
      if (match.place == place) {
        // Reachable under its own name and a variant: the better (non-variant) match counts.
        match.variant &= variant;
        return;
      }
    }
    matches.add(new Match(place, variant));
  }

  private Gazetteer.Index index() {
    Comparator<Match> order =
        Comparator.<Match>comparingInt(m -> m.place.kind() == PlaceKind.COUNTRY ? 0 : 1)
            .thenComparing(this::prior, Comparator.reverseOrder())
            .thenComparing(m -> m.place.kind() == PlaceKind.CITY ? 0 : 1)
            .thenComparing(m -> m.place.name())
            .thenComparing(m -> String.valueOf(m.place.geonameId()));
    Map<String, Gazetteer.Candidates> exact = new HashMap<>(byKey.size() * 2);
    Map<String, List<Match>> squashed = new HashMap<>();
    for (Map.Entry<String, List<Match>> entry : byKey.entrySet()) {
      exact.put(entry.getKey(), sorted(entry.getValue(), order));
      if (entry.getKey().indexOf(' ') >= 0) {
        squashed
            .computeIfAbsent(Names.squashed(entry.getKey()), k -> new ArrayList<>(1))
            .addAll(entry.getValue());
      }
    }
    Map<String, Gazetteer.Candidates> loose = new HashMap<>(squashed.size() * 2);
    squashed.forEach((key, matches) -> loose.put(key, sorted(matches, order)));
    // Unmodifiable views rather than copies: re-hashing 150,000 keys would cost a tenth of the
    // load time, and no reference to the backing maps escapes this method.
    return new Gazetteer.Index(
        Collections.unmodifiableMap(exact), Collections.unmodifiableMap(loose));
  }

  /**
   * The weight that ranks a match: its population, times {@link #seatWeight} for capitals and
   * provincial seats. A region weighs a tenth of its largest city, so that a city beats the
   * province named after it ("Idlib", "Raqqa"); a match through an alternate name weighs a tenth,
   * so that a town's own name beats an old or foreign name of a bigger city unless the city is much
   * bigger. English exonyms of places whose gazetteer name is the local one ("Geneva" for Genève)
   * come from exonyms.tsv and count as own names.
   */
  private long prior(Match match) {
    if (match.place.kind() == PlaceKind.REGION) {
      long prior = largestCity.getOrDefault(match.place, 0L) / VARIANT_PENALTY;
      return match.variant ? prior / VARIANT_PENALTY : prior;
    }
    long prior = match.place.population() * seatWeight.getOrDefault(match.place, 1L);
    return match.variant ? prior / VARIANT_PENALTY : prior;
  }

  private Gazetteer.Candidates sorted(List<Match> matches, Comparator<Match> order) {
    List<Match> copy = new ArrayList<>(matches);
    copy.sort(order);
    // The squashed index can hold one place twice (under "deir ez zor" and "deir ezzor"): the
    // first, best-ranked, entry is kept.
    ImmutableList.Builder<Place> places = ImmutableList.builder();
    List<Long> weights = new ArrayList<>(copy.size());
    Set<Place> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Match m : copy) {
      if (seen.add(m.place)) {
        places.add(m.place);
        weights.add(m.place.kind() == PlaceKind.COUNTRY ? Long.MAX_VALUE : prior(m));
      }
    }
    return new Gazetteer.Candidates(places.build(), weights.stream().mapToLong(Long::longValue)
        .toArray());
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split("\\|"));
  }

  private static void read(String file, boolean gzip, int columns, Consumer<String[]> row) {
    String resource = "/org/sitrep/geo/" + file;
    try (InputStream raw = GazetteerLoader.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
      }
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        try {
          if (fields.length < columns) {
            throw new IllegalArgumentException(
                "expected " + columns + " columns, found " + fields.length);
          }
          row.accept(fields);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(
              "malformed gazetteer file " + resource + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
    }
  }
}
