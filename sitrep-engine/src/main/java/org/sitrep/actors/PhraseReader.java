package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceKind;

/**
 * Reads words for actors and agents: a country name or demonym (also as the leader of a
 * "Vostrian-led" force), a capital, a named actor of the dictionary (with the code in force on a
 * date), a place the places layer resolved, a known person's last name before an agent noun (its
 * country: "the Obama administration"), and agent noun phrases ("foreign minister" → GOV). The vocabulary of {@link ActorCoder}; it composes no
 * codes. Stateless and thread-safe.
 */
final class PhraseReader {
  static final int NAME_WORDS = 6;
  /** The suffix of a leader's demonym on what it leads: "Vostrian-led forces". */
  private static final String LED = "-led";
  private static final int AGENT_WORDS = 5;

  /** What a phrase holds: its actor (or null) and its head agent (or null). */
  record Reading(Hit actor, Agent agent) {}

  /** Where an actor's code came from; decides how an agent's role joins it. */
  enum HitType { LAYER, COUNTRY, NAMED, CAPITAL, PLACE }

  /** An actor found in words {@code [from, to)}. */
  record Hit(int from, int to, HitType type, String code, ActorKind kind, String country,
      String basis) {}

  /** An agent noun phrase in words {@code [from, to)} with its CAMEO role. */
  record Agent(int from, int to, String role, String text) {}

  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;

  PhraseReader(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
  }

  ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * Reads {@code words} for actors and agents. The head agent is the one ending last; the actor is
   * the one nearest before it, else the first. Of two country names or demonyms in a row the
   * first is the actor: the second names an ethnicity or origin ("Bosnian Serbs", "Croatian Serb
   * refugees", "Greek Cypriot leaders"), and CAMEO codes such people by the state they belong to.
   *
   * @param view the article, when the words are article words (their entities count); else null
   * @param date the article's date, or null
   */
  Reading read(List<Word> words, ArticleView view, LocalDate date) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Hit h = hitAt(words, i, view, date);
      if (h != null) {
        hits.add(h);
        i = h.to() - 1;
      }
    }
    Agent head = null;
    for (int end = words.size() - 1; end >= 0 && head == null; end--) {
      if (insideHit(hits, end)) {
        continue;
      }
      int floor = 0;
      for (Hit h : hits) {
        if (h.to() <= end) {
          floor = Math.max(floor, h.to());
        }
      }
      head = agentEndingAt(words, end, floor);
    }
    Hit actor = hits.isEmpty() ? null : hits.get(0);
    if (head != null) {
      for (Hit h : hits) {
        if (h.to() <= head.from()) {
          actor = h; // the actor nearest before the head: "U.S. and Russian negotiators"
        }
      }
      if (actor == null) {
        actor = personModifier(words, head.from(), date); // "the Obama administration"
      }
    }
    for (int k = hits.indexOf(actor); k > 0; k--) {
      Hit before = hits.get(k - 1);
      if (before.to() != hits.get(k).from() || before.type() != HitType.COUNTRY
          || hits.get(k).type() != HitType.COUNTRY) {
        break;
      }
      actor = before; // "Bosnian Serb forces": the first of two demonyms in a row is the state
    }
    return new Reading(actor, head);
  }

  /**
   * The country of a person named by the one capitalised word right before an agent noun, as
   * news names a government or a following by its leader ("the Obama administration", "Mugabe
   * loyalists"): the country every dictionary person of that last name shares (see {@link
   * ActorDictionary#personCountry}); null when there is no such word or no one country.
   */
  private Hit personModifier(List<Word> words, int agentFrom, LocalDate date) {
    int k = agentFrom - 1;
    if (k < 0 || !words.get(k).isWord() || !words.get(k).capitalised()
        || (k > 0 && words.get(k - 1).namePart())) {
      return null; // not one name word alone: "Heritage Foundation staff" is no person's
    }
    return dictionary.personCountry(words.get(k).text(), date)
        .map(c -> new Hit(k, agentFrom, HitType.NAMED, c, ActorKind.PERSON, c,
            "country of the person " + words.get(k).text()))
        .orElse(null);
  }

  private static boolean insideHit(List<Hit> hits, int word) {
    for (Hit h : hits) {
      if (h.from() <= word && word < h.to()) {
        return true;
      }
    }
    return false;
  }

  /** The longest actor starting at word {@code i}: an entity the actors layer coded, else a name. */
  Hit hitAt(List<Word> words, int i, ArticleView view, LocalDate date) {
    Word first = words.get(i);
    if (!first.nameStart()) {
      return null;
    }
    if (view != null) {
      ArticleView.Located m = view.mentionAt(first.start());
      if (m != null) {
        int to = i;
        while (to < words.size() && words.get(to).start() < m.end()) {
          to++;
        }
        ActorRef ref = view.actor(m.entity());
        if (ref != null && ref.cameoCode() != null && ref.kind() != ActorKind.PERSON) {
          return new Hit(i, to, HitType.LAYER, ref.cameoCode(), ref.kind(), ref.country(),
              ref.basis());
        }
        Hit lexical = lexicalHit(words, i, to, date);
        if (lexical != null) {
          return lexical;
        }
        String iso2 = gazetteer.isCommonWord(m.entity().name()) ? null
            : view.placeCountry(m.entity().id());
        String iso3 = iso2 == null ? null : dictionary.iso3(iso2);
        if (iso3 != null) {
          return new Hit(i, to, HitType.PLACE, iso3, ActorKind.STATE_GOVERNMENT, iso3,
              "place: " + m.entity().name());
        }
      }
    }
    for (int to = Math.min(words.size(), i + NAME_WORDS); to > i; to--) {
      Hit h = lexicalHit(words, i, to, date);
      if (h != null) {
        return h;
      }
    }
    return null;
  }

  /** Words {@code [from, to)} as a country, a named actor or a capital; null if none. */
  Hit lexicalHit(List<Word> words, int from, int to, LocalDate date) {
    Word first = words.get(from);
    Word last = words.get(to - 1);
    if (!first.nameStart() || !last.isWord() || !last.nameStart() && to - from > 1) {
      return null;
    }
    String name = Word.join(words, from, to);
    String iso3 = countryOf(name);
    if (iso3 == null && to - from == 1 && name.length() > LED.length()
        && name.toLowerCase(Locale.ROOT).endsWith(LED)) {
      // "Vostrian-led forces", "a Saudi-led coalition": the country that leads them
      iso3 = countryOf(name.substring(0, name.length() - LED.length()));
    }
    if (iso3 != null) {
      return new Hit(from, to, HitType.COUNTRY, iso3, ActorKind.STATE_GOVERNMENT, iso3,
          "country: " + name);
    }
    if (!last.nameStart()) {
      return null;
    }
    String capital = capitalCountry(name);
    if (capital != null) {
      return new Hit(from, to, HitType.CAPITAL, capital, ActorKind.STATE_GOVERNMENT, capital,
          "capital metonymy: " + dictionary.capital(capital));
    }
    if (from > 0 && words.get(from - 1).namePart()) {
      // The end of a longer name is not a name of its own: "Heritage Foundation" is not the
      // actor Phoenix lists as "Foundation".
      return null;
    }
    Optional<ActorEntry> entry = dictionary.lookup(name, date);
    if (entry.isPresent() && entry.get().cameoCode() != null) {
      ActorEntry a = entry.get();
      return new Hit(from, to, HitType.NAMED, a.cameoCode(), a.kind(), a.country(),
          "dictionary: " + a.name());
    }
    return null;
  }

  /**
   * The longest agent phrase ending at word {@code end} and starting at or after {@code floor}
   * (so that it does not reach into an actor's name), or null.
   */
  Agent agentEndingAt(List<Word> words, int end, int floor) {
    if (end < 0 || !words.get(end).isWord()) {
      return null;
    }
    for (int from = Math.max(floor, end - AGENT_WORDS + 1); from <= end; from++) {
      if (!words.get(from).isWord()) {
        continue;
      }
      String phrase = Word.join(words, from, end + 1);
      String role = dictionary.agentRole(phrase);
      if (role != null && !role.isEmpty()) {
        return new Agent(from, end + 1, role, phrase);
      }
    }
    return null;
  }

  /**
   * ISO3 of a country name or demonym: the dictionary's table, the gazetteer's country names,
   * then a dictionary entry that is a country under dated codes (not a capital).
   */
  String countryOf(String name) {
    Optional<String> iso3 = dictionary.country(name);
    if (iso3.isPresent()) {
      return iso3.get();
    }
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return null;
    }
    Optional<Place> place = countryPlace(name);
    if (place.isPresent()) {
      return dictionary.iso3(place.get().countryCode());
    }
    // Phoenix lists capitals among a country's names; a capital is its government, not the state.
    return capitalCountry(name) == null ? dictionary.countryEntry(name).orElse(null) : null;
  }

  /** The country a place name is, as the gazetteer knows it. */
  Optional<Place> countryPlace(String name) {
    return gazetteer.lookup(name).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).findFirst();
  }

  /** The ISO3 country whose capital {@code name} is (the gazetteer's first city of that name). */
  String capitalCountry(String name) {
    Optional<Place> city = gazetteer.lookup(name).stream()
        .filter(p -> p.kind() == PlaceKind.CITY).findFirst();
    if (city.isEmpty()) {
      return null;
    }
    String iso3 = dictionary.iso3(city.get().countryCode());
    String capital = iso3 == null ? null : dictionary.capital(iso3);
    return capital != null && !capital.isEmpty()
        && Keys.key(capital).equals(Keys.key(city.get().name())) ? iso3 : null;
  }
}
