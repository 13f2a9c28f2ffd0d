package org.sitrep.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Organisation names by their head word (org-name-heads.tsv). CoreNLP misses names it has not
 * seen when their words are ordinary ("the Royal Tamaran Government", "a Northern District
 * People's Defence Force battalion"), and stops long names at their first preposition ("the Senate
 * Select Committee" of "the Senate Select Committee on Trade Between X and Y"). Two rules:
 *
 * <ul>
 *   <li><b>Whole names.</b> A capitalised name of two or more words ending in a head word, with
 *       no person in it and no mention covering exactly it, is an organisation; place and group
 *       mentions inside it ("Chilean", "Osk District") become part of it.
 *   <li><b>Complements.</b> An organisation ending in a head word takes a following "of"/"for"
 *       (and "on" for committees, commissions and councils) with the capitalised name after it:
 *       "… Network of Valdora", "… Committee on the Trade Dispute Between A and the B". A
 *       lower-case "committee on" after an organisation is part of it too ("the House committee on
 *       Trade"). Days, months and numbers never start a complement ("the Council on Monday").
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class OrgNames {
  private static final Pattern TIME_WORD = Pattern.compile(
      "(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
          + "|august|september|october|november|december|\\d.*");
  private static final Set<String> INNER = Set.of("and", "of", "the", "for", "'s", "’s", "&");
  private static final Set<String> LOWER_COMMITTEES = Set.of("committee", "subcommittee",
      "commission", "panel");
  private static final int MAX_TOKENS = 20;

  private final Map<String, String> heads;

  OrgNames(Lexicon lexicon) {
    this.heads = lexicon.orgNameHeads;
  }

  void apply(Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    wholeNames(tk, cands);
    complements(tk, cands);
  }

  private boolean head(Token t) {
    return t.capitalised() && heads.containsKey(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean nameWord(Token t) {
    return t.capitalised() && !t.pos().equals("DT") && !t.word().equals("'s")
        && !t.pos().startsWith("PRP") && !t.pos().startsWith("W");
  }

  private void wholeNames(List<Token> tk, List<Cand> cands) {
    for (int i = 1; i < tk.size(); i++) {
      // "the National Assembly building" still names the assembly, as "Army chief" the army.
      if (!head(tk.get(i))) {
        continue;
      }
      // Walk left over name words and the possessive of "People's".
      int j = i - 1;
      int first = i;
      while (j >= 0 && i - j < MAX_TOKENS) {
        Token t = tk.get(j);
        if (nameWord(t) && !TIME_WORD.matcher(t.word()).matches()) {
          first = j;
          j--;
        } else if ((t.word().equals("'s") || t.word().equals("’s")) && j > 0
            && nameWord(tk.get(j - 1)) && !mentioned(cands, tk.get(j - 1))) {
          // "People's Defence Force", but not "Mexico's Statistics Institute": the possessive
          // of a name that is a mention of its own is not part of the next name.
          j--;
        } else {
          break;
        }
      }
      if (first == i) {
        continue;
      }
      int from = tk.get(first).start();
      int to = tk.get(i).end();
      // Left alone: a name a mention already covers, one with a person in it, and one a mention
      // crosses (the tagger saw another boundary).
      boolean covered = cands.stream().anyMatch(c -> c.start <= from && to <= c.end);
      boolean blocked = cands.stream().anyMatch(c -> c.overlaps(from, to)
          && (c.type == EntityType.PERSON || c.start < from || c.end > to));
      if (covered || blocked) {
        continue;
      }
      NameChains.put(cands, new Cand(from, to, EntityType.ORGANIZATION, null, true));
    }
  }

  private void complements(List<Token> tk, List<Cand> cands) {
    for (Cand c : List.copyOf(cands)) {
      if (c.type != EntityType.ORGANIZATION) {
        continue;
      }
      int last = indexEndingAt(tk, c.end);
      if (last < 0 || last + 2 >= tk.size()) {
        continue;
      }
      int k = last + 1;
      boolean committee = false;
      // "the House committee on Trade": a lower-case committee noun after the name.
      if (LOWER_COMMITTEES.contains(tk.get(k).word()) && k + 2 < tk.size()
          && tk.get(k + 1).word().equals("on")) {
        committee = true;
      } else if (!head(tk.get(last))) {
        continue;
      }
      int prep = committee ? k + 1 : k;
      String p = tk.get(prep).word().toLowerCase(Locale.ROOT);
      String kind = committee ? "ON" : heads.get(tk.get(last).word().toLowerCase(Locale.ROOT));
      if (!(p.equals("of") || p.equals("for") || p.equals("on") && "ON".equals(kind))) {
        continue;
      }
      int j = prep + 1;
      if (j < tk.size() && tk.get(j).word().equalsIgnoreCase("the")) {
        j++;
      }
      if (j >= tk.size() || !nameWord(tk.get(j)) || TIME_WORD.matcher(tk.get(j).word()).matches()) {
        continue;
      }
      int end = j;
      while (end < tk.size() && end - last < MAX_TOKENS) {
        Token t = tk.get(end);
        if (nameWord(t) && !TIME_WORD.matcher(t.word()).matches()) {
          end++;
        } else if (INNER.contains(t.word().toLowerCase(Locale.ROOT)) && end + 1 < tk.size()
            && (nameWord(tk.get(end + 1)) || tk.get(end + 1).word().equalsIgnoreCase("the")
            && end + 2 < tk.size() && nameWord(tk.get(end + 2)))) {
          end++;
        } else {
          break;
        }
      }
      while (end > j && !nameWord(tk.get(end - 1))) {
        end--;
      }
      int from = c.start;
      int to = tk.get(end - 1).end();
      if (cands.stream().anyMatch(o -> o != c && o.type == EntityType.PERSON
          && o.overlaps(from, to))) {
        continue;
      }
      Cand whole = new Cand(from, to, EntityType.ORGANIZATION, c.subtype, true);
      whole.role = c.role;
      NameChains.put(cands, whole);
    }
  }

  private static boolean mentioned(List<Cand> cands, Token t) {
    return cands.stream().anyMatch(c -> c.start <= t.start() && t.end() <= c.end);
  }

  private static int indexEndingAt(List<Token> tk, int end) {
    for (int i = 0; i < tk.size(); i++) {
      if (tk.get(i).end() == end) {
        return i;
      }
    }
    return -1;
  }
}
