package org.sitrep.framing;

import java.util.List;
import java.util.Set;
import org.sitrep.quotes.Quote;
import org.sitrep.reference.QuotedText;
import org.sitrep.reference.References;

/**
 * Decides whose words a stretch of an article is, in this order: inside a quote or reported speech
 * of the quotes layer (its speaker); inside quotation marks the quotes layer did not attribute
 * (scare quotes: quoted, speaker from a quote in the same sentence, else none); after a verb that
 * attributes a view in the same clause ("Norland considers the militia a terrorist group": the
 * holder of the view); else the outlet's own voice.
 */
final class Voices {
  /**
   * An answer: the voice, the speaker for quoted voice (may be null), and the token index of the
   * view verb that made it quoted, or -1.
   */
  record Attribution(Voice voice, String speaker, int viewVerb) {
    static final Attribution OWN = new Attribution(Voice.OWN, null, -1);

    Attribution(Voice voice, String speaker) {
      this(voice, speaker, -1);
    }
  }

  /** How far back, in tokens, a view verb may stand from the words it attributes. */
  private static final int VIEW_WINDOW = 15;
  /** How far after the words the agent of a passive ("designated … by X") may stand. */
  private static final int BY_WINDOW = 10;
  /** "called for a truce", "called on", "called off" attribute no characterisation. */
  private static final Set<String> NOT_NAMING = Set.of("for", "on", "off", "up", "in", "out",
      "at", "back");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "—", "–",
      "-LRB-", "-RRB-", "--");

  private final ArticleText t;
  private final List<Quote> quotes;
  private final References references;
  private final Set<String> viewVerbs;
  /** Inside paired quotation marks, per character. */
  private final boolean[] marked;

  Voices(ArticleText t, List<Quote> quotes, References references, Set<String> viewVerbs) {
    this.t = t;
    this.quotes = quotes;
    this.references = references;
    this.viewVerbs = viewVerbs;
    this.marked = QuotedText.characters(t.text, t.analysed);
  }

  /** Whose words {@code [start, end)} are. */
  Attribution of(int start, int end) {
    for (Quote q : quotes) {
      if (q.start() <= start && end <= q.end()) {
        return new Attribution(Voice.QUOTED, q.speaker());
      }
    }
    if (start < marked.length && marked[start]) {
      for (Quote q : quotes) {
        if (q.sentenceStart() <= start && end <= q.sentenceEnd() && q.speaker() != null) {
          return new Attribution(Voice.QUOTED, q.speaker());
        }
      }
      return new Attribution(Voice.QUOTED, null);
    }
    int first = t.firstTokenAt(start);
    if (first < 0 || t.tokens[first].start() >= end) {
      return Attribution.OWN;
    }
    int verb = viewVerbBefore(first);
    if (verb < 0) {
      return Attribution.OWN;
    }
    return new Attribution(Voice.QUOTED, holder(verb, t.lastTokenBefore(end)), verb);
  }

  /** The view verb governing token {@code i} in its clause, or -1. */
  private int viewVerbBefore(int i) {
    int floor = Math.max(t.sentenceFirst(i), i - VIEW_WINDOW);
    for (int k = i - 1; k >= floor; k--) {
      String w = t.lower(k);
      if (CLAUSE_BREAKS.contains(w)) {
        return -1;
      }
      if (t.pos(k).startsWith("VB") && viewVerbs.contains(w)) {
        if (w.startsWith("call") && k + 1 < t.tokens.length
            && NOT_NAMING.contains(t.lower(k + 1))) {
          continue;
        }
        return k;
      }
    }
    return -1;
  }

  /**
   * Who holds the view a verb attributes: the agent after "by" when the verb is passive
   * ("designated … by Norland"), else the nearest entity mention or resolved pronoun before the
   * verb in its sentence; null when there is none.
   */
  private String holder(int verb, int after) {
    int end = Math.min(t.sentenceEnd(verb), after + 1 + BY_WINDOW);
    for (int k = after + 1; k < end; k++) {
      if (t.lower(k).equals("by") && k + 1 < end && t.mentionAt[k + 1] != null) {
        return t.mentionAt[k + 1].entity().name();
      }
    }
    for (int k = verb - 1; k >= t.sentenceFirst(verb); k--) {
      if (t.mentionAt[k] != null) {
        return t.mentionAt[k].entity().name();
      }
      var r = references.headedAt(t.tokens[k].start(), t.tokens[k].end());
      if (r.isPresent() && r.get().antecedents().size() == 1) {
        return r.get().antecedent().name();
      }
    }
    return null;
  }

}
