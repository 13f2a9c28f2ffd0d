package org.sitrep.actors;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Place;
import org.sitrep.geo.PlaceKind;
import org.sitrep.geo.PlaceRef;
import org.sitrep.geo.Places;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

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
 *       IGOUNO; a former office → ELI); else the actors layer's code; else the dictionary's.
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
 *       own code (PSEREBHMS).
 * </ul>
 *
 * <p>A phrase with no actor (an agent alone: "the troops") or no dictionary word gets no code.
 *
 * <p>Stateless and thread-safe; the dictionary (built-in plus any user overlay) and the gazetteer
 * are given to the constructor.
 */
public final class ActorCoder {
  private static final int NAME_WORDS = 6;
  private static final int AGENT_WORDS = 5;
  private static final int EXTENSION_WORDS = 4;
  /** Function words that end a phrase's extension: the next words belong to the clause. */
  private static final ImmutableSet<String> STOP = ImmutableSet.of("and", "or", "but", "nor",
      "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "into", "that",
      "which", "who", "whom", "whose", "has", "have", "had", "is", "are", "was", "were", "be",
      "been", "will", "would", "could", "should", "may", "might", "must", "can", "did", "do",
      "does", "said", "says", "its", "their", "his", "her", "our", "as", "than", "after",
      "before", "since", "while", "when", "if", "not");
  /** Words between a country and a title's agent noun: "Taiwan's Vice Foreign Minister". */
  private static final ImmutableSet<String> TITLE_MODIFIERS = ImmutableSet.of("top", "senior",
      "deputy", "vice", "acting", "interim", "chief", "special", "first", "new", "then",
      "outgoing", "incoming", "former", "ex", "late", "ousted", "deposed", "exiled", "elected",
      "self-proclaimed", "veteran", "leading", "powerful", "permanent");
  /** A former office holder is coded as an elite (ELI), as the Phoenix dictionaries do. */
  private static final ImmutableSet<String> FORMER = ImmutableSet.of("former", "ex", "ousted",
      "deposed", "exiled", "late");
  /** Roles an international body's code takes on: its troops and police are a part of it. */
  private static final ImmutableSet<String> IGO_PARTS = ImmutableSet.of("MIL", "COP");
  private static final ImmutableSet<ActorKind> STATE_KINDS = ImmutableSet.of(
      ActorKind.STATE_GOVERNMENT, ActorKind.MILITARY, ActorKind.POLICE_SECURITY);

  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;

  /**
   * A coder over {@code dictionary} (the built-in one, or one with a user overlay) and {@code
   * gazetteer} (for country names, capitals and places).
   */
  public ActorCoder(ActorDictionary dictionary, Gazetteer gazetteer) {
    this.dictionary = checkNotNull(dictionary, "dictionary");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /**
   * What the coder reads of one article: its text, date, entities, the actors layer and, when
   * present, the places layer. Immutable; make one per article.
   */
  public static final class Context {
    private record Located(int start, int end, Entity entity) {}

    private final String text;
    private final LocalDate date;
    private final ImmutableList<Located> mentions;
    private final ImmutableMap<String, ActorRef> actors;
    private final ImmutableMap<String, String> placeCountries;
    /** Part-of-speech tags by token start offset; empty when the article has no NLP layer. */
    private final ImmutableMap<Integer, String> tags;
    /** Sentence spans in text order; empty when the article has no NLP layer. */
    private final ImmutableList<Span> sentences;

    private Context(String text, LocalDate date, List<Entity> entities, List<ActorRef> actors,
        List<PlaceRef> places, NlpAnalysis nlp) {
      this.text = checkNotNull(text, "text");
      this.date = date;
      Map<Integer, String> pos = new HashMap<>();
      List<Span> spans = new ArrayList<>();
      if (nlp != null) {
        for (Sentence s : nlp.sentences()) {
          spans.add(Span.of(s.start(), s.end()));
          for (Token t : s.tokens()) {
            pos.putIfAbsent(t.start(), t.pos());
          }
        }
      }
      spans.sort(null);
      this.tags = ImmutableMap.copyOf(pos);
      this.sentences = ImmutableList.copyOf(spans);
      List<Located> located = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          located.add(new Located(m.start(), m.end(), e));
        }
      }
      located.sort(Comparator.comparingInt(Located::start));
      this.mentions = ImmutableList.copyOf(located);
      Map<String, ActorRef> byId = new HashMap<>();
      for (ActorRef a : actors) {
        if (a.entityId() != null) {
          byId.putIfAbsent(a.entityId(), a);
        }
      }
      this.actors = ImmutableMap.copyOf(byId);
      Map<String, String> countries = new HashMap<>();
      for (PlaceRef p : places) {
        // A place resolved under another name ("Africa" read as a town's alias) is too uncertain
        // to give a participant its country.
        if (p.resolved() && p.countryCode() != null && p.resolvedName() != null
            && Keys.key(p.resolvedName()).equals(Keys.key(p.name()))) {
          countries.putIfAbsent(p.entityId(), p.countryCode());
        }
      }
      this.placeCountries = ImmutableMap.copyOf(countries);
    }

    /**
     * The context of an article from its layers: article, publication date, entities, actors,
     * and the NLP tokens and places when the document has them.
     */
    public static Context of(Document doc) {
      return new Context(doc.get(Article.LAYER).text(),
          doc.get(Published.LAYER).date().orElse(null), doc.get(Entities.LAYER).entities(),
          doc.get(Actors.LAYER).actors(),
          doc.has(Places.LAYER) ? doc.get(Places.LAYER).places() : List.of(),
          doc.has(NlpAnalysis.LAYER) ? doc.get(NlpAnalysis.LAYER) : null);
    }

    /** Whether the word at {@code start} may modify a following noun: unknown, a noun or adjective. */
    private boolean modifierAt(int start) {
      String pos = tags.get(start);
      return pos == null || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("VBN")
          || pos.equals("VBG") || pos.equals("HYPH");
    }

    /** The article text. */
    public String text() {
      return text;
    }

    /**
     * The words before {@code offset}, at most {@code chars} characters back and never before the
     * start of its sentence or line: the words around a phrase belong to its sentence.
     */
    private List<Word> before(int offset, int chars) {
      int from = Math.max(0, offset - chars);
      from = Math.max(from, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
      Span s = sentenceAt(offset - 1);
      if (s != null) {
        from = Math.max(from, s.start());
      }
      return Word.in(text, Math.min(from, offset), offset);
    }

    /** The words after {@code offset}, within {@code chars} characters, its sentence and line. */
    private List<Word> after(int offset, int chars) {
      int to = Math.min(text.length(), offset + chars);
      int line = text.indexOf('\n', offset);
      if (line >= 0) {
        to = Math.min(to, line);
      }
      Span s = sentenceAt(offset);
      if (s != null) {
        to = Math.min(to, s.end());
      }
      return Word.in(text, offset, Math.max(offset, to));
    }

    private Span sentenceAt(int offset) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = sentences.get(mid);
        if (offset < s.start()) {
          hi = mid - 1;
        } else if (offset >= s.end()) {
          lo = mid + 1;
        } else {
          return s;
        }
      }
      return null;
    }

    /** Whether a person's mention covers {@code offset} ("King [Abdullah II]"). */
    private boolean inPerson(int offset) {
      for (Located l : mentions) {
        if (l.start() > offset) {
          break;
        }
        if (offset < l.end() && l.entity().type() == EntityType.PERSON) {
          return true;
        }
      }
      return false;
    }

    /** The first entity mention starting at {@code offset}, or null. */
    private Located mentionAt(int offset) {
      for (Located l : mentions) {
        if (l.start() == offset) {
          return l;
        }
        if (l.start() > offset) {
          break;
        }
      }
      return null;
    }

    /**
     * The entity that heads the span: one whose mention the span lies in, or one whose mention
     * ends the span ("the Vostrian envoy Ana Lenk"); null for "Ana Lenk's coalition".
     */
    private Entity entityHeading(Span span) {
      for (Located l : mentions) {
        if (l.start() >= span.end()) {
          break;
        }
        if (l.start() <= span.start() && span.end() <= l.end()
            || l.start() >= span.start() && l.end() == span.end()) {
          return l.entity();
        }
      }
      return null;
    }

    private Entity entityNamed(String name) {
      String key = Keys.key(name);
      for (Located l : mentions) {
        if (Keys.key(l.entity().name()).equals(key)) {
          return l.entity();
        }
      }
      return null;
    }

    private ActorRef actor(Entity e) {
      return e == null ? null : actors.get(e.id());
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
    checkArgument(span == null || span.end() <= ctx.text.length(),
        "span %s lies outside the article (length %s)", span, ctx.text.length());
    List<Word> core = span == null ? Word.in(phrase, 0, phrase.length())
        : Word.in(ctx.text, span.start(), span.end());
    if (core.stream().noneMatch(Word::isWord)) {
      return Optional.empty();
    }
    Entity entity = span != null ? ctx.entityHeading(span) : ctx.entityNamed(phrase);
    if (entity != null && entity.type() == EntityType.PERSON) {
      return person(entity, span, ctx);
    }
    if (span == null && entity != null && ctx.actor(entity) != null
        && ctx.actor(entity).cameoCode() != null) {
      return Optional.of(layer(ctx.actor(entity)));
    }
    Reading r = read(core, span == null ? null : ctx, ctx.date);
    Hit actor = r.actor();
    Agent agent = r.agent();
    Hit named = span == null ? null : namedWithLeftWords(ctx, span);
    if (named != null) {
      actor = named; // "Vostrian Patriotic Front" when the phrase is "Patriotic Front"
    }
    boolean agentAfter = agent != null && actor != null && agent.from() >= actor.to();
    if (actor != null && agent == null && span != null && actor.to() == core.size()) {
      agent = agentAfter(ctx, span.end());
      agentAfter = true;
    }
    if (actor == null && agent != null && span != null) {
      // "the army of X", "a court in X", "X's cabinet": the agent is the head, X its actor.
      actor = complement(ctx, span.end());
      if (actor == null) {
        actor = possessor(ctx, span.start());
      }
      agentAfter = true;
    }
    if (actor == null && span != null) {
      actor = countryBefore(ctx, span.start()); // "Iraqi [Kurds]" when the phrase is the noun
      agentAfter = true;
    }
    if (actor == null) {
      return Optional.empty();
    }
    return Optional.of(compose(actor, agent, agentAfter));
  }

  /** A person: a title or role first, then the actors layer, then the dictionary. */
  private Optional<CodedActor> person(Entity e, Span span, Context ctx) {
    Optional<CodedActor> found = Optional.empty();
    if (span != null) {
      found = leftTitle(ctx, span.start(), span.end());
      if (found.isEmpty()) {
        found = apposition(ctx, span.end());
      }
    }
    for (int i = 0; found.isEmpty() && i < e.roles().size(); i++) {
      found = title(e.roles().get(i), ctx.date);
    }
    if (found.isEmpty()) {
      ActorRef ref = ctx.actor(e);
      if (ref != null && ref.cameoCode() != null) {
        found = Optional.of(layer(ref));
      }
    }
    if (found.isEmpty()) {
      found = personFromDictionary(e, ctx.date);
    }
    if (found.isEmpty() && span != null) {
      found = titledName(ctx, span);
    }
    if (found.isPresent() && span != null) {
      // "X's coalition": the agent after a person's name is the participant, of X's country.
      Agent agent = possessiveAgent(ctx, span.end());
      String country = found.get().country();
      if (agent != null && country != null) {
        String code = country + agent.role();
        return Optional.of(new CodedActor(code, CameoCodes.kind(code, dictionary.countryCodes()),
            country, found.get().basis() + " + agent: " + agent.text()));
      }
    }
    return found;
  }

  private CodedActor layer(ActorRef ref) {
    return new CodedActor(ref.cameoCode(),
        CameoCodes.kind(ref.cameoCode(), dictionary.countryCodes()), ref.country(), ref.basis());
  }

  /** The dictionary's entry for the name with the capitalised words before it: "President Y". */
  private Optional<CodedActor> titledName(Context ctx, Span span) {
    List<Word> before = ctx.before(span.start(), 60);
    String name = span.in(ctx.text);
    for (int n = 1; n <= 3 && n <= before.size(); n++) {
      Word w = before.get(before.size() - n);
      if (!w.isWord() || !w.capitalised()) {
        break;
      }
      String titled = join(before, before.size() - n, before.size()) + " " + name;
      Optional<ActorEntry> entry = dictionary.lookup(titled, ctx.date);
      if (entry.isPresent() && entry.get().cameoCode() != null) {
        ActorEntry a = entry.get();
        return Optional.of(new CodedActor(a.cameoCode(),
            CameoCodes.kind(a.cameoCode(), dictionary.countryCodes()), a.country(),
            "dictionary: " + a.name()));
      }
    }
    return Optional.empty();
  }

  private Optional<CodedActor> personFromDictionary(Entity e, LocalDate date) {
    Optional<ActorEntry> entry = dictionary.lookup(e.name(), date);
    for (int i = 0; entry.isEmpty() && i < e.mentions().size(); i++) {
      entry = dictionary.lookup(e.mentions().get(i).text(), date);
    }
    return entry.filter(a -> a.cameoCode() != null).map(a -> new CodedActor(a.cameoCode(),
        CameoCodes.kind(a.cameoCode(), dictionary.countryCodes()), a.country(),
        "dictionary: " + a.name()));
  }

  /**
   * A person's title, as the entity stage gives it ("Turkish Foreign Minister", "US Special Envoy
   * for Syria"): the last agent noun in it, with the country or international body right before
   * that noun. A country needs an agent; an international body alone is enough ("UN").
   */
  Optional<CodedActor> title(String title, LocalDate date) {
    List<Word> words = Word.in(title, 0, title.length());
    for (int end = words.size(); end > 0; end--) {
      Optional<CodedActor> found = titleEndingAt(words, end, title, date, null);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The title right before a name: "Serbian President [name]", "King [name] of Morocco". */
  private Optional<CodedActor> leftTitle(Context ctx, int nameStart, int nameEnd) {
    String text = ctx.text;
    LocalDate date = ctx.date;
    List<Word> before = ctx.before(nameStart, 120);
    List<Word> words = new ArrayList<>();
    for (int i = before.size() - 1; i >= 0; i--) {
      Word w = before.get(i);
      if (!w.isWord() && !w.possessive() || STOP.contains(lower(w))
          && !(lower(w).equals("of") && i + 1 < before.size() && before.get(i + 1).capitalised()
              && i > 0 && before.get(i - 1).capitalised())) {
        break;
      }
      words.add(0, w);
    }
    if (!words.isEmpty()) {
      Optional<CodedActor> found = titleEndingAt(words, words.size(), text, date, ctx);
      if (found.isPresent()) {
        return found;
      }
    }
    // "King [name] of Morocco", "the president [name] of X": the agent before, the country after.
    Agent agent = words.isEmpty() ? null : agentEndingAt(words, words.size() - 1, 0);
    Hit of = agent == null ? null : complement(ctx, nameEnd, Set.of("of"));
    return of == null ? Optional.empty() : Optional.of(compose(of, agent, true));
  }

  /** ", the Vostrian defence minister," after a name. */
  private Optional<CodedActor> apposition(Context ctx, int nameEnd) {
    String text = ctx.text;
    LocalDate date = ctx.date;
    List<Word> after = ctx.after(nameEnd, 120);
    if (after.isEmpty() || !after.get(0).text().equals(",")) {
      return Optional.empty();
    }
    List<Word> words = new ArrayList<>();
    for (int i = 1; i < after.size() && words.size() < 9; i++) {
      Word w = after.get(i);
      if (!w.isWord() && !w.possessive()) {
        break;
      }
      words.add(w);
    }
    while (!words.isEmpty() && (lower(words.get(0)).equals("the") || lower(words.get(0))
        .equals("a"))) {
      words.remove(0);
    }
    return words.isEmpty() ? Optional.empty()
        : titleEndingAt(words, words.size(), text, date, ctx);
  }

  /**
   * The code of a title whose agent noun ends right before word {@code end}: the agent, then,
   * to its left past modifiers ("Vice", "former") and a possessive, a country or international
   * body.
   */
  private Optional<CodedActor> titleEndingAt(List<Word> words, int end, String source,
      LocalDate date, Context ctx) {
    Agent agent = agentEndingAt(words, end - 1, 0);
    int agentFrom = agent == null ? end : agent.from();
    boolean former = false;
    Hit actor = null;
    // The actor may stand a few modifiers before the agent: "Taiwan's Vice Foreign Minister",
    // "Nigerian junior foreign minister", "United Nations Emergency Relief Coordinator".
    for (int stop = agentFrom; stop > 0; stop--) {
      for (int from = Math.max(0, stop - NAME_WORDS); from < stop && actor == null; from++) {
        actor = lexicalHit(words, from, stop, date);
      }
      if (actor != null || agentFrom - stop >= 3 || !titleFiller(words.get(stop - 1), ctx)) {
        break;
      }
      former |= FORMER.contains(lower(words.get(stop - 1)));
    }
    if (actor == null || actor.kind() == ActorKind.PERSON
        || agent == null && actor.country() != null) {
      return Optional.empty();
    }
    for (int i = actor.from() - 1; i >= Math.max(0, actor.from() - 2); i--) {
      former |= FORMER.contains(lower(words.get(i)));
    }
    Agent role = agent == null ? null : former && actor.country() != null
        ? new Agent(agent.from(), agent.to(), "ELI", agent.text()) : agent;
    CodedActor coded = compose(actor, role, true);
    String title = source.substring(words.get(actor.from()).start(), words.get(end - 1).end());
    return Optional.of(new CodedActor(coded.code(), coded.kind(), coded.country(),
        "role: " + title));
  }

  /**
   * A word that may stand between a title's country and its agent noun: a possessive, a
   * capitalised word, a known modifier, or (in an article) a noun or adjective; in a role string
   * the entity stage gave, any word.
   */
  private static boolean titleFiller(Word w, Context ctx) {
    if (w.possessive() || w.capitalised() || TITLE_MODIFIERS.contains(lower(w))) {
      return true;
    }
    if (!w.isWord() || STOP.contains(lower(w))) {
      return false;
    }
    if (ctx == null) {
      return true;
    }
    String pos = ctx.tags.get(w.start());
    return pos != null && (pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN"));
  }


  // ---- reading a phrase ----

  /** What a phrase holds: its actor (or null) and its head agent (or null). */
  private record Reading(Hit actor, Agent agent) {}

  private enum HitType { LAYER, COUNTRY, NAMED, CAPITAL, PLACE }

  /** An actor found in words {@code [from, to)}. */
  private record Hit(int from, int to, HitType type, String code, ActorKind kind,
      String country, String basis) {}

  /** An agent noun phrase in words {@code [from, to)} with its CAMEO role. */
  private record Agent(int from, int to, String role, String text) {}

  /**
   * Reads {@code words} for actors and agents. The head agent is the one ending last; the actor is
   * the one nearest before it, else the first.
   *
   * @param ctx the article, when the words are article words (their entities count); else null
   * @param date the article's date, or null
   */
  private Reading read(List<Word> words, Context ctx, LocalDate date) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Hit h = hitAt(words, i, ctx, date);
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
    }
    return new Reading(actor, head);
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
  private Hit hitAt(List<Word> words, int i, Context ctx, LocalDate date) {
    Word first = words.get(i);
    if (!first.capitalised()) {
      return null;
    }
    if (ctx != null) {
      Context.Located m = ctx.mentionAt(first.start());
      if (m != null) {
        int to = i;
        while (to < words.size() && words.get(to).start() < m.end()) {
          to++;
        }
        ActorRef ref = ctx.actor(m.entity());
        if (ref != null && ref.cameoCode() != null && ref.kind() != ActorKind.PERSON) {
          return new Hit(i, to, HitType.LAYER, ref.cameoCode(), ref.kind(), ref.country(),
              ref.basis());
        }
        Hit lexical = lexicalHit(words, i, to, date);
        if (lexical != null) {
          return lexical;
        }
        String iso2 = gazetteer.isCommonWord(m.entity().name()) ? null
            : ctx.placeCountries.get(m.entity().id());
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
  private Hit lexicalHit(List<Word> words, int from, int to, LocalDate date) {
    Word first = words.get(from);
    Word last = words.get(to - 1);
    if (!first.capitalised() || !last.isWord() || !last.capitalised() && to - from > 1) {
      return null;
    }
    String name = join(words, from, to);
    String iso3 = countryOf(name);
    if (iso3 != null) {
      return new Hit(from, to, HitType.COUNTRY, iso3, ActorKind.STATE_GOVERNMENT, iso3,
          "country: " + name);
    }
    if (!last.capitalised()) {
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
  private Agent agentEndingAt(List<Word> words, int end, int floor) {
    if (end < 0 || !words.get(end).isWord()) {
      return null;
    }
    for (int from = Math.max(floor, end - AGENT_WORDS + 1); from <= end; from++) {
      if (!words.get(from).isWord()) {
        continue;
      }
      String phrase = join(words, from, end + 1);
      String role = dictionary.agentRole(phrase);
      if (role != null && !role.isEmpty()) {
        return new Agent(from, end + 1, role, phrase);
      }
    }
    return null;
  }

  /**
   * The agent right after an actor's words: a possessive's head ("X's air force") or the noun
   * the actor qualifies ("Palestinian prisoners", "Kabul government").
   */
  private Agent agentAfter(Context ctx, int end) {
    Agent possessive = possessiveAgent(ctx, end);
    if (possessive != null) {
      return possessive;
    }
    return extension(ctx, end, 0);
  }

  /** The agent after "'s" at {@code end}, or null. */
  private Agent possessiveAgent(Context ctx, int end) {
    List<Word> after = ctx.after(end, 80);
    if (after.isEmpty() || after.get(0).start() != end || !after.get(0).possessive()) {
      return null;
    }
    return extension(ctx, end, 1);
  }

  /**
   * The longest run of up to four nouns and adjectives after {@code end} (from word {@code skip})
   * that ends in an agent noun.
   */
  private Agent extension(Context ctx, int end, int skip) {
    String text = ctx.text;
    List<Word> after = ctx.after(end, 80);
    if (after.size() <= skip || !after.get(skip).isWord()
        || !text.substring(end, after.get(skip).start()).replace("'s", "").replace("’s", "")
            .isBlank()) {
      return null;
    }
    int limit = skip;
    while (limit < after.size() && limit - skip < EXTENSION_WORDS && after.get(limit).isWord()
        && !STOP.contains(lower(after.get(limit))) && ctx.modifierAt(after.get(limit).start())) {
      limit++;
    }
    for (int last = limit - 1; last >= skip; last--) {
      Agent a = agentEndingAt(after, last, skip);
      if (a != null) {
        return a;
      }
      if (after.get(last).capitalised() && !ctx.inPerson(after.get(last).start())) {
        return null; // "Egypt's Muslim Brotherhood": a name, not an agent, heads the phrase
      }
    }
    return null;
  }

  /** The actor of "of X" or "in X" after {@code end}, for an agent with no actor of its own. */
  private Hit complement(Context ctx, int end) {
    return complement(ctx, end, Set.of("of", "in"));
  }

  private Hit complement(Context ctx, int end, Set<String> prepositions) {
    LocalDate date = ctx.date;
    List<Word> after = ctx.after(end, 120);
    if (after.size() < 2 || !prepositions.contains(lower(after.get(0)))) {
      return null;
    }
    int i = 1;
    if (lower(after.get(i)).equals("the") && after.size() > 2) {
      i++;
    }
    Hit h = hitAt(after, i, ctx, date);
    if (h == null) {
      return null;
    }
    // A capital after "in" is where the agent is, not its government.
    return h.type() == HitType.CAPITAL ? new Hit(h.from(), h.to(), HitType.PLACE, h.code(),
        h.kind(), h.country(), "place: " + join(after, h.from(), h.to())) : h;
  }

  /**
   * A named actor of the dictionary made of up to three capitalised words right before the span
   * and the span's own words ("Vostrian" + "Patriotic Front"), or null.
   */
  private Hit namedWithLeftWords(Context ctx, Span span) {
    List<Word> before = ctx.before(span.start(), 60);
    int n = before.size();
    if (n == 0 || !ctx.text.substring(before.get(n - 1).end(), span.start()).isBlank()) {
      return null;
    }
    Hit found = null;
    for (int k = 1; k <= 3 && k <= n && before.get(n - k).isWord()
        && before.get(n - k).capitalised(); k++) {
      String name = join(before, n - k, n) + " " + span.in(ctx.text);
      Optional<ActorEntry> entry = dictionary.lookup(name, ctx.date);
      if (entry.isPresent() && entry.get().cameoCode() != null
          && entry.get().kind() != ActorKind.PERSON) {
        ActorEntry a = entry.get();
        found = new Hit(0, 0, HitType.NAMED, a.cameoCode(), a.kind(), a.country(),
            "dictionary: " + a.name());
      }
    }
    return found;
  }

  /** A country or demonym right before {@code start} ("Iraqi" before "Kurds"), or null. */
  private Hit countryBefore(Context ctx, int start) {
    List<Word> before = ctx.before(start, 60);
    int n = before.size();
    if (n == 0 || !ctx.text.substring(before.get(n - 1).end(), start).isBlank()) {
      return null;
    }
    for (int from = Math.max(0, n - 3); from < n; from++) {
      Hit h = lexicalHit(before, from, n, ctx.date);
      if (h != null && h.type() == HitType.COUNTRY) {
        return h;
      }
    }
    return null;
  }

  /** The actor of "X's" right before {@code start}, or null. */
  private Hit possessor(Context ctx, int start) {
    List<Word> before = ctx.before(start, 100);
    int n = before.size();
    if (n < 2 || !before.get(n - 1).possessive()
        || !ctx.text.substring(before.get(n - 1).end(), start).isBlank()) {
      return null;
    }
    for (int from = Math.max(0, n - 1 - NAME_WORDS); from < n - 1; from++) {
      Hit h = hitAt(before, from, ctx, ctx.date);
      if (h != null && h.to() == n - 1) {
        return h;
      }
    }
    return null;
  }

  // ---- composing a code ----

  private CodedActor compose(Hit actor, Agent agent, boolean agentAfter) {
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

  /** Whether {@code code} already has {@code role} among its roles ("PSEREBHMS" has REB). */
  private static boolean hasRole(String code, String role) {
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      if (code.startsWith(role, i)) {
        return true;
      }
    }
    return false;
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
    int first = !words.isEmpty() && lower(words.get(0)).equals("the") ? 1 : 0;
    for (int split = Math.min(words.size() - 1, first + 3); split > first; split--) {
      if (!words.get(split - 1).isWord()) {
        continue;
      }
      String iso3 = countryOf(join(words, first, split));
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
    String agent = join(words, from, to);
    String role = dictionary.agentRole(agent);
    ActorKind kind = role == null ? null : CameoCodes.roleKind(role);
    return kind == null ? Optional.empty()
        : Optional.of(new Prefixed(words.get(to - 1).end(), iso3 + role, kind, iso3, agent));
  }

  // ---- countries and capitals ----

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

  private static String join(List<Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && !words.get(i).possessive()) {
        b.append(' ');
      }
      b.append(words.get(i).text());
    }
    return b.toString();
  }

  private static String lower(Word w) {
    return w.text().toLowerCase(Locale.ROOT);
  }
}
