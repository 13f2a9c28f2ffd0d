package org.sitrep.geo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * population (a region counts as a tenth of its largest city, so the city of Idlib comes before
 * Idlib province, and a match through an alternate name counts as a tenth of the place).
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
  record Index(
      Map<String, ImmutableList<Place>> exact, Map<String, ImmutableList<Place>> squashed) {}

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
    checkNotNull(name, "name");
    Place acronym = acronymCountry(name);
    if (acronym != null) {
      return ImmutableList.of(acronym);
    }
    String key = Names.key(name);
    if (key.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList<Place> found = exact(key);
    if (found.isEmpty()) {
      found = exact(Names.withoutThe(key));
    }
    if (found.isEmpty()) {
      found = exact(Names.withoutArabicArticle(key));
    }
    if (found.isEmpty()) {
      String bare = Names.withoutRegionWord(key);
      found =
          exact(bare).stream()
              .filter(p -> p.kind() == PlaceKind.REGION)
              .collect(ImmutableList.toImmutableList());
    }
    if (found.isEmpty()) {
      String squashed = Names.squashed(key);
      found = index.squashed().getOrDefault(squashed, exact(squashed));
    }
    return found;
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
   * best-ranked candidate in one of those countries if any, else the best-ranked candidate. So
   * {@code best("Paris", List.of("US"))} is Paris, Texas, while {@code best("Paris", List.of())}
   * is the French capital.
   *
   * @param contextCountryCodes ISO 3166-1 alpha-2 codes in any case; may be empty
   * @return the place, or empty when {@link #lookup} finds nothing
   * @throws NullPointerException if an argument or a context code is null
   */
  public Optional<Place> best(String name, Collection<String> contextCountryCodes) {
    checkNotNull(contextCountryCodes, "contextCountryCodes");
    List<Place> candidates = lookup(name);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Set<String> context =
        contextCountryCodes.stream()
            .map(code -> checkNotNull(code, "context country code").strip().toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return Optional.of(
        candidates.stream()
            .filter(p -> context.contains(p.countryCode()))
            .findFirst()
            .orElse(candidates.get(0)));
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

  private ImmutableList<Place> exact(String key) {
    return key == null ? ImmutableList.of() : index.exact().getOrDefault(key, ImmutableList.of());
  }
}
