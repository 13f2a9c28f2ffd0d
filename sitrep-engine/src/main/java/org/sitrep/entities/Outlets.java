package org.sitrep.entities;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.geo.Gazetteer;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * News outlets named in the body as sources are organisations ("analysis by The Daily Courier
 * found", "speaking to Channel 9 World", "DCT has reported"). CoreNLP's tagger knows the big wire
 * names but misses many outlets, or splits them; the list of well-known outlets the ingest stage
 * keeps for reading an article's address ({@code org/sitrep/ingest/outlet-hosts.tsv}, compiled
 * from the outlets' own sites) is the evidence.
 *
 * <p>A name matches as written (case-sensitive, so "time" or "the nation" in running text never
 * does), without a leading "The", and only when it cannot be an ordinary word: a name of several
 * words ("Daily Courier") or an acronym ("DCN"). One-word names are left to the tagger, except
 * that a name the list writes with "The" ("The Courier") matches with a capital "The" inside a
 * sentence ("…, The Courier found"), where the capital says the article belongs to the name. The initials of a listed name of three or more words ("Times of Arcadia" → "TOA") are
 * the outlet too when the acronym is not taken by an actor the dictionary knows or by a place.
 * A longer mention covering the name wins ("Daily Courier Digital"), and a wire credit in
 * brackets at the start of a sentence ("CITY (DCN) —") is a dateline's credit, not a mention.
 * Immutable and thread-safe.
 */
final class Outlets {
  private static final int MAX_TOKENS = 6;
  /** Tokens before a bracketed credit that still count as the sentence's opening dateline. */
  private static final int DATELINE_TOKENS = 8;
  private static final Set<String> OPEN = Set.of("(", "-LRB-", "[", "-LSB-");
  private static final Set<String> CLOSE = Set.of(")", "-RRB-", "]", "-RSB-");

  private final ImmutableSet<String> names;
  private final ImmutableSet<String> initialisms;
  /** One-word names the list writes with "The" ("The Courier"): matched only with it. */
  private final ImmutableSet<String> theNames;

  Outlets(Collection<String> outletNames, ActorDictionary actors, Gazetteer gazetteer) {
    Set<String> forms = new HashSet<>();
    for (String name : outletNames) {
      forms.addAll(forms(name));
    }
    Set<String> the = new HashSet<>();
    for (String name : outletNames) {
      String n = name.strip();
      if (n.startsWith("The ") && !n.substring(4).contains(" ")) {
        the.add(n.substring(4));
      }
    }
    this.theNames = ImmutableSet.copyOf(the);
    Set<String> inits = new HashSet<>();
    for (String form : forms) {
      String[] words = form.split(" ");
      if (words.length < 3 || form.chars().anyMatch(Character::isDigit)
          || Arrays.stream(words).anyMatch(Names::isAcronym)) {
        continue;
      }
      // every word counts, "of" too: outlets abbreviate that way ("Times of Arcadia" -> "TOA")
      String acr = Names.initials(form, true);
      if (actors.lookup(acr, null).isEmpty() && gazetteer.country(acr).isEmpty()
          && !gazetteer.isKnownPlace(acr)) {
        inits.add(acr);
      }
    }
    inits.removeAll(forms);
    this.names = ImmutableSet.copyOf(forms);
    this.initialisms = ImmutableSet.copyOf(inits);
  }

  /**
   * The forms of one listed name that may be matched: without a trailing remark in brackets
   * ("X News (Region)") or a leading "The", each half of "A/B", and a bracketed acronym on its
   * own ("Focus X (FXA)"); several words or an acronym only.
   */
  static Set<String> forms(String name) {
    Set<String> out = new HashSet<>();
    String n = name.strip();
    int paren = n.indexOf('(');
    if (paren > 0 && n.endsWith(")")) {
      String inner = n.substring(paren + 1, n.length() - 1).strip();
      if (Names.isAcronym(inner)) {
        out.add(inner);
      }
      n = n.substring(0, paren).strip();
    }
    for (String part : n.split("/")) {
      String p = part.strip();
      if (p.startsWith("The ") || p.startsWith("the ")) {
        p = p.substring(4).strip();
      }
      if (p.contains(" ") || Names.isAcronym(p)) {
        out.add(p);
      }
    }
    return out;
  }

  void apply(String text, Sentence s, List<Cand> cands) {
    List<Token> tk = s.tokens();
    for (int i = 0; i < tk.size(); i++) {
      if (!Character.isUpperCase(tk.get(i).word().codePointAt(0))) {
        continue;
      }
      for (int len = Math.min(MAX_TOKENS, tk.size() - i); len >= 1; len--) {
        int from = tk.get(i).start();
        int to = tk.get(i + len - 1).end();
        String surface = text.substring(from, to);
        boolean listed = names.contains(surface);
        boolean initials = !listed && len == 1 && initialisms.contains(surface)
            && cands.stream().noneMatch(c -> c.overlaps(from, to));
        if (!listed && !initials && len == 1 && theNames.contains(surface) && capitalThe(tk, i)) {
          // "…, The Courier found": a capital "The" inside a sentence is part of the name.
          int withThe = tk.get(i - 1).start();
          if (cands.stream().noneMatch(c -> c.overlaps(withThe, to)
              && (c.start < withThe || c.end > to))) {
            NameChains.put(cands, new Cand(withThe, to, EntityType.ORGANIZATION, "MEDIA", true));
          }
          break;
        }
        if (!listed && !initials) {
          continue;
        }
        boolean longer = cands.stream().anyMatch(c -> c.overlaps(from, to)
            && (c.start < from || c.end > to));
        if (!longer && !credit(tk, i, len)) {
          NameChains.put(cands, new Cand(from, to, EntityType.ORGANIZATION, "MEDIA", true));
          i += len - 1;
        }
        break;
      }
    }
  }

  /**
   * Whether token {@code i} follows a capital "The" that does not open the sentence, a quotation
   * or a bracket (where any word is capitalised).
   */
  private static boolean capitalThe(List<Token> tk, int i) {
    if (i < 2 || !tk.get(i - 1).word().equals("The")) {
      return false;
    }
    String before = tk.get(i - 2).word();
    return !(before.equals(":") || before.equals("``") || before.equals("\"")
        || before.equals("“") || before.equals("‘") || before.equals("'") || OPEN.contains(before));
  }

  /** "CITY (DCN) —": a bracketed name among the sentence's first words is a wire credit. */
  private static boolean credit(List<Token> tk, int i, int len) {
    int before = i - 1;
    int after = i + len;
    return before >= 0 && before <= DATELINE_TOKENS && after < tk.size()
        && OPEN.contains(tk.get(before).word()) && CLOSE.contains(tk.get(after).word())
        && !tk.subList(0, before).stream()
            .anyMatch(t -> t.pos().startsWith("VB") || t.word().toLowerCase(Locale.ROOT)
                .equals("according"));
  }
}
