package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Resolves an article's entities to actors — kind, country and CAMEO code — and finds the
 * affiliation relations the text states ("Kurdish-led", "Iranian-backed").
 *
 * <p>Per entity, first rule that applies:
 *
 * <ul>
 *   <li><b>People</b>: their role before their nationality: a role that names a country or an
 *       international body and an agent ("Turkish Foreign Minister" → TUR + GOV, "UN
 *       Secretary-General" → IGOUNO); else the {@link ActorDictionary} by name or any mention, with
 *       the code in force on the article's date, or by the one fuller name it is part of
 *       ("Mugabe"); else a person with no code.
 *   <li><b>Organisations and groups</b>: the dictionary; else country plus agent in the name
 *       ("Syrian defense ministry" → SYRGOV); a nationality used on its own ("the Syrians said") is
 *       the country's population; an organisation the entity stage classed as a ministry, security
 *       force or armed group, or whose name ends in an agent noun ("… Party"), gets that kind
 *       without a code. A nationality that only ever qualifies a following noun ("Syrian rebels")
 *       is no actor itself.
 *   <li><b>Places</b> are actors only when a mention is the subject of a verb ("Damascus said",
 *       "Ankara was against", not "in Damascus"): a country is the state (its ISO3 code), a capital
 *       stands for its government (capital metonymy, ISO3 + GOV), using the gazetteer's capitals.
 * </ul>
 *
 * <p>Then unnamed actors: a country or nationality followed by an agent noun ("Syrian rebels" →
 * SYRREB, "U.S. troops" → USAMIL) that is not part of a named entity or a person's title.
 *
 * <p>Countries, capitals, titles and agent phrases are read by the stage's {@link ActorCoder}, the
 * same that codes event participants ({@link #coder}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ActorStage implements Stage<Actors> {
  /** Subtypes the entity stage assigns that fix an organisation's kind. */
  private static final ImmutableMap<String, ActorKind> SUBTYPE_KINDS =
      ImmutableMap.<String, ActorKind>builder()
          .put("MINISTRY", ActorKind.STATE_GOVERNMENT)
          .put("GOVERNMENT", ActorKind.STATE_GOVERNMENT)
          .put("LEGISLATURE", ActorKind.STATE_GOVERNMENT)
          .put("DIPLOMATIC_MISSION", ActorKind.STATE_GOVERNMENT)
          .put("MILITARY", ActorKind.MILITARY)
          .put("POLICE", ActorKind.POLICE_SECURITY)
          .put("SECURITY_FORCE", ActorKind.POLICE_SECURITY)
          .put("ARMED_GROUP", ActorKind.ARMED_NONSTATE)
          .put("PARTY", ActorKind.POLITICAL_ORG)
          .buildOrThrow();
  /** Verb tags that make a preceding name their subject; participles are left out ("Damascus-based"). */
  private static final Set<String> SUBJECT_VERBS = ImmutableSet.of("VBD", "VBZ", "VBP", "MD");

  private final ActorDictionary dictionary;
  /** Country, capital, title and agent readings: the same coder that codes event participants. */
  private final ActorCoder coder;

  private ActorStage(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = dictionary;
    this.coder = new ActorCoder(dictionary, gazetteer);
  }

  /** A stage using the built-in dictionary and gazetteer. */
  public static ActorStage create() {
    return new ActorStage(ActorDictionary.builtIn(), Gazetteer.shared());
  }

  /**
   * A stage using the built-in dictionary with a user overlay on top (format: {@link
   * ActorDictionary#withUserOverlay}).
   *
   * @throws IllegalArgumentException naming file and line when the overlay is malformed
   * @throws java.io.UncheckedIOException when it cannot be read
   */
  public static ActorStage create(Path userOverlay) {
    return new ActorStage(ActorDictionary.withUserOverlay(userOverlay), Gazetteer.shared());
  }

  /** A stage using {@code dictionary}. */
  public static ActorStage create(ActorDictionary dictionary) {
    return new ActorStage(checkNotNull(dictionary, "dictionary"), Gazetteer.shared());
  }

  /**
   * The dictionary this stage codes with (user overlay included), for the stages that must read
   * the same names: the entities stage types its armed groups and parties as organisations.
   */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * The coder this stage resolves countries, titles and agents with, over the same dictionary
   * (user overlay included): the one to code event participants with.
   */
  public ActorCoder coder() {
    return coder;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Published.LAYER, NlpAnalysis.LAYER, Entities.LAYER);
  }

  @Override
  public Layer<Actors> produces() {
    return Actors.LAYER;
  }

  @Override
  public Actors process(Document document) {
    String text = document.get(Article.LAYER).text();
    LocalDate date = document.get(Published.LAYER).date().orElse(null);
    TokenIndex tokens = new TokenIndex(document.get(NlpAnalysis.LAYER));
    List<Entity> entities = document.get(Entities.LAYER).entities();
    List<ActorRef> actors = new ArrayList<>();
    for (Entity entity : entities) {
      ActorRef ref = resolve(entity, date, tokens);
      if (ref != null) {
        actors.add(ref);
      }
    }
    actors.addAll(unnamed(text, tokens, entities));
    return new Actors(actors,
        Affiliations.find(text, tokens, entities, this::countryOf, dictionary, date));
  }

  private ActorRef resolve(Entity e, LocalDate date, TokenIndex tokens) {
    return switch (e.type()) {
      case PERSON -> person(e, date);
      case ORGANIZATION, GROUP -> organisation(e, date, tokens);
      case LOCATION -> place(e, tokens);
    };
  }

  /** A person's role in this article before the dictionary's code for the name (its nationality). */
  private ActorRef person(Entity e, LocalDate date) {
    for (String role : e.roles()) {
      Optional<CodedActor> byRole = coder.title(role, date);
      if (byRole.isPresent()) {
        return new ActorRef(e.id(), e.name(), ActorKind.PERSON, byRole.get().country(),
            byRole.get().code(), "role: " + role);
      }
    }
    Optional<ActorEntry> entry = fromDictionary(e, date);
    if (entry.isEmpty()) {
      entry = coder.partName(e, date); // "Mugabe": a person the dictionary names in full
    }
    if (entry.isPresent()) {
      ActorEntry a = entry.get();
      return new ActorRef(e.id(), e.name(), ActorKind.PERSON, a.country(), a.cameoCode(),
          "dictionary: " + a.name());
    }
    return new ActorRef(e.id(), e.name(), ActorKind.PERSON, null, null, "person");
  }

  private ActorRef organisation(Entity e, LocalDate date, TokenIndex tokens) {
    if (e.type() == EntityType.GROUP && adjectival(e, tokens)) {
      return null;
    }
    Optional<ActorEntry> entry = fromDictionary(e, date);
    if (entry.isPresent()) {
      ActorEntry a = entry.get();
      return new ActorRef(e.id(), e.name(), a.kind(), a.country(), a.cameoCode(),
          "dictionary: " + a.name());
    }
    Optional<ActorCoder.Prefixed> agent =
        coder.countryThenAgent(Word.in(e.name(), 0, e.name().length()), true);
    if (agent.isPresent()) {
      ActorCoder.Prefixed a = agent.get();
      return new ActorRef(e.id(), e.name(), a.kind(), a.country(), a.code(),
          "agent+country: " + e.name());
    }
    if (e.type() == EntityType.GROUP) {
      Optional<String> iso3 = dictionary.country(e.name());
      return iso3.map(c -> new ActorRef(e.id(), e.name(), ActorKind.ETHNIC_RELIGIOUS_GROUP, c, c,
          "demonym")).orElse(null);
    }
    ActorKind bySubtype = e.subtype() == null ? null : SUBTYPE_KINDS.get(e.subtype());
    if (bySubtype != null) {
      return new ActorRef(e.id(), e.name(), bySubtype, null, null, "entity subtype: " + e.subtype());
    }
    String[] words = e.name().split("\\s+");
    for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
      String head = String.join(" ", List.of(words).subList(words.length - n, words.length));
      String role = dictionary.agentRole(head);
      ActorKind kind = role == null ? null : CameoCodes.roleKind(role);
      if (kind != null) {
        return new ActorRef(e.id(), e.name(), kind, null, null, "agent noun: " + head);
      }
    }
    return null;
  }

  private ActorRef place(Entity e, TokenIndex tokens) {
    if (e.mentions().stream().noneMatch(m -> subjectPosition(m, tokens))) {
      return null;
    }
    Optional<Place> country = coder.countryPlace(e.name());
    if (country.isPresent()) {
      String iso3 = dictionary.iso3(country.get().countryCode());
      return iso3 == null ? null
          : new ActorRef(e.id(), e.name(), ActorKind.STATE_GOVERNMENT, iso3, iso3,
              "country as actor");
    }
    String iso3 = coder.capitalCountry(e.name());
    return iso3 == null ? null
        : new ActorRef(e.id(), e.name(), ActorKind.STATE_GOVERNMENT, iso3, iso3 + "GOV",
            "capital metonymy: " + dictionary.capital(iso3));
  }

  /** ISO3 of a country name or demonym (see {@link ActorCoder#countryOf}). */
  String countryOf(String name) {
    return coder.countryOf(name);
  }

  private Optional<ActorEntry> fromDictionary(Entity e, LocalDate date) {
    Optional<ActorEntry> byName = dictionary.lookup(e.name(), date);
    if (byName.isPresent()) {
      return byName;
    }
    Set<String> tried = new HashSet<>();
    for (Mention m : e.mentions()) {
      if (tried.add(m.text())) {
        Optional<ActorEntry> found = dictionary.lookup(m.text(), date);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** True when every mention qualifies a following noun or adjective ("Syrian rebels"). */
  private static boolean adjectival(Entity e, TokenIndex tokens) {
    for (Mention m : e.mentions()) {
      Token next = tokens.after(m.end());
      if (next == null || next.start() > m.end() + 1
          || !(next.pos().startsWith("NN") || next.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return true;
  }

  /** A mention followed by a finite verb and not governed by a preposition: "Damascus said". */
  private static boolean subjectPosition(Mention m, TokenIndex tokens) {
    Token next = tokens.after(m.end());
    if (next == null || !SUBJECT_VERBS.contains(next.pos())) {
      return false;
    }
    Sentence sentence = tokens.sentenceAt(m.start());
    if (sentence == null || next.start() >= sentence.end()) {
      return false;
    }
    Token previous = tokens.before(m.start());
    return previous == null || previous.end() <= sentence.start()
        || !(previous.pos().equals("IN") || previous.pos().equals("TO"));
  }

  /** "Syrian rebels", "U.S. troops": a country or demonym then an agent phrase, outside entities. */
  private List<ActorRef> unnamed(String text, TokenIndex index, List<Entity> entities) {
    List<ActorRef> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : index.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!t.get(i).capitalised()) {
          continue;
        }
        Match match = agentAfterCountry(text, t, i, s);
        if (match == null || insideNamedEntity(match.start, match.end, entities)
            || startsPerson(match.end, index, entities)) {
          continue;
        }
        String phrase = text.substring(match.start, match.end);
        if (seen.add(Keys.key(phrase))) {
          out.add(new ActorRef(null, phrase, match.kind, match.iso3, match.code,
              "agent+country: " + phrase));
        }
        i = match.lastToken;
      }
    }
    return out;
  }

  /** A country then an agent from token {@code i} on (see {@link ActorCoder#countryThenAgent}). */
  private Match agentAfterCountry(String text, List<Token> t, int i, Sentence s) {
    List<Word> words = Word.in(text, t.get(i).start(), s.end());
    Optional<ActorCoder.Prefixed> p = coder.countryThenAgent(words, false);
    if (p.isEmpty()) {
      return null;
    }
    int last = i;
    while (last + 1 < t.size() && t.get(last + 1).start() < p.get().end()) {
      last++;
    }
    return new Match(t.get(i).start(), p.get().end(), last, p.get().country(), p.get().code(),
        p.get().kind());
  }

  private record Match(int start, int end, int lastToken, String iso3, String code,
      ActorKind kind) {}

  private static boolean insideNamedEntity(int start, int end, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        for (Mention m : e.mentions()) {
          if (m.start() < end && start < m.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A title right before a person's name ("Turkish Foreign Minister Hakan Fidan") is a role. */
  private static boolean startsPerson(int end, TokenIndex index, List<Entity> entities) {
    Token next = index.after(end);
    if (next == null) {
      return false;
    }
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON) {
        for (Mention m : e.mentions()) {
          if (m.start() == next.start()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Entity ids by name key, for tests and affiliation matching. */
  static Map<String, String> idsByKey(List<Entity> entities) {
    Map<String, String> ids = new java.util.HashMap<>();
    for (Entity e : entities) {
      ids.putIfAbsent(Keys.key(e.name()), e.id());
      for (Mention m : e.mentions()) {
        ids.putIfAbsent(Keys.key(m.text()), e.id());
      }
    }
    return ids;
  }
}
