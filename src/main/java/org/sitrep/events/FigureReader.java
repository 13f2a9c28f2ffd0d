package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.numbers.NumberMention;

/**
 * The figures of a sentence's events: numbers followed or preceded by a casualty word ("12
 * killed", "killing 12") go to the nearest event, conflictual ones first; a number before a word
 * for armed personnel in a sentence with a deployment verb is a deployed figure.
 */
final class FigureReader {
  private final EventWords words;

  FigureReader(EventWords words) {
    this.words = words;
  }

  /** Figures per draft, each number going to the nearest draft (violent ones first). */
  List<List<Figure>> figures(Parse p, Sentence s, List<Draft> drafts, ArticleContext ctx) {
    List<List<Figure>> out = new ArrayList<>();
    for (int d = 0; d < drafts.size(); d++) {
      out.add(new ArrayList<>());
    }
    boolean deployVerb = false;
    for (int i = 0; i < p.size(); i++) {
      deployVerb |= words.deploy.contains(p.lemma(i));
    }
    for (NumberMention n : ctx.numbers) {
      if (n.start() < s.start() || n.end() > s.end() || ctx.overlapsTime(n.start(), n.end())) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < p.size(); i++) {
        if (p.token(i).end() > n.start() && p.token(i).start() < n.end()) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first < 0) {
        continue;
      }
      int[] kindAt = new int[] {-1};
      String kind = kind(p, first, last, deployVerb, kindAt);
      if (kind == null) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int d = 0; d < drafts.size(); d++) {
        int distance = Math.abs(drafts.get(d).trigger() - first);
        boolean violent = CameoTable.isConflictual(drafts.get(d).code())
            || kind.equals("deployed");
        int score = drafts.get(d).trigger() == kindAt[0] ? -1 : distance + (violent ? 0 : 1000);
        if (score < bestDistance) {
          bestDistance = score;
          best = d;
        }
      }
      int trigger = drafts.get(best).trigger();
      // every draft of the same trigger (pairwise actors) shares the figure
      for (int d = 0; d < drafts.size(); d++) {
        if (drafts.get(d).trigger() == trigger) {
          out.get(d).add(new Figure(kind, n.text(), n.start(), n.end(), n.min(), n.max(),
              n.vague()));
        }
      }
    }
    return out;
  }

  private String kind(Parse p, int first, int last, boolean deployVerb, int[] at) {
    for (int i = last + 1; i < Math.min(p.size(), last + 7); i++) {
      String k = kindWord(p.lower(i), p.lemma(i));
      if (k != null) {
        at[0] = i;
        return k;
      }
      if (deployVerb && words.forces.contains(p.lower(i))) {
        return "deployed";
      }
      if (p.lower(i).equals(",") || p.lower(i).equals(";")) {
        break;
      }
    }
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      String k = kindWord(p.lower(i), p.lemma(i));
      if (k != null) {
        at[0] = i;
        return k;
      }
    }
    return null;
  }

  private String kindWord(String word, String lemma) {
    if (words.killed.contains(word) || lemma.equals("kill")) {
      return "killed";
    }
    if (words.wounded.contains(word) || lemma.equals("wound") || lemma.equals("injure")) {
      return "wounded";
    }
    if (words.displaced.contains(word) || lemma.equals("displace")) {
      return "displaced";
    }
    if (words.detained.contains(word) || lemma.equals("detain") || lemma.equals("arrest")) {
      return "detained";
    }
    return null;
  }
}
