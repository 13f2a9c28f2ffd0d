package org.sitrep.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorKind;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.reference.ReferenceWords.Gender;
import org.sitrep.reference.ReferenceWords.Noun;

/**
 * Resolves the references of one article. Built per article, used by one thread, discarded.
 *
 * <p>Antecedents are entity mentions outside quotation marks (a quotation speaks in its speaker's
 * voice) in the story's flow: body paragraphs and the standfirst. Title, headings and captions are
 * furniture for this purpose — a caption may belong to another story, a heading starts a new
 * topic — so a mention there is an antecedent only for a reference inside the same span. A pronoun
 * looks back within its paragraph and at most {@value #PRONOUN_PARAGRAPHS_BACK} flow paragraphs
 * before it, never across a heading; "they" only within its paragraph, to its own or the previous
 * sentence. Descriptions and role nouns look back over the whole flow: an organisation introduced
 * once is "the group" for the rest of the story.
 */
final class Resolver {
  /** How many earlier flow paragraphs a pronoun may reach back into. */
  static final int PRONOUN_PARAGRAPHS_BACK = 2;
  /** Longest run of modifiers between a determiner and the head of a description. */
  private static final int MAX_MODIFIERS = 4;

  private static final Set<String> DEFINITE = Set.of("the", "this", "that");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "any", "every",
      "each", "no", "one", "some", "former", "ex");
  private static final java.util.regex.Pattern AGE =
      java.util.regex.Pattern.compile("\\d{1,3}-year-old");
  /** Words opening a fronted adverbial clause, whose names are not the sentence's subject. */
  private static final Set<String> FRONTING = Set.of("after", "before", "while", "when",
      "although", "though", "as", "since", "if", "despite", "following", "once", "because",
      "unlike", "amid", "until");
  private static final Set<String> PAIR_NOUNS = Set.of("pair", "duo");
  /** Nouns of a written statement, whose definite mention stands for its issuer. */
  private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique",
      "communiqué", "release", "letter", "readout");
  private static final Set<String> TWO_NOUNS = Set.of("men", "women", "leaders", "sides",
      "countries", "presidents", "ministers", "groups");
  /** Actor kinds that a "non-state" noun ("the group") never refers back to. */
  private static final Set<ActorKind> STATE_KINDS = EnumSet.of(ActorKind.STATE_GOVERNMENT,
      ActorKind.MILITARY, ActorKind.POLICE_SECURITY, ActorKind.INTERNATIONAL_ORG,
      ActorKind.MEDIA);
  /** Organisations that "they" can stand for: bodies of many people under arms. */
  private static final Set<String> PLURAL_SUBTYPES = Set.of("ARMED_GROUP", "MILITARY",
      "SECURITY_FORCE", "POLICE");
  private static final Set<ActorKind> PLURAL_KINDS = EnumSet.of(ActorKind.ARMED_NONSTATE,
      ActorKind.MILITARY, ActorKind.POLICE_SECURITY);

  /** An entity mention in the flow, outside quotation marks, with where it lies. */
  private record Placed(Mention mention, Entity entity, int token, int sentence, int paragraph) {}

  /** Two or more entities named together ("X and Y"), at the token of the last one. */
  private record Together(int token, int sentence, int paragraph, List<Placed> members) {}

  private final String text;
  private final ReferenceWords words;
  private final List<StructureSpan> paragraphs;
  private final Token[] tokens;
  private final int[] sentenceOf;
  private final int[] paragraphOf;
  private final boolean[] quoted;
  private final Entity[] entityOf;
  private final List<Placed> placed = new ArrayList<>();
  private final List<Together> together = new ArrayList<>();
  private final Map<String, Gender> gender = new HashMap<>();
  private final Map<String, ActorKind> kinds;
  private final List<Entity> entities;
  /** Surname mentions (see {@link #findBearers}) and the bearer each stands for. */
  private final Map<Span, Placed> bearers = new HashMap<>();

  Resolver(String text, List<StructureSpan> paragraphs, List<Sentence> sentences,
      List<Entity> entities, Map<String, ActorKind> kinds, ReferenceWords words) {
    this.text = text;
    this.words = words;
    this.paragraphs = paragraphs;
    this.kinds = kinds;
    this.entities = entities;
    int n = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    tokens = new Token[n];
    sentenceOf = new int[n];
    paragraphOf = new int[n];
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      for (Token t : sentences.get(s).tokens()) {
        sentenceOf[k] = s;
        paragraphOf[k] = paragraphAt(t.start());
        tokens[k++] = t;
      }
    }
    quoted = QuotedText.mark(text, paragraphs, tokens);
    entityOf = new Entity[n];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.end() > text.length()) {
          continue;
        }
        int first = firstEndingAfter(m.start());
        boolean inQuote = false;
        for (int i = first; i < n && tokens[i].start() < m.end(); i++) {
          entityOf[i] = entityOf[i] == null ? e : entityOf[i];
          inQuote |= quoted[i];
        }
        if (first < n && tokens[first].start() < m.end() && !inQuote && paragraphOf[first] >= 0) {
          placed.add(new Placed(m, e, first, sentenceOf[first], paragraphOf[first]));
        }
      }
      if (e.type() == EntityType.PERSON) {
        gender.put(e.id(), genderOf(e));
      }
    }
    placed.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
    findTogether();
    findBearers();
  }

  /** Every reference of the article, in text order. */
  List<Reference> resolveAll() {
    List<Reference> out = new ArrayList<>();
    int covered = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].start() < covered || paragraphOf[i] < 0 || entityOf[i] != null) {
        continue;
      }
      Reference r = at(i);
      if (r != null) {
        out.add(r);
        covered = r.span().end();
        if (r.kind() == ReferenceKind.DESCRIPTION || r.kind() == ReferenceKind.ROLE) {
          standIn(i, r);
        }
      }
    }
    surnames(out);
    return out;
  }

  /**
   * Finds the bearer of every mention of a one-word person entity that is a word of the names of
   * other persons ("Lee" beside "Lee Jae-sun" and "Lee Mi-ra"): the entities layer keeps such a
   * surname apart when it cannot tell whose it is, but a reader takes the bearer named most
   * recently in reach (the same paragraph, or earlier in the story's flow). A pronoun whose
   * antecedent is such a mention refers to the bearer too.
   */
  private void findBearers() {
    Map<String, List<Entity>> byWord = new HashMap<>();
    for (Entity e : entities) {
      String[] parts = e.name().strip().split("\\s+");
      if (e.type() == EntityType.PERSON && parts.length >= 2) {
        for (String w : parts) {
          byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
        }
      }
    }
    for (Entity e : entities) {
      String name = e.name().strip();
      List<Entity> candidates = byWord.get(name.toLowerCase(Locale.ROOT));
      if (e.type() != EntityType.PERSON || name.contains(" ") || candidates == null) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int p = m.end() <= text.length() ? paragraphAt(m.start()) : -1;
        if (p < 0) {
          continue;
        }
        for (int k = lastBefore(m.start()); k >= 0; k--) {
          Placed c = placed.get(k);
          if (candidates.contains(c.entity()) && descriptionMayReach(p, c.paragraph())) {
            bearers.put(m.span(), c);
            break;
          }
        }
      }
    }
  }

  /** Adds a {@link ReferenceKind#SURNAME} reference for every surname mention with a bearer. */
  private void surnames(List<Reference> out) {
    List<Reference> found = new ArrayList<>();
    for (Map.Entry<Span, Placed> b : bearers.entrySet()) {
      if (!covered(out, b.getKey())) {
        Placed c = b.getValue();
        found.add(new Reference(b.getKey(), b.getKey().in(text), ReferenceKind.SURNAME,
            List.of(new Antecedent(c.entity().id(), c.entity().name(), c.mention().span())),
            ReferenceRule.LAST_BEARER_OF_SURNAME));
      }
    }
    out.addAll(found);
  }

  private static boolean covered(List<Reference> refs, Span span) {
    for (Reference r : refs) {
      if (r.span().start() < span.end() && span.start() < r.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lets a resolved description stand as a mention of its entity for the pronouns after it: in
   * "The group said its fighters would stay", "its" is the group, the sentence's subject.
   */
  private void standIn(int head, Reference r) {
    if (quoted[head]) {
      return;
    }
    Antecedent a = r.antecedent();
    Placed target = null;
    for (Placed c : placed) {
      if (c.entity().id().equals(a.entityId())) {
        target = c;
        break;
      }
    }
    if (target == null) {
      return;
    }
    int from = firstAtOrAfter(r.span().start());
    Placed stand = new Placed(new Mention(r.span().start(), r.span().end(), r.text()),
        target.entity(), from, sentenceOf[from], paragraphOf[from]);
    int at = lastBefore(r.span().start()) + 1;
    placed.add(at, stand);
  }

  /** The reference headed by or consisting of token {@code i}, or null. */
  private Reference at(int i) {
    String w = lower(i);
    String pos = tokens[i].pos();
    if (pos.equals("PRP") || pos.equals("PRP$")) {
      return pronoun(i, w, pos.equals("PRP$"));
    }
    boolean nextIsNoun = i + 1 < tokens.length && sentenceOf[i + 1] == sentenceOf[i]
        && (tokens[i + 1].pos().startsWith("NN") || entityOf[i + 1] != null);
    if (nextIsNoun) {
      return null; // "the group leader", "the minister Ana Roe": not the head of the phrase
    }
    if (STATEMENT_NOUNS.contains(w) && pos.startsWith("NN")) {
      return issuer(i);
    }
    Noun noun = words.descriptionNouns.get(w);
    if (noun != null && pos.startsWith("NN")) {
      return description(i, w, noun);
    }
    if (words.roleNouns.contains(w) && (pos.equals("NN") || pos.equals("NNP"))) {
      return role(i, w);
    }
    int age = ageStart(i);
    if (age >= 0) {
      // "said the 36-year-old": an age standing for a person is the person last in focus.
      Reference r = subjectOfLastSentence(age, ReferenceKind.DESCRIPTION,
          e -> e.type() == EntityType.PERSON, false);
      return r == null ? null : make(age, i + 1, ReferenceKind.DESCRIPTION,
          placedOf(r.antecedent()), r.rule());
    }
    if (PAIR_NOUNS.contains(w) || TWO_NOUNS.contains(w) && i >= 2 && lower(i - 1).equals("two")) {
      return pair(i, w);
    }
    return null;
  }

  /**
   * The "the" opening "the 36-year-old" when token {@code i} ends it, as one token or as the
   * tagger splits it ("the 36 - year - old"); -1 otherwise.
   */
  private int ageStart(int i) {
    int from;
    if (AGE.matcher(lower(i)).matches()) {
      from = i - 1;
    } else if (lower(i).equals("old") && i >= 5 && lower(i - 1).equals("-")
        && lower(i - 2).equals("year") && lower(i - 3).equals("-")
        && tokens[i - 4].pos().equals("CD") && lower(i - 4).matches("\\d{1,3}")) {
      from = i - 5;
    } else {
      return -1;
    }
    return from >= 0 && sentenceOf[from] == sentenceOf[i] && lower(from).equals("the") ? from
        : -1;
  }

  /** The placed mention an antecedent was made from. */
  private List<Placed> placedOf(Antecedent a) {
    for (Placed c : placed) {
      if (c.mention().span().equals(a.span()) && c.entity().id().equals(a.entityId())) {
        return List.of(c);
      }
    }
    throw new IllegalStateException("antecedent " + a + " is not a placed mention");
  }

  private Reference pronoun(int i, String w, boolean possessiveTag) {
    ReferenceKind kind = possessiveTag || Set.of("his", "its", "their", "hers").contains(w)
        ? ReferenceKind.POSSESSIVE : ReferenceKind.PRONOUN;
    switch (w) {
      case "he", "him", "his", "himself" -> {
        return subjectOfLastSentence(i, kind, e -> person(e, Gender.FEMALE), false);
      }
      case "she", "her", "hers", "herself" -> {
        return subjectOfLastSentence(i, kind, e -> person(e, Gender.MALE), false);
      }
      case "it", "its", "itself" -> {
        if (expletive(i)) {
          return null;
        }
        return subjectOfLastMentions(i, kind, c -> c.entity().type() == EntityType.ORGANIZATION
            || actingCountry(c), false);
      }
      case "they", "them", "their", "themselves" -> {
        return subjectOfLastSentence(i, kind, this::plural, true);
      }
      default -> {
        return null;
      }
    }
  }

  /** "It is unclear", "it was not known", "it seems that": an "it" that names nothing. */
  private boolean expletive(int i) {
    if (!lower(i).equals("it") || i + 2 >= tokens.length || sentenceOf[i + 2] != sentenceOf[i]) {
      return false;
    }
    String verb = lower(i + 1);
    String next = lower(i + 2);
    if (Set.of("seems", "seemed", "appears", "appeared", "remains", "remained").contains(verb)) {
      return true;
    }
    return Set.of("is", "was", "'s", "’s", "has", "had").contains(verb)
        && (tokens[i + 2].pos().startsWith("JJ") || next.equals("not") || next.equals("been")
            || next.equals("time") || next.equals("a") || next.equals("the"));
  }

  /**
   * Whether the mention is a country named as an actor, which "it" can repeat ("Arnor expelled
   * two envoys. It also closed its border"): a country entity not after a preposition ("in
   * Arnor", "to Arnor" are places) and not the possessor of what follows ("Arnor's army said. It"
   * is the army, which is no entity, or nobody).
   */
  private boolean actingCountry(Placed c) {
    Entity e = c.entity();
    if (e.type() != EntityType.LOCATION || !"COUNTRY".equals(e.subtype())) {
      return false;
    }
    int first = c.token();
    int after = firstAtOrAfter(c.mention().end());
    boolean afterPreposition = first > 0 && sentenceOf[first - 1] == c.sentence()
        && (tokens[first - 1].pos().equals("IN") || tokens[first - 1].pos().equals("TO"));
    boolean possessor = after < tokens.length && sentenceOf[after] == c.sentence()
        && tokens[after].pos().equals("POS");
    return !afterPreposition && !possessor;
  }

  private boolean person(Entity e, Gender excluded) {
    return e.type() == EntityType.PERSON && gender.get(e.id()) != excluded;
  }

  /** An organisation of many people under arms, or a people named in the plural ("Kurds"). */
  private boolean plural(Entity e) {
    if (e.type() == EntityType.ORGANIZATION) {
      return e.subtype() != null && PLURAL_SUBTYPES.contains(e.subtype())
          || PLURAL_KINDS.contains(kinds.get(e.id()));
    }
    return false;
  }

  /**
   * The subject-most agreeing antecedent of the last sentence before token {@code i} that names
   * one, within the pronoun's window; for "they" ({@code plural}), entities named together in that
   * sentence win.
   */
  private Reference subjectOfLastSentence(int i, ReferenceKind kind,
      java.util.function.Predicate<Entity> agrees, boolean plural) {
    return subjectOfLastMentions(i, kind, c -> agrees.test(c.entity()), plural);
  }

  /**
   * As {@link #subjectOfLastSentence}, with agreement judged on the placed mention, so that the
   * words around it may count ("in Arnor" is a place, "Arnor expelled" an actor).
   */
  private Reference subjectOfLastMentions(int i, ReferenceKind kind,
      java.util.function.Predicate<Placed> agrees, boolean plural) {
    int start = tokens[i].start();
    int p = paragraphOf[i];
    Set<Integer> window = plural ? Set.of(p) : pronounWindow(p);
    int earliest = window.stream().mapToInt(Integer::intValue).min().orElse(p);
    int last = -1;
    for (int k = lastBefore(start); k >= 0; k--) {
      Placed c = placed.get(k);
      if (c.paragraph() < earliest) {
        break;
      }
      if (!window.contains(c.paragraph())) {
        continue;
      }
      if (plural && c.sentence() < sentenceOf[i] - 1) {
        break;
      }
      if (agrees.test(c) || plural && inTogether(c, start)) {
        last = k;
        break;
      }
    }
    if (last < 0) {
      return null;
    }
    int sentence = placed.get(last).sentence();
    if (plural) {
      for (int t = together.size() - 1; t >= 0; t--) {
        Together g = together.get(t);
        if (g.sentence() == sentence && tokens[g.token()].start() < start) {
          return make(i, i + 1, kind, g.members(), ReferenceRule.SUBJECT_OF_LAST_SENTENCE);
        }
      }
    }
    Placed first = placed.get(last);
    Placed firstInMainClause = fronted(first.token()) ? null : first;
    for (int k = last - 1; k >= 0 && placed.get(k).sentence() == sentence; k--) {
      Placed c = placed.get(k);
      if (agrees.test(c)) {
        first = c;
        if (!fronted(c.token())) {
          firstInMainClause = c;
        }
      }
    }
    if (firstInMainClause != null) {
      first = firstInMainClause; // "After X won, it was Y who …. She said" is Y
    }
    if (!agrees.test(first)) {
      return null;
    }
    return make(i, i + 1, kind, List.of(first), ReferenceRule.SUBJECT_OF_LAST_SENTENCE);
  }

  /**
   * Whether token {@code t} lies in a fronted adverbial clause: between a sentence-initial "after",
   * "while", "as" … and the first comma of its sentence.
   */
  private boolean fronted(int t) {
    int s = sentenceOf[t];
    int first = t;
    while (first > 0 && sentenceOf[first - 1] == s) {
      first--;
    }
    while (first < t && (quoted[first] || tokens[first].pos().equals("``")
        || tokens[first].pos().equals("CC"))) {
      first++;
    }
    if (!FRONTING.contains(lower(first))) {
      return false;
    }
    for (int k = first + 1; k < t; k++) {
      if (lower(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  private boolean inTogether(Placed c, int before) {
    for (Together g : together) {
      if (g.members().contains(c) && tokens[g.token()].start() < before) {
        return true;
      }
    }
    return false;
  }

  /** The paragraphs a pronoun in paragraph {@code p} may find its antecedent in. */
  private Set<Integer> pronounWindow(int p) {
    if (!flow(p)) {
      return Set.of(p);
    }
    java.util.HashSet<Integer> out = new java.util.HashSet<>();
    out.add(p);
    int back = 0;
    for (int q = p - 1; q >= 0 && back < PRONOUN_PARAGRAPHS_BACK; q--) {
      StructureType t = paragraphs.get(q).type();
      if (t == StructureType.HEADING || t == StructureType.TITLE) {
        break;
      }
      if (flow(q)) {
        out.add(q);
        back++;
      }
    }
    return out;
  }

  /** Whether a mention in paragraph {@code q} may be the antecedent of a description in {@code p}. */
  private boolean descriptionMayReach(int p, int q) {
    return q == p || flow(p) && flow(q) && q < p;
  }

  private boolean flow(int p) {
    StructureType t = paragraphs.get(p).type();
    return t == StructureType.BODY || t == StructureType.STANDFIRST;
  }

  /**
   * The start token of a definite phrase ending at head {@code h}: "the" / "this" / "that" with at
   * most a few adjectives or nouns before the head; -1 when the phrase is not one.
   */
  private int definiteStart(int h) {
    int j = h - 1;
    while (j >= 0 && h - j <= MAX_MODIFIERS && sentenceOf[j] == sentenceOf[h] && modifier(j)) {
      j--;
    }
    return j >= 0 && sentenceOf[j] == sentenceOf[h] && DEFINITE.contains(lower(j)) ? j : -1;
  }

  private boolean modifier(int j) {
    String pos = tokens[j].pos();
    return entityOf[j] == null && !quoted[j] && (pos.startsWith("JJ") || pos.equals("NN")
        || pos.equals("VBN") || pos.equals("HYPH") || pos.equals("CD"));
  }

  private Reference description(int h, String noun, Noun kind) {
    int from = definiteStart(h);
    if (from < 0) {
      return null;
    }
    int start = tokens[from].start();
    int p = paragraphOf[h];
    Placed compatible = null;
    Placed byName = null;
    for (int k = lastBefore(start); k >= 0; k--) {
      Placed c = placed.get(k);
      Entity e = c.entity();
      if (e.type() != EntityType.ORGANIZATION || !descriptionMayReach(p, c.paragraph())) {
        continue;
      }
      if (kind.nonState() && STATE_KINDS.contains(kinds.get(e.id()))) {
        continue;
      }
      if (introducedAs(c, noun) || kind.nonState() && introducedNonState(c)) {
        return make(from, h + 1, ReferenceKind.DESCRIPTION, List.of(c),
            ReferenceRule.INTRODUCED_WITH_NOUN);
      }
      if (byName == null && nameHas(e, noun)) {
        byName = c;
      }
      String subtype = e.subtype() == null ? ReferenceWords.UNKNOWN_SUBTYPE : e.subtype();
      if (compatible == null && kind.subtypes().contains(subtype)) {
        compatible = c;
      }
    }
    if (byName != null) {
      return make(from, h + 1, ReferenceKind.DESCRIPTION, List.of(byName),
          ReferenceRule.HEAD_IN_NAME);
    }
    return compatible == null ? null : make(from, h + 1, ReferenceKind.DESCRIPTION,
        List.of(compatible), ReferenceRule.COMPATIBLE_TYPE);
  }

  /**
   * "The statement", "this letter": the sender the text named when it introduced the statement
   * ("X sent a letter"); statements come from institutions, so one whose issuer the article has not
   * said stands for the organisation named most recently in reach. A quote reader
   * that knows the issuer from the text ("a statement from X") asks that first.
   */
  private Reference issuer(int h) {
    int from = definiteStart(h);
    if (from < 0) {
      return null;
    }
    int p = paragraphOf[h];
    Placed sender = introducedBy(from, h);
    if (sender != null) {
      return make(from, h + 1, ReferenceKind.ISSUER, List.of(sender),
          ReferenceRule.INTRODUCED_ISSUER);
    }
    for (int k = lastBefore(tokens[from].start()); k >= 0; k--) {
      Placed c = placed.get(k);
      if (c.entity().type() == EntityType.ORGANIZATION && descriptionMayReach(p, c.paragraph())) {
        return make(from, h + 1, ReferenceKind.ISSUER, List.of(c),
            ReferenceRule.LAST_ORGANISATION);
      }
    }
    return null;
  }

  /**
   * Who the text said issued the statement: the subject of the sentence that introduced it with an
   * indefinite article ("X sent a letter to …", "X issued a statement") — the first organisation or
   * person named before that noun in its sentence, outside quotation marks. Null when the noun was
   * never introduced so, or its sentence names no one before it.
   */
  private Placed introducedBy(int from, int h) {
    String noun = lower(h);
    int p = paragraphOf[h];
    for (int k = from - 1; k > 0; k--) {
      if (!lower(k).equals(noun) || quoted[k] || !tokens[k].pos().startsWith("NN")
          || p < 0 || paragraphOf[k] < 0 || !descriptionMayReach(p, paragraphOf[k])) {
        continue;
      }
      int a = k - 1;
      while (a > 0 && k - a <= 2 && sentenceOf[a] == sentenceOf[k] && modifier(a)) {
        a--;
      }
      if (sentenceOf[a] != sentenceOf[k] || !(lower(a).equals("a") || lower(a).equals("an"))) {
        continue;
      }
      for (Placed c : placed) {
        if (c.sentence() == sentenceOf[k] && c.token() < a
            && (c.entity().type() == EntityType.ORGANIZATION
            || c.entity().type() == EntityType.PERSON)) {
          return c;
        }
      }
      return null;
    }
    return null;
  }

  private static boolean nameHas(Entity e, String noun) {
    for (String w : e.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(noun)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a non-state noun ("militia", "group") stands next to the mention: "the group" refers
   * back to "X, a militia" as readily as to "X, a group".
   */
  private boolean introducedNonState(Placed c) {
    for (Map.Entry<String, Noun> n : words.descriptionNouns.entrySet()) {
      if (n.getValue().nonState() && introducedAs(c, n.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code noun} stands within three tokens either side of the mention, outside quotes. */
  private boolean introducedAs(Placed c, String noun) {
    int first = c.token();
    int last = firstAtOrAfter(c.mention().end());
    for (int k = Math.max(0, first - 3); k < Math.min(tokens.length, last + 3); k++) {
      if ((k < first || k >= last) && !quoted[k] && sentenceOf[k] == c.sentence()
          && lower(k).equals(noun)
          && (k < first ? nominal(k + 1, first) : nominal(last, k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} keep a noun and a name in one noun phrase or apposition
   * ("the rebel militia X", "X, a militia"): no verb or preposition between them, so that in
   * "the ministry said X fired", X was not introduced as a ministry.
   */
  private boolean nominal(int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = tokens[k].pos();
      if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("DT") || pos.equals("CD")
          || pos.equals("HYPH") || pos.equals(",") || pos.equals("POS"))) {
        return false;
      }
    }
    return true;
  }

  private Reference role(int h, String noun) {
    int j = h - 1;
    List<String> modifiers = new ArrayList<>();
    while (j >= 0 && h - j <= MAX_MODIFIERS && sentenceOf[j] == sentenceOf[h] && !quoted[j]
        && (modifier(j) || tokens[j].pos().equals("NNP") && entityOf[j] == null)) {
      modifiers.add(lower(j));
      j--;
    }
    int from;
    if (j >= 0 && sentenceOf[j] == sentenceOf[h] && DEFINITE.contains(lower(j))) {
      from = j;
    } else if (j >= 1 && sentenceOf[j] == sentenceOf[h] && tokens[j].pos().equals("POS")
        && entityOf[j - 1] != null) {
      from = firstEndingAfter(entityStart(j - 1)); // "Norland's foreign minister"
      modifiers.add(lower(j - 1));
    } else if (j >= 0 && sentenceOf[j] == sentenceOf[h] && INDEFINITE.contains(lower(j))) {
      return null; // "a minister" brings someone in; it does not refer back
    } else if (j >= 0 && sentenceOf[j] == sentenceOf[h] && tokens[j].pos().equals("PRP$")) {
      return null; // "his deputy" is someone else
    } else {
      from = j + 1;
    }
    int start = tokens[from].start();
    int p = paragraphOf[h];
    Placed best = null;
    int bestScore = -1;
    for (int k = lastBefore(start); k >= 0; k--) {
      Placed c = placed.get(k);
      Entity e = c.entity();
      if (e.type() != EntityType.PERSON || !descriptionMayReach(p, c.paragraph())) {
        continue;
      }
      for (String r : e.roles()) {
        List<String> roleWords = List.of(r.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        if (roleWords.contains(noun)) {
          int score = (int) modifiers.stream().filter(roleWords::contains).count();
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
      }
    }
    return best == null ? null
        : make(from, h + 1, ReferenceKind.ROLE, List.of(best), ReferenceRule.ROLE_HOLDER);
  }

  private int entityStart(int token) {
    Entity e = entityOf[token];
    for (Mention m : e.mentions()) {
      if (m.start() <= tokens[token].start() && tokens[token].start() < m.end()) {
        return m.start();
      }
    }
    return tokens[token].start();
  }

  private Reference pair(int h, String noun) {
    int from = PAIR_NOUNS.contains(noun) ? h - 1 : h - 2;
    if (from < 0 || sentenceOf[from] != sentenceOf[h] || !lower(from).equals("the")) {
      return null;
    }
    int start = tokens[from].start();
    int p = paragraphOf[h];
    for (int t = together.size() - 1; t >= 0; t--) {
      Together g = together.get(t);
      if (tokens[g.token()].start() < start && descriptionMayReach(p, g.paragraph())) {
        return make(from, h + 1, ReferenceKind.GROUP, g.members(),
            ReferenceRule.LAST_NAMED_TOGETHER);
      }
    }
    return null;
  }

  /** Finds "X and Y" of two distinct entities of one type, places other than countries aside. */
  private void findTogether() {
    for (int k = 1; k < placed.size(); k++) {
      Placed b = placed.get(k);
      Placed a = placed.get(k - 1);
      int and = b.token() - 1;
      int aEnd = firstAtOrAfter(a.mention().end());
      if (a.sentence() != b.sentence() || and != aEnd || !lower(and).equals("and")
          || a.entity().id().equals(b.entity().id()) || a.entity().type() != b.entity().type()
          || a.entity().type() == EntityType.LOCATION && !"COUNTRY".equals(a.entity().subtype())) {
        continue;
      }
      together.add(new Together(b.token(), b.sentence(), b.paragraph(), List.of(a, b)));
    }
  }

  private Gender genderOf(Entity e) {
    Gender found = Gender.UNKNOWN;
    for (String r : e.roles()) {
      for (String w : r.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        found = agree(found, words.genderWords.get(w));
      }
    }
    for (Mention m : e.mentions()) {
      int first = firstEndingAfter(m.start());
      if (first > 0 && first < tokens.length && tokens[first].start() < m.end()) {
        found = agree(found, words.genderWords.get(lower(first - 1)));
      }
      // A title inside the mention itself ("Mr Roe" when NER kept the title).
      String firstWord = m.text().split("\\s+")[0].toLowerCase(Locale.ROOT);
      found = agree(found, words.genderWords.get(firstWord));
    }
    return found;
  }

  /** Conflicting evidence leaves the gender unknown rather than guessing. */
  private static Gender agree(Gender so, Gender word) {
    if (word == null) {
      return so;
    }
    return so == Gender.UNKNOWN || so == word ? word : Gender.UNKNOWN;
  }

  private Reference make(int from, int to, ReferenceKind kind, List<Placed> targets,
      ReferenceRule rule) {
    Span span = Span.of(tokens[from].start(), tokens[to - 1].end());
    Map<String, Antecedent> distinct = new LinkedHashMap<>();
    for (Placed target : targets) {
      Placed t = bearers.getOrDefault(target.mention().span(), target);
      distinct.putIfAbsent(t.entity().id(), new Antecedent(t.entity().id(), t.entity().name(),
          t.mention().span()));
    }
    return new Reference(span, span.in(text), kind, List.copyOf(distinct.values()), rule);
  }

  private String lower(int i) {
    return tokens[i].word().toLowerCase(Locale.ROOT);
  }

  private int paragraphAt(int offset) {
    return TokenSearch.containing(paragraphs, offset);
  }

  private int lastBefore(int offset) {
    int lo = 0;
    int hi = placed.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (placed.get(mid).mention().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  private int firstAtOrAfter(int offset) {
    return TokenSearch.firstAtOrAfter(tokens, offset);
  }

  private int firstEndingAfter(int offset) {
    return TokenSearch.firstEndingAfter(tokens, offset);
  }
}
