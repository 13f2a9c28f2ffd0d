package org.sitrep.actors;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.PhraseReader.Agent;
import org.sitrep.actors.PhraseReader.Hit;
import org.sitrep.core.Span;
import org.sitrep.entities.Entity;
import org.sitrep.entities.Mention;

/**
 * Codes people by their role before their nationality, as a CAMEO coder does: a title right
 * before the name ("U.N. mediator", "Taiwan's Vice Foreign Minister", "Serbian President"), an
 * "of X" after it ("King Y of Morocco"), an apposition, or a role the entity stage found, whose
 * agent noun is preceded by a country or an international body (UN + chief → IGOUNO; a former
 * office → ELI), here or at another mention of the person; else the actors layer's code; else the
 * dictionary's. Stateless and thread-safe.
 */
final class PersonRoles {
  /** Words between a country and a title's agent noun: "Taiwan's Vice Foreign Minister". */
  private static final ImmutableSet<String> TITLE_MODIFIERS = ImmutableSet.of("top", "senior",
      "deputy", "vice", "acting", "interim", "chief", "special", "first", "new", "then",
      "outgoing", "incoming", "former", "ex", "late", "ousted", "deposed", "exiled", "elected",
      "self-proclaimed", "veteran", "leading", "powerful", "permanent");
  /** A former office holder is coded as an elite (ELI), as the Phoenix dictionaries do. */
  private static final ImmutableSet<String> FORMER = ImmutableSet.of("former", "ex", "ousted",
      "deposed", "exiled", "late");

  private final ActorDictionary dictionary;
  private final PhraseReader reader;
  private final Surroundings around;
  private final CodeComposer composer;

  PersonRoles(PhraseReader reader, Surroundings around, CodeComposer composer) {
    this.dictionary = reader.dictionary();
    this.reader = reader;
    this.around = around;
    this.composer = composer;
  }

  /** A person: a title or role first, then the actors layer, then the dictionary. */
  Optional<CodedActor> person(Entity e, Span span, ArticleView view) {
    Optional<CodedActor> found = Optional.empty();
    if (span != null) {
      found = leftTitle(view, span.start(), span.end());
      if (found.isEmpty()) {
        found = apposition(view, span.end());
      }
    }
    for (int i = 0; found.isEmpty() && i < e.roles().size(); i++) {
      found = title(e.roles().get(i), view.date());
    }
    // The article titles a person once and names them bare after: "Vostrian President Ana Lenk
    // arrived. ... Lenk said" — the title of another mention holds for this one.
    for (int i = 0; found.isEmpty() && i < e.mentions().size(); i++) {
      Mention m = e.mentions().get(i);
      if (span == null || m.start() != span.start()) {
        found = leftTitle(view, m.start(), m.end());
        if (found.isEmpty()) {
          found = apposition(view, m.end());
        }
      }
    }
    if (found.isEmpty()) {
      ActorRef ref = view.actor(e);
      if (ref != null && ref.cameoCode() != null) {
        found = Optional.of(layer(ref));
      }
    }
    if (found.isEmpty()) {
      found = personFromDictionary(e, view.date());
    }
    if (found.isEmpty() && span != null) {
      found = titledName(view, span);
    }
    if (found.isEmpty()) {
      found = partName(e, view.date()).filter(a -> a.cameoCode() != null)
          .map(a -> composer.plain(a.cameoCode(), a.country(), "dictionary: " + a.name()));
    }
    if (found.isPresent() && span != null) {
      // "X's coalition": the agent after a person's name is the participant, of X's country.
      Agent agent = around.possessiveAgent(view, span.end());
      String country = found.get().country();
      if (agent != null && country != null) {
        String code = country + agent.role();
        return Optional.of(composer.plain(code, country,
            found.get().basis() + " + agent: " + agent.text()));
      }
    }
    return found;
  }

  /** The actors layer's code for an actor, as it stands. */
  CodedActor layer(ActorRef ref) {
    return composer.plain(ref.cameoCode(), ref.country(), ref.basis());
  }

  /** The dictionary's entry for the name with the capitalised words before it: "President Y". */
  private Optional<CodedActor> titledName(ArticleView view, Span span) {
    List<Word> before = view.before(span.start(), 60);
    String name = span.in(view.text());
    for (int n = 1; n <= 3 && n <= before.size(); n++) {
      Word w = before.get(before.size() - n);
      if (!w.isWord() || !w.capitalised()) {
        break;
      }
      String titled = Word.join(before, before.size() - n, before.size()) + " " + name;
      Optional<ActorEntry> entry = dictionary.lookup(titled, view.date());
      if (entry.isPresent() && entry.get().cameoCode() != null) {
        ActorEntry a = entry.get();
        return Optional.of(composer.plain(a.cameoCode(), a.country(), "dictionary: " + a.name()));
      }
    }
    return Optional.empty();
  }

  private Optional<CodedActor> personFromDictionary(Entity e, LocalDate date) {
    Optional<ActorEntry> entry = dictionary.lookup(e.name(), date);
    for (int i = 0; entry.isEmpty() && i < e.mentions().size(); i++) {
      entry = dictionary.lookup(e.mentions().get(i).text(), date);
    }
    return entry.filter(a -> a.cameoCode() != null).map(a -> composer.plain(a.cameoCode(),
        a.country(), "dictionary: " + a.name()));
  }

  /**
   * The dictionary's person whose fuller name the entity's name (or, failing that, a mention)
   * is part of: "President Mugabe" is Robert Mugabe (see {@link ActorDictionary#lookupPerson});
   * failing that, the person whose name it spells with one letter different ({@link
   * ActorDictionary#lookupPersonVariant}).
   */
  Optional<ActorEntry> partName(Entity e, LocalDate date) {
    Optional<ActorEntry> entry = dictionary.lookupPerson(e.name(), date);
    for (int i = 0; entry.isEmpty() && i < e.mentions().size(); i++) {
      entry = dictionary.lookupPerson(e.mentions().get(i).text(), date);
    }
    if (entry.isEmpty()) {
      entry = dictionary.lookupPersonVariant(e.name(), date); // "Laurent Gbago"
    }
    return entry;
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
  private Optional<CodedActor> leftTitle(ArticleView view, int nameStart, int nameEnd) {
    List<Word> before = view.before(nameStart, 120);
    List<Word> words = new ArrayList<>();
    for (int i = before.size() - 1; i >= 0; i--) {
      Word w = before.get(i);
      if (!w.isWord() && !w.possessive() || Surroundings.STOP.contains(w.lower())
          && !(w.lower().equals("of") && i + 1 < before.size() && before.get(i + 1).capitalised()
              && i > 0 && before.get(i - 1).capitalised())) {
        break;
      }
      words.add(0, w);
    }
    if (!words.isEmpty()) {
      Optional<CodedActor> found =
          titleEndingAt(words, words.size(), view.text(), view.date(), view);
      if (found.isPresent()) {
        return found;
      }
    }
    // "King [name] of Morocco", "the president [name] of X": the agent before, the country after.
    Agent agent = words.isEmpty() ? null : reader.agentEndingAt(words, words.size() - 1, 0);
    List<Word> own = Word.in(view.text(), nameStart, nameEnd);
    for (int k = Math.min(2, own.size() - 2); agent == null && k >= 0; k--) {
      agent = reader.agentEndingAt(own, k, 0); // the entity stage may take "King Y" as the name
    }
    Hit of = agent == null ? null : around.complement(view, nameEnd, Set.of("of"));
    return of == null ? Optional.empty() : Optional.of(composer.compose(of, agent, true));
  }

  /** ", the Vostrian defence minister," after a name. */
  private Optional<CodedActor> apposition(ArticleView view, int nameEnd) {
    List<Word> after = view.after(nameEnd, 120);
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
    while (!words.isEmpty() && (words.get(0).lower().equals("the")
        || words.get(0).lower().equals("a"))) {
      words.remove(0);
    }
    return words.isEmpty() ? Optional.empty()
        : titleEndingAt(words, words.size(), view.text(), view.date(), view);
  }

  /**
   * The code of a title whose agent noun ends right before word {@code end}: the agent, then,
   * to its left past modifiers ("Vice", "former") and a possessive, a country or international
   * body.
   */
  private Optional<CodedActor> titleEndingAt(List<Word> words, int end, String source,
      LocalDate date, ArticleView view) {
    Agent agent = reader.agentEndingAt(words, end - 1, 0);
    int agentFrom = agent == null ? end : agent.from();
    boolean former = false;
    Hit actor = null;
    // The actor may stand a few modifiers before the agent: "Taiwan's Vice Foreign Minister",
    // "Nigerian junior foreign minister", "United Nations Emergency Relief Coordinator".
    for (int stop = agentFrom; stop > 0; stop--) {
      for (int from = Math.max(0, stop - PhraseReader.NAME_WORDS); from < stop && actor == null;
          from++) {
        actor = reader.lexicalHit(words, from, stop, date);
      }
      if (actor != null || agentFrom - stop >= 3 || !titleFiller(words.get(stop - 1), view)) {
        break;
      }
      former |= FORMER.contains(words.get(stop - 1).lower());
    }
    if (actor == null || actor.kind() == ActorKind.PERSON
        || agent == null && actor.country() != null) {
      return Optional.empty();
    }
    for (int i = actor.from() - 1; i >= Math.max(0, actor.from() - 2); i--) {
      former |= FORMER.contains(words.get(i).lower());
    }
    Agent role = agent == null ? null : former && actor.country() != null
        ? new Agent(agent.from(), agent.to(), "ELI", agent.text()) : agent;
    CodedActor coded = composer.compose(actor, role, true);
    String title = source.substring(words.get(actor.from()).start(), words.get(end - 1).end());
    return Optional.of(new CodedActor(coded.code(), coded.kind(), coded.country(),
        "role: " + title));
  }

  /**
   * A word that may stand between a title's country and its agent noun: a possessive, a
   * capitalised word, a known modifier, or (in an article) a noun or adjective; in a role string
   * the entity stage gave, any word.
   */
  private static boolean titleFiller(Word w, ArticleView view) {
    if (w.possessive() || w.capitalised() || TITLE_MODIFIERS.contains(w.lower())) {
      return true;
    }
    if (!w.isWord() || Surroundings.STOP.contains(w.lower())) {
      return false;
    }
    if (view == null) {
      return true;
    }
    String pos = view.tag(w.start());
    return pos != null && (pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN"));
  }
}
