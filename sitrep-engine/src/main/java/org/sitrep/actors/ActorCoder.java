package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.actors.PhraseReader.Agent;
import org.sitrep.actors.PhraseReader.Hit;
import org.sitrep.actors.PhraseReader.HitType;
import org.sitrep.actors.PhraseReader.Reading;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;

/**
 * Codes a noun phrase that names an event participant to a CAMEO actor code, as a CAMEO coder
 * reads it: an actor (a country, a capital, a named actor of the dictionary, a person) plus, when
 * the phrase has one, an agent noun that gives the role ("Israeli troops" → ISR + MIL).
 *
 * <p>It codes the phrase it is given and the words right around it in the article; it resolves no
 * pronouns. The rules, first that applies:
 *
 * <ul>
 *   <li><b>People</b> (a PERSON entity): their role before their nationality. A title right before
 *       the name ("U.N. mediator", "Taiwan's Vice Foreign Minister", "Serbian President"), an "of
 *       X" after it ("King Y of Morocco"), an apposition, or a role the entity stage found, whose
 *       agent noun is preceded by a country or an international body, gives the code (UN + chief →
 *       IGOUNO; a former office → ELI); so does such a title at another mention of the person in
 *       the article; else the actors layer's code; else the dictionary's, by the name, a titled
 *       name ("President Y") or the one fuller name the name is part of ("Mugabe").
 *   <li><b>Everything else</b>: the phrase's words are read for an actor — an entity the actors
 *       layer coded, a country name or demonym (ISR), a named dictionary actor with the code in
 *       force on the article's date, a capital (SYRGOV: capital metonymy), a place (its country) —
 *       and an agent noun (agents.tsv with agent-nouns.tsv over it). A phrase with an actor but no
 *       agent takes one from the words after it ("Israel's high court", "Palestinian prisoners");
 *       one with an agent but no actor takes the actor of an "of X" or "in X" after it ("the army
 *       of X", "a court in X"). The code is the actor's with the agent's role: a country's or a
 *       capital's prefix plus the role (ISRMIL, XJUD, PAKEDU); a state body's country plus the role
 *       when the agent is the head ("Syrian government forces" → SYRMIL); an international body's
 *       code, plus MIL or COP for its troops or police (IGOUNO, IGOWSTNATMIL); a non-state group's
 *       own code (PSEREBHMS). A demonym after "ethnic" with "in X" or "of X" after it is an
 *       ethnic group living in X, coded as X's civilians ("ethnic Albanians in Serbia" → SRBCVL).
 * </ul>
 *
 * <p>A phrase with no actor (an agent alone: "the troops") or no dictionary word gets no code.
 *
 * <p>The work is shared among package-private helpers: {@link PhraseReader} (the vocabulary:
 * countries, capitals, named actors, agent nouns), {@link Surroundings} (the words around a
 * phrase), {@link PersonRoles} (people) and {@link CodeComposer} (actor + role → code).
 *
 * <p>Stateless and thread-safe; the dictionary (built-in plus any user overlay) and the gazetteer
 * are given to the constructor.
 */
public final class ActorCoder {
  /** The role of an ethnic group coded by where it lives: civilians, as CAMEO 1.1b3 codes them. */
  private static final String ETHNIC_ROLE = "CVL";

  private final ActorDictionary dictionary;
  private final PhraseReader reader;
  private final Surroundings around;
  private final CodeComposer composer;
  private final PersonRoles persons;
  private final SentenceCountry sentenceCountry;

  /**
   * A coder over {@code dictionary} (the built-in one, or one with a user overlay) and {@code
   * gazetteer} (for country names, capitals and places).
   */
  public ActorCoder(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = checkNotNull(dictionary, "dictionary");
    this.reader = new PhraseReader(dictionary, checkNotNull(gazetteer, "gazetteer"));
    this.around = new Surroundings(reader);
    this.composer = new CodeComposer(dictionary);
    this.persons = new PersonRoles(reader, around, composer);
    this.sentenceCountry = new SentenceCountry(reader, around);
  }

  /**
   * What the coder reads of one article: its text, date, entities, the actors layer and, when
   * present, the places layer and the NLP tokens. Immutable; make one per article.
   */
  public static final class Context {
    private final ArticleView view;

    private Context(ArticleView view) {
      this.view = view;
    }

    /**
     * The context of an article from its layers: article, publication date, entities, actors,
     * and the NLP tokens and places when the document has them.
     */
    public static Context of(Document doc) {
      return new Context(ArticleView.of(doc));
    }

    /** The article text. */
    public String text() {
      return view.text();
    }
  }

  /**
   * The CAMEO actor code of the participant {@code phrase}.
   *
   * @param phrase the noun phrase as the events stage names it: an entity's name or the words of
   *     the phrase
   * @param span where the phrase stands in the article (an entity's mention, or the phrase), or
   *     null when unknown; without it only the phrase itself is read
   * @return the code with its basis, or empty when the phrase names no actor the dictionaries know
   * @throws IllegalArgumentException if the span lies outside the article
   */
  public Optional<CodedActor> code(String phrase, Span span, Context ctx) {
    checkNotNull(phrase, "phrase");
    checkNotNull(ctx, "ctx");
    ArticleView view = ctx.view;
    checkArgument(span == null || span.end() <= view.text().length(),
        "span %s lies outside the article (length %s)", span, view.text().length());
    List<Word> core = span == null ? Word.in(phrase, 0, phrase.length())
        : Word.in(view.text(), span.start(), span.end());
    if (core.stream().noneMatch(Word::isWord)) {
      return Optional.empty();
    }
    Entity entity = span != null ? view.entityHeading(span) : view.entityNamed(phrase);
    if (entity != null && entity.type() == EntityType.PERSON) {
      Optional<CodedActor> person = persons.person(entity, span, view);
      return person.isPresent() || span == null ? person : titledInContext(entity, span, view);
    }
    if (span == null && entity != null && view.actor(entity) != null
        && view.actor(entity).cameoCode() != null) {
      return Optional.of(persons.layer(view.actor(entity)));
    }
    Reading r = reader.read(core, span == null ? null : view, view.date());
    Hit actor = r.actor();
    Agent agent = r.agent();
    Hit named = span == null ? null : around.namedWithLeftWords(view, span);
    if (named != null) {
      actor = named; // "Vostrian Patriotic Front" when the phrase is "Patriotic Front"
    }
    boolean agentAfter = agent != null && actor != null && agent.from() >= actor.to();
    if (actor != null && agent == null && span != null && actor.to() == core.size()) {
      agent = around.agentAfter(view, span.end());
      agentAfter = true;
    }
    if (actor == null && agent != null && span != null) {
      // "the army of X", "a court in X", "X's cabinet": the agent is the head, X its actor.
      actor = around.complement(view, span.end());
      if (actor == null) {
        actor = around.possessor(view, span.start());
      }
      agentAfter = true;
    }
    if (actor == null && span != null) {
      // "Iraqi [Kurds]" when the phrase is the noun
      actor = around.countryBefore(view, span.start());
      agentAfter = true;
    } else if (actor != null && actor.from() == 0 && span != null
        && (actor.type() == HitType.COUNTRY || actor.type() == HitType.LAYER)
        && reader.countryOf(Word.join(core, actor.from(), actor.to())) != null) {
      Hit state = around.countryBefore(view, span.start());
      if (state != null) {
        actor = state; // "Bosnian [Serbs]": the first demonym is the state (PhraseReader#read)
      }
    }
    if (actor != null && agent == null && span != null
        && (actor.type() == HitType.COUNTRY || actor.type() == HitType.LAYER)
        && reader.countryOf(Word.join(core, 0, core.size())) != null // a demonym alone
        && around.ethnicBefore(view, span.start())) {
      // "ethnic Albanians in southern Serbia": an ethnic group, not the state its name is from; a
      // CAMEO coder codes it as civilians of the country it lives in, when the phrase says which
      Hit home = around.complement(view, span.end());
      if (home != null && home.country() != null && !home.country().equals(actor.country())) {
        actor = home;
        agent = new Agent(0, 0, ETHNIC_ROLE, "ethnic " + Word.join(core, 0, core.size()));
        agentAfter = true;
      }
    }
    if (actor == null && agent != null && span != null) {
      // "Kenyan police detained [students]": the role's country is the sentence's
      actor = sentenceCountry.of(view, span);
      agentAfter = true;
    }
    if (actor == null) {
      return Optional.empty();
    }
    return Optional.of(composer.compose(actor, agent, agentAfter));
  }

  /**
   * A person with a title but no country anywhere ("President Ana Lenk", "Judge Ana Lenk"): the
   * title's role with the sentence's country (see {@link SentenceCountry}), as a CAMEO coder reads
   * "President Lenk conceded to Arnorian rebels"; empty when there is no title or no one country.
   */
  private Optional<CodedActor> titledInContext(Entity person, Span span, ArticleView view) {
    Agent title = null;
    List<Word> before = view.before(span.start(), 60);
    int n = before.size();
    if (n > 0 && before.get(n - 1).capitalised()
        && view.text().substring(before.get(n - 1).end(), span.start()).isBlank()) {
      title = reader.agentEndingAt(before, n - 1, Math.max(0, n - 3));
    }
    for (int i = 0; title == null && i < person.roles().size(); i++) {
      String role = person.roles().get(i);
      List<Word> words = Word.in(role, 0, role.length());
      title = words.isEmpty() ? null : reader.agentEndingAt(words, words.size() - 1, 0);
    }
    if (title == null) {
      return Optional.empty();
    }
    Hit home = sentenceCountry.of(view, span);
    return home == null ? Optional.empty() : Optional.of(composer.compose(home, title, true));
  }

  /**
   * A person's title, as the entity stage gives it ("Turkish Foreign Minister", "US Special Envoy
   * for Syria"): the last agent noun in it, with the country or international body right before
   * that noun. A country needs an agent; an international body alone is enough ("UN").
   */
  Optional<CodedActor> title(String title, LocalDate date) {
    return persons.title(title, date);
  }

  /** The dictionary's person the entity names in part (see {@link PersonRoles#partName}). */
  Optional<ActorEntry> partName(Entity e, LocalDate date) {
    return persons.partName(e, date);
  }

  // ---- what the actors stage asks ----

  /**
   * A country or demonym of one to three words, then an agent noun phrase of one to three words
   * with an {@link ActorKind}: "Syrian rebels" → SYRREB, "U.S. troops" → USAMIL.
   *
   * @param words the words from the first word of the country on
   * @param toEnd whether the agent must end at the last word ("Syrian defense ministry" as an
   *     organisation's whole name, with any words between); else the longest agent right after the
   *     country is taken and the rest of {@code words} ignored
   * @return the code, kind and country, and the offset where the agent ends
   */
  Optional<Prefixed> countryThenAgent(List<Word> words, boolean toEnd) {
    int first = !words.isEmpty() && words.get(0).lower().equals("the") ? 1 : 0;
    for (int split = Math.min(words.size() - 1, first + 3); split > first; split--) {
      if (!words.get(split - 1).isWord()) {
        continue;
      }
      String iso3 = reader.countryOf(Word.join(words, first, split));
      if (iso3 == null) {
        continue;
      }
      if (toEnd) {
        for (int head = split; head < words.size(); head++) {
          Optional<Prefixed> p = prefixed(words, head, words.size(), iso3);
          if (p.isPresent()) {
            return p;
          }
        }
        return Optional.empty();
      }
      int n = 0;
      while (n < 3 && split + n < words.size() && words.get(split + n).isWord()
          && Character.isLetter(words.get(split + n).text().codePointAt(0))) {
        n++;
      }
      for (int k = n; k >= 1; k--) {
        Optional<Prefixed> p = prefixed(words, split, split + k, iso3);
        if (p.isPresent()) {
          return p;
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A country's agent: where it ends, its code and kind, and the agent phrase. */
  record Prefixed(int end, String code, ActorKind kind, String country, String agent) {}

  private Optional<Prefixed> prefixed(List<Word> words, int from, int to, String iso3) {
    String agent = Word.join(words, from, to);
    String role = dictionary.agentRole(agent);
    ActorKind kind = role == null ? null : CameoCodes.roleKind(role);
    return kind == null ? Optional.empty()
        : Optional.of(new Prefixed(words.get(to - 1).end(), iso3 + role, kind, iso3, agent));
  }

  // ---- countries and capitals ----

  /** ISO3 of a country name or demonym (see {@link PhraseReader#countryOf}). */
  String countryOf(String name) {
    return reader.countryOf(name);
  }

  /** The country a place name is, as the gazetteer knows it. */
  Optional<Place> countryPlace(String name) {
    return reader.countryPlace(name);
  }

  /** The ISO3 country whose capital {@code name} is, or null. */
  String capitalCountry(String name) {
    return reader.capitalCountry(name);
  }
}
