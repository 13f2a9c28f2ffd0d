package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Actors by name, with their CAMEO codes, kinds and countries, plus the country, demonym and agent
 * tables that resolve unnamed actors ("Syrian rebels" → SYRREB).
 *
 * <p>Three layers, each overriding the one before for a name it also lists:
 *
 * <ol>
 *   <li>{@code phoenix-actors.tsv.gz}: some 26,000 named actors derived from the Phoenix
 *       (PETRARCH-2) dictionaries by scripts/actors/derive.py (MIT, Open Event Data Alliance);
 *   <li>{@code overlay.tsv}: a hand-maintained, sourced list of actors the Phoenix files lack or
 *       code wrongly because they are dated (groups formed or renamed after about 2016);
 *   <li>an optional user file in the overlay's format (see {@link #withUserOverlay}).
 * </ol>
 *
 * <p>The agent table is Phoenix's ({@code agents.tsv}) with Sitrep's {@code agent-nouns.tsv} over
 * it. {@link ActorCoder} combines these tables into codes for noun phrases.
 *
 * <p>Codes may be dated: an entry holds a list of codes each valid for a period, and {@link
 * #lookup} picks the one in force on the article's date (see there). Names match whatever their
 * case, accents, dots, apostrophes and hyphens, with or without a leading "the".
 *
 * <p>Immutable and thread-safe. The built-in dictionary is loaded once per process.
 */
public final class ActorDictionary {
  private static final String RESOURCES = "/org/sitrep/actors/";
  /** The gazetteer's English short names of countries (see the file's header). */
  private static final String GEO_ALIASES = "/org/sitrep/geo/country-aliases.tsv";

  /** An entry as read, before its codes are resolved against a date. */
  private record Raw(String name, List<DatedCode> codes, ActorKind kind, String country) {}

  /** One name key of a person entry, split in words. */
  private record Named(List<String> words, Raw raw) {}

  private final ImmutableMap<String, Raw> entries;
  /** Person entries by the last word of each of their names' keys ("mugabe" → Robert Mugabe). */
  private final ImmutableListMultimap<String, Named> personsByLastWord;
  private final ImmutableMap<String, String> countryByName;
  /** Country acronyms ("US", "U.S.", "DPRK"), matched only against text in capitals. */
  private final ImmutableMap<String, String> countryByAcronym;
  private final ImmutableMap<String, String> iso3ByIso2;
  private final ImmutableMap<String, String> capitals;
  private final ImmutableMap<String, String> agents;
  private final ImmutableSet<String> countries;

  private ActorDictionary(Map<String, Raw> entries, Tables tables) {
    this.entries = ImmutableMap.copyOf(entries);
    ImmutableListMultimap.Builder<String, Named> persons = ImmutableListMultimap.builder();
    entries.forEach((key, raw) -> {
      if (raw.kind() == ActorKind.PERSON) {
        List<String> words = List.of(key.split(" "));
        persons.put(words.get(words.size() - 1), new Named(words, raw));
      }
    });
    this.personsByLastWord = persons.build();
    this.countryByName = ImmutableMap.copyOf(tables.countryByName);
    this.countryByAcronym = ImmutableMap.copyOf(tables.countryByAcronym);
    this.iso3ByIso2 = ImmutableMap.copyOf(tables.iso3ByIso2);
    this.capitals = ImmutableMap.copyOf(tables.capitals);
    this.agents = ImmutableMap.copyOf(tables.agents);
    this.countries = ImmutableSet.copyOf(tables.capitals.keySet());
  }

  private static final class Holder {
    static final ActorDictionary BUILT_IN = build(null);
  }

  /**
   * The built-in dictionary (Phoenix-derived entries plus the shipped overlay).
   *
   * @throws IllegalStateException if a shipped data file is missing or malformed (a packaging
   *     error)
   */
  public static ActorDictionary builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * The built-in dictionary with {@code userOverlay} on top. The file is UTF-8 TSV in the format of
   * the shipped {@code overlay.tsv}: {@code name}, {@code aliases} ({@code |}-separated), {@code
   * codes} ({@code ;}-separated, each {@code CODE} or {@code CODE@YYYYMMDD-YYYYMMDD} with either
   * date empty), then optional {@code kind} (an {@link ActorKind} name; empty = from the code) and
   * {@code country} (ISO3; empty = from the code). Blank lines and lines starting with {@code #}
   * are skipped.
   *
   * @throws IllegalArgumentException naming the file and line when a line is malformed
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ActorDictionary withUserOverlay(Path userOverlay) {
    checkNotNull(userOverlay, "userOverlay");
    return build(userOverlay);
  }

  private static ActorDictionary build(Path user) {
    Tables tables = Tables.load();
    Map<String, Raw> entries = new HashMap<>(1 << 17);
    readResource("phoenix-actors.tsv.gz", (f, where) -> add(entries, tables, f, where, false));
    readResource("overlay.tsv", (f, where) -> add(entries, tables, f, where, true));
    if (user != null) {
      readOverlay(user, entries, tables);
    }
    return new ActorDictionary(entries, tables);
  }

  /**
   * The number of names a user overlay alone defines, read and checked exactly as {@link
   * #withUserOverlay} does but without Phoenix's table, so that the overlay parser can be fuzzed
   * quickly.
   */
  static int overlayNames(Path userOverlay) {
    Map<String, Raw> entries = new HashMap<>();
    readOverlay(userOverlay, entries, SharedTables.TABLES);
    return entries.size();
  }

  /** Tables loaded once for {@link #overlayNames}; only read after loading (class-init safe). */
  private static final class SharedTables {
    static final Tables TABLES = Tables.load();
  }

  private static void readOverlay(Path user, Map<String, Raw> entries, Tables tables) {
    try (BufferedReader in = Files.newBufferedReader(user, StandardCharsets.UTF_8)) {
      read(in, user.toString(), (f, where) -> add(entries, tables, f, where, true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor overlay " + user, e);
    }
  }

  /**
   * The actor called {@code name}, with the code in force on {@code date}: the code whose period
   * contains the date, else an undated code, else the code of the latest period before the date
   * (an actor keeps its last known code). Without a date, the open-ended (current) code, else an
   * undated one, else the latest. An entry whose code denotes no {@link ActorKind} (a business) is
   * not returned.
   *
   * @param date the article's date; null when unknown
   * @return the actor, or empty for an unknown or blank name
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<ActorEntry> lookup(String name, LocalDate date) {
    checkNotNull(name, "name");
    String key = Keys.key(name);
    Raw raw = entries.get(key);
    if (raw == null) {
      raw = entries.get(Keys.withoutThe(key));
    }
    if (raw == null && !key.isEmpty()) {
      raw = entries.get("the " + key); // Phoenix lists some bodies with the article only
    }
    return raw == null ? Optional.empty() : resolve(raw, date);
  }

  /**
   * A person the dictionary knows under a fuller name than {@code name}: the name's words, in
   * order, are among the words of an entry's name (or alias) and its last word is that name's
   * last word ("Mugabe", "Carlos Menem" for "Carlos Saul Menem"), as news names a well-known
   * person after the first mention. Only an unambiguous match counts: every entry that matches
   * must give the same code on {@code date}. A one-word name must have at least four letters.
   *
   * @param date the article's date; null when unknown
   * @return the person with the code in force on the date, or empty when no entry or more than
   *     one person matches
   */
  public Optional<ActorEntry> lookupPerson(String name, LocalDate date) {
    checkNotNull(name, "name");
    String key = Keys.withoutThe(Keys.key(name));
    if (key.isEmpty() || !key.contains(" ") && key.length() < 4) {
      return Optional.empty();
    }
    List<String> words = List.of(key.split(" "));
    ActorEntry found = null;
    for (Named n : personsByLastWord.get(words.get(words.size() - 1))) {
      if (!inOrder(words, n.words())) {
        continue;
      }
      Optional<ActorEntry> e = resolve(n.raw(), date);
      if (e.isEmpty() || e.get().cameoCode() == null) {
        continue;
      }
      if (found != null && !found.cameoCode().equals(e.get().cameoCode())) {
        return Optional.empty(); // two people of that name
      }
      if (found == null) {
        found = e.get();
      }
    }
    return Optional.ofNullable(found);
  }

  /** The shortest last word that a one-letter spelling variant may differ in. */
  private static final int VARIANT_MIN_LETTERS = 6;

  /**
   * A person the dictionary knows under a spelling one letter away from {@code name}, as news
   * spells and transliterates names differently ("Laurent Gbago", "Abdelaziz Bouteflicka",
   * "Zelenskyy"): the name has at least two words, all but its last are words of the entry's name
   * in order (as in {@link #lookupPerson}), and its last word, of at least six letters and with
   * the same first letter, is one inserted, dropped or replaced letter or one swap of neighbouring
   * letters away from the entry's last word. For a name {@link #lookupPerson} does not find; only
   * an unambiguous match counts (every entry that matches gives the same code on {@code date}).
   *
   * @param date the article's date; null when unknown
   */
  public Optional<ActorEntry> lookupPersonVariant(String name, LocalDate date) {
    checkNotNull(name, "name");
    List<String> words = List.of(Keys.withoutThe(Keys.key(name)).split(" "));
    String last = words.get(words.size() - 1);
    if (words.size() < 2 || last.length() < VARIANT_MIN_LETTERS) {
      return Optional.empty();
    }
    ActorEntry found = null;
    for (String other : personsByLastWord.keySet()) {
      if (other.equals(last) || other.charAt(0) != last.charAt(0)
          || Math.abs(other.length() - last.length()) > 1 || !oneEditApart(last, other)) {
        continue;
      }
      for (Named n : personsByLastWord.get(other)) {
        if (!inOrder(words.subList(0, words.size() - 1), n.words())) {
          continue;
        }
        Optional<ActorEntry> e = resolve(n.raw(), date);
        if (e.isEmpty() || e.get().cameoCode() == null) {
          continue;
        }
        if (found != null && !found.cameoCode().equals(e.get().cameoCode())) {
          return Optional.empty(); // two people that spelling could be
        }
        found = found == null ? e.get() : found;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether two different words are one inserted, dropped or replaced letter or one swap of
   * neighbouring letters apart (the Damerau–Levenshtein distance is 1).
   */
  static boolean oneEditApart(String a, String b) {
    if (a.length() > b.length()) {
      String t = a;
      a = b;
      b = t;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() == b.length()) {
      if (i == a.length()) {
        return false; // the same word
      }
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true; // one letter replaced
      }
      return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return b.length() == a.length() + 1 && a.substring(i).equals(b.substring(i + 1));
  }

  /**
   * The country of the person a one-word name stands for when it modifies an agent noun ("the
   * Obama administration", "Mugabe loyalists"): every person entry whose name ends in that word
   * and has a code on {@code date} must have the same country (the two Presidents Bush are both
   * USA though their codes differ). A name of fewer than four letters finds none.
   *
   * @param date the article's date; null when unknown
   * @return the ISO3 country, or empty when no entry or people of several countries match
   */
  public Optional<String> personCountry(String surname, LocalDate date) {
    checkNotNull(surname, "surname");
    String key = Keys.withoutThe(Keys.key(surname));
    if (key.length() < 4 || key.contains(" ")) {
      return Optional.empty();
    }
    String country = null;
    for (Named n : personsByLastWord.get(key)) {
      Optional<ActorEntry> e = resolve(n.raw(), date);
      if (e.isEmpty() || e.get().cameoCode() == null || e.get().country() == null) {
        continue;
      }
      if (country != null && !country.equals(e.get().country())) {
        return Optional.empty();
      }
      country = e.get().country();
    }
    return Optional.ofNullable(country);
  }

  /** Whether {@code part} is a subsequence of {@code whole}. */
  private static boolean inOrder(List<String> part, List<String> whole) {
    int i = 0;
    for (String w : whole) {
      if (i < part.size() && part.get(i).equals(w)) {
        i++;
      }
    }
    return i == part.size();
  }

  /**
   * The ISO 3166-1 alpha-3 code of the country {@code nameOrDemonym} names: a name the gazetteer
   * knows for it ("Syria", "Syrian Arab Republic", "Türkiye"), a variant spelling or acronym the
   * Phoenix country list gives ("Quatar", "Afganistan", "UAE"), or a demonym ("Syrian", "Turkish",
   * "Americans", plurals taken as their singular).
   *
   * @return the code, or empty when the text names no country
   */
  public Optional<String> country(String nameOrDemonym) {
    checkNotNull(nameOrDemonym, "nameOrDemonym");
    String key = Keys.withoutThe(Keys.key(nameOrDemonym));
    String iso3 = countryByName.get(key);
    if (iso3 == null && isCapitals(nameOrDemonym)) {
      iso3 = countryByAcronym.get(key);
    }
    if (iso3 == null && key.endsWith("s")) {
      // Plural demonyms ("Syrians", "Americans"); the table lists the singular.
      iso3 = countryByName.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(iso3);
  }

  /** Whether {@code text} has letters and none in lower case ("US", "U.S."; not "us"). */
  private static boolean isCapitals(String text) {
    return text.chars().anyMatch(Character::isLetter)
        && text.chars().noneMatch(Character::isLowerCase);
  }

  /** The number of names the dictionary knows (aliases included). */
  public int size() {
    return entries.size();
  }

  /**
   * Whether {@code phrase} is a phrase of the agent table ({@code agents.tsv} with {@code
   * agent-nouns.tsv} over it): a description that names an agent of a state or body without a
   * name ("troops", "border guards", "foreign minister"). Matched as names are (case, dots,
   * hyphens and apostrophes do not count); plurals are listed as such in the table.
   *
   * @throws NullPointerException if {@code phrase} is null
   */
  public boolean isAgent(String phrase) {
    checkNotNull(phrase, "phrase");
    return agents.containsKey(Keys.key(phrase));
  }

  /** The CAMEO role code of an agent noun phrase ("foreign minister" → GOV), or null. */
  String agentRole(String phrase) {
    return agents.get(Keys.key(phrase));
  }

  /** The capital of an ISO3 country as the gazetteer names it, or null. */
  String capital(String iso3) {
    return capitals.get(iso3);
  }

  /** The ISO3 code of an ISO2 code, or null. */
  String iso3(String iso2) {
    return iso3ByIso2.get(iso2);
  }

  /** The ISO3 codes that count as countries (those with a row in countries.tsv). */
  ImmutableSet<String> countryCodes() {
    return countries;
  }

  /**
   * The country a named dictionary entry stands for when that entry is a country under a dated
   * or compound code ("Serbian" → SRB, filed by Phoenix with YUG and SCG periods): its current
   * code, if that is a bare country code. Empty for people and for every other actor.
   */
  Optional<String> countryEntry(String name) {
    String key = Keys.key(name);
    Raw raw = entries.get(key);
    if (raw == null || raw.kind() == ActorKind.PERSON) {
      return Optional.empty();
    }
    DatedCode current = choose(raw.codes(), null);
    return current != null && countries.contains(current.code())
        ? Optional.of(current.code()) : Optional.empty();
  }

  private Optional<ActorEntry> resolve(Raw raw, LocalDate date) {
    DatedCode chosen = choose(raw.codes(), date);
    String code = chosen == null ? null : chosen.code();
    ActorKind kind = raw.kind() != null ? raw.kind()
        : code == null ? null : CameoCodes.kind(code, countries);
    if (kind == null) {
      return Optional.empty();
    }
    String country = raw.country() != null ? raw.country()
        : code == null ? null : CameoCodes.country(code, countries);
    return Optional.of(new ActorEntry(raw.name(), code, kind, country));
  }

  static DatedCode choose(List<DatedCode> codes, LocalDate date) {
    if (codes.isEmpty()) {
      return null;
    }
    Comparator<DatedCode> byEnd = Comparator.comparing(
        c -> c.to() == null ? LocalDate.MAX : c.to());
    if (date != null) {
      return codes.stream().filter(c -> c.dated() && c.holdsOn(date)).findFirst()
          .or(() -> codes.stream().filter(c -> !c.dated()).findFirst())
          .or(() -> codes.stream().filter(c -> c.to() != null && c.to().isBefore(date))
              .max(byEnd))
          .orElse(codes.get(0));
    }
    return codes.stream().filter(c -> c.dated() && c.to() == null).findFirst()
        .or(() -> codes.stream().filter(c -> !c.dated()).findFirst())
        .orElseGet(() -> codes.stream().max(byEnd).orElseThrow());
  }

  /** Adds one line: name, aliases, codes, [kind], [country]. Overlays replace earlier entries. */
  private static void add(Map<String, Raw> entries, Tables tables, String[] f, String where,
      boolean override) {
    checkArgument(f.length >= 3, "%s: expected name, aliases, codes (tab-separated), found %s"
        + " column(s)", where, f.length);
    String name = f[0].strip();
    checkArgument(!Keys.key(name).isEmpty(), "%s: blank actor name", where);
    ImmutableList.Builder<DatedCode> codes = ImmutableList.builder();
    for (String spec : f[2].split(";")) {
      if (!spec.isBlank()) {
        try {
          codes.add(DatedCode.parse(spec.strip()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
    }
    ActorKind kind = null;
    if (f.length > 3 && !f[3].isBlank()) {
      try {
        kind = ActorKind.valueOf(f[3].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown actor kind '" + f[3].strip()
            + "' (want one of " + List.of(ActorKind.values()) + ")", e);
      }
    }
    String country = f.length > 4 && !f[4].isBlank() ? f[4].strip() : null;
    checkArgument(country == null || tables.capitals.containsKey(country),
        "%s: unknown ISO3 country '%s'", where, country);
    List<DatedCode> list = codes.build();
    checkArgument(!list.isEmpty() || kind != null, "%s: an entry needs a code or a kind", where);
    Raw raw = new Raw(name, list, kind, country);
    put(entries, name, raw, override);
    for (String alias : f[1].split("\\|")) {
      if (!alias.isBlank()) {
        put(entries, alias, raw, override);
      }
    }
  }

  private static void put(Map<String, Raw> entries, String name, Raw raw, boolean override) {
    String key = Keys.key(name);
    if (key.isEmpty()) {
      return;
    }
    if (override) {
      entries.put(key, raw);
    } else {
      // Phoenix lists some names under several actors; the first listing is the main one.
      entries.putIfAbsent(key, raw);
    }
  }

  /** Countries, demonyms, capitals and agents. */
  private static final class Tables {
    final Map<String, String> countryByName = new HashMap<>();
    final Map<String, String> countryByAcronym = new HashMap<>();
    final Map<String, String> iso3ByIso2 = new HashMap<>();
    final Map<String, String> capitals = new HashMap<>();
    final Map<String, String> agents = new HashMap<>();

    static Tables load() {
      Tables t = new Tables();
      readResource("countries.tsv", (f, where) -> {
        checkArgument(f.length >= 6, "%s: expected 6 columns", where);
        t.iso3ByIso2.put(f[1], f[0]);
        t.capitals.put(f[0], f[5]);
        ImmutableList.Builder<String> names = ImmutableList.<String>builder().add(f[2])
            .add(f[3].split("\\|")).add(f[4].split("\\|"));
        if (f.length > 6) {
          names.add(f[6].split("\\|")); // Phoenix's variant spellings ("Quatar", "UAE")
        }
        for (String name : names.build()) {
          String key = Keys.withoutThe(Keys.key(name));
          if (!key.isEmpty()) {
            t.countryByName.putIfAbsent(key, f[0]);
          }
        }
      });
      // The short English names news uses ("Russia", "Turkey", "Britain", "Burma"), which the
      // ISO-derived table above lacks: the gazetteer's hand-kept alias file, so that both
      // packages know a country by the same names. Its acronyms ("US", "U.S.") are kept apart
      // and matched in capitals only, as the gazetteer does, so the pronoun "us" names no one.
      readResource(GEO_ALIASES, (f, where) -> {
        checkArgument(f.length >= 2, "%s: expected ISO2 and a display name", where);
        String iso3 = t.iso3ByIso2.get(f[0]);
        checkArgument(iso3 != null, "%s: unknown ISO2 code %s", where, f[0]);
        ImmutableList.Builder<String> names = ImmutableList.<String>builder().add(f[1]);
        if (f.length > 2) {
          names.add(f[2].split("\\|"));
        }
        for (String name : names.build()) {
          String key = Keys.withoutThe(Keys.key(name));
          if (key.isEmpty()) {
            continue;
          }
          (isCapitals(name) ? t.countryByAcronym : t.countryByName).putIfAbsent(key, iso3);
        }
      });
      readResource("agents.tsv", (f, where) -> t.agents.put(f[0], f[1]));
      // Sitrep's additions, over Phoenix's (see the file's header).
      readResource("agent-nouns.tsv", (f, where) -> {
        checkArgument(f.length >= 2 && f[1].strip().matches("[A-Z]{3}"),
            "%s: expected an agent phrase and a three-letter CAMEO role", where);
        t.agents.put(Keys.key(f[0]), f[1].strip());
      });
      return t;
    }
  }

  private interface Row {
    void accept(String[] fields, String where);
  }

  private static void readResource(String file, Row row) {
    String resource = file.startsWith("/") ? file : RESOURCES + file;
    try (InputStream raw = ActorDictionary.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("actor data missing from the classpath: " + resource);
      }
      InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
          resource, row);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor data " + resource, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("malformed actor data: " + e.getMessage(), e);
    }
  }

  private static void read(BufferedReader in, String name, Row row) throws IOException {
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      row.accept(line.split("\t", -1), name + " line " + number);
    }
  }
}
