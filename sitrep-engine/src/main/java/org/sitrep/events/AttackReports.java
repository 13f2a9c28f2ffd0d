package org.sitrep.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds the reports of an attack that name no attacker into the article's report of the same
 * attack that does, so that its casualty figures sit on the event a reader keeps: "Raiders
 * stormed the depot in Gondor on Monday. … Twelve people were killed in the assault. … The death
 * toll rose to 14." is one assault by the raiders with the tolls 12 and 14, not three events.
 *
 * <p>A report is folded when it names no source, is violent (CAMEO 18 to 20: an assault, a fight
 * and mass violence are one family, since a reader does not tell "the attack" from "the killing"
 * of one incident) and is not a denial, into a violent report of the same modality class that names
 * a source, unless something says they are two incidents:
 *
 * <ul>
 *   <li>their own dates differ (the clause's or sentence's date, or either's year: "in 2013, a
 *       bomber killed 22" is not this week's attack); a background report with no date at all
 *       ("had killed") is not the dated attack either;
 *   <li>they name different places, or the report's place is neither the attack's place nor its
 *       target ("five were killed in Esgaroth" is not the shelling of Dale);
 *   <li>they name different targets, each an entity ("Gondor was also shelled" is not the
 *       shelling of Dale);
 *   <li>the report is of ground taken (CAMEO 192) and the attack not: "Dale was captured" with no
 *       taker is not the shelling of Dale;
 *   <li>the attack has not happened: it is planned, threatened or demanded ("promised to end the
 *       bombing of the rebels" has no dead);
 *   <li>the report's victims are the attackers of a violent report of the article ("two gunmen
 *       were killed": the gunmen's deaths are another deed, by whoever killed them).
 * </ul>
 *
 * <p>A report that carries a toll restates an attack anywhere in the article; one with no figure
 * only when it shares the attack's target or place or lies in the same or a neighbouring
 * sentence, since an unattributed deed further away may be another incident. Among several
 * attacks the report goes to the one that shares its place or target, then to one before it
 * (an article with two attacks reports each one's dead after it; a toll in the headline or lead,
 * before any attack, goes to the first after it; further into the body a toll is told after its
 * attack, so that "The blasts killed 64 people. In reply, Arnor ordered strikes on
 * Dale." are two deeds), among those (for a toll) to one that already carries a toll, then to the
 * nearest. The report becomes one of the attack's {@link
 * Mention}s and its figures are added to the attack's (a later, higher toll stays beside the
 * first: both are what the article says, with their spans).
 *
 * <p>Stateless; works on one article's events in text order.
 */
final class AttackReports {
  private AttackReports() {}

  /**
   * Triggers that state a death rather than an attack: with no toll of its own such an event is
   * no attack ("the number of people killed": the people are not the killers).
   */
  private static final Pattern DEATH = Pattern.compile("(?i)(kill|die[ds]?\\b|dying|dead|slain)");

  /** Modalities of a deed that has not happened. */
  private static final Set<String> UNREALISED = Set.of("planned", "threatened", "demanded");

  /** Words of an actor's phrase that say nothing about who it is. */
  private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "at", "least", "more",
      "than", "over", "some", "about", "nearly", "almost", "and", "in", "on", "its", "their",
      "his", "her", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "dozens", "hundreds", "scores", "several", "many", "other", "others");

  /**
   * The events with each unattributed report of an attack folded into the attack it restates.
   *
   * @param events one article's events, in text order
   * @param sentenceStarts the offsets at which the article's sentences start, ascending
   */
  static List<Event> fold(List<Event> events, List<Integer> sentenceStarts) {
    List<Event> out = new ArrayList<>(events);
    Set<String> attackers = new HashSet<>();
    for (Event e : events) {
      if (e.sourceName() != null && violent(e)) {
        attackers.add(head(e.sourceName()));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Event report = out.get(i);
      if (report.sourceName() != null || !violent(report) || denied(report)
          || victimsAreAttackers(report, attackers)) {
        continue;
      }
      int best = best(out, i, sentenceStarts);
      if (best < 0) {
        continue;
      }
      Event attack = out.get(best);
      List<Figure> figures = new ArrayList<>(attack.figures());
      report.figures().stream().filter(f -> !figures.contains(f)).forEach(figures::add);
      out.set(best, EventMerger.fold(attack, report, figures));
      out.remove(i);
      i--;
    }
    return out;
  }

  /** The index of the attack report {@code i} restates, or -1. */
  private static int best(List<Event> out, int i, List<Integer> starts) {
    Event report = out.get(i);
    boolean toll = hasToll(report);
    int at = sentence(starts, report.start());
    int best = -1;
    int[] bestRank = null;
    for (int j = 0; j < out.size(); j++) {
      Event attack = out.get(j);
      if (j == i || attack.sourceName() == null || !violent(attack) || denied(attack)
          || unrealised(attack)
          || toll && attack.start() > report.start() && at > 1
          || !hasToll(attack) && DEATH.matcher(attack.trigger()).lookingAt()
          || ground(report) && !ground(attack)
          || !sameDay(attack, report) || differentPlace(attack, report)
          || differentTarget(attack, report)) {
        continue;
      }
      int distance = Math.abs(sentence(starts, attack.start()) - at);
      boolean agrees = agrees(attack, report);
      if (!toll && !agrees && distance > 1) {
        continue;
      }
      boolean before = attack.start() <= report.start();
      int[] rank = {agrees ? 0 : 1, before ? 0 : 1, toll && !hasToll(attack) ? 1 : 0, distance};
      if (bestRank == null || compare(rank, bestRank) < 0) {
        best = j;
        bestRank = rank;
      }
    }
    return best;
  }

  private static int compare(int[] a, int[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] != b[k]) {
        return Integer.compare(a[k], b[k]);
      }
    }
    return 0;
  }

  /**
   * Whether the report is of ground taken (CAMEO 192): a place taken with no named taker is
   * another deed than the shelling or killing reported beside it, and stays an event of its own.
   */
  private static boolean ground(Event e) {
    return e.code().startsWith("192");
  }

  static boolean violent(Event e) {
    return e.root().compareTo("18") >= 0 && e.root().compareTo("20") <= 0;
  }

  private static boolean denied(Event e) {
    return "denied".equals(e.modality());
  }

  /**
   * Whether the attack has not happened: planned, threatened or demanded ("promised to end the
   * bombing of the rebels") has no dead, so no toll is its.
   */
  private static boolean unrealised(Event e) {
    return UNREALISED.contains(e.modality());
  }

  private static boolean hasToll(Event e) {
    return e.figures().stream().anyMatch(f -> f.kind() == FigureKind.KILLED
        || f.kind() == FigureKind.WOUNDED);
  }

  /**
   * Whether the report's victims are named as attackers elsewhere ("two gunmen were killed"), by
   * the head noun of the phrase: "a security official" is no "security forces".
   */
  private static boolean victimsAreAttackers(Event report, Set<String> attackers) {
    return report.targetName() != null && attackers.contains(head(report.targetName()));
  }

  /** The last word of a phrase, lower-cased: its head noun in English. */
  private static String head(String phrase) {
    String[] w = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    return w.length == 0 ? "" : w[w.length - 1];
  }

  /** The report shares the attack's place or target (entity, or a word of the victims). */
  private static boolean agrees(Event attack, Event report) {
    if (report.placeId() != null && (report.placeId().equals(attack.placeId())
        || report.placeId().equals(attack.targetId()))) {
      return true;
    }
    if (report.targetId() != null && (report.targetId().equals(attack.targetId())
        || report.targetId().equals(attack.placeId()))) {
      return true;
    }
    if (report.targetName() == null || attack.targetName() == null) {
      return false;
    }
    Set<String> victims = words(report.targetName());
    return words(attack.targetName()).stream().anyMatch(victims::contains);
  }

  private static boolean differentPlace(Event attack, Event report) {
    if (report.placeId() == null) {
      return false;
    }
    if (attack.placeId() != null) {
      return !report.placeId().equals(attack.placeId());
    }
    // the attack names no place: its target may be one ("shelled Dale")
    return attack.targetId() != null && !report.placeId().equals(attack.targetId())
        && !Objects.equals(report.targetId(), attack.targetId());
  }

  private static boolean differentTarget(Event attack, Event report) {
    return attack.targetId() != null && report.targetId() != null
        && !attack.targetId().equals(report.targetId())
        && !report.targetId().equals(attack.placeId());
  }

  /**
   * Whether the two reports may be of one day: no two different dates of their own, no two years,
   * and not one with a date and the other a background report with none.
   */
  static boolean sameDay(Event a, Event b) {
    if ((a.date() == null) != (b.date() == null)) {
      return false;
    }
    if (a.date() == null) {
      return true;
    }
    boolean ownA = own(a.dateBasis());
    boolean ownB = own(b.dateBasis());
    if (ownA && ownB && !a.date().startsWith(b.date()) && !b.date().startsWith(a.date())) {
      return false;
    }
    return !(ownA || ownB) || year(a.date()).equals(year(b.date()));
  }

  private static boolean own(DateBasis basis) {
    return basis == DateBasis.CLAUSE || basis == DateBasis.SENTENCE;
  }

  private static String year(String date) {
    return date.length() >= 4 ? date.substring(0, 4) : date;
  }

  /** The words that say who an actor is, lower-cased, without numbers and quantifiers. */
  static Set<String> words(String phrase) {
    Set<String> out = new HashSet<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 1 && !FILLER.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The index of the sentence holding {@code offset}. */
  private static int sentence(List<Integer> starts, int offset) {
    int k = Collections.binarySearch(starts, offset);
    return k >= 0 ? k : Math.max(0, -k - 2);
  }
}
