package org.sitrep.events;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the event rules, from {@code event-words.txt} (frames, verb sense, roles),
 * {@code figure-words.txt} (what a number counts) and {@code speech-act-words.txt} (threats,
 * demands, appeals, refusals) in {@code org/sitrep/events/}; each file documents its lists at
 * their heads. Immutable and shared; loading fails on a missing or unknown
 * list, so a typo in a list name cannot silently empty it.
 */
final class EventWords {
  private static final EventWords SHARED = load(
      List.of("event-words.txt", "figure-words.txt", "speech-act-words.txt"));

  final ImmutableSet<String> reporting;
  final ImmutableSet<String> threat;
  final ImmutableSet<String> denial;
  final ImmutableSet<String> rejecting;
  final ImmutableSet<String> planning;
  final ImmutableSet<String> demanding;
  final ImmutableSet<String> announcing;
  final ImmutableSet<String> demandNouns;
  final ImmutableSet<String> negators;
  final ImmutableSet<String> unrealisedGovernors;
  /** Verbs whose "to" complement is the act itself, at any tense ("continues to shell"). */
  final ImmutableSet<String> realisingGovernors;
  final ImmutableSet<String> attemptNouns;
  final ImmutableSet<String> affiliationParticiples;
  final ImmutableSet<String> reciprocalVerbs;
  final ImmutableSet<String> supportVerbs;
  final ImmutableSet<String> topicVerbs;
  final ImmutableSet<String> lightVerbs;
  final ImmutableSet<String> allegationVerbs;
  final ImmutableSet<String> territoryVerbs;
  final ImmutableSet<String> groundHeads;
  final ImmutableSet<String> depictions;
  final ImmutableSet<String> targetCases;
  final ImmutableSet<String> placeCases;
  /** Collectives that act but have no CAMEO role (see {@link AgentNouns}). */
  final ImmutableSet<String> collectiveNouns;
  final ImmutableSet<String> groupWords;
  final ImmutableSet<String> titles;
  final ImmutableSet<String> orgBackref;
  final ImmutableSet<String> quantityHeads;
  final ImmutableSet<String> backgroundWords;
  final ImmutableSet<String> timeUnits;
  /** CAMEO roots whose events need a target or a place (see {@link Counterparts}). */
  final ImmutableSet<String> counterpartRoots;
  /** What tells each figure kind (all but {@link FigureKind#DEPLOYED}) from a parse or words. */
  final ImmutableMap<FigureKind, Cues> cues;
  final ImmutableSet<String> tollNouns;
  final ImmutableSet<String> tollVerbs;
  final ImmutableSet<String> breakdownCases;
  final ImmutableSet<String> personNouns;
  final ImmutableSet<String> forces;
  final ImmutableSet<String> deploy;
  final ImmutableSet<String> threatActs;
  final ImmutableSet<String> pledgeActs;
  final ImmutableSet<String> agreeActs;
  final ImmutableSet<String> intentAdjectives;
  final ImmutableSet<String> obligationModals;
  final ImmutableSet<String> commandActs;
  final ImmutableSet<String> demandActs;
  final ImmutableSet<String> appealActs;
  final ImmutableSet<String> rejectActs;
  final ImmutableSet<String> haltVerbs;
  final ImmutableSet<String> talkNouns;
  final ImmutableSet<String> planNouns;
  final ImmutableSet<String> normVerbs;
  final ImmutableSet<String> unarmedTargets;
  final ImmutableSet<String> irregularSources;
  final ImmutableSet<String> armedTargets;
  /** Subjects that name the fighting itself ("the fighting killed …"), not an attacker. */
  final ImmutableSet<String> combatSubjects;
  final ImmutableSet<String> stateForces;

  /**
   * The cues of one figure kind (see {@code figure-words.txt}).
   *
   * @param objects verb lemmas whose object or passive subject is counted
   * @param subjects verb lemmas whose subject is counted
   * @param nouns nouns that are what is counted
   * @param ofNouns event nouns whose "of" phrase is counted
   * @param words word forms that say what a number right before them counts
   */
  record Cues(ImmutableSet<String> objects, ImmutableSet<String> subjects,
      ImmutableSet<String> nouns, ImmutableSet<String> ofNouns, ImmutableSet<String> words) {}

  private EventWords(Map<String, ImmutableSet<String>> lists) {
    Set<String> used = new HashSet<>();
    reporting = list(lists, used, "reporting");
    threat = list(lists, used, "threat");
    denial = list(lists, used, "denial");
    rejecting = list(lists, used, "rejecting");
    planning = list(lists, used, "planning");
    demanding = list(lists, used, "demanding");
    announcing = list(lists, used, "announcing");
    demandNouns = list(lists, used, "demand-nouns");
    negators = list(lists, used, "negators");
    unrealisedGovernors = list(lists, used, "unrealised-governors");
    realisingGovernors = list(lists, used, "realising-governors");
    attemptNouns = list(lists, used, "attempt-nouns");
    affiliationParticiples = list(lists, used, "affiliation-participles");
    reciprocalVerbs = list(lists, used, "reciprocal-verbs");
    supportVerbs = list(lists, used, "support-verbs");
    topicVerbs = list(lists, used, "topic-verbs");
    lightVerbs = list(lists, used, "light-verbs");
    allegationVerbs = list(lists, used, "allegation-verbs");
    territoryVerbs = list(lists, used, "territory-verbs");
    groundHeads = list(lists, used, "ground-heads");
    depictions = list(lists, used, "depictions");
    targetCases = list(lists, used, "target-cases");
    placeCases = list(lists, used, "place-cases");
    collectiveNouns = list(lists, used, "collective-nouns");
    groupWords = list(lists, used, "group-words");
    titles = list(lists, used, "titles");
    orgBackref = list(lists, used, "org-backref");
    quantityHeads = list(lists, used, "quantity-heads");
    backgroundWords = list(lists, used, "background-words");
    timeUnits = list(lists, used, "time-units");
    counterpartRoots = list(lists, used, "counterpart-roots");
    Map<FigureKind, Cues> byKind = new EnumMap<>(FigureKind.class);
    for (FigureKind k : FigureKind.values()) {
      if (k != FigureKind.DEPLOYED) {
        String n = k.label() + "/";
        byKind.put(k, new Cues(list(lists, used, n + "objects"), list(lists, used, n + "subjects"),
            list(lists, used, n + "nouns"), list(lists, used, n + "of-nouns"),
            list(lists, used, n + "words")));
      }
    }
    cues = Maps.immutableEnumMap(byKind);
    tollNouns = list(lists, used, "toll-nouns");
    tollVerbs = list(lists, used, "toll-verbs");
    breakdownCases = list(lists, used, "breakdown-cases");
    personNouns = list(lists, used, "person-nouns");
    forces = list(lists, used, "forces");
    deploy = list(lists, used, "deploy");
    threatActs = list(lists, used, "threat-acts");
    pledgeActs = list(lists, used, "pledge-acts");
    agreeActs = list(lists, used, "agree-acts");
    intentAdjectives = list(lists, used, "intent-adjectives");
    obligationModals = list(lists, used, "obligation-modals");
    commandActs = list(lists, used, "command-acts");
    demandActs = list(lists, used, "demand-acts");
    appealActs = list(lists, used, "appeal-acts");
    rejectActs = list(lists, used, "reject-acts");
    haltVerbs = list(lists, used, "halt-verbs");
    talkNouns = list(lists, used, "talk-nouns");
    planNouns = list(lists, used, "plan-nouns");
    normVerbs = list(lists, used, "norm-verbs");
    unarmedTargets = list(lists, used, "unarmed-targets");
    irregularSources = list(lists, used, "irregular-sources");
    armedTargets = list(lists, used, "armed-targets");
    combatSubjects = list(lists, used, "combat-subjects");
    stateForces = list(lists, used, "state-forces");
    Set<String> unknown = new HashSet<>(lists.keySet());
    unknown.removeAll(used);
    checkArgument(unknown.isEmpty(), "unknown event word lists %s", unknown);
  }

  /** The lists bundled with Sitrep, loaded once. */
  static EventWords get() {
    return SHARED;
  }

  private static ImmutableSet<String> list(Map<String, ImmutableSet<String>> lists,
      Set<String> used, String name) {
    checkArgument(lists.containsKey(name), "event word list [%s] is missing", name);
    used.add(name);
    return lists.get(name);
  }

  /** The kind whose nouns hold this lemma or lower-case word, or null. */
  FigureKind nounKind(String lemma, String lower) {
    for (Map.Entry<FigureKind, Cues> e : cues.entrySet()) {
      if (e.getValue().nouns().contains(lemma) || e.getValue().nouns().contains(lower)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The kind counted by the object (or passive subject) of a verb with this lemma, or null. */
  FigureKind objectKind(String lemma) {
    for (Map.Entry<FigureKind, Cues> e : cues.entrySet()) {
      if (e.getValue().objects().contains(lemma)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The kind counted by the subject of a verb with this lemma, or null. */
  FigureKind subjectKind(String lemma) {
    for (Map.Entry<FigureKind, Cues> e : cues.entrySet()) {
      if (e.getValue().subjects().contains(lemma)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The kind counted by the "of" phrase of an event noun with this lemma, or null. */
  FigureKind ofNounKind(String lemma) {
    for (Map.Entry<FigureKind, Cues> e : cues.entrySet()) {
      if (e.getValue().ofNouns().contains(lemma)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The kind a word form right after a number says it counts ("killed", "wounded"), or null. */
  FigureKind wordKind(String lower) {
    for (Map.Entry<FigureKind, Cues> e : cues.entrySet()) {
      if (e.getValue().words().contains(lower)) {
        return e.getKey();
      }
    }
    return null;
  }

  /** A frame verb: reporting, threat, denial, plan, demand or announcement. */
  boolean frameWord(String lemma) {
    return reporting.contains(lemma) || threat.contains(lemma) || denial.contains(lemma)
        || planning.contains(lemma) || demanding.contains(lemma) || announcing.contains(lemma);
  }

  /** The modality a frame verb gives the event it frames, or null when it is no frame verb. */
  String frame(String lemma) {
    if (threat.contains(lemma)) {
      return "threatened";
    } else if (denial.contains(lemma)) {
      return "denied";
    } else if (demanding.contains(lemma)) {
      return "demanded";
    } else if (planning.contains(lemma)) {
      return "planned";
    } else if (announcing.contains(lemma)) {
      return "announced";
    } else if (reporting.contains(lemma)) {
      return "reported";
    }
    return null;
  }

  /** Whether the subject of this verb is a party to its object noun's event. */
  boolean takesPart(String verbLemma) {
    return supportVerbs.contains(verbLemma) || threat.contains(verbLemma)
        || denial.contains(verbLemma)
        || (planning.contains(verbLemma) && !verbLemma.equals("expect"))
        || demanding.contains(verbLemma) || announcing.contains(verbLemma);
  }

  /** Words that may refer back to actors named earlier: their sentences are parsed too. */
  boolean refersBack(String lowerWord) {
    return groupWords.contains(lowerWord) || lowerWord.equals("he") || lowerWord.equals("she");
  }

  private static EventWords load(List<String> files) {
    Map<String, ImmutableSet<String>> lists = new LinkedHashMap<>();
    for (String file : files) {
      read(file, lists);
    }
    return new EventWords(lists);
  }

  private static void read(String file, Map<String, ImmutableSet<String>> lists) {
    read(file, lists, Set.of());
  }

  /**
   * The {@code [name]} word lists of one resource file of this package: words separated by
   * white space, as written; in the lists named in {@code wholeLines}, one entry a line (so an
   * entry may hold spaces: "fighter jet"). A list given twice, or words before any list, is an
   * error naming the file and line.
   */
  static Map<String, ImmutableSet<String>> readLists(String file, Set<String> wholeLines) {
    Map<String, ImmutableSet<String>> lists = new LinkedHashMap<>();
    read(file, lists, wholeLines);
    return lists;
  }

  private static void read(String file, Map<String, ImmutableSet<String>> lists,
      Set<String> wholeLines) {
    try (InputStream in = EventWords.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/sitrep/events/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String name = null;
      ImmutableSet.Builder<String> words = null;
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[") && s.endsWith("]")) {
          if (name != null) {
            lists.put(name, words.build());
          }
          name = s.substring(1, s.length() - 1).strip();
          checkArgument(!lists.containsKey(name), "%s:%s: list [%s] given twice", file, n, name);
          words = ImmutableSet.builder();
          continue;
        }
        checkArgument(name != null, "%s:%s: words before any [list]", file, n);
        if (wholeLines.contains(name)) {
          words.add(s);
          continue;
        }
        for (String w : s.split("\\s+")) {
          words.add(w);
        }
      }
      if (name != null) {
        lists.put(name, words.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
