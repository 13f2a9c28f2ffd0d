package org.sitrep.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.entities.Entity;
import org.sitrep.reference.Reference;
import org.sitrep.reference.ReferenceKind;
import org.sitrep.reference.References;

/**
 * Finds the labels an article attaches to its actors, in four forms ({@link LabelForm}):
 * <ul>
 *   <li>premodifier: the words before a name back to a determiner, headed by a lower-case common
 *       noun ("the Marek-backed terrorist group KDL" gives "Marek-backed terrorist group");
 *   <li>apposition: a noun phrase headed by a lower-case common noun, set off by a comma after the
 *       name and closed by punctuation, a relative pronoun or a participle ("X, a Marek-led
 *       militia, said", "X, a militia allied with Y"),
 *       with at most one "of" phrase ("the armed wing of Y"); not when followed by "and"/"or" (a
 *       list: "X, the army, and police") or by a verb ("X, the army said");
 *   <li>bracketed: a name in brackets right after a noun phrase ("Marek-led security forces
 *       (Harasa)"), or a noun phrase in brackets right after the name;
 *   <li>description: a definite description the reference layer resolved to one entity ("the
 *       militia", "the Norlandic leader"), without its determiner or possessor; a bare noun from
 *       {@code bare-nouns.txt} ("the group") or a bare role ("the president") is no label.
 * </ul>
 * In every form a single word from {@code bare-nouns.txt} is no label ("the group KDL", "the
 * initials RRU"). Dates, times and numbers never make a label ("X, last year,"). Only entities
 * that are actors, or people and organisations, get labels; mentions in boilerplate are not
 * read.
 */
final class LabelFinder {
  /** Longest label read, in tokens: labels are short noun phrases, not clauses. */
  private static final int MAX_TOKENS = 10;
  private static final Set<String> APPOSITION_DETERMINERS = Set.of("a", "an", "the");
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "—", "–", "--", ")",
      "-RRB-", "!", "?");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "that");
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "nor");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:(?:the|this|that|these|those)\\s+|[^\\s]+(?:'s|’s|s'|s’)\\s+)+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final ArticleText t;
  private final Set<String> eligible;
  private final Set<String> bareNouns;
  private final Voices voices;

  /**
   * @param eligible the entity ids that may carry labels
   */
  LabelFinder(ArticleText t, Set<String> eligible, Set<String> bareNouns, Voices voices) {
    this.t = t;
    this.eligible = eligible;
    this.bareNouns = bareNouns;
    this.voices = voices;
  }

  List<ActorLabel> find(References references, Map<String, Entity> byId) {
    List<ActorLabel> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ArticleText.Mentioned m : t.mentions) {
      if (!eligible.contains(m.entity().id())) {
        continue;
      }
      premodifier(m, out, seen);
      apposition(m, out, seen);
      bracketed(m, out, seen);
    }
    for (Reference r : references.references()) {
      description(r, byId, out, seen);
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(a.end(), b.end()));
    return out;
  }

  private void premodifier(ArticleText.Mentioned m, List<ActorLabel> out, Set<String> seen) {
    int head = m.first() - 1;
    if (!t.sameSentence(head, m.first()) || !t.isCommonNounHead(head)
        || t.tokens[head].end() == t.tokens[m.first()].start()) {
      return;
    }
    int from = head;
    while (from - 1 >= 0 && t.sameSentence(from - 1, head) && head - from + 1 < MAX_TOKENS
        && t.isModifier(from - 1)
        && (t.mentionAt[from - 1] == null || t.inHyphenCompound(from - 1))) {
      from--;
    }
    while (t.isHyphen(from) && from < head) {
      from++;
    }
    add(m, from, head, LabelForm.PREMODIFIER, out, seen);
  }

  private void apposition(ArticleText.Mentioned m, List<ActorLabel> out, Set<String> seen) {
    int comma = afterBrackets(m.first() - 1, m.last() + 1);
    if (!t.sameSentence(comma, m.last()) || !t.lower(comma).equals(",")) {
      return;
    }
    int from = comma + 1;
    if (!t.sameSentence(from, comma)) {
      return;
    }
    if (APPOSITION_DETERMINERS.contains(t.lower(from))) {
      from++;
    }
    int end = t.sentenceEnd(m.last());
    int k = from;
    int head = -1;
    boolean ofPhrase = false;
    while (k < end && k - from < MAX_TOKENS) {
      if (!ofPhrase && head >= 0 && t.isCommonNounHead(head) && !t.inHyphenCompound(k)
          && (t.pos(k).equals("VBN") || t.pos(k).equals("VBG"))) {
        break;
      }
      if (t.isModifier(k) || ofPhrase && (t.pos(k).startsWith("NNP") || t.pos(k).equals("DT")
          || t.pos(k).equals("POS"))) {
        if (!ofPhrase) {
          if (t.mentionAt[k] != null && !t.inHyphenCompound(k)) {
            return;
          }
          head = k;
        }
        k++;
      } else if (!ofPhrase && head >= 0 && t.lower(k).equals("of")) {
        ofPhrase = true;
        k++;
      } else {
        break;
      }
    }
    if (head < 0 || !t.isCommonNounHead(head) || k - from >= MAX_TOKENS) {
      return;
    }
    // A participle after the head starts a postmodifier ("a militia allied with Y", "a group
    // backed by Y"): the label ends at the head.
    boolean participle = k < end && k > from && (t.pos(k).equals("VBN") || t.pos(k).equals("VBG"))
        && !ofPhrase && head == k - 1;
    boolean closed = k == end || CLOSERS.contains(t.lower(k)) || RELATIVES.contains(t.lower(k))
        || participle;
    if (!closed || k < end && t.lower(k).equals(",") && k + 1 < end
        && LIST_WORDS.contains(t.lower(k + 1))) {
      return;
    }
    int last = k - 1;
    if (ofPhrase && t.lower(last).equals("of")) {
      last--;
    }
    add(m, from, last, LabelForm.APPOSITION, out, seen);
  }

  /**
   * The token after a closing bracket at {@code k} when the name alone is bracketed ("(VLF), a
   * militia"), or after a short bracketed group starting at {@code k} ("Front (VLF), a
   * militia"); else {@code k}. {@code before} is the token before the name.
   */
  private int afterBrackets(int before, int k) {
    if (k >= t.tokens.length) {
      return k;
    }
    if (t.firstChar(k) == ')' && before >= 0 && t.firstChar(before) == '(') {
      return k + 1;
    }
    if (t.firstChar(k) == '(') {
      for (int j = k + 1; j < t.tokens.length && j <= k + 6 && t.sameSentence(j, k); j++) {
        if (t.firstChar(j) == ')') {
          return j + 1;
        }
      }
    }
    return k;
  }

  private void bracketed(ArticleText.Mentioned m, List<ActorLabel> out, Set<String> seen) {
    int open = m.first() - 1;
    int close = m.last() + 1;
    if (open >= 0 && close < t.tokens.length && t.firstChar(open) == '('
        && t.firstChar(close) == ')' && t.sameSentence(open, close)) {
      // "Marek-led security forces (Harasa)": the phrase before the bracket.
      int last = open - 1;
      int from = last + 1;
      while (from - 1 >= 0 && t.sameSentence(from - 1, open) && last - from + 1 < MAX_TOKENS
          && nameOrModifier(from - 1, m)) {
        from--;
      }
      while (from <= last && (t.isHyphen(from) || t.pos(from).equals("POS"))) {
        from++;
      }
      if (from <= last) {
        add(m, from, last, LabelForm.BRACKETED, out, seen);
      }
    }
    // "the KDL (Kordal Defence League)": a phrase in brackets after the name.
    int o = m.last() + 1;
    if (o + 1 < t.tokens.length && t.firstChar(o) == '(' && t.sameSentence(o, m.last())) {
      int k = o + 1;
      while (k < t.tokens.length && t.sameSentence(k, o) && k - o <= MAX_TOKENS
          && nameOrModifier(k, m)) {
        k++;
      }
      // Not an acronym of the same entity ("Rapid Response Units (RRU)" names, it does not
      // label), and not a lone letter or word without a noun ("(C)" in a caption).
      boolean sameEntity = t.mentionAt[o + 1] != null
          && t.mentionAt[o + 1].entity().id().equals(m.entity().id());
      boolean phrase = k - o - 1 >= 2 || t.isCommonNounHead(o + 1);
      if (k > o + 1 && k < t.tokens.length && t.firstChar(k) == ')' && !sameEntity && phrase) {
        add(m, o + 1, k - 1, LabelForm.BRACKETED, out, seen);
      }
    }
  }

  /**
   * A word of a bracketed definition: a modifier or proper noun not naming another entity (a
   * different entity in the brackets is a second name, not a label of this one).
   */
  private boolean nameOrModifier(int k, ArticleText.Mentioned m) {
    ArticleText.Mentioned other = t.mentionAt[k];
    if (other != null && !other.entity().id().equals(m.entity().id()) && !t.inHyphenCompound(k)) {
      return false;
    }
    String p = t.pos(k);
    return !t.isQuantityOrDate(k) && (t.isModifier(k) || p.startsWith("NNP") || p.equals("POS")
        || other != null);
  }

  private void description(Reference r, Map<String, Entity> byId, List<ActorLabel> out,
      Set<String> seen) {
    if (r.kind() != ReferenceKind.DESCRIPTION && r.kind() != ReferenceKind.ROLE
        || r.antecedents().size() != 1 || !eligible.contains(r.antecedent().entityId())
        || !t.isAnalysed(r.span().start())) {
      return;
    }
    Matcher lead = LEADING.matcher(r.text());
    int skip = lead.find() ? lead.end() : 0;
    String rest = r.text().substring(skip).strip();
    if (rest.isEmpty()) {
      return;
    }
    boolean oneWord = !rest.contains(" ");
    if (oneWord && (r.kind() == ReferenceKind.ROLE
        || bareNouns.contains(rest.toLowerCase(Locale.ROOT)))) {
      return;
    }
    int start = r.span().start() + skip;
    Entity e = byId.get(r.antecedent().entityId());
    emit(e == null ? r.antecedent().name() : e.name(), r.antecedent().entityId(), start,
        start + rest.length(), LabelForm.DESCRIPTION, out, seen);
  }

  private void add(ArticleText.Mentioned m, int from, int to, LabelForm form,
      List<ActorLabel> out, Set<String> seen) {
    if (from > to || t.tokens[to].end() <= t.tokens[from].start()
        || from == to && bareNouns.contains(t.lower(from))) {
      return;
    }
    emit(m.entity().name(), m.entity().id(), t.tokens[from].start(), t.tokens[to].end(), form, out,
        seen);
  }

  private void emit(String actor, String actorId, int start, int end, LabelForm form,
      List<ActorLabel> out, Set<String> seen) {
    if (!seen.add(actorId + "@" + start + ":" + end)) {
      return;
    }
    Voices.Attribution v = voices.of(start, end);
    out.add(new ActorLabel(actor, actorId, t.text.substring(start, end), form, v.voice(),
        v.speaker(), start, end));
  }
}
