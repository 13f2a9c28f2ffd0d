package org.sitrep.actors;

import com.google.common.collect.ImmutableSet;
import org.sitrep.actors.PhraseReader.Agent;
import org.sitrep.actors.PhraseReader.Hit;
import org.sitrep.actors.PhraseReader.HitType;

/**
 * Joins an actor and an agent's role into one CAMEO code: a country's or a capital's prefix plus
 * the role (ISRMIL; a capital alone is its government, SYRGOV); a state body's country plus the
 * role when the agent heads the phrase ("Syrian government forces" → SYRMIL); an international
 * body's code, plus MIL or COP for its troops or police (IGOUNOMIL); a named group's own code
 * (PSEREBHMS). Stateless and thread-safe.
 */
final class CodeComposer {
  /** Roles an international body's code takes on: its troops and police are a part of it. */
  private static final ImmutableSet<String> IGO_PARTS = ImmutableSet.of("MIL", "COP");
  private static final ImmutableSet<ActorKind> STATE_KINDS = ImmutableSet.of(
      ActorKind.STATE_GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE_SECURITY);

  private final ActorDictionary dictionary;

  CodeComposer(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The code of {@code actor} with {@code agent}'s role.
   *
   * @param agentAfter whether the agent heads the phrase after the actor ("Syrian government
   *     forces", "the army of X") rather than standing before it
   */
  CodedActor compose(Hit actor, Agent agent, boolean agentAfter) {
    String role = agent == null ? null : agent.role();
    String code;
    switch (actor.type()) {
      case COUNTRY, PLACE -> code = actor.code() + (role == null ? "" : role);
      case CAPITAL -> code = actor.code() + (role == null ? "GOV" : role);
      default -> {
        String c = actor.code();
        if (role == null || hasRole(c, role)) {
          code = c;
        } else if (actor.kind() == ActorKind.PERSON) {
          code = agentAfter && actor.country() != null ? actor.country() + role : c;
        } else if (actor.country() == null) {
          code = IGO_PARTS.contains(role) ? c + role : c;
        } else if (STATE_KINDS.contains(actor.kind()) && agentAfter) {
          code = actor.country() + role;
        } else {
          code = c;
        }
      }
    }
    ActorKind kind = code.equals(actor.code()) && actor.type() != HitType.COUNTRY
        ? actor.kind() : CameoCodes.kind(code, dictionary.countryCodes());
    String country = CameoCodes.country(code, dictionary.countryCodes());
    String basis = actor.basis();
    if (role != null && !code.equals(actor.code()) || actor.type() == HitType.COUNTRY
        && role != null) {
      basis += " + agent: " + agent.text();
    }
    return new CodedActor(code, kind, country, basis);
  }

  /** A code as it stands, its kind and country read from the code itself. */
  CodedActor plain(String code, String country, String basis) {
    return new CodedActor(code, CameoCodes.kind(code, dictionary.countryCodes()), country, basis);
  }

  /** Whether {@code code} already has {@code role} among its roles ("PSEREBHMS" has REB). */
  private static boolean hasRole(String code, String role) {
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      if (code.startsWith(role, i)) {
        return true;
      }
    }
    return false;
  }
}
