package org.sitrep.events;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.sitrep.actors.ActorDictionary;

/**
 * Which head nouns can name an actor without a name ("security forces", "border guards",
 * "protesters", "the group"): the agent table of the actors stage's {@link ActorDictionary} (the
 * same one that codes the participant afterwards, so a user's dictionary reaches both), plus the
 * events' own short list of collectives that CAMEO gives no role but that still act (groups,
 * parties, coalitions; {@code [collective-nouns]} in {@code event-words.txt}). Immutable and
 * thread-safe.
 */
final class AgentNouns {
  /** How many modifiers before a head noun can make an agent phrase with it ("border guards"). */
  private static final int MAX_MODIFIERS = 2;

  private final ActorDictionary dictionary;
  private final ImmutableSet<String> collectives;

  AgentNouns(ActorDictionary dictionary, EventWords words) {
    this.dictionary = checkNotNull(dictionary, "dictionary");
    this.collectives = words.collectiveNouns;
  }

  /** A lower-case word that can head an actor's description; plurals included. */
  boolean word(String lower) {
    return collectives.contains(lower) || dictionary.isAgent(lower)
        || (lower.endsWith("s") && collectives.contains(lower.substring(0, lower.length() - 1)));
  }

  /**
   * Whether head noun {@code h} can name an actor: its lemma or word, or the phrase its
   * adjacent modifiers make with it ("border guards", where "guards" alone is no agent).
   */
  boolean head(Parse p, int h) {
    if (word(p.lemma(h)) || word(p.lower(h))) {
      return true;
    }
    StringBuilder phrase = new StringBuilder(p.lower(h));
    for (int m = h - 1; m >= Math.max(0, h - MAX_MODIFIERS); m--) {
      String r = p.base(m);
      if (p.head(m) != h || !(r.equals("compound") || r.equals("amod"))) {
        return false;
      }
      phrase.insert(0, p.lower(m) + " ");
      if (dictionary.isAgent(phrase.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether head noun {@code h}, no agent itself, has an agent word among the modifiers right
   * before it ("opposition candidates", "military targets", "rebel positions"): the phrase
   * belongs to that agent, so a nationality before it says whose it is ("Zambian opposition
   * candidates" are Uganda's opposition), as a CAMEO coder reads the agent word inside a phrase.
   */
  boolean agentModified(Parse p, int h) {
    for (int m = h - 1; m >= Math.max(0, h - MAX_MODIFIERS); m--) {
      if (p.head(m) != h || !(p.base(m).equals("compound") || p.base(m).equals("amod"))) {
        return false;
      }
      if (word(p.lower(m)) || word(p.lemma(m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the dictionary knows {@code phrase} as a named actor (built in or from the user's
   * file): a name NER did not tag is still an actor when the dictionary lists it.
   */
  boolean named(String phrase) {
    return dictionary.lookup(phrase, null).isPresent();
  }

  /**
   * A definite description that can name an actor without a name ("the group", "the ministry",
   * "the security forces"): its sentence is parsed too.
   */
  boolean definite(String lowerDeterminer, String lowerNoun) {
    return lowerDeterminer.equals("the") && word(lowerNoun);
  }
}
