package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.numbers.NumberMention;

/**
 * Which sentences state a toll worth parsing although they name no actor: "Twelve people were
 * killed, medics said." after "An air strike hit the market in Dale on Monday." names no entity,
 * yet its figure is the strike's toll. Such a sentence gives an event with no source and the dead
 * as target, which the merger then folds into the attack it follows (see {@link AttackReports}),
 * so that the figure sits on the attack instead of being lost.
 *
 * <p>A sentence states a toll when it holds a number that is no time expression and a word that
 * says people were killed or wounded: a verb whose object or subject is what is counted ("were
 * killed", "died", "injured"), a noun that counts them ("deaths", "bodies", "wounded"), or such a
 * word right after a number ("12 dead"). The cues are the figure words' ({@link EventWords#cues}),
 * so a toll the figure rules could read is never skipped for want of a name.
 *
 * <p>Such a sentence is read only to lend its toll: an event of it that the merger did not fold
 * into another event's mentions is dropped ({@link #keepFolded}), since it names no one the
 * article identifies and its figure is then no attack's ("The bombings killed more than 200
 * people." far from any attack stays unread, as before).
 *
 * <p>Stateless and thread-safe.
 */
final class TollSentences {
  private final EventWords words;

  TollSentences(EventWords words) {
    this.words = words;
  }

  /** Whether the sentence holds a number and a word saying people were killed or wounded. */
  boolean statesToll(Sentence s, ArticleContext ctx) {
    boolean number = false;
    for (NumberMention n : ctx.numbers) {
      if (n.start() >= s.start() && n.end() <= s.end() && !ctx.overlapsTime(n.start(), n.end())) {
        number = true;
        break;
      }
    }
    if (!number) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (toll(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The events without those that stand alone although their sentence was read only for its toll.
   *
   * @param events one article's merged events
   * @param tollOnly the start offsets of the sentences read only for their toll
   */
  static List<Event> keepFolded(List<Event> events, Set<Integer> tollOnly) {
    if (tollOnly.isEmpty()) {
      return events;
    }
    return events.stream()
        .filter(e -> !tollOnly.contains(e.start()) || !e.mentions().isEmpty())
        .toList();
  }

  private boolean toll(Token t) {
    String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
    String lower = t.word().toLowerCase(Locale.ROOT);
    return isToll(words.objectKind(lemma)) || isToll(words.subjectKind(lemma))
        || isToll(words.nounKind(lemma, lower)) || isToll(words.wordKind(lower));
  }

  private static boolean isToll(FigureKind k) {
    return k == FigureKind.KILLED || k == FigureKind.WOUNDED;
  }
}
