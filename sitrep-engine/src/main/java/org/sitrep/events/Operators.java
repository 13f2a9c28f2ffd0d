package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;

/**
 * Who carries out an attack told through a noun, and who operates a weapon. A CAMEO coder codes
 * "a Norland missile strike", "junta airstrikes", "the army's offensive" as attacks by Norland,
 * the junta, the army; and "the jets dropped two bombs" as an attack by whoever flies the jets.
 *
 * <ul>
 *   <li><b>In the phrase.</b> The operator of an attack noun (a nominal CAMEO 18, 19 or 20) or of a
 *       weapon (see {@code weapons.txt}) is the actor among its modifiers before it: a possessive
 *       ("Norland's F-16s"), a country or nationality ("Russian drones", "a Norland missile
 *       strike") or an organisation, else a word for a state's forces or an armed group
 *       ({@code [attacker-modifiers]}: "junta airstrikes", "a military jet fighter"; not "a
 *       terrorist attack", which says what kind), or its "by" phrase ("strikes by Vastria's air
 *       force").
 *       Words of origin are no operator ("a Russian-made missile", "US-supplied rockets"), nor is a
 *       town ("a Kharkiv drone strike" says where).
 *   <li><b>In a relative clause.</b> "jets that Norland deployed": the subject of an
 *       operator verb (see {@code [operator-verbs]}) in a relative clause on the weapon.
 *   <li><b>At an earlier mention.</b> A weapon with no operator of its own ("the jets", "one of the
 *       aircraft", "two missiles") takes the owner of the nearest earlier weapon word in the
 *       article text that has one, written as "Thai F-16 jets", "Thailand's jets", "Norland
 *       readied six jets" or "jets that Norland readied". Read from the text, not a parse: the
 *       events stage parses only sentences with an event, and a sentence that readies the jets
 *       may have none. Only countries, nationalities and organisations own weapons here.
 * </ul>
 *
 * <p>With no operator a weapon names no actor: the caller leaves the role empty. Immutable and
 * thread-safe.
 */
final class Operators {
  private static final String FILE = "weapons.txt";
  /** Relations by which a modifier before a noun belongs to its phrase. */
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "flat");
  /** Word endings that name where a weapon was made or who supplied it, not who uses it. */
  /** A relative clause opening after a weapon word: "jets that …", "drones which …". */
  private static final Pattern RELATIVE = Pattern.compile("^\\s+(?:that|which)\\s+");
  private static final Pattern ORIGIN = Pattern.compile(
      "(?i).*-(made|built|designed|supplied|provided|manufactured|produced|origin|donated)$");
  /** Participles of origin written apart ("Russian made", "made in"). */
  private static final Set<String> ORIGIN_WORDS = Set.of("made", "built", "designed", "supplied",
      "provided", "manufactured", "produced", "donated");
  /** How far back in the text an earlier weapon word may stand. */
  private static final int LOOK_BACK = 4000;
  /** How many earlier weapon words are tried, nearest first. */
  private static final int EARLIER_TRIES = 6;

  private final ImmutableSet<String> weapons;
  private final ImmutableSet<String> attackers;
  private final ImmutableSet<String> modifiers;
  private final ImmutableSet<String> operatorVerbs;
  private final VerbLexicon lexicon;
  private final Pattern weaponWord;

  Operators(Map<String, ImmutableSet<String>> lists, VerbLexicon lexicon) {
    checkArgument(lists.keySet().equals(Set.of("weapons", "attacker-modifiers",
        "weapon-modifiers", "operator-verbs")), "weapon lists must be exactly [weapons], "
        + "[attacker-modifiers], [weapon-modifiers], [operator-verbs]: %s", lists.keySet());
    this.weapons = lists.get("weapons");
    this.attackers = lists.get("attacker-modifiers");
    this.modifiers = lists.get("weapon-modifiers");
    this.operatorVerbs = lists.get("operator-verbs");
    this.lexicon = checkNotNull(lexicon, "lexicon");
    StringBuilder alt = new StringBuilder();
    for (String w : weapons) {
      if (!w.contains(" ")) {
        alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w));
      }
    }
    // a weapon word as written: singular or plural, or a designator such as "F-16s"
    this.weaponWord = Pattern.compile("(?i)\\b(?:(?:" + alt + ")(?:s|es)?|[a-z]{1,3}-\\d+[a-z]?s?)"
        + "\\b");
  }

  /** The operators of the lists bundled with Sitrep. */
  static Operators standard(VerbLexicon lexicon) {
    return new Operators(read(FILE), lexicon);
  }

  /**
   * Whether noun {@code h} is a weapon, munition or military vehicle: its lemma, the compound it
   * makes with the word before it ("jet fighter"), or a designator such as "F-16".
   */
  boolean weapon(Parse p, int h) {
    if (!p.token(h).pos().startsWith("NN")) {
      return false;
    }
    if (h > 0 && p.head(h - 1) == h && weapons.contains(p.lemma(h - 1) + " " + p.lemma(h))) {
      return true;
    }
    if (p.lemma(h).equals("fighter") || (p.lemma(h).equals("shell")
        && p.child(h, "compound") < 0 && p.child(h, "amod") < 0)) {
      // "fighters" are people; "shell" alone may be a company: only "artillery shells"
      return false;
    }
    return weapons.contains(p.lemma(h)) || designator(p.token(h).word());
  }

  /** Whether noun {@code h} names an attack (a nominal CAMEO 18, 19 or 20: "strike", "shelling"). */
  boolean attack(Parse p, int h) {
    if (!p.token(h).pos().startsWith("NN")) {
      return false;
    }
    String code = lexicon.nounCode(p, h);
    return code != null && (code.startsWith("18") || code.startsWith("19")
        || code.startsWith("20"));
  }

  /**
   * The operator named inside the phrase of attack noun or weapon {@code h} (its modifiers, its
   * "by" phrase, a relative clause on it), or null.
   */
  Actor inPhrase(Parse p, int h, ArticleContext ctx) {
    for (int t = 0; t < h; t++) {
      Entity e = ctx.entityAt(p.token(t).start(), p.token(t).end());
      if (e != null && owner(e) && modifierOf(p, t, h)) {
        return new Actor(e.name(), e.id(), e.type() == EntityType.PERSON);
      }
    }
    for (int t = 0; t < h; t++) {
      String pos = p.token(t).pos();
      if ((pos.startsWith("NN") || pos.equals("JJ")) && !weapon(p, t) && !weaponPart(p, t)
          && (attackers.contains(p.lemma(t)) || attackers.contains(p.lower(t)))
          && ctx.entityAt(p.token(t).start(), p.token(t).end()) == null && modifierOf(p, t, h)) {
        return new Actor(ctx.text.substring(p.token(t).start(), p.token(t).end()), null, false);
      }
    }
    for (int c : p.children(h)) {
      if (p.relation(c).startsWith("nmod") && p.caseOf(c).equals("by")) {
        Entity e = ctx.entityAt(p.token(c).start(), p.token(c).end());
        if (e != null && owner(e)) {
          return new Actor(e.name(), e.id(), e.type() == EntityType.PERSON);
        }
      }
      if (p.relation(c).equals("acl:relcl") && operatorVerbs.contains(p.lower(c))) {
        int s = p.child(c, "nsubj");
        Entity e = s < 0 ? null : ctx.entityAt(p.token(s).start(), p.token(s).end());
        if (e != null && owner(e)) {
          return new Actor(e.name(), e.id(), false); // "jets that Norland deployed"
        }
      }
    }
    return null;
  }

  /**
   * The owner of the nearest weapon word before offset {@code before} in the article that has
   * one in its own words ("Thai jets", "Thailand's jets", "Thailand readied six jets", "jets that
   * Thailand readied"), or null.
   */
  Actor earlier(int before, ArticleContext ctx) {
    int from = Math.max(0, before - LOOK_BACK);
    Matcher m = weaponWord.matcher(ctx.text).region(from, before);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      found.add(new int[] {m.start(), m.end()});
    }
    for (int k = found.size() - 1; k >= 0 && k >= found.size() - EARLIER_TRIES; k--) {
      Entity e = ownerAt(found.get(k)[0], found.get(k)[1], before, ctx);
      if (e != null) {
        return new Actor(e.name(), e.id(), false);
      }
    }
    return null;
  }

  /** The owner written with the weapon word at [start, end), or null. */
  private Entity ownerAt(int start, int end, int limit, ArticleContext ctx) {
    // before it: "<owner> [operator verb] [modifiers] <weapon>"
    Entity before = null;
    int beforeEnd = -1;
    for (ArticleContext.Located l : ctx.mentions) {
      if (l.end() > start) {
        break;
      }
      before = l.entity();
      beforeEnd = l.end();
    }
    if (before != null && owner(before) && joins(ctx.text.substring(beforeEnd, start), true)) {
      return before;
    }
    // after it: "<weapon> that <owner> <operator verb>"
    int close = Math.min(limit, Math.min(ctx.text.length(), end + 60));
    Matcher rel = RELATIVE.matcher(ctx.text.substring(end, close));
    if (rel.find()) {
      int at = end + rel.end();
      for (ArticleContext.Located l : ctx.mentions) {
        if (l.start() == at && owner(l.entity()) && l.end() < close) {
          String[] next = ctx.text.substring(l.end(), close).strip().split("\\s+");
          String verb = next[0].toLowerCase(Locale.ROOT).replaceAll("\\W+$", "");
          if (operatorVerbs.contains(verb)) {
            return l.entity();
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether the words between an owner and its weapon keep the weapon the owner's: only
   * modifiers, designators, a possessive and (when {@code verb}) one operator verb.
   */
  private boolean joins(String between, boolean verb) {
    String s = between.strip();
    if (s.startsWith("'s") || s.startsWith("\u2019s")) {
      s = s.substring(2).strip();
    }
    if (s.isEmpty()) {
      return true;
    }
    boolean verbUsed = false;
    for (String w : s.split("\\s+")) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (modifiers.contains(lower) || designator(w) || lower.matches("\\d+")
          || weapons.contains(lower)) {
        continue;
      }
      if (verb && !verbUsed && operatorVerbs.contains(lower)) {
        verbUsed = true;
        continue;
      }
      return false;
    }
    return true;
  }

  /** Whether token {@code t} is part of a two-word weapon ("fighter" in "fighter jet"). */
  private boolean weaponPart(Parse p, int t) {
    return (t + 1 < p.size() && weapons.contains(p.lemma(t) + " " + p.lemma(t + 1)))
        || (t > 0 && weapons.contains(p.lemma(t - 1) + " " + p.lemma(t)));
  }

  /**
   * Whether token {@code t} before noun {@code h} belongs to its modifiers: its path up to
   * {@code h} runs only through modifier relations, and no word of origin stands on it.
   */
  private boolean modifierOf(Parse p, int t, int h) {
    int x = t;
    for (int steps = 0; steps < 6 && x >= 0; steps++) {
      if (x == h) {
        return true;
      }
      if (!MODIFIERS.contains(p.relation(x)) || ORIGIN.matcher(p.token(x).word()).matches()
          || ORIGIN_WORDS.contains(p.lower(x))) {
        return false;
      }
      for (int c : p.children(x)) {
        if (ORIGIN_WORDS.contains(p.lower(c))) {
          return false; // "Russian - made" split by the tokenizer
        }
      }
      x = p.head(x);
    }
    return false;
  }

  /** Whether an entity can carry out an attack or own a weapon: not a town or region. */
  private static boolean owner(Entity e) {
    return !ArticleContext.isPlace(e) || "COUNTRY".equals(e.subtype());
  }

  /** A weapon designator such as "F-16", "Su-25", "MiG-29s". */
  private static boolean designator(String word) {
    return word.matches("[A-Za-z]{1,4}-\\d+[A-Za-z]?s?");
  }

  /** The file's lists (EventWords' format, the weapons one entry a line), lower-cased. */
  private static Map<String, ImmutableSet<String>> read(String file) {
    Map<String, ImmutableSet<String>> lists = new LinkedHashMap<>();
    EventWords.readLists(file, Set.of("weapons")).forEach((name, words) -> lists.put(name,
        words.stream().map(w -> w.toLowerCase(Locale.ROOT))
            .collect(ImmutableSet.toImmutableSet())));
    return lists;
  }
}
