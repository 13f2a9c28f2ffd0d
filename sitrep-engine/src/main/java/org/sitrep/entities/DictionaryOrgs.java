package org.sitrep.entities;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.ActorKind;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Organisations the actor dictionary knows by name: armed groups, militias, parties, movements,
 * international bodies, NGOs and outlets. CoreNLP's tagger misses many of them (groups formed after
 * its training data, names with Arabic particles, gang coalitions) or calls them persons ("Ansar
 * al-Sharia"), nationalities or miscellaneous ("Islamist Muslim Brotherhood"). The dictionary (with
 * its hand-kept overlay of post-2016 groups, and any user overlay) is the evidence.
 *
 * <p>The longest capitalised stretch of a name that the dictionary lists wins. A place CoreNLP
 * found keeps its type unless the dictionary calls it a non-state group (a group named after a
 * place, "Hamas" being also a village, is the group in news of conflict); a person keeps its type
 * when a title precedes it or the text gives other person evidence (see {@link PersonEvidence}),
 * since the dictionary lists leaders under the codes of what they lead. Stateless and thread-safe.
 */
final class DictionaryOrgs {
  /**
   * Kinds whose names are organisations. Not persons or communities; nor state bodies, which the
   * dictionary lists under metonyms and seats ("White House", "Pentagon") that CoreNLP already
   * reads, as places or organisations, better than a name list can.
   */
  private static final Set<ActorKind> ORG_KINDS = EnumSet.of(ActorKind.ARMED_NONSTATE,
      ActorKind.POLITICAL_ORG, ActorKind.INTERNATIONAL_ORG, ActorKind.NGO, ActorKind.MEDIA);
  /** Kinds that outrank a place reading of the same name. */
  private static final Set<ActorKind> GROUP_KINDS = EnumSet.of(ActorKind.ARMED_NONSTATE,
      ActorKind.POLITICAL_ORG, ActorKind.NGO, ActorKind.MEDIA);
  private static final int MAX_TOKENS = 8;

  private final ActorDictionary actors;
  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final PersonEvidence persons;

  DictionaryOrgs(ActorDictionary actors, Gazetteer gazetteer, Lexicon lexicon,
      PersonEvidence persons) {
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.persons = persons;
  }

  void apply(String text, NlpAnalysis nlp, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    int i = 0;
    while (i < tk.size()) {
      if (!nameToken(tk.get(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < tk.size() && (nameToken(tk.get(end)) || NameChains.joiner(tk.get(end))
          && end + 1 < tk.size() && (nameToken(tk.get(end + 1)) || NameChains.joiner(tk.get(end + 1))))) {
        end++;
      }
      while (end > i + 1 && NameChains.joiner(tk.get(end - 1))) {
        end--;
      }
      int start = i;
      // "al-Qaeda", "el-Sisi": a lower-case particle glued by a hyphen belongs to the name.
      if (start >= 2 && tk.get(start - 1).word().equals("-")
          && NameChains.joiner(tk.get(start - 2))
          && tk.get(start - 2).end() == tk.get(start - 1).start()) {
        start -= 2;
      }
      int next = Math.max(end, i + 1);
      for (int from = start; from < end; from++) {
        int matched = longestMatch(text, nlp, tk, from, end, cands);
        if (matched > from) {
          from = matched - 1;
        }
      }
      i = next;
    }
  }

  /**
   * A word of a name here: a capitalised proper noun, an acronym whatever its tag ("TTP/NN"), or
   * a particle glued to a capitalised word ("e-Taliban" of "Tehrik-e-Taliban").
   */
  private static boolean nameToken(Token t) {
    return NameChains.nameToken(t) || Names.isAcronym(t.word()) && t.word().length() >= 2
        || GLUED.matcher(t.word()).matches();
  }

  private static final Pattern GLUED = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}[\\p{L}'-]*");

  /** Tries the longest span from {@code from}; returns its end when one was typed, else from. */
  private int longestMatch(String text, NlpAnalysis nlp, List<Token> tk, int from, int end,
      List<Cand> cands) {
    if (NameChains.joiner(tk.get(from)) && from + 1 < end && !tk.get(from + 1).word().equals("-")) {
      return from;
    }
    for (int to = Math.min(end, from + MAX_TOKENS); to > from; to--) {
      if (NameChains.joiner(tk.get(to - 1))) {
        continue;
      }
      int s = tk.get(from).start();
      int e = tk.get(to - 1).end();
      String surface = text.substring(s, e);
      if (to - from == 1 && from == 0 && cands.stream().noneMatch(c -> c.same(s, e))) {
        // A single capitalised word opening a sentence may be an ordinary word ("Police said").
        continue;
      }
      Optional<ActorEntry> entry = actors.lookup(surface, null);
      if (entry.isEmpty() || !ORG_KINDS.contains(entry.get().kind())) {
        continue;
      }
      if (!allowed(text, nlp, surface, entry.get().kind(), s, e, tk, from, cands)) {
        return from;
      }
      Cand typed = new Cand(s, e, EntityType.ORGANIZATION, subtype(entry.get().kind()), true);
      // Re-typing must not lose what the text said about the same words: "Long Name (LN)" made
      // LN an alias of the long name, "security forces (X)" gave X a description.
      cands.stream().filter(c -> c.same(s, e)).findFirst().ifPresent(old -> {
        typed.aliasOf = old.aliasOf;
        typed.role = old.role;
      });
      NameChains.put(cands, typed);
      return to;
    }
    return from;
  }

  private boolean allowed(String text, NlpAnalysis nlp, String surface, ActorKind kind, int s,
      int e, List<Token> tk, int from, List<Cand> cands) {
    if (gazetteer.country(surface).isPresent()) {
      return false;
    }
    for (Cand c : cands) {
      if (!c.overlaps(s, e)) {
        continue;
      }
      boolean inside = s <= c.start && c.end <= e;
      if (c.type == EntityType.ORGANIZATION && !inside) {
        // "Islamist Muslim Brotherhood", "Egyptian X": one modifier before the listed name is
        // no part of it.
        if (c.end == e && c.start < s && modifier(text.substring(c.start, s).strip())) {
          continue;
        }
        return false;
      }
      if (c.type == EntityType.LOCATION && !(inside && GROUP_KINDS.contains(kind))) {
        return false;
      }
      // The dictionary lists people too, under the codes of what they lead ("President X" is
      // coded as a government): a person of several words, or with person evidence, stays a
      // person; CoreNLP's one-word "persons" inside group names ("Ansar" of "Ansar al-X") go.
      if (c.type == EntityType.PERSON && (!inside || titled(tk, from)
          || text.substring(c.start, c.end).strip().contains(" ") && !groupName(text, c)
          || personElsewhere(text, nlp, c, cands))) {
        return false;
      }
    }
    return true;
  }

  /** A name opening with a group-name word: "Ansar al-X", "Jaysh al-Y". */
  private boolean groupName(String text, Cand c) {
    String first = text.substring(c.start, c.end).strip().split("[\\s-]+")[0];
    return lexicon.groupNameWords.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * CoreNLP's persons whose name opens with a group-name word are groups, listed or not
   * ("Jaysh al-X", "Liwa Y").
   */
  void groupNamedPersons(String text, List<Cand> cands) {
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && !c.ruled
          && text.substring(c.start, c.end).strip().contains(" ") && groupName(text, c)) {
        c.type = EntityType.ORGANIZATION;
        c.subtype = "ARMED_GROUP";
        c.role = null;
        c.ruled = true;
      }
    }
  }

  /** One demonym or "-ist" adjective: "Egyptian", "Islamist". */
  private boolean modifier(String words) {
    if (words.isEmpty() || words.contains(" ")) {
      return false;
    }
    return words.endsWith("ist") || actors.country(words).isPresent()
        && gazetteer.country(words).isEmpty();
  }

  /** Person evidence at any mention of the person's name in the article. */
  private boolean personElsewhere(String text, NlpAnalysis nlp, Cand c, List<Cand> cands) {
    String key = Names.key(text.substring(c.start, c.end));
    for (Cand o : cands) {
      if (o.type == EntityType.PERSON && Names.key(text.substring(o.start, o.end)).equals(key)
          && persons.evidence(text, nlp, o)) {
        return true;
      }
    }
    return false;
  }

  /** A title or role word right before the name: "President X" is a person. */
  private boolean titled(List<Token> tk, int from) {
    return from > 0 && lexicon.roles.contains(tk.get(from - 1).word().toLowerCase(Locale.ROOT));
  }

  private static String subtype(ActorKind kind) {
    return switch (kind) {
      case ARMED_NONSTATE -> "ARMED_GROUP";
      case POLITICAL_ORG -> "PARTY";
      case INTERNATIONAL_ORG -> "INTERNATIONAL_ORG";
      case NGO -> "NGO";
      case MEDIA -> "MEDIA";
      case MILITARY -> "MILITARY";
      case POLICE_SECURITY -> "SECURITY_FORCE";
      case STATE_GOVERNMENT -> "GOVERNMENT";
      default -> null;
    };
  }
}
