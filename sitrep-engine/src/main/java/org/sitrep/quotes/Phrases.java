package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.reference.Antecedent;
import org.sitrep.reference.Reference;
import org.sitrep.reference.ReferenceKind;
import org.sitrep.reference.References;

/**
 * Noun phrases around a verb and whom they name. Without a parser, a noun phrase is the longest run
 * of determiners, adjectives, nouns, possessives and the linking words "of", "for", "from", "and"
 * next to the verb; time words and adverbs in between ("X on Friday said", "X also said") are
 * skipped.
 *
 * <p>A phrase resolves to a speaker in this order: a pronoun ("he", "she", "it") is what the
 * article's reference layer ({@link org.sitrep.reference.ReferenceStage}) says it refers to;
 * "a statement from X" is X and "the statement" the owner of the statement last introduced; "X's
 * office" is X; an entity mention covering the phrase's head word is that entity; a description
 * the reference layer resolved ("the militia", "the minister", "the pair") is its antecedent;
 * anything else headed by a noun is kept as written ("a Syrian war monitor", "state media", "officials in X", "a doctor" of "a
 * doctor at X") with no entity id.
 */
final class Phrases {
  private static final Set<String> LINKS = Set.of("of", "for", "from", "and", "'s", "’s", "'", "-");
  private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS",
      "NNP", "NNPS", "POS", "PRP", "PRP$", "CD", "HYPH");
  private static final Set<String> STATEMENT = Set.of("statement", "communique", "communiqué",
      "release", "letter", "readout");
  /** Heads that stand for their possessor: "X's office said" is X speaking. */
  private static final Set<String> PROXIES = Set.of("office", "government", "administration",
      "camp", "team", "cabinet", "presidency", "statement", "account");
  private static final Set<String> SKIP_BEFORE_TIME = Set.of("on", "late", "early", "last", "this",
      "earlier", "later", "in");
  /** Determiners before an adjective used as a noun: "a local", "one wounded". */
  private static final Set<String> NOMINAL_DETERMINERS = Set.of("a", "an", "the", "one",
      "another");
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would",
      "also");
  private static final int MAX_NP = 14;
  /** Nouns of people who speak for their organisation, not as themselves. */
  private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman",
      "spokesperson", "spokespeople", "representative", "envoy");
  /** Longest parenthesis, in tokens, that a subject may carry before its verb. */
  private static final int MAX_APPOSITION = 30;

  /** A resolved speaker: an entity (id set) or a description (id null). */
  record Who(String name, String id) {
    static Who of(Entity e) {
      return new Who(e.name(), e.id());
    }
  }

  private final View v;
  private final Lexicon lex;
  private final References refs;
  private final List<int[]> ownerAt = new ArrayList<>();
  private final List<Who> owners = new ArrayList<>();

  Phrases(View v, Lexicon lex, References refs) {
    this.v = v;
    this.lex = lex;
    this.refs = refs;
    findStatementOwners();
  }

  /** Whether token {@code i} is a speech verb in the lexicon, tagged as a verb, not passive. */
  boolean speechVerb(int i) {
    return lex.speechLemma(v.tokens[i].word()) != null && v.isVerb(i) && !passive(i);
  }

  /** Whether a form of "be" (or "get") directly precedes the verb, adverbs aside. */
  boolean passive(int i) {
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
      String w = v.lower(j);
      if (v.pos(j).startsWith("RB")) {
        continue;
      }
      return Set.of("was", "were", "is", "are", "been", "being", "be", "got", "get").contains(w);
    }
    return false;
  }

  private boolean npWord(int i) {
    if (v.isMark(i)) {
      return false;
    }
    String pos = v.pos(i);
    String w = v.tokens[i].word();
    // Hyphenated modifiers ("Kurdish-led", or "-led" when the tokeniser splits it) are adjectives.
    boolean hyphenated = w.length() > 1 && w.indexOf('-') >= 0 && !pos.equals("VBD");
    return NP_TAGS.contains(pos) || LINKS.contains(v.lower(i)) || hyphenated
        || (pos.isEmpty() && !v.isPunct(i));
  }

  private boolean adjunct(int i) {
    return v.isTime(i) || v.pos(i).startsWith("RB")
        || (SKIP_BEFORE_TIME.contains(v.lower(i)) && i + 1 < v.tokens.length && v.isTime(i + 1));
  }

  /**
   * The noun phrase ending just before token {@code verb} (adjuncts skipped), starting no earlier
   * than {@code lo}, as {@code {from, to}}; {@code from == to} when there is none.
   */
  /** Whether token {@code i} is an auxiliary verb ("had", "has", "will", …). */
  boolean isAuxiliary(int i) {
    return AUXILIARIES.contains(v.lower(i));
  }

  int[] before(int verb, int lo) {
    int j = verb - 1;
    while (j >= lo && (adjunct(j) || AUXILIARIES.contains(v.lower(j))) && !v.inQuote[j]) {
      j--;
    }
    if (j >= lo && (v.lower(j).equals("who") || v.lower(j).equals("which"))) {
      // "X, who has accused Y": the relative pronoun stands for the phrase before it.
      j--;
      while (j >= lo && v.lower(j).equals(",")) {
        j--;
      }
    }
    int to = j + 1;
    while (j >= lo && to - j <= MAX_NP && !v.inQuote[j] && npWord(j)) {
      j--;
    }
    int[] np = trim(j + 1, to);
    int prep = np[0] - 1;
    if (np[0] < np[1] && prep > lo && v.entityOf[np[1] - 1] != null && !v.inQuote[prep]
        && (v.lower(prep).equals("at") || v.lower(prep).equals("in"))) {
      // "a doctor at X said" is the doctor; "officials in X said" are officials, placed in X.
      int k = prep - 1;
      while (k >= lo && np[1] - k <= MAX_NP && !v.inQuote[k] && npWord(k)) {
        k--;
      }
      int[] head = trim(k + 1, prep);
      if (head[0] < head[1] && head[1] == prep && commonNoun(prep - 1)) {
        return v.lower(prep).equals("at") ? head : new int[] {head[0], np[1]};
      }
    }
    return np;
  }

  /** A common noun outside any entity and time expression: "officials", "doctor". */
  private boolean commonNoun(int i) {
    return (v.pos(i).equals("NN") || v.pos(i).equals("NNS")) && v.entityOf[i] == null
        && !v.isTime(i);
  }

  /**
   * The subject of {@code verb}: the phrase {@link #before} it, or, when a comma closes an
   * apposition or a relative clause right before the verb ({@code X, the commander of Y, said},
   * {@code X, who led Y, told}, {@code a spokesman for Y, Z, said}, {@code a doctor, reached by
   * phone, said}), the phrase in front of that parenthesis. Of a chain of appositions the first
   * naming a person wins, else the first. Returns {@code {from, to, start}}: the chosen phrase and
   * where the whole subject with its appositions starts; {@code from == to} when there is none.
   */
  int[] subject(int verb, int lo) {
    int[] np = before(verb, lo);
    int j = verb - 1;
    while (j >= lo && (adjunct(j) || AUXILIARIES.contains(v.lower(j))) && !v.inQuote[j]) {
      j--;
    }
    if (np[0] == np[1] && j > lo && v.pos(j).equals("VBN") && !v.inQuote[j]) {
      // "An order released on Thursday noted …": a participle phrase after the subject.
      int[] head = before(j, lo);
      if (head[0] < head[1] && head[1] == j) {
        return new int[] {head[0], head[1], head[0]};
      }
    }
    int[] plain = {np[0], np[1], np[0]};
    if (np[0] < np[1]) {
      int[] head = participialHead(np[0], verb, lo);
      if (head != null) {
        return new int[] {head[0], head[1], head[0]};
      }
    }
    if (np[0] < np[1] || j < lo || !v.lower(j).equals(",")) {
      return plain;
    }
    // Walk left over comma-delimited parentheses; the phrase in front of the first one heads them.
    List<int[]> chain = new ArrayList<>();
    int parentheses = 0;
    int comma = j;
    while (j - comma < MAX_APPOSITION) {
      int open = comma - 1;
      while (open >= lo && !v.lower(open).equals(",") && !v.inQuote[open]
          && !v.isSentenceEnd(open)) {
        open--;
      }
      int[] left = before(comma, lo);
      boolean whole = left[0] < left[1] && left[0] == open + 1;
      if (open >= lo && v.lower(open).equals(",") && parenthetical(open + 1, comma)) {
        if (whole) {
          chain.add(left);
        }
        parentheses++;
        comma = open;
        continue;
      }
      if (whole) {
        chain.add(left);
      }
      break;
    }
    if (parentheses == 0 || chain.isEmpty()) {
      return plain;
    }
    // Leftmost first: a person wins, then any entity, then the heading phrase.
    int[] chosen = null;
    for (int k = chain.size() - 1; k >= 0 && chosen == null; k--) {
      Entity e = v.entityOf[chain.get(k)[1] - 1];
      if (e != null && e.type() == EntityType.PERSON) {
        chosen = chain.get(k);
      }
    }
    for (int k = chain.size() - 1; k >= 0 && chosen == null; k--) {
      if (v.entityOf[chain.get(k)[1] - 1] != null) {
        chosen = chain.get(k);
      }
    }
    if (chosen == null) {
      chosen = chain.get(chain.size() - 1);
    }
    return new int[] {chosen[0], chosen[1], chain.get(chain.size() - 1)[0]};
  }

  /**
   * The phrase a participial clause hangs on when the clause runs up to the verb without a
   * closing comma: in "A journalist in X, speaking to Y on condition of anonymity said", the
   * phrase before the verb ("condition of anonymity") lies inside the clause opened by ",
   * speaking", and the speaker is the phrase before that comma. Null when {@code from} is not
   * inside such a clause.
   */
  private int[] participialHead(int from, int verb, int lo) {
    for (int c = from - 1; c >= lo && verb - c <= MAX_APPOSITION; c--) {
      if (v.inQuote[c] || v.isSentenceEnd(c)) {
        return null;
      }
      if (!v.lower(c).equals(",")) {
        continue;
      }
      if (c + 1 >= verb || !(v.pos(c + 1).equals("VBG") || v.pos(c + 1).equals("VBN"))) {
        return null;
      }
      for (int k = c + 2; k < verb; k++) {
        if (v.isFinite(k)) {
          return null;
        }
      }
      int[] left = before(c, lo);
      return left[0] < left[1] ? left : null;
    }
    return null;
  }

  /**
   * Whether tokens {@code [from, to)} read as a parenthesis between commas: a relative clause
   * ("who led the delegation"), a participle phrase ("reached by phone") or a noun phrase with its
   * prepositions ("the 54-year-old commander of the unit"), with no quotation and no finite verb
   * outside a relative clause.
   */
  private boolean parenthetical(int from, int to) {
    if (from >= to || to - from > MAX_APPOSITION) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (v.inQuote[k] || v.isSentenceEnd(k)) {
        return false;
      }
    }
    String first = v.lower(from);
    if (first.equals("who") || first.equals("which") || first.equals("whose")) {
      return true;
    }
    if (first.equals("and") || first.equals("or") || first.equals("but")) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (v.isFinite(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code verb} continues a coordinated predicate ("… and urged", "… and would
   * respond"), whose subject is the clause's, not the phrase just before the "and".
   */
  boolean coordinated(int verb, int lo) {
    int j = verb - 1;
    while (j >= lo && (adjunct(j) || AUXILIARIES.contains(v.lower(j)) || v.pos(j).equals("MD"))
        && !v.inQuote[j]) {
      j--;
    }
    return j >= lo && (v.lower(j).equals("and") || v.lower(j).equals("but"));
  }

  /** The noun phrase starting just after token {@code verb}, ending before {@code hi}. */
  int[] after(int verb, int hi) {
    int j = verb + 1;
    while (j < hi && adjunct(j) && !v.inQuote[j]) {
      j++;
    }
    int from = j;
    while (j < hi && j - from < MAX_NP && !v.inQuote[j] && npWord(j)) {
      j++;
    }
    return trim(from, j);
  }

  /** An object phrase after {@code from}: stops at "of", "for", "on", "that"; may be quoted. */
  int[] object(int from, int hi) {
    int j = from;
    while (j < hi && v.isMark(j)) {
      j++;
    }
    int start = j;
    while (j < hi && j - start < MAX_NP && !v.isMark(j) && npWord(j)
        && !Set.of("of", "for", "and").contains(v.lower(j))) {
      j++;
    }
    return trim(start, j);
  }

  private int[] trim(int from, int to) {
    while (from < to && (LINKS.contains(v.lower(from)) || v.isPunct(from))) {
      from++;
    }
    while (to > from && (LINKS.contains(v.lower(to - 1)) || v.isPunct(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  /**
   * The subject of the clause a participle ("stating", "accusing") hangs on: the phrase before the
   * first finite verb in {@code [lo, participle)}.
   */
  int[] subjectOf(int participle, int lo) {
    for (int i = lo; i < participle; i++) {
      if (v.isFinite(i) && !v.inQuote[i] && !relative(i, lo)) {
        int[] np = subject(i, lo);
        return new int[] {np[0], np[1]};
      }
    }
    int[] np = subject(participle, lo);
    return new int[] {np[0], np[1]};
  }

  /** Whether finite verb {@code i} lies in a relative clause opened after the last comma. */
  private boolean relative(int i, int lo) {
    for (int k = i - 1; k >= lo && !v.lower(k).equals(","); k--) {
      if (v.lower(k).equals("who") || v.lower(k).equals("which")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whom tokens {@code [a, b)} name, like {@link #resolve}, except that a description followed by
   * how the source was named ("a resident who gave his name only as X", "a woman, who identified
   * herself as X") is X; reads no further than {@code hi}.
   */
  Who named(int a, int b, int hi) {
    Who who = resolve(a, b);
    if (a >= b || who != null && who.id() != null) {
      return who;
    }
    Who apposed = apposedPerson(b, hi);
    if (apposed != null) {
      return apposed;
    }
    Who identified = identifiedEarlier(a, b);
    if (identified != null) {
      return identified;
    }
    int k = b < hi && v.lower(b).equals(",") ? b + 1 : b;
    if (k >= hi || !v.lower(k).equals("who")) {
      return who;
    }
    boolean naming = false;
    for (int i = k + 1; i < hi && i < k + 10 && !v.inQuote[i] && !v.lower(i).equals(","); i++) {
      String w = v.lower(i);
      naming |= w.equals("name") || w.equals("names") || w.equals("identified");
      if (naming && w.equals("as")) {
        int e = i + 1;
        while (e < hi && e - i <= 4 && v.pos(e).equals("NNP") && !v.inQuote[e]) {
          e++;
        }
        if (e == i + 1) {
          return who;
        }
        Entity named = v.entityOf[e - 1];
        return named != null ? Who.of(named) : new Who(v.textOf(i + 1, e), null);
      }
    }
    return who;
  }

  /**
   * An indefinite description of two or three words ("a man", "a young woman") that a sentence
   * of the same or the previous paragraph identified by name: "A man in uniform identifies
   * himself in the video as Ana Roe. … “…,” a man says." The earlier sentence must mention the
   * same head noun after "a", "an" or "the", then, within 16 tokens, a word "identif…" and "as"
   * followed by a person's name. Null when there is none.
   */
  private Who identifiedEarlier(int a, int b) {
    if (b - a < 2 || b - a > 3 || !(v.lower(a).equals("a") || v.lower(a).equals("an"))
        || !v.pos(b - 1).equals("NN")) {
      return null;
    }
    String head = v.lower(b - 1);
    int floor = paragraphStartBefore(v.tokens[a].start(), 1);
    for (int k = a - 1; k > 0 && v.tokens[k].start() >= floor; k--) {
      String det = v.lower(k - 1);
      if (!v.lower(k).equals(head) || v.inQuote[k]
          || !(det.equals("a") || det.equals("an") || det.equals("the"))) {
        continue;
      }
      boolean identifies = false;
      for (int i = k + 1; i + 1 < v.tokens.length && i < k + 16 && !v.isSentenceEnd(i)
          && !v.inQuote[i]; i++) {
        identifies |= v.lower(i).startsWith("identif");
        if (identifies && v.lower(i).equals("as")) {
          Entity e = v.entityOf[i + 1];
          return e != null && e.type() == EntityType.PERSON ? Who.of(e) : null;
        }
      }
    }
    return null;
  }

  /**
   * A person named in apposition at the end of a described speaker's phrase, after a comma and
   * perhaps a relative clause: "said a resident, Ana Roe", "said another who fled with them,
   * 58-year-old Ana Roe". Reads from token {@code from} (just after the description) to the
   * sentence's end, at most 20 tokens and no further than {@code hi}; the person must close the
   * sentence. Null when there is none.
   */
  private Who apposedPerson(int from, int hi) {
    if (from >= hi || !(v.lower(from).equals(",") || v.lower(from).equals("who"))) {
      return null;
    }
    int comma = -1;
    int end = from;
    while (end < hi && end < from + 20 && !v.inQuote[end] && !v.isSentenceEnd(end)) {
      if (v.lower(end).equals(",")) {
        comma = end;
      }
      end++;
    }
    if (comma < 0 || !(end >= hi || v.isSentenceEnd(end) || v.inQuote[end])) {
      return null;
    }
    int[] np = after(comma, end);
    if (np[0] >= np[1] || np[1] != end) {
      return null;
    }
    Entity e = v.entityOf[np[1] - 1];
    return e != null && e.type() == EntityType.PERSON ? Who.of(e) : null;
  }

  /** Whom tokens {@code [a, b)} name, or null when they name no one. */
  Who resolve(int a, int b) {
    if (a >= b) {
      return null;
    }
    int head = b - 1;
    String h = v.lower(head);
    int offset = v.tokens[a].start();
    if (b - a == 1 && v.pos(head).startsWith("PRP")) {
      Who byReference = referredTo(a, head);
      if (h.equals("he") || h.equals("she") || h.equals("they")) {
        Who described = describedSpeakerSince(a, byReference);
        if (described != null) {
          return described;
        }
      }
      return byReference;
    }
    for (int i = a; i < b; i++) {
      if (STATEMENT.contains(v.lower(i))) {
        if (i + 1 < b && (v.lower(i + 1).equals("from") || v.lower(i + 1).equals("by"))) {
          Who w = resolve(i + 2, b);
          if (w != null) {
            return w;
          }
        } else if (i == head) {
          Who w = owner(offset);
          if (w != null) {
            return w;
          }
          // "The statement" whose issuer the article did not introduce: the reference layer's
          // issuer (the organisation last named). "A statement" brings in an unknown issuer.
          Reference r = refs.headedAt(v.tokens[head].start(), v.tokens[head].end())
              .filter(x -> x.kind() == ReferenceKind.ISSUER).orElse(null);
          return r != null ? new Who(r.antecedent().name(), r.antecedent().entityId())
              : new Who(v.textOf(a, b), null);
        }
      }
    }
    for (int i = a + 1; i < head; i++) {
      if ((v.pos(i).equals("POS") || v.lower(i).equals("'s") || v.lower(i).equals("’s"))
          && PROXIES.contains(h)) {
        Who w = resolve(a, i);
        if (w != null && w.id() != null) {
          return w;
        }
      }
    }
    Entity last = v.entityOf[head];
    for (int p = a + 1; p + 1 < b; p++) {
      if ((v.lower(p).equals("from") || v.lower(p).equals("of")) && commonNoun(p - 1)
          && !SPOKESPEOPLE.contains(v.lower(p - 1)) && v.pos(p - 1).equals("NN")
          && last != null && last.type() == EntityType.ORGANIZATION
          && v.entityOf[v.pos(p + 1).equals("DT") && p + 2 < b ? p + 2 : p + 1] == last) {
        // "an official from X", "a member of X": one unnamed person of X, kept as written; a
        // spokesman for X speaks as X.
        return new Who(v.textOf(a, b), null);
      }
      if ((v.lower(p).equals("in") || v.lower(p).equals("at")) && commonNoun(p - 1)) {
        // "officials in X": a description placed somewhere, not the place itself.
        Who w = referredTo(a, p - 1);
        return w != null ? w : new Who(v.textOf(a, b), null);
      }
    }
    if (v.entityOf[head] != null) {
      return joined(a, b);
    }
    Who back = referredTo(a, head);
    if (back != null) {
      return back;
    }
    if (v.pos(head).startsWith("NN") || (v.pos(head).isEmpty() && !v.isPunct(head))) {
      Who fuller = v.lower(a).equals("the") ? earlierSpeakerHeaded(a, b) : null;
      if (fuller == null && v.lower(a).equals("the") && b - a == 2) {
        fuller = earlierMembers(a, b);
      }
      return fuller != null ? fuller : new Who(v.textOf(a, b), null);
    }
    if (b - a == 2 && v.pos(head).startsWith("JJ") && NOMINAL_DETERMINERS.contains(v.lower(a))) {
      return new Who(v.textOf(a, b), null); // "a local told", "one wounded said"
    }
    return null;
  }

  /**
   * The earlier speaker that a definite description ("the officer", "the ministry") shortens:
   * the subject of the last speech verb before it whose phrase holds the same head noun and
   * more words ("the PDF officer explained", "Thailand's foreign ministry said"), as the article
   * wrote it, or the entity it named; null when there is none.
   */
  private Who earlierSpeakerHeaded(int a, int b) {
    String head = v.lower(b - 1);
    for (int k = a - 1; k >= 0; k--) {
      if (v.inQuote[k] || !v.isFinite(k) || !speechVerb(k) || !v.speakerMayComeFrom(k, a)) {
        continue;
      }
      int s = v.sentenceOf[k];
      int[] np = subject(k, v.sentenceFirst[s]);
      if (np[0] >= np[1]) {
        np = after(k, v.sentenceEnd[s]);
      }
      if (np[1] - np[0] <= b - a || np[1] > a) {
        continue; // not fuller, or not wholly before the description (which could loop back)
      }
      for (int i = np[0]; i < np[1]; i++) {
        if (v.lower(i).equals(head) && v.entityOf[i] == null) {
          Who w = resolve(np[0], np[1]);
          return w != null && (w.id() != null || !w.name().equalsIgnoreCase(v.textOf(a, b)))
              ? w : null;
        }
      }
    }
    return null;
  }

  /**
   * The body that "the lawmakers", "the fighters" belong to, as the article introduced them
   * earlier: the last "lawmakers on the X", "fighters of X", "delegates from X" before the
   * description, with X an organisation, kept as written (they speak together, as members of X).
   * Plural heads only: "the official" is one person, not the body. Null when there is none.
   */
  private Who earlierMembers(int a, int b) {
    int head = b - 1;
    if (!v.pos(head).equals("NNS")) {
      return null;
    }
    for (int k = a - 1; k >= 0; k--) {
      if (v.inQuote[k] || !v.lower(k).equals(v.lower(head)) || k + 2 >= v.tokens.length) {
        continue;
      }
      String prep = v.lower(k + 1);
      int at = v.lower(k + 2).equals("the") ? k + 3 : k + 2;
      if (!(prep.equals("on") || prep.equals("of") || prep.equals("from"))
          || at >= v.tokens.length || v.entityOf[at] == null
          || v.entityOf[at].type() != EntityType.ORGANIZATION) {
        continue;
      }
      Entity body = v.entityOf[at];
      int end = at;
      while (end < v.tokens.length && v.entityOf[end] == body) {
        end++;
      }
      return new Who(v.textOf(k, end), null);
    }
    return null;
  }

  /**
   * A speaker known only by a description ("A journalist in X said", "the officer explained",
   * "said a local doctor") who spoke after the entity the reference layer gives pronoun {@code a},
   * within the pronoun's paragraph and the two before: "he said" continues with the last speaker,
   * and a described speaker is no entity the layer could offer. "They" takes a described speaker
   * of either number ("two officers said …. They said", and the singular "they" of a user or
   * source whose gender the article leaves open). Null when there is none.
   */
  private Who describedSpeakerSince(int a, Who byReference) {
    int since = -1;
    if (byReference != null) {
      Reference r = refs.headedAt(v.tokens[a].start(), v.tokens[a].end()).orElse(null);
      since = r == null ? -1 : r.antecedent().span().start();
    }
    int floor = paragraphStartBefore(v.tokens[a].start(), 2);
    for (int k = a - 1; k >= 0 && v.tokens[k].start() >= floor && v.tokens[k].start() > since;
        k--) {
      if (v.inQuote[k] || !speechVerb(k) || !v.isFinite(k) || !v.speakerMayComeFrom(k, a)) {
        continue; // "at the time of reporting" names no speaker; a caption names none for the story
      }
      int s = v.sentenceOf[k];
      int[] np = subject(k, v.sentenceFirst[s]);
      if (np[0] >= np[1]) {
        np = after(k, v.sentenceEnd[s]);
      }
      if (np[0] >= np[1] || v.tokens[np[0]].start() <= since || np[1] > a) {
        // Only a phrase wholly before the pronoun: anything else could lead back to it.
        continue;
      }
      boolean plural = v.lower(a).equals("they");
      if (np[1] - np[0] == 1 && v.lower(np[0]).equals(v.lower(a))) {
        // "…," he said. … He said that …: the chain goes on with whoever the last "he" was.
        Who chained = resolve(np[0], np[1]);
        return chained != null && chained.id() == null ? chained : null;
      }
      int h = np[1] - 1;
      String pos = v.pos(h);
      Entity named = v.entityOf[h];
      if (named != null && named.type() != EntityType.LOCATION // "a journalist in X" is no place
          || !(pos.equals("NN") || pos.equals("NNP")
              || plural && (pos.equals("NNS") || pos.equals("NNPS")))
          || STATEMENT.contains(v.lower(h))) {
        continue;
      }
      Who w = resolve(np[0], np[1]);
      if (w != null && w.id() == null) {
        return w;
      }
    }
    return null;
  }

  /** The start of the analysed paragraph {@code back} paragraphs before the one at {@code offset}. */
  private int paragraphStartBefore(int offset, int back) {
    int p = v.paragraphs.size() - 1;
    while (p > 0 && v.paragraphs.get(p).span().start() > offset) {
      p--;
    }
    return p < 0 ? 0 : v.paragraphs.get(Math.max(0, p - back)).span().start();
  }

  /**
   * What the reference layer says the phrase starting at token {@code a} and headed by token
   * {@code head} refers to ("he", "the militia", "the minister", "the pair"): the one entity, or
   * the entities named together with no single id; null when the phrase is not a resolved
   * reference covering exactly those words.
   */
  private Who referredTo(int a, int head) {
    Reference r = refs.headedAt(v.tokens[head].start(), v.tokens[head].end()).orElse(null);
    if (r == null || r.span().start() != v.tokens[a].start()) {
      return null;
    }
    if (r.antecedents().size() == 1) {
      return new Who(r.antecedent().name(), r.antecedent().entityId());
    }
    return new Who(String.join(" and ",
        r.antecedents().stream().map(Antecedent::name).toList()), null);
  }

  /** "A and B" naming two entities is both, with no single id; one entity is itself. */
  private Who joined(int a, int b) {
    Entity head = v.entityOf[b - 1];
    for (int i = a + 1; i < b - 1; i++) {
      Entity left = v.entityOf[i - 1];
      if (v.lower(i).equals("and") && left != null && left != head) {
        return new Who(left.name() + " and " + head.name(), null);
      }
    }
    return bearer(b - 1);
  }

  /**
   * The entity token {@code t} lies in, or, when the reference layer reads it as a surname several
   * people share ("Lee" beside two people named Lee in full), the bearer it gives.
   */
  private Who bearer(int t) {
    Reference r = refs.headedAt(v.tokens[t].start(), v.tokens[t].end())
        .filter(x -> x.kind() == ReferenceKind.SURNAME).orElse(null);
    return r != null ? new Who(r.antecedent().name(), r.antecedent().entityId())
        : Who.of(v.entityOf[t]);
  }

  /** The owner of the statement most recently introduced before {@code offset}, or null. */
  Who owner(int offset) {
    Who found = null;
    for (int k = 0; k < ownerAt.size() && ownerAt.get(k)[0] < offset; k++) {
      found = owners.get(k);
    }
    return found;
  }

  /**
   * Finds who issued each statement the article introduces: "a statement from X", "X said in a
   * statement", so that a later "the statement added" can be attributed.
   */
  private void findStatementOwners() {
    for (int i = 0; i < v.tokens.length; i++) {
      if (v.inQuote[i] || !STATEMENT.contains(v.lower(i))) {
        continue;
      }
      int s = v.sentenceOf[i];
      int hi = v.sentenceEnd[s];
      Who who = null;
      if (i + 1 < hi && (v.lower(i + 1).equals("from") || v.lower(i + 1).equals("by"))) {
        int[] np = after(i + 1, hi);
        who = resolve(np[0], np[1]);
      } else if (i >= 1 && v.lower(i - 1).matches("an?") || i >= 2 && v.lower(i - 2).matches("an?")
          || i >= 3 && v.lower(i - 3).matches("an?")) {
        int lo = v.sentenceFirst[s];
        for (int k = i - 1; k >= lo && k >= i - 12; k--) {
          if (!v.inQuote[k] && speechVerb(k)) {
            int[] np = subject(k, lo);
            if (np[0] == np[1] && k + 1 < hi) {
              np = after(k, i);
            }
            who = resolve(np[0], np[1]);
            break;
          }
        }
      }
      if (who != null && who.id() != null) {
        ownerAt.add(new int[] {v.tokens[i].start()});
        owners.add(who);
      }
    }
  }
}
