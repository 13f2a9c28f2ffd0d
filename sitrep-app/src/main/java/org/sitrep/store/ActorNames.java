package org.sitrep.store;

import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/**
 * The name rules of the actor registry: the normalised key under which names are equal, and when
 * two different keys are spelling variants of one name.
 *
 * <p>Key: letters are decomposed and stripped of diacritics ("Ḥalab" = "Halab"), lower-cased in
 * {@link Locale#ROOT}; apostrophes and the ayn and hamza marks vanish ("Ba'ath" = "Baath"), and so
 * do dots ("U.S." = "US"); every other non-letter, hyphens included, separates words. The English
 * article "the" and the Arabic article are dropped: "al"/"el" as a word or hyphenated prefix, and
 * the assimilated forms only when hyphenated ("ash-Sham", "ar-Raqqa", "ad-Dana"), so "al-Hassan",
 * "Al Hassan" and "Hassan" share one key. A name of nothing but articles keeps them.
 *
 * <p>Spelling variants: two keys of the same entity type are variants when both have at least
 * {@value #MIN_LETTERS} letters, they start with the same letter, and their Levenshtein distance
 * is at most {@value #MAX_DISTANCE} ("Karkamiyeh" / "Karkamieh"). The store adds two guards: places
 * must lie in the same known country ({@link Registry}), and person names must have the same
 * number of words with each differing word at least {@value #MIN_PERSON_WORD} letters long and
 * starting with the same letter ("Mohammed Ali" / "Mohamad Ali", but not "Rami Haddad" / "Rima
 * Haddad", whose short given names may be different people).
 *
 * <p>Generic institution names: a key made only of words from a small lexicon of state
 * institutions ({@link #GENERIC_HEADS}: "ministry", "army", "police", "government", "presidency",
 * "parliament", "forces", …) and of what qualifies them ({@link #GENERIC_QUALIFIERS}: "defense",
 * "foreign", "interior", "of", "national", "armed", …), with at least one head, is generic: "the
 * Defense Ministry", "Ministry of Foreign Affairs", "security forces". Every country has one, so
 * the store resolves such a key only within one country ({@link #scoped}). A single word outside
 * the lexicon, such as a country or demonym ("Syrian Defense Ministry"), makes the name specific.
 * The lexicon leaves out institutions that English news mostly means one of ("State Department",
 * "Senate", "Congress", "General Assembly", "Security Council"), so those still merge by name.
 */
final class ActorNames {
  static final int MIN_LETTERS = 7;
  static final int MAX_DISTANCE = 2;
  static final int MIN_PERSON_WORD = 5;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ELIDED = Pattern.compile("['\u2018\u2019\u02BC\u02BB\u02BF\u02BE`\u00B4.]");
  private static final Pattern HYPHENATED_ARTICLE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[-\u2010\u2011](?=\\p{L})");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Nouns that name a state institution of any country; see the class comment. */
  static final ImmutableSet<String> GENERIC_HEADS = ImmutableSet.of(
      "ministry", "ministries", "army", "armies", "police", "government", "governments",
      "presidency", "parliament", "forces", "force", "military", "navy", "cabinet", "court",
      "bank", "guard", "guards", "gendarmerie", "intelligence", "security", "service", "services",
      "agency", "directorate", "office", "embassy", "consulate", "assembly", "authority",
      "authorities", "administration", "troops", "regime", "junta", "mod", "mfa");
  /** Words that qualify a generic head without tying it to a country. */
  static final ImmutableSet<String> GENERIC_QUALIFIERS = ImmutableSet.of(
      "of", "for", "and", "on", "defense", "defence", "foreign", "interior", "home", "affairs",
      "health", "public", "justice", "finance", "economy", "economic", "information", "education",
      "energy", "oil", "agriculture", "trade", "transport", "social", "labour", "labor", "water",
      "electricity", "culture", "religious", "endowments", "emergency", "emergencies",
      "displacement", "refugees", "housing", "industry", "tourism", "communications", "planning",
      "environment", "youth", "women", "human", "rights", "national", "central", "supreme",
      "high", "constitutional", "state", "federal", "armed", "border", "coast", "air",
      "naval", "special", "riot", "presidential", "prime", "ministers", "interim", "transitional",
      "provisional", "caretaker", "local", "regional", "ruling");

  /** Separates a generic key from its scope in a stored alias key; never part of a key. */
  private static final char SCOPE = '@';
  /** Marks a scope that is one article, used when a generic name's country is unknown. */
  private static final String ARTICLE_SCOPE = "?";

  private ActorNames() {}

  /** Whether a key is a generic institution name (see the class comment). */
  static boolean generic(String key) {
    boolean head = false;
    for (String w : key.split(" ")) {
      if (GENERIC_HEADS.contains(w)) {
        head = true;
      } else if (!GENERIC_QUALIFIERS.contains(w)) {
        return false;
      }
    }
    return head;
  }

  /**
   * The alias key a name is stored and looked up under: a specific key as it is; a generic key
   * qualified by its country (ISO3), or, when the country is unknown, by its article, so that it
   * never meets the same words from another article by name alone.
   */
  static String scoped(String key, String country, String articleId) {
    if (!generic(key)) {
      return key;
    }
    return key + SCOPE + (country != null ? country : ARTICLE_SCOPE + articleId);
  }

  /** The key part of a stored alias key. */
  static String bare(String aliasKey) {
    int at = aliasKey.indexOf(SCOPE);
    return at < 0 ? aliasKey : aliasKey.substring(0, at);
  }

  /** The scope part of a stored alias key, or empty for a specific key. */
  static String scope(String aliasKey) {
    int at = aliasKey.indexOf(SCOPE);
    return at < 0 ? "" : aliasKey.substring(at + 1);
  }

  /** A SQL LIKE pattern for every scoped form of a key; keys hold no LIKE wildcards. */
  static String anyScope(String key) {
    return key + SCOPE + "%";
  }

  /** The normalised key of a name; empty when the name has no letter or digit. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    s = ELIDED.matcher(s).replaceAll("");
    String stripped = HYPHENATED_ARTICLE.matcher(s).replaceAll("");
    List<String> words = words(stripped, true);
    if (words.isEmpty()) {
      words = words(s, false);
    }
    return String.join(" ", words);
  }

  private static List<String> words(String s, boolean dropArticles) {
    List<String> out = new ArrayList<>();
    for (String w : SEPARATORS.split(s)) {
      if (!w.isEmpty() && !(dropArticles && (w.equals("the") || w.equals("al") || w.equals("el")))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Letters and digits in a key, which is what {@link #MIN_LETTERS} counts. */
  static int letters(String key) {
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  /** The first character of a non-empty key, a whole code point. */
  static String firstLetter(String key) {
    return key.substring(0, Character.charCount(key.codePointAt(0)));
  }

  /** Whether two distinct keys are spelling variants (the general rule, without store guards). */
  static boolean variants(String a, String b) {
    return letters(a) >= MIN_LETTERS && letters(b) >= MIN_LETTERS
        && firstLetter(a).equals(firstLetter(b)) && distance(a, b) <= MAX_DISTANCE;
  }

  /** Whether two person-name keys that are {@link #variants} may also be one person. */
  static boolean personVariants(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i]) && (x[i].length() < MIN_PERSON_WORD || y[i].length() < MIN_PERSON_WORD
          || x[i].charAt(0) != y[i].charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Levenshtein distance in UTF-16 units; keys are short, so the plain two-row algorithm. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * ISO 3166-1 alpha-3 for an alpha-2 or alpha-3 code, so places (alpha-2) and actors (alpha-3)
   * compare; an unknown code is returned upper-cased as given, null stays null.
   */
  static String alpha3(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() != 2) {
      return c;
    }
    try {
      String three = new Locale("", c).getISO3Country();
      return three.isEmpty() ? c : three;
    } catch (MissingResourceException e) {
      return c;
    }
  }
}
