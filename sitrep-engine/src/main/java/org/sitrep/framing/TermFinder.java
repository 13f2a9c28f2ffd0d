package org.sitrep.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.core.StructureSpan;
import org.sitrep.reference.Reference;
import org.sitrep.reference.References;

/**
 * Finds every occurrence of a loaded-language term in an article's analysed text, with its voice
 * and, when the text makes it clear, the actor it is applied to: the actor of a label the term is
 * part of ("terrorist" in the label "Marek-backed terrorist group" of the KDL); the entity a
 * description containing it was resolved to; a name right after it across modifiers only ("the
 * terrorist PKK"); for a noun, a name right before it ("the Kerrin regime", "KDL terrorists");
 * or, after a view verb, the actor named between the verb and the term ("Norland considers the
 * VLF a terrorist organisation").
 * An occurrence inside an entity's name ("Islamic Liberation Front") is no occurrence.
 */
final class TermFinder {
  /** How many modifier words may stand between a term and the name it premodifies. */
  private static final int MODIFIER_GAP = 4;

  private final ArticleText t;
  private final FramingWords words;
  private final Voices voices;
  private final Set<String> eligible;

  TermFinder(ArticleText t, FramingWords words, Voices voices, Set<String> eligible) {
    this.t = t;
    this.words = words;
    this.voices = voices;
    this.eligible = eligible;
  }

  List<LoadedTerm> find(List<ActorLabel> labels, References references) {
    List<LoadedTerm> out = new ArrayList<>();
    for (StructureSpan s : t.analysed) {
      int stop = Math.min(s.span().end(), t.text.length());
      Matcher m = words.termPattern.matcher(t.text).region(s.span().start(), stop);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (insideName(start, end)) {
          continue;
        }
        String term = FramingWords.normal(m.group());
        LoadedCategory category = words.terms.get(term);
        if (category == null) {
          continue;
        }
        Voices.Attribution v = voices.of(start, end);
        String[] actor = actor(start, end, labels, references);
        if (actor[0] == null && v.viewVerb() >= 0) {
          actor = complement(v.viewVerb(), start, references);
        }
        out.add(new LoadedTerm(term, category, v.voice(), v.speaker(), actor[0], actor[1], start,
            end));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private boolean insideName(int start, int end) {
    int first = t.firstTokenAt(start);
    if (first < 0) {
      return false;
    }
    for (int k = first; k < t.tokens.length && t.tokens[k].start() < end; k++) {
      ArticleText.Mentioned m = t.mentionAt[k];
      if (m != null && m.mention().start() <= start && end <= m.mention().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The object of a view verb the term characterises: the first actor named between the verb and
   * the term ("Norland considers the VLF a terrorist organisation", "accused the militia of war
   * crimes"), or {null, null}.
   */
  private String[] complement(int verb, int start, References references) {
    for (int k = verb + 1; k < t.tokens.length && t.tokens[k].end() <= start; k++) {
      ArticleText.Mentioned m = t.mentionAt[k];
      if (m != null && eligible.contains(m.entity().id())) {
        return new String[] {m.entity().name(), m.entity().id()};
      }
      var r = references.headedAt(t.tokens[k].start(), t.tokens[k].end());
      if (r.isPresent() && r.get().antecedents().size() == 1
          && eligible.contains(r.get().antecedent().entityId())) {
        return new String[] {r.get().antecedent().name(), r.get().antecedent().entityId()};
      }
    }
    return new String[2];
  }

  /** {name, id} of the actor the term is applied to, or {null, null}. */
  private String[] actor(int start, int end, List<ActorLabel> labels, References references) {
    for (ActorLabel l : labels) {
      if (l.start() <= start && end <= l.end()) {
        return new String[] {l.actor(), l.actorId()};
      }
    }
    for (Reference r : references.references()) {
      if (r.span().start() <= start && end <= r.span().end() && r.antecedents().size() == 1
          && eligible.contains(r.antecedent().entityId())) {
        return new String[] {r.antecedent().name(), r.antecedent().entityId()};
      }
    }
    int first = t.firstTokenAt(start);
    int last = t.lastTokenBefore(end);
    if (first < 0 || last < first) {
      return new String[2];
    }
    for (int k = last + 1; k < t.tokens.length && k <= last + 1 + MODIFIER_GAP
        && t.sameSentence(k, last); k++) {
      ArticleText.Mentioned m = t.mentionAt[k];
      if (m != null && m.first() == k) {
        return eligible.contains(m.entity().id())
            ? new String[] {m.entity().name(), m.entity().id()} : new String[2];
      }
      if (!t.isModifier(k) || t.pos(k).equals("VBG")) {
        break;  // "cleansing targeting Syrian communities": a verb, not a premodifier chain
      }
    }
    String pos = t.pos(last);
    ArticleText.Mentioned before = first > 0 ? t.mentionAt[first - 1] : null;
    if ((pos.equals("NN") || pos.equals("NNS")) && before != null && before.last() == first - 1
        && eligible.contains(before.entity().id()) && t.sameSentence(first - 1, first)) {
      return new String[] {before.entity().name(), before.entity().id()};
    }
    return new String[2];
  }
}
