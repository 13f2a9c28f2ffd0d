package org.sitrep.actors;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.PhraseReader.Agent;
import org.sitrep.actors.PhraseReader.Hit;
import org.sitrep.actors.PhraseReader.HitType;
import org.sitrep.core.Span;

/**
 * The one country a sentence is about, for a participant whose phrase names a role but no country
 * ("Kenyan police detained [students]", "Peru's government shut [the opposition
 * newspaper]", "[President Ana Lenk] met Arnor's ministers"): a CAMEO coder codes such a
 * participant with the country the sentence places it in.
 *
 * <p>The sentence's other actors (outside the participant's own phrase) must all be of one
 * country, and that country must be shown to be where the event happens, not merely who acts
 * abroad: by a civil role after it ("Kenyan police", "Peruvian government officials", "Arnor's
 * courts"), or by being a place after a locative preposition ("in Lima", "across Arnor").
 * Armed actors do not count as such evidence and an armed actor of no country (a UN force) rules
 * the context out, since "Arnorian troops killed five militants" does not make the militants
 * Arnorian. Reads only the participant's sentence and line. Stateless and thread-safe.
 */
final class SentenceCountry {
  /** Roles of armed actors, who often act outside their country. */
  private static final ImmutableSet<String> ARMED = ImmutableSet.of("MIL", "REB", "UAF", "INS",
      "SPY", "IMG");
  /** Prepositions that make the name after them the event's place. */
  private static final ImmutableSet<String> LOCATIVE = ImmutableSet.of("in", "across",
      "throughout", "inside");
  /** How far around the phrase the sentence is read, in characters. */
  private static final int REACH = 400;

  private final PhraseReader reader;
  private final Surroundings around;

  SentenceCountry(PhraseReader reader, Surroundings around) {
    this.reader = reader;
    this.around = around;
  }

  /**
   * The country the sentence of {@code span} is about, as a country hit, or null when the
   * sentence names no country, several, or only armed actors of one.
   */
  Hit of(ArticleView view, Span span) {
    List<Word> before = view.before(span.start(), REACH);
    List<Word> after = view.after(span.end(), REACH);
    Set<String> countries = new LinkedHashSet<>();
    List<String> civil = new ArrayList<>();
    for (List<Word> words : List.of(before, after)) {
      for (int i = 0; i < words.size(); i++) {
        Hit h = reader.hitAt(words, i, view, view.date());
        if (h == null) {
          continue;
        }
        String role = roleOf(h, view, words);
        if (h.country() == null) {
          if (role != null && ARMED.contains(role)) {
            return null; // "UN peacekeepers killed five militants": not the militants' country
          }
        } else {
          countries.add(h.country());
          boolean located = h.from() > 0 && LOCATIVE.contains(words.get(h.from() - 1).lower())
              && h.type() != HitType.NAMED;
          if (located || role != null && !ARMED.contains(role)) {
            civil.add(h.country());
          }
        }
        i = h.to() - 1;
      }
    }
    if (countries.size() != 1 || civil.isEmpty()) {
      return null;
    }
    String iso3 = civil.get(0);
    return new Hit(0, 0, HitType.COUNTRY, iso3, ActorKind.STATE_GOVERNMENT, iso3,
        "country of the sentence: " + iso3);
  }

  /**
   * The role an actor's mention has: the role of the agent right after it ("Kenyan police",
   * "X's army"), else the role its own code carries, else null. A capital alone has none here:
   * "rebels shelled [the capital]" says what was hit, not whose the rebels are.
   */
  private String roleOf(Hit h, ArticleView view, List<Word> words) {
    Agent agent = around.agentAfter(view, words.get(h.to() - 1).end());
    if (agent != null) {
      return agent.role();
    }
    String code = h.code();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      String role = code.substring(i, i + 3);
      if (CameoCodes.roleKind(role) != null) {
        return role;
      }
    }
    return null;
  }
}
