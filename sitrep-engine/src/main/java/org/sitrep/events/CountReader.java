package org.sitrep.events;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.numbers.NumberMention;

/**
 * What a number in a parsed sentence counts, if anything an event's figures keep: read from the
 * parse first, from the words right after the number only when the parse says nothing.
 *
 * <ul>
 *   <li><b>Not counts of people hurt.</b> An age ("Omar Saleh, 41", "aged 37", "a 37-year-old"),
 *       a year ("in 2013"), and a number that counts anything else ("destroyed 12 vehicles", "3
 *       maps") give no figure: a number is a casualty figure only through a word that says so.
 *   <li><b>From the parse.</b> The counted noun itself ("12 deaths", "17 fatalities", "85
 *       hostages"); a participle on it ("12 people killed in …"); the verb whose object or passive
 *       subject it is ("killed 640", "40 were injured", "took 12 people hostage"), or whose
 *       subject it is ("12 died", "3,000 fled"); "left 30 people dead"; an event noun whose "of"
 *       phrase it is ("the killing of 12"); a toll: "the death toll rose to 23", "a toll of 23",
 *       "the number of civilians killed has reached 58", "casualties reached 35".
 *   <li><b>Breakdowns.</b> "killing 20 people, including 3 children", "9 dead, 7 civilians and
 *       two police officers": a part of a count already made is not a figure of its own.
 *   <li><b>From the words.</b> Only then: a casualty word right after the number and the people it
 *       counts ("12 killed", "46 wounded", no punctuation between), or a casualty verb right before
 *       it ("killing 12"); a word for armed personnel with a deployment verb in the sentence.
 * </ul>
 */
final class CountReader {
  /**
   * What a number counts.
   *
   * @param kind the figure kind
   * @param anchor the token from which the event that holds the figure is looked for: the
   *     counted phrase's head, or the word that said what it counts
   * @param predicate the verb or noun that says what the number counts ("killed", "deaths",
   *     "rose"), or -1: an event it triggers holds the figure whatever its code
   */
  record Count(FigureKind kind, int anchor, int predicate) {}

  /** "37-year-old", "37 years old", "37 years of age". */
  private static final Pattern AGE_AFTER = Pattern.compile(
      "^\\s*-?\\s*(years?|yrs?)\\b(\\s*-?\\s*old|\\s+of\\s+age)?", Pattern.CASE_INSENSITIVE);
  private static final BigDecimal OLDEST = BigDecimal.valueOf(130);

  private final EventWords words;

  CountReader(EventWords words) {
    this.words = words;
  }

  /**
   * What number {@code n}, over tokens {@code first} to {@code last}, counts; null when it is no
   * figure.
   *
   * @param deployVerb whether the sentence has a deployment verb
   */
  Count read(Parse p, int first, int last, NumberMention n, ArticleContext ctx,
      boolean deployVerb) {
    int t = spanHead(p, first, last);
    if (isAge(p, first, last, t, n, ctx) || isYear(p, t, n)) {
      return null;
    }
    int np = p.base(t).equals("nummod") && p.head(t) >= 0 ? p.head(t) : t;
    if (isBreakdown(p, np, 0)) {
      return null;
    }
    int counted = np != t ? np : ofChild(p, t);
    // "two soldiers and three civilians dead": a later conjunct counts as the first one does
    int lead = np;
    for (int k = 0; k < 5 && p.base(lead).equals("conj") && p.head(lead) >= 0; k++) {
      lead = p.head(lead);
    }
    Count found = fromParse(p, np, counted, lead, deployVerb);
    return found != null ? found : fromWords(p, first, last, deployVerb);
  }

  /** The token of the span whose head lies outside it (the first CD such, else the first). */
  private static int spanHead(Parse p, int first, int last) {
    int any = -1;
    for (int i = first; i <= last; i++) {
      int h = p.head(i);
      if (h < first || h > last) {
        if (p.token(i).pos().equals("CD")) {
          return i;
        }
        any = any < 0 ? i : any;
      }
    }
    return any < 0 ? last : any;
  }

  private Count fromParse(Parse p, int np, int counted, int lead, boolean deployVerb) {
    for (int n : new int[] {counted, lead == np ? -1 : lead}) {
      if (n < 0) {
        continue;
      }
      // not the first conjunct's own noun: "9 dead, 7 civilians and two police officers" is a breakdown
      FigureKind k = n == lead && lead != np ? null : words.nounKind(p.lemma(n), p.lower(n));
      if (k != null) {
        return new Count(k, np, n); // "12 deaths", "85 hostages", "17 fatalities"
      }
      for (int c : p.children(n)) {
        String b = p.base(c);
        if (b.equals("acl") && p.token(c).pos().equals("VBN")) {
          k = words.objectKind(p.lemma(c)); // "12 people killed in the attack"
        } else if ((b.equals("amod") || b.equals("acl")) && c > n) {
          k = words.wordKind(p.lower(c)); // "left 12 soldiers dead"
        }
        if (k != null) {
          return new Count(k, np, c);
        }
      }
    }
    int g = p.head(lead);
    if (g >= 0) {
      FigureKind k = fromGovernor(p, lead, g, counted, deployVerb);
      if (k != null) {
        return new Count(k, np, g);
      }
    }
    int s = p.child(np, "nsubj");
    if (s >= 0 && p.child(np, "cop") >= 0) {
      FigureKind k = tollKind(p, s); // "the death toll is 21"
      return k == null ? null : new Count(k, np, np);
    }
    return null;
  }

  private FigureKind fromGovernor(Parse p, int np, int g, int counted, boolean deployVerb) {
    String rel = p.relation(np);
    String base = p.base(np);
    String lemma = p.lemma(g);
    boolean verb = p.token(g).pos().startsWith("VB");
    if (base.equals("obj") || base.equals("iobj") || rel.equals("nsubj:pass")) {
      if (verb && (lemma.equals("take") || lemma.equals("hold"))) {
        for (int c : p.children(g)) {
          if (c != np && p.lemma(c).equals("hostage")) {
            return FigureKind.HOSTAGES; // "took 12 people hostage"
          }
        }
      }
      if (deployVerb && words.deploy.contains(lemma) && counted >= 0
          && words.forces.contains(p.lower(counted))) {
        return FigureKind.DEPLOYED; // "sent 300 troops"
      }
      FigureKind k = verb ? words.objectKind(lemma) : null;
      if (k != null) {
        return k; // "killed 640", "40 were injured"
      }
      if (lemma.equals("leave") && base.equals("obj")) {
        for (int c : p.children(g)) {
          if (c > np && (p.base(c).equals("xcomp") || p.base(c).equals("advcl")
              || p.base(c).equals("obj"))) {
            k = words.wordKind(p.lower(c));
            if (k != null) {
              return k; // "left 30 people dead", "left 200 homeless"
            }
          }
        }
      }
    }
    if (base.equals("nsubj") && !rel.equals("nsubj:pass")) {
      FigureKind k = verb ? words.subjectKind(lemma) : null;
      if (k == null && !verb) {
        // "12 were dead", "300 are refugees", "left 12 soldiers dead"
        k = words.nounKind(lemma, p.lower(g));
        k = k != null ? k : words.wordKind(p.lower(g));
      }
      if (k != null) {
        return k;
      }
    }
    if (words.tollVerbs.contains(lemma) && (base.equals("obl") || base.equals("obj")
        || base.equals("nmod"))) {
      FigureKind k = tollKind(p, p.child(g, "nsubj"));
      int cs = p.child(g, "csubj");
      if (k == null && cs >= 0 && p.child(cs, "nsubj") >= 0
          && words.tollNouns.contains(p.lemma(p.child(cs, "nsubj")))) {
        k = words.objectKind(p.lemma(cs)); // the same, parsed "the number (of people) killed"
      }
      if (k != null) {
        return k; // "the death toll rose to 23", "casualties reached 35"
      }
    }
    if (base.equals("nmod") && p.caseOf(np).equals("of")) {
      if (words.tollNouns.contains(lemma)) {
        return tollKind(p, g); // "a death toll of 21"
      }
      return words.ofNounKind(lemma); // "the killing of 12"
    }
    return null;
  }

  /**
   * What a running count counts: "death toll", "casualty toll", "the number of people killed",
   * "the number of dead", "casualties", "deaths"; a bare "toll" is a death toll. Null otherwise.
   */
  private FigureKind tollKind(Parse p, int s) {
    if (s < 0) {
      return null;
    }
    if (!words.tollNouns.contains(p.lemma(s))) {
      return words.nounKind(p.lemma(s), p.lower(s));
    }
    for (int c : p.children(s)) {
      String b = p.base(c);
      if (b.equals("compound") || b.equals("amod")) {
        FigureKind k = words.nounKind(p.lemma(c), p.lower(c));
        if (k != null) {
          return k;
        }
      }
    }
    for (int c : p.children(s)) {
      if (p.base(c).equals("nmod") && p.caseOf(c).equals("of")) {
        FigureKind k = words.nounKind(p.lemma(c), p.lower(c));
        if (k == null) {
          k = words.wordKind(p.lower(c)); // "the number of dead"
        }
        for (int a : p.children(c)) {
          if (k == null && p.base(a).equals("acl")) {
            k = words.objectKind(p.lemma(a)); // "the number of people killed"
          }
        }
        if (k != null) {
          return k;
        }
      }
    }
    return p.lemma(s).equals("toll") ? FigureKind.KILLED : null;
  }

  /** A casualty word right after the number (and the people it counts), or a verb before it. */
  private Count fromWords(Parse p, int first, int last, boolean deployVerb) {
    for (int i = last + 1; i < Math.min(p.size(), last + 5); i++) {
      FigureKind k = words.wordKind(p.lower(i));
      if (k != null) {
        return new Count(k, i, i);
      }
      if (deployVerb && words.forces.contains(p.lower(i))) {
        return new Count(FigureKind.DEPLOYED, i, -1);
      }
      String pos = p.token(i).pos();
      String lemma = p.lemma(i);
      if (!(pos.startsWith("NN") || pos.equals("JJ") || lemma.equals("be") || lemma.equals("have")
          || lemma.equals("get"))) {
        break; // "12 vehicles were destroyed and 4 killed": no reaching past "destroyed"
      }
    }
    if (first > 0 && p.token(first - 1).pos().startsWith("VB")) {
      FigureKind k = words.objectKind(p.lemma(first - 1));
      if (k != null) {
        return new Count(k, first - 1, first - 1); // "killing 12"
      }
    }
    return null;
  }

  /**
   * Part of a count already made: an apposition ("9 dead, 7 civilians"), an "including" or
   * "among" phrase, or a conjunct of one.
   */
  private boolean isBreakdown(Parse p, int np, int depth) {
    String b = p.base(np);
    if (b.equals("appos")) {
      return true;
    }
    if ((b.equals("nmod") || b.equals("obl")) && words.breakdownCases.contains(p.caseOf(np))) {
      return true;
    }
    return b.equals("conj") && p.head(np) >= 0 && depth < 5 && isBreakdown(p, p.head(np),
        depth + 1);
  }

  /** "Omar Saleh, 41,", "aged 37", "a 37-year-old": an age, not a count. */
  private static boolean isAge(Parse p, int first, int last, int t, NumberMention n,
      ArticleContext ctx) {
    if (AGE_AFTER.matcher(ctx.text.substring(n.end(), Math.min(ctx.text.length(),
        n.end() + 20))).find()) {
      return true;
    }
    if (first > 0 && (p.lower(first - 1).equals("aged") || p.lower(first - 1).equals("age"))) {
      return true;
    }
    if (n.vague() || n.min() == null || !n.min().equals(n.max()) || n.min().compareTo(OLDEST) > 0
        || n.min().signum() <= 0) {
      return false;
    }
    boolean commaBefore = first >= 2 && p.lower(first - 1).equals(",")
        && isPersonName(p, first - 2, ctx);
    boolean endAfter = last + 1 >= p.size() || p.lower(last + 1).equals(",")
        || p.lower(last + 1).equals(".") || p.lower(last + 1).equals(")")
        || p.lower(last + 1).equals(";");
    if (commaBefore && endAfter) {
      return true; // "Omar Saleh, 41, was killed"
    }
    String b = p.base(t);
    return (b.equals("appos") || b.equals("amod")) && p.head(t) >= 0
        && isPersonName(p, p.head(t), ctx);
  }

  private static boolean isPersonName(Parse p, int i, ArticleContext ctx) {
    Entity e = ctx.entityAt(p.token(i).start(), p.token(i).end());
    return e != null ? e.type() == EntityType.PERSON : p.token(i).pos().equals("NNP");
  }

  /** A bare four-digit year ("since 2013") the time stage did not take. */
  private static boolean isYear(Parse p, int t, NumberMention n) {
    return !n.vague() && n.text().matches("(19|20)\\d\\d") && ofChild(p, t) < 0
        && !p.base(t).equals("nummod");
  }

  /** The "of" phrase of a number word ("tens of people", "dozens of civilians"), or -1. */
  private static int ofChild(Parse p, int t) {
    for (int c : p.children(t)) {
      if (p.base(c).equals("nmod") && p.caseOf(c).equals("of")) {
        return c;
      }
    }
    return -1;
  }
}
