package org.sitrep.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Organisation mentions that are parts of titles. CoreNLP tags the portfolio of a minister as an
 * organisation ("Interior" in "Interior Minister X", "Trade" in "Minister of Trade X", "Energy and
 * Mines" in "the Energy and Mines ministries"), and a military rank with the name after it as one
 * organisation ("Major General A B"). A portfolio is a title word, not a mention of the ministry,
 * so it is dropped (unless the next word is a capitalised "Ministry", which makes it the
 * ministry's name); a rank before a name makes the name a person, whose role the roles rule then
 * reads. Stateless and thread-safe.
 */
final class TitleFragments {
  /** Title nouns after a portfolio ("Interior minister") or before it ("Minister of Trade"). */
  private static final Set<String> PORTFOLIO_HOLDERS = Set.of("minister", "ministers",
      "secretary", "secretaries");
  private static final Set<String> MINISTRIES = Set.of("ministry", "ministries");
  private static final Set<String> COORDINATION = Set.of("and", ",", "the", "&");

  private final Lexicon lexicon;
  private final ActorDictionary actors;

  TitleFragments(Lexicon lexicon, ActorDictionary actors) {
    this.lexicon = lexicon;
    this.actors = actors;
  }

  void apply(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    portfolios(text, tk, cands);
    rankedPersons(tk, cands);
  }

  private void portfolios(String text, List<Token> tk, List<Cand> cands) {
    List<Cand> drop = new ArrayList<>();
    for (Cand c : List.copyOf(cands)) {
      // A group the dictionary knows is no portfolio: "a Hamas minister".
      if (c.type != EntityType.ORGANIZATION || institution(tk, c)
          || actors.lookup(text.substring(c.start, c.end), null).isPresent()) {
        continue;
      }
      int first = index(tk, c.start, true);
      int last = index(tk, c.end, false);
      if (first < 0 || last < 0) {
        continue;
      }
      // "Minister of (the) Interior", "Secretary for Trade".
      int b = first - 1;
      if (b >= 0 && tk.get(b).word().equalsIgnoreCase("the")) {
        b--;
      }
      if (b >= 1 && (tk.get(b).word().equals("of") || tk.get(b).word().equals("for"))
          && PORTFOLIO_HOLDERS.contains(tk.get(b - 1).word().toLowerCase(Locale.ROOT))) {
        drop.add(c);
        continue;
      }
      // "Interior Minister", "Energy and the Mines ministries": forwards over coordinated names.
      List<Cand> run = new ArrayList<>(List.of(c));
      int k = last + 1;
      while (k < tk.size()) {
        Token t = tk.get(k);
        Cand other = covering(cands, t);
        if (other != null && other.type == EntityType.ORGANIZATION && !institution(tk, other)) {
          if (!run.contains(other)) {
            run.add(other);
          }
          k++;
        } else if (COORDINATION.contains(t.word().toLowerCase(Locale.ROOT))) {
          k++;
        } else {
          break;
        }
      }
      if (k >= tk.size()) {
        continue;
      }
      String next = tk.get(k).word();
      String lower = next.toLowerCase(Locale.ROOT);
      if (k == last + 1 && MINISTRIES.contains(lower) && Character.isUpperCase(next.charAt(0))) {
        Cand whole = new Cand(c.start, tk.get(k).end(), EntityType.ORGANIZATION, "MINISTRY", true);
        NameChains.put(cands, whole);
      } else if (PORTFOLIO_HOLDERS.contains(lower) || MINISTRIES.contains(lower)) {
        drop.addAll(run);
      }
    }
    cands.removeAll(drop);
  }

  private void rankedPersons(List<Token> tk, List<Cand> cands) {
    for (Cand c : cands) {
      if (c.type != EntityType.ORGANIZATION) {
        continue;
      }
      int first = index(tk, c.start, true);
      int last = index(tk, c.end, false);
      if (first < 0 || last < 0) {
        continue;
      }
      int k = first;
      while (k <= last && tk.get(k).capitalised()
          && lexicon.roles.contains(tk.get(k).word().toLowerCase(Locale.ROOT))) {
        k++;
      }
      int rest = last - k + 1;
      if (k == first || rest < 1 || rest > 3) {
        continue;
      }
      boolean plainName = true;
      for (int i = k; i <= last; i++) {
        String w = tk.get(i).word().toLowerCase(Locale.ROOT);
        plainName &= tk.get(i).capitalised() && !lexicon.orgNameHeads.containsKey(w)
            && !lexicon.roles.contains(w) && !lexicon.orgHeads.containsKey(w);
      }
      if (plainName) {
        c.start = tk.get(k).start();
        c.type = EntityType.PERSON;
        c.subtype = null;
        c.ruled = true;
      }
    }
  }

  /** Whether a word of the mention is a lower-case institution noun ("Ministry", "Army"). */
  private boolean institution(List<Token> tk, Cand c) {
    for (Token t : tk) {
      if (t.start() >= c.start && t.end() <= c.end
          && lexicon.orgHeads.containsKey(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Cand covering(List<Cand> cands, Token t) {
    for (Cand c : cands) {
      if (c.start <= t.start() && t.end() <= c.end) {
        return c;
      }
    }
    return null;
  }

  /** The index of the token starting (or ending) at {@code offset}, or -1. */
  private static int index(List<Token> tk, int offset, boolean starting) {
    for (int i = 0; i < tk.size(); i++) {
      if ((starting ? tk.get(i).start() : tk.get(i).end()) == offset) {
        return i;
      }
    }
    return -1;
  }
}
