package org.sitrep.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * An unknown one-word name is not a person without person evidence. CoreNLP tags many capitalised
 * words it does not know as persons: villages in a list, a festival, an operation's name, a suburb
 * in "of X, State". Person evidence, for any mention of the name in the article, is:
 *
 * <ul>
 *   <li>a title, role or honorific right before it ("Mr X", "Mayor X"), or a kinship noun ("his
 *       wife, X");
 *   <li>a longer person name of the article with the word in it (the surname of "Amina X",
 *       also without its particle: "X" of "Ahmed al-X");
 *   <li>the name given as a person's own: "gave his name only as X", "whose name is X";
 *   <li>the actor dictionary listing the name as a person;
 *   <li>a person verb with it as subject or after it in an attribution ("X said", "X, 52, told",
 *       "said X");
 *   <li>a personal pronoun later in its sentence or at the start of the next ("X ... he").
 * </ul>
 *
 * <p>Without evidence, a name the gazetteer knows as a place becomes a place, and any other is
 * dropped. Names of several words are left to CoreNLP. Stateless and thread-safe.
 */
final class PersonEvidence {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers",
      "himself", "herself");

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;

  PersonEvidence(Lexicon lexicon, Gazetteer gazetteer, ActorDictionary actors) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.actors = actors;
  }

  void apply(String text, NlpAnalysis nlp, List<Cand> cands) {
    Set<String> personWords = new HashSet<>();
    List<Cand> single = new ArrayList<>();
    for (Cand c : cands) {
      if (c.type != EntityType.PERSON) {
        continue;
      }
      String surface = text.substring(c.start, c.end);
      if (surface.strip().contains(" ")) {
        for (String w : surface.split("\\s+")) {
          personWords.add(Names.key(w));
        }
        // "Rashidi" for "Ahmed al-Rashidi": the surname without its particle is evidence too.
        personWords.add(Names.key(Names.surname(surface)));
      } else if (!c.ruled) {
        single.add(c);
      }
    }
    Set<String> evidenced = new HashSet<>();
    for (Cand c : single) {
      String key = Names.key(text.substring(c.start, c.end));
      if (personWords.contains(key) || evidence(text, nlp, c)) {
        evidenced.add(key);
      }
    }
    for (Cand c : single) {
      String surface = text.substring(c.start, c.end);
      if (evidenced.contains(Names.key(surface))) {
        continue;
      }
      if (actors.lookup(surface, null).filter(e -> e.kind() == ActorKind.PERSON).isPresent()) {
        continue;
      }
      if (gazetteer.isKnownPlace(surface)) {
        c.type = EntityType.LOCATION;
        c.subtype = null;
        c.role = null;
        c.ruled = true;
      } else {
        cands.remove(c);
      }
    }
  }

  /** Whether the text gives person evidence at this mention (see the class comment). */
  boolean evidence(String text, NlpAnalysis nlp, Cand c) {
    List<Sentence> sentences = nlp.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      if (c.start < s.start() || c.end > s.end()) {
        continue;
      }
      List<Token> tk = s.tokens();
      int first = -1;
      int last = -1;
      for (int i = 0; i < tk.size(); i++) {
        if (tk.get(i).start() == c.start) {
          first = i;
        }
        if (tk.get(i).end() == c.end) {
          last = i;
        }
      }
      if (first < 0 || last < 0) {
        return false;
      }
      if (c.role != null || first > 0 && titleWord(tk.get(first - 1)) || titleWord(tk.get(first))) {
        return true;
      }
      // "his wife, X", "her son X".
      int before = first > 0 && tk.get(first - 1).word().equals(",") ? first - 2 : first - 1;
      if (before >= 0 && lexicon.personNouns.contains(tk.get(before).word().toLowerCase(
          Locale.ROOT))) {
        return true;
      }
      if (givenName(tk, first)) {
        return true;
      }
      // "X said", "X, 52, told", "X has said", "said X".
      int j = last + 1;
      if (j < tk.size() && tk.get(j).word().equals(",")) {
        j++;
        while (j < tk.size() && !tk.get(j).word().equals(",") && j < last + 5) {
          j++;
        }
        j++;
      }
      for (int k = j; k < Math.min(tk.size(), j + 3); k++) {
        Token t = tk.get(k);
        if (t.pos().startsWith("VB") && lexicon.personVerbs.contains(t.lemma().toLowerCase(
            Locale.ROOT))) {
          return true;
        }
        if (!(t.pos().equals("MD") || t.pos().startsWith("RB") || t.pos().startsWith("VB"))) {
          break;
        }
      }
      // "..., said X." (not "said X expected", where X opens a reported clause).
      boolean closes = last + 1 >= tk.size() || tk.get(last + 1).word().matches("[.,;:]");
      if (closes && first > 0 && tk.get(first - 1).pos().startsWith("VB")
          && lexicon.personVerbs.contains(tk.get(first - 1).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int k = last + 1; k < tk.size(); k++) {
        if (pronoun(tk.get(k))) {
          return true;
        }
      }
      if (si + 1 < sentences.size()) {
        List<Token> next = sentences.get(si + 1).tokens();
        for (int k = 0; k < Math.min(3, next.size()); k++) {
          if (pronoun(next.get(k))) {
            return true;
          }
        }
      }
      return false;
    }
    return false;
  }

  /**
   * "gave his name only as X", "whose name is X": a person's own name introduced as such. Only a
   * person has "his", "her" or "whose" name, so places and operations do not match.
   */
  private static boolean givenName(List<Token> tk, int first) {
    if (first < 3 || !tk.get(first - 1).word().toLowerCase(Locale.ROOT).matches("as|is|was")) {
      return false;
    }
    for (int k = first - 2; k >= Math.max(1, first - 4); k--) {
      if (tk.get(k).word().equalsIgnoreCase("name")) {
        return tk.get(k - 1).word().toLowerCase(Locale.ROOT).matches("his|her|whose");
      }
    }
    return false;
  }

  private boolean titleWord(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return lexicon.roles.contains(w) || lexicon.honorifics.contains(w);
  }

  private static boolean pronoun(Token t) {
    return PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
