package org.sitrep.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's quoted nickname or nom de guerre names that person. News introduces one with a cue
 * ({@code nickname-cues.tsv}) between the name and the quotation marks, or writes it inside the
 * name:
 *
 * <ul>
 *   <li>'Tomas Veld, known as "the Falcon",' — 'Ilan Rusk, nicknamed 'Iron Ilan'' — 'Rusk, dubbed
 *       "the Hammer",' (a cue that is also a verb only after a comma, bracket or dash);
 *   <li>'Mara Orsk — "Commander Mara" to her fighters —': a quoted name after a dash or comma
 *       followed by "to his/her/their";
 *   <li>'Jon "the Wolf" Brask': the quoted name between the parts of a person's name, which make
 *       one mention with it;
 *   <li>'the militia leader, nicknamed "the Butcher of Kesta"': a person described, not named; the
 *       nickname is then the person's only name and the description a role.
 * </ul>
 *
 * The nickname (without quotation marks or a leading "the") becomes a person mention marked as an
 * alias of the named person ({@link Cand#aliasOf}), and so does every other use of it in the
 * article, quoted or not ("the Falcon's fighters"), when it stands alone: not part of a longer
 * capitalised name, and after "the" when it was introduced with "the". Grouping then joins them
 * and keeps the person's own name as the entity's name. A quotation that is speech ('Veld said
 * "the falcon flies"'), scare quotes ('so-called "safe zones"') and quoted titles have no cue and no
 * person before them, and are left alone. Stateless and thread-safe.
 */
final class Nicknames {
  /** A quoted phrase on one line: double marks, or single marks not taken for apostrophes. */
  private static final Pattern QUOTED = Pattern.compile(
      "[\"“]([^\"“”\\n]{1,60})[\"”]|(?<![\\p{L}\\p{N}])['‘]([^'‘’\"“”\\n]{1,60})['’](?![\\p{L}\\p{N}])");
  /** Lower-case words that may join the capitalised words of a nickname ("Butcher of Kesta"). */
  private static final Set<String> SMALL = Set.of("of", "the", "al", "el", "de", "la", "le", "du",
      "da", "bin", "ibn", "abu", "van", "von", "del", "y");
  private static final Pattern TO_THEIR = Pattern.compile("^\\s+to\\s+(?:his|her|their)\\b");
  private static final Pattern KNOWN_TO = Pattern.compile(
      "^known to (?:his|her|their|the|many|some|most) [\\p{L} ]{1,30}? as$");
  private static final Pattern AGE = Pattern.compile("^\\d{1,3}\\s*,\\s*");
  /** The capitalised words right after an inline nickname: the rest of the person's name. */
  private static final Pattern NAME_AFTER = Pattern.compile(
      "^ (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2})");
  /** The capitalised word right before an inline nickname: the person's first name. */
  private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*) $");
  private static final Pattern DESCRIPTION = Pattern.compile(
      "(?<![\\p{L}'’])((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)$");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "one", "another", "this", "that");
  /** How far before the quotation mark the name may end: the cue's length and some. */
  private static final int REACH = 60;

  private final Map<String, String> cues;
  private final Set<String> roles;
  private final Set<String> personNouns;
  /** A cue, then a capitalised name without quotation marks ending at punctuation. */
  private final Pattern unquoted;

  Nicknames(Lexicon lexicon) {
    this.cues = lexicon.nicknameCues;
    this.roles = lexicon.roles;
    this.personNouns = lexicon.personNouns;
    // "called" is too often a verb ("Veld called Moscow, then ...") to introduce a bare name.
    String phrases = String.join("|", cues.entrySet().stream()
        .filter(e -> e.getValue().equals("CUE") || e.getValue().equals("APPOSITIVE"))
        .map(Map.Entry::getKey).filter(k -> !k.equals("called"))
        .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    this.unquoted = Pattern.compile("(?i:\\b(?:" + phrases + "))[ \u00A0]+((?:[Tt]he )?"
        + "\\p{Lu}[\\p{L}’'-]*(?: (?:of|al|el|de|bin|ibn|abu) \\p{Lu}[\\p{L}’'-]*"
        + "| \\p{Lu}[\\p{L}’'-]*){0,3})(?=[ \u00A0]?[,.;:)—–]|$)");
  }

  /** A nickname as the text introduces it, and the key of the name it stands for (or null). */
  private record Defined(String surface, boolean withThe, String aliasOf) {}

  void apply(String text, List<Cand> cands) {
    Map<String, Defined> defined = new LinkedHashMap<>();
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      int[] nick = shape(text, m.start(group), m.end(group));
      if (nick == null) {
        continue;
      }
      String surface = text.substring(nick[0], nick[1]);
      boolean withThe = nick[0] > m.start(group);
      Defined d = inline(text, m.start(), m.end(), cands, surface, withThe);
      if (d == null) {
        d = introduced(text, m.start(), m.end(), nick, cands, surface, withThe);
      }
      if (d != null) {
        defined.putIfAbsent(surface, d);
      }
    }
    // 'X, known as Hemzo,': the same cues before a bare capitalised name ending at punctuation.
    Matcher u = unquoted.matcher(text);
    while (u.find()) {
      int[] nick = shape(text, u.start(1), u.end(1));
      if (nick == null || text.substring(nick[0], nick[1]).matches(".*['’]s\\b.*")) {
        continue;
      }
      String surface = text.substring(nick[0], nick[1]);
      Defined d = introduced(text, u.start(1), u.end(1), nick, cands, surface,
          nick[0] > u.start(1));
      if (d != null) {
        defined.putIfAbsent(surface, d);
      }
    }
    for (Defined d : defined.values()) {
      uses(text, d, cands);
    }
  }

  /**
   * The nickname inside a quoted phrase: its span without a leading "the", or null when the phrase
   * does not look like a name (at most five words, capitalised ones joined by particles, no
   * sentence punctuation: speech and scare-quoted ordinary words fail).
   */
  private static int[] shape(String text, int from, int to) {
    String inner = text.substring(from, to);
    int lead = inner.length() - inner.stripLeading().length();
    int s = from + lead;
    int e = from + inner.stripTrailing().length();
    if (text.regionMatches(true, s, "the ", 0, 4)) {
      s += 4;
    }
    if (s >= e) {
      return null;
    }
    String name = text.substring(s, e);
    String[] words = name.split(" +");
    if (words.length > 5 || name.matches(".*[.,;:!?()\\[\\]].*")) {
      return null;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean cap = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
      boolean small = i > 0 && i < words.length - 1 && SMALL.contains(w);
      if (!cap && !small) {
        return null;
      }
    }
    return new int[] {s, e};
  }

  /**
   * 'Jon "the Wolf" Brask': a quoted name between a capitalised first name and the rest of a
   * name, one of them a person mention, makes one person mention of the whole.
   */
  private static Defined inline(String text, int qs, int qe, List<Cand> cands, String surface,
      boolean withThe) {
    Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, qs - 40), qs));
    Matcher after = NAME_AFTER.matcher(text.substring(qe, Math.min(text.length(), qe + 60)));
    if (!before.find() || !after.find()) {
      return null;
    }
    int nameStart = qs - 1 - before.group(1).length();
    int nameEnd = qe + 1 + after.group(1).length();
    Cand first = null;
    Cand last = null;
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && c.end == qs - 1 && c.start <= nameStart) {
        first = c;
      }
      if (c.type == EntityType.PERSON && c.start == qe + 1 && c.end <= nameEnd) {
        last = c;
      }
    }
    if (first == null && last == null
        || "The".equals(before.group(1)) && first == null) {
      return null;
    }
    int from = first != null ? first.start : nameStart;
    int to = last != null ? last.end : nameEnd;
    // Another kind of name around the quote ("the Zorin "Wolf" Brigade") is no person's.
    for (Cand c : cands) {
      if (c.overlaps(from, to) && c.type != EntityType.PERSON) {
        return null;
      }
    }
    Cand whole = new Cand(from, to, EntityType.PERSON, null, true);
    if (first != null) {
      whole.role = first.role;
      whole.nameStart = first.nameStart;
    }
    NameChains.put(cands, whole);
    return new Defined(surface, withThe, Names.key(whole.name(text)));
  }

  /**
   * 'X, known as "N"' and 'the gang leader, nicknamed "N"': the nearest end of a person mention or
   * of a person noun before the quotation mark, with only a nickname cue between them.
   */
  private Defined introduced(String text, int qs, int qe, int[] nick, List<Cand> cands,
      String surface, boolean withThe) {
    String after = text.substring(qe, Math.min(text.length(), qe + 30));
    for (int p = qs - 1; p > 0 && p >= qs - REACH; p--) {
      if (!Character.isLetterOrDigit(text.charAt(p - 1)) || Character.isLetterOrDigit(text.charAt(p))
          || !cueGap(text.substring(p, qs), after)) {
        continue;
      }
      int end = p;
      Cand person = cands.stream().filter(c -> c.type == EntityType.PERSON && c.end == end)
          .findFirst().orElse(null);
      if (person != null) {
        mention(cands, nick, Names.key(person.name(text)), null);
        return new Defined(surface, withThe, Names.key(person.name(text)));
      }
      Matcher d = DESCRIPTION.matcher(text.substring(Math.max(0, p - 50), p));
      if (d.find()) {
        String description = d.group(1);
        String head = description.substring(description.lastIndexOf(' ') + 1);
        if (cues.getOrDefault(head, "").equals("NOUN") || roles.contains(head)
            || personNouns.contains(head)) {
          // "the militia leader" → "militia leader"; "gang's top gunman" → "top gunman".
          List<String> words = new ArrayList<>(List.of(description.split(" ")));
          int det = -1;
          for (int i = 0; i < words.size(); i++) {
            det = DETERMINERS.contains(words.get(i)) ? i : det;
          }
          String role = String.join(" ", words.subList(det + 1, words.size()));
          mention(cands, nick, null, role);
          return new Defined(surface, withThe, null);
        }
      }
    }
    return null;
  }

  /**
   * Whether the text between a name and an opening quotation mark introduces a nickname: a cue,
   * perhaps after an adverb ("also known as") and a comma, bracket or dash with an age ("X, 41,
   * known as"); or only a dash or comma when "to his/her/their" follows the quote.
   */
  private boolean cueGap(String gap, String afterQuote) {
    String g = gap.replace('\u00A0', ' ').strip();
    // A hyphen counts as a dash only with space before it: "so-called" is no "X - called".
    boolean punct = !g.isEmpty() && (",(—–".indexOf(g.charAt(0)) >= 0
        || g.startsWith("- ") && gap.startsWith(" "));
    if (punct) {
      g = AGE.matcher(g.substring(1).strip()).replaceFirst("");
    }
    g = g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (g.isEmpty()) {
      return punct && TO_THEIR.matcher(afterQuote).find();
    }
    if (KNOWN_TO.matcher(g).matches()) {
      g = "known as";
    }
    while (g.contains(" ") && "ADVERB".equals(cues.get(g.substring(0, g.indexOf(' '))))) {
      g = g.substring(g.indexOf(' ') + 1);
    }
    String kind = cues.get(g);
    return "CUE".equals(kind) || "APPOSITIVE".equals(kind) && punct;
  }

  private static void mention(List<Cand> cands, int[] nick, String aliasOf, String role) {
    Cand c = new Cand(nick[0], nick[1], EntityType.PERSON, null, true);
    c.aliasOf = aliasOf;
    c.nickname = true;
    c.role = role;
    NameChains.put(cands, c);
  }

  /**
   * Every other use of a nickname standing alone becomes a mention of it: not inside a longer
   * mention or capitalised name, and after "the" (or a quotation mark) when it was introduced so.
   */
  private static void uses(String text, Defined d, List<Cand> cands) {
    String s = d.surface();
    for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      int from = at;
      int to = at + s.length();
      if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))
          || to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
        continue;
      }
      String before = text.substring(Math.max(0, from - 6), from);
      boolean afterThe = before.matches("(?s).*\\b[Tt]he [\"“'‘]?") || before.matches("(?s).*[\"“'‘]");
      if (d.withThe() && !afterThe
          || !d.withThe() && before.matches("(?s).*\\p{Lu}[\\p{L}'’-]* ")
          || text.substring(to, Math.min(text.length(), to + 3)).matches("[\"”'’]? \\p{Lu}.*")
          || cands.stream().anyMatch(c -> c.overlaps(from, to) && (c.start < from || c.end > to)
              || c.nickname && c.same(from, to))) {
        continue;
      }
      Cand c = new Cand(from, to, EntityType.PERSON, null, true);
      c.aliasOf = d.aliasOf();
      c.nickname = true;
      NameChains.put(cands, c);
    }
  }
}
