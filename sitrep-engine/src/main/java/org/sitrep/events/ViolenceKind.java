package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells fighting (CAMEO 19) from assault (18) by who attacks whom. CAMEO codes armed clashes
 * between fighting forces as 19 and violence against people who cannot fight back as 18
 * ("gunmen opened fire on tourists", "the gang killed residents"): a 19x event with small arms or
 * no stated weapon becomes 180 (1823 when it kills) when its target is unarmed people and its
 * source is not itself a state's force, or when its source is an armed band (gunmen, a gang) and
 * its target is no armed force. A source that is a country or a state's force keeps 19, and so
 * does a killing with no source ("ten people were killed"), which is often a battle's toll. Air
 * and artillery strikes, blockades, occupation and ceasefire violations (codes other than 190 and
 * 193) keep their codes: who drops the bombs is a fighting force. The word lists are in {@code
 * speech-act-words.txt}. Stateless.
 */
final class ViolenceKind {
  private static final Set<String> HIT_CASES = Set.of("on", "at", "against", "upon");

  private final EventWords words;

  ViolenceKind(EventWords words) {
    this.words = words;
  }

  /** The code of a violent event given its parties; {@code code} itself when nothing changes. */
  String recode(String code, Parse p, int trigger, List<Actor> sources, List<Actor> targets,
      ArticleContext ctx) {
    if (!(code.equals("190") || code.equals("193"))) {
      return code;
    }
    List<Integer> hit = targetWords(p, trigger);
    boolean armedTarget = targets.stream().anyMatch(a -> has(words.armedTargets, a))
        || hit.stream().anyMatch(t -> words.armedTargets.contains(p.lemma(t)));
    boolean unarmedTarget = !armedTarget
        && ((!targets.isEmpty() && targets.stream().allMatch(this::unarmed))
        || hit.stream().anyMatch(t -> words.unarmedTargets.contains(p.lemma(t))));
    int subj = p.child(trigger, "nsubj");
    if (subj >= 0 && words.combatSubjects.contains(p.lemma(subj))) {
      return code;
    }
    boolean irregular = (!sources.isEmpty() && sources.stream().allMatch(
        a -> has(words.irregularSources, a)))
        || (subj >= 0 && words.irregularSources.contains(p.lemma(subj)));
    boolean stateSource = sources.stream().anyMatch(a -> has(words.stateForces, a)
        || (a.id() != null && ArticleContext.isPlace(ctx.entity(a.id())))) // "Arnor killed …"
        || (subj >= 0 && words.stateForces.contains(p.lemma(subj)));
    boolean someSource = !sources.isEmpty() || subj >= 0;
    if ((unarmedTarget && someSource && !stateSource) || (irregular && !armedTarget)) {
      String lemma = p.lemma(trigger);
      return lemma.equals("kill") || lemma.equals("murder") ? "1823" : "180";
    }
    return code;
  }

  /**
   * The head words of whom the trigger hits: its object or passive subject, and what an "on",
   * "at" or "against" phrase of it or of its object names ("opened fire on worshippers").
   */
  private static List<Integer> targetWords(Parse p, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (int c : p.children(trigger)) {
      String r = p.base(c);
      if (r.equals("obj") || p.relation(c).equals("nsubj:pass")) {
        out.add(c);
        for (int k : p.children(c)) {
          if (p.base(k).equals("nmod") && HIT_CASES.contains(p.caseOf(k))) {
            out.add(k);
          }
        }
      } else if ((r.equals("obl") || r.equals("nmod")) && HIT_CASES.contains(p.caseOf(c))) {
        out.add(c);
      }
    }
    if (p.base(trigger).equals("acl") && p.head(trigger) >= 0) {
      out.add(p.head(trigger)); // "villagers killed by gunmen"
    }
    return out;
  }

  private boolean unarmed(Actor a) {
    return a.id() == null && has(words.unarmedTargets, a);
  }

  /** Whether the head word of a description (its last word) is in the list. */
  private static boolean has(Set<String> list, Actor a) {
    if (a.id() != null) {
      return false;
    }
    String[] w = a.name().toLowerCase(Locale.ROOT).split("\\s+");
    String head = w[w.length - 1];
    return list.contains(head) || (head.endsWith("s") && list.contains(
        head.substring(0, head.length() - 1)));
  }
}
