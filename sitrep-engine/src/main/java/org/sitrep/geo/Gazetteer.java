package org.sitrep.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An offline gazetteer of countries, first-level regions and populated places, looked up by name.
 * Places are GeoNames places of at least 15,000 people, every national and regional seat, and the
 * district seats whose population GeoNames does not know (see scripts/gazetteer/README.md).
 *
 * <p>Names match whatever their case, diacritics, apostrophes, hyphens and spacing ("Şanlıurfa" =
 * "SANLIURFA", "Deir ez-Zor" = "Deir ez Zor" = "Deir Ezzor"), with an optional leading "the" and,
 * for Arab-world places, with or without the Arabic article ("As Suwayda" = "Suwayda"). Lookups are
 * independent of the default locale. Candidates come in prior order: countries first, then by
 * weight: the population, ten times for a national capital and three times for a first-level
 * seat, since news names those far more often than their size predicts; a region counts as a
 * tenth of its largest city, so the city of Idlib comes before Idlib province, and a match through
 * an alternate name counts as a tenth of the place. The English exonyms news uses for places the
 * gazetteer names in their own language ("Geneva" for Genève) count as own names (exonyms.tsv).
 *
 * <p>Some place names are also ordinary English words or first names ("Of", "Nice", "Split",
 * "Reading", "Mary"): {@link #isCommonWord} says so, and {@link #isKnownPlace} rejects them, so a
 * caller looking for place names that a tagger missed does not turn words into places. Country
 * names are never treated as common words ("Turkey", "Chad").
 *
 * <p>Immutable and thread-safe. {@link #shared()} loads the data once per process, on first use.
 */
public final class Gazetteer {
  /**
   * The name indexes: by key, and by key with spaces removed (only for keys that have spaces) as a
   * last resort.
   */
  record Index(Map<String, Candidates> exact, Map<String, Candidates> squashed) {}

  /**
   * The places one key may denote, best first, with the weight that ranked each (population times
   * a capital's or seat's weight, less for an alternate name; {@code Long.MAX_VALUE} for a country).
   * The array is never modified after loading.
   */
  record Candidates(ImmutableList<Place> places, long[] weights) {
    static final Candidates NONE = new Candidates(ImmutableList.of(), new long[0]);
  }

  /**
   * How much more prominent the best-ranked place must be than a place in one of the article's
   * countries before the context stops deciding: Tripoli in an article about Lebanon is Lebanon's
   * Tripoli, but Paris in an article that also names the United States is still the French capital,
   * not a Texan town a thousandth its weight.
   */
  private static final long CONTEXT_REACH = 20;
  /**
   * The weight a place of unknown population counts as when the context weighs it: the smallest
   * place GeoNames' source list holds, so that an unknown seat in a context country still beats a
   * bigger namesake abroad, but not a much bigger one.
   */
  private static final long UNKNOWN_POPULATION = 1_000;

  private final Index index;
  private final ImmutableMap<String, Place> countriesByCode;
  private final ImmutableMap<String, Place> countriesByAcronym;
  private final ImmutableSet<String> commonWords;

  Gazetteer(
      Index index,
      ImmutableMap<String, Place> countriesByCode,
      ImmutableMap<String, Place> countriesByAcronym,
      ImmutableSet<String> commonWords) {
    this.index = index;
    this.countriesByCode = countriesByCode;
    this.countriesByAcronym = countriesByAcronym;
    this.commonWords = commonWords;
  }

  private static final class Holder {
    static final Gazetteer SHARED = GazetteerLoader.load();
  }

  /**
   * The gazetteer built from the data files shipped in this jar, loaded on first call.
   *
   * @throws IllegalStateException if the data files are missing or malformed (a packaging error)
   */
  public static Gazetteer shared() {
    return Holder.SHARED;
  }

  /**
   * All places that {@code name} may denote, best first (see the class comment for the order).
   * Tries the name as given, then without a leading "the", then without a leading Arabic article,
   * then — for names ending in "province", "governorate", "oblast" and the like — the regions
   * called by the rest of the name, and finally the name with its spaces removed.
   *
   * @return an immutable list, empty for an unknown, blank or non-Latin name
   * @throws NullPointerException if {@code name} is null
   */
  public List<Place> lookup(String name) {
    return candidates(name).places();
  }

  private Candidates candidates(String name) {
    checkNotNull(name, "name");
    Place acronym = acronymCountry(name);
    if (acronym != null) {
      return new Candidates(ImmutableList.of(acronym), new long[] {Long.MAX_VALUE});
    }
    String key = Names.key(name);
    if (key.isEmpty()) {
      return Candidates.NONE;
    }
    Candidates found = exact(key);
    if (found.places().isEmpty()) {
      found = exact(Names.withoutThe(key));
    }
    if (found.places().isEmpty()) {
      found = exact(Names.withoutArabicArticle(key));
    }
    if (found.places().isEmpty()) {
      found = only(exact(Names.withoutRegionWord(key)), p -> p.kind() == PlaceKind.REGION);
    }
    if (found.places().isEmpty()) {
      String squashed = Names.squashed(key);
      found = index.squashed().getOrDefault(squashed, exact(squashed));
    }
    return found;
  }

  private static Candidates only(Candidates all, Predicate<Place> filter) {
    ImmutableList.Builder<Place> places = ImmutableList.builder();
    List<Long> weights = new ArrayList<>();
    for (int i = 0; i < all.places().size(); i++) {
      if (filter.test(all.places().get(i))) {
        places.add(all.places().get(i));
        weights.add(all.weights()[i]);
      }
    }
    return new Candidates(places.build(), weights.stream().mapToLong(Long::longValue).toArray());
  }

  /**
   * The country called or coded {@code nameOrCode}: an ISO 3166-1 alpha-2 or alpha-3 code in any
   * case ("SY", "syr"), an acronym in capitals ("US", "U.S.", "UAE"), or a name or alias in any
   * case ("Syria", "Syrian Arab Republic", "the Netherlands", "Ivory Coast", "Türkiye"). Demonyms
   * ("Syrian") are not recognised.
   *
   * @return the country, or empty when {@code nameOrCode} names none
   * @throws NullPointerException if {@code nameOrCode} is null
   */
  public Optional<Place> country(String nameOrCode) {
    checkNotNull(nameOrCode, "nameOrCode");
    String trimmed = nameOrCode.strip();
    if (trimmed.matches("[A-Za-z]{2,3}")) {
      Place byCode = countriesByCode.get(trimmed.toUpperCase(Locale.ROOT));
      if (byCode != null) {
        return Optional.of(byCode);
      }
    }
    return lookup(trimmed).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst();
  }

  /**
   * The most likely place called {@code name} in a text about {@code contextCountryCodes}: the
   * best-ranked candidate in one of those countries, unless the best-ranked candidate overall is
   * so much more prominent (twenty times the weight) that a reader would take it for that one
   * whatever else the article names; else the best-ranked candidate. So {@code best("Tripoli",
   * List.of("LB"))} is the Lebanese city and {@code best("Tripoli", List.of())} the Libyan capital,
   * while {@code best("Paris", List.of("US"))} is still the French capital and {@code
   * best("Geneva", List.of("US"))} the Swiss city.
   *
   * @param contextCountryCodes ISO 3166-1 alpha-2 codes in any case; may be empty
   * @return the place, or empty when {@link #lookup} finds nothing
   * @throws NullPointerException if an argument or a context code is null
   */
  public Optional<Place> best(String name, Collection<String> contextCountryCodes) {
    return best(name, contextCountryCodes, p -> true);
  }

  /**
   * As {@link #best(String, Collection)}, among the candidates that {@code filter} accepts only
   * (a kind of place, say).
   *
   * @throws NullPointerException if an argument or a context code is null
   */
  public Optional<Place> best(String name, Collection<String> contextCountryCodes,
      Predicate<Place> filter) {
    checkNotNull(contextCountryCodes, "contextCountryCodes");
    checkNotNull(filter, "filter");
    Candidates candidates = only(candidates(name), filter);
    if (candidates.places().isEmpty()) {
      return Optional.empty();
    }
    Set<String> context =
        contextCountryCodes.stream()
            .map(code -> checkNotNull(code, "context country code").strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    // A country comes first whatever its weight; a place of its name in a context country ("Georgia"
    // in an article about the United States) is still the context's to choose.
    long top = candidates.places().get(0).kind() == PlaceKind.COUNTRY ? 0 : candidates.weights()[0];
    for (int i = 0; i < candidates.places().size(); i++) {
      Place p = candidates.places().get(i);
      long weight = candidates.weights()[i];
      if (weight == 0) {
        weight = UNKNOWN_POPULATION;
      }
      if (context.contains(p.countryCode()) && (top / CONTEXT_REACH <= weight || i == 0)) {
        return Optional.of(p);
      }
    }
    return Optional.of(candidates.places().get(0));
  }

  /**
   * Whether {@code name} can be taken for a place on its own: it names a place and is not also an
   * ordinary word or first name (see {@link #isCommonWord}). Cheap: a few hash lookups.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public boolean isKnownPlace(String name) {
    return !isCommonWord(name) && !lookup(name).isEmpty();
  }

  /**
   * Whether {@code name} — a place name in this gazetteer — is also an ordinary English word or a
   * common first name, so that seeing it in text is weak evidence of a place. The list is derived
   * from SCOWL's size-35 English word list (lower-case entries), Lucene's English stop words and
   * CoreNLP's first-name lists, and never contains a country name; it is checked for the name as
   * given and without a leading "the" or Arabic article.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public boolean isCommonWord(String name) {
    checkNotNull(name, "name");
    if (acronymCountry(name) != null) {
      return false;
    }
    String key = Names.key(name);
    return isListed(key)
        || isListed(Names.withoutThe(key))
        || isListed(Names.withoutArabicArticle(key));
  }

  private boolean isListed(String key) {
    return key != null && commonWords.contains(key);
  }

  private Place acronymCountry(String name) {
    String acronym = Names.acronym(name);
    return acronym == null ? null : countriesByAcronym.get(acronym);
  }

  private Candidates exact(String key) {
    return key == null ? Candidates.NONE : index.exact().getOrDefault(key, Candidates.NONE);
  }
}
