package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.quotes.Phrases.Who;
import org.sitrep.quotes.QuoteMarks.Marked;

/**
 * Attributes direct quotes and finds reported speech in one article.
 *
 * <p>A direct quote's attribution is sought, in order: right after its closing mark ({@code “…,” X
 * said}, {@code “…,” said X}, {@code “…,” read a statement from X}); in an "according to X" in the
 * same sentence; in the clause before its opening mark ({@code X said: “…”}, {@code …, stating:
 * “…”}, {@code X told Y Z was “…”}); for a quote inside a sentence, the sentence's subject when it
 * names an entity ({@code X termed the plan “…”}). A quote with none takes its predecessor's in the
 * same paragraph when only that attribution lies between them ({@code “A,” she said. “B.”}), and a
 * quote running over paragraphs takes its continuation's. A second quote in the clause its
 * predecessor's attribution opened ({@code X said A was “…” and that B would “…”}) is the same
 * speaker's. A subject may carry appositions and relative clauses between commas ({@code X, the
 * commander of Y, who …, said}; see {@code Phrases.subject}), and a coordinated speech verb
 * ({@code … and urged}) takes its clause's subject.
 *
 * <p>Reported speech is a speech verb with a clause: {@code X said (that) <clause>}, {@code
 * <clause>, X said}, {@code <clause>, according to X}. The clause must hold a finite verb, which
 * keeps "X announced a ceasefire" an event, not speech.
 */
final class Attributor {
  private static final Set<String> RECIPIENT_VERBS = Set.of("tell", "inform", "assure", "warn",
      "remind", "brief", "ask", "urge");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "over", "by",
      "via", "after", "before", "from", "to", "with");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final View v;
  private final Phrases ph;
  private final Lexicon lex;
  private final Set<Integer> used = new HashSet<>();

  /**
   * Who said it, with the verb, and the token range of the attribution clause (for the channel
   * and the sentence span).
   */
  private record Attribution(Who who, String verb, int verbToken, int from, int to) {}

  Attributor(View v, Phrases ph, Lexicon lex) {
    this.v = v;
    this.ph = ph;
    this.lex = lex;
  }

  /** Direct quotes in text order; call before {@link #reported()}. */
  List<Quote> direct() {
    List<Marked> marks = v.marks;
    Attribution[] found = new Attribution[marks.size()];
    for (int q = 0; q < marks.size(); q++) {
      found[q] = attribute(q, found);
      if (found[q] != null) {
        used.add(found[q].verbToken());
      }
    }
    for (int q = 1; q < marks.size(); q++) {
      if (found[q] == null && found[q - 1] != null && chained(q - 1, q, found[q - 1])) {
        found[q] = found[q - 1];
      }
    }
    for (int q = marks.size() - 2; q >= 0; q--) {
      if (found[q] == null && marks.get(q).runsOn() && found[q + 1] != null) {
        found[q] = found[q + 1];
      }
    }
    for (int q = 1; q < marks.size(); q++) {
      if (found[q] == null && aloneInParagraph(q)) {
        found[q] = lastOfPreviousBodyParagraph(q, found);
      }
    }
    for (int q = marks.size() - 2; q >= 0; q--) {
      if (found[q] == null && aloneInParagraph(q)) {
        found[q] = openingOfNextBodyParagraph(q, found);
      }
    }
    List<Quote> out = new ArrayList<>();
    for (int q = 0; q < marks.size(); q++) {
      Marked m = marks.get(q);
      Attribution a = found[q];
      int sStart = m.start();
      int sEnd = m.end();
      int first = v.firstEndingAfter(m.start());
      int last = v.firstAtOrAfter(m.end()) - 1;
      for (int t : new int[] {first, last, a == null ? -1 : a.from(), a == null ? -1 : a.to() - 1}) {
        if (t >= 0 && t < v.tokens.length) {
          Sentence s = v.sentences.get(v.sentenceOf[t]);
          sStart = Math.min(sStart, s.start());
          sEnd = Math.max(sEnd, s.end());
        }
      }
      Who who = a == null ? null : a.who();
      out.add(new Quote(m.start(), m.end(), v.text.substring(m.start(), m.end()),
          who == null ? null : who.name(), who == null ? null : who.id(),
          a == null ? null : a.verb(), a == null ? null : channel(a.from(), a.to()), Quote.DIRECT,
          sStart, sEnd));
    }
    return out;
  }

  private Attribution attribute(int q, Attribution[] found) {
    int n = v.tokens.length;
    Marked m = v.marks.get(q);
    int qFirst = v.firstAtOrAfter(m.open());
    int qEnd = v.firstAtOrAfter(m.outer().end());
    if (qFirst >= n) {
      return null;
    }
    int nextOpen = q + 1 < v.marks.size() ? v.firstAtOrAfter(v.marks.get(q + 1).open()) : n;
    int prevEnd = q > 0 ? v.firstAtOrAfter(v.marks.get(q - 1).outer().end()) : 0;
    int sFirst = v.sentenceOf[qFirst];
    int sLast = v.sentenceOf[Math.max(qFirst, Math.min(qEnd, n) - 1)];

    // "X said Y was “…”, the BBC reported": an outlet's report carries X's words, and X, named in
    // the quote's own clause, is the speaker; the report counts only when nothing closer does.
    Attribution report = null;
    if (m.closed() && !endsSentence(m)) {
      Attribution a = trailing(qEnd, Math.min(nextOpen, n));
      if (a != null && !"report".equals(lex.speechLemma(a.verb()))) {
        return a;
      }
      report = a;
    }
    Attribution a = accordingTo(v.sentenceFirst[sFirst], v.sentenceEnd[sLast]);
    if (a != null) {
      return a;
    }
    int lo = Math.max(v.sentenceFirst[sFirst], prevEnd);
    Attribution as = characterised(qFirst, lo);
    if (as != null) {
      return as;
    }
    Attribution owner = possessor(qFirst, lo);
    if (owner != null) {
      return owner;
    }
    if (lo == qFirst && qFirst > 0 && v.lower(qFirst - 1).equals(":")) {
      // "X said:" closing the previous sentence or paragraph.
      lo = Math.max(prevEnd, v.sentenceFirst[v.sentenceOf[qFirst - 1]]);
    }
    for (int k = qFirst - 1; k >= lo && k >= qFirst - 40; k--) {
      if (v.inQuote[k]) {
        break;
      }
      if (!v.speakerMayComeFrom(k, qFirst)) {
        break;
      }
      if (ph.speechVerb(k)) {
        int sentenceLo = v.sentenceFirst[v.sentenceOf[k]];
        int[] np = v.pos(k).equals("VBG") || ph.coordinated(k, lo) ? ph.subjectOf(k, sentenceLo)
            : ph.subject(k, lo);
        int[] with = v.pos(k).equals("VBG") ? ph.before(k, lo) : null;
        if (with != null && with[0] < with[1] && with[1] == k && with[0] - 1 >= lo
            && v.lower(with[0] - 1).equals("with")) {
          // "…, with some analysts suggesting that …": the participle's own subject.
          np = with;
        }
        if (np[0] == np[1]) {
          // "… and called for …": a coordinated predicate shares the sentence's subject.
          np = ph.subjectOf(k, sentenceLo);
        }
        if (np[0] == np[1] && onlyPunct(lo, k)) {
          // "“A,” said X. “B”" in one sentence: the verb leads its inverted subject.
          np = ph.after(k, qFirst);
        }
        Who who = ph.named(np[0], np[1], qFirst);
        if (who != null) {
          return new Attribution(who, v.lower(k), k, lo, qFirst);
        }
        break;
      }
    }
    if (report != null) {
      return report;
    }
    if (q > 0 && found[q - 1] != null && prevEnd > v.sentenceFirst[sFirst]) {
      // "X said A was “…” and that B was “…”": a second quote in the clause of the first quote's
      // attribution, with no speech verb of its own, is the same speaker's.
      int prevFirst = v.firstAtOrAfter(v.marks.get(q - 1).open());
      if (prevFirst < n && v.sentenceOf[prevFirst] == sFirst && found[q - 1].to() <= prevFirst) {
        return found[q - 1];
      }
    }
    if (lo < qFirst && words(m) >= 2) {
      for (int f = lo; f < qFirst; f++) {
        if (v.isFinite(f) && !v.inQuote[f]) {
          int[] np = ph.before(f, lo);
          Who who = ph.resolve(np[0], np[1]);
          if (who != null && who.id() != null) {
            return new Attribution(who, v.lower(f), f, lo, qFirst);
          }
          Attribution last = q > 0 ? found[q - 1] : null;
          if ((who == null || who.id() == null) && personalPronoun(np) && last != null
              && last.who() != null && last.who().id() != null
              && v.marks.get(q - 1).paragraph() == m.paragraph()) {
            // "The party rejected it as “…”. Instead, they pledged to act in “…”": a pronoun the
            // reference layer left open, as the subject of the quote's own clause, continues
            // with the speaker of the paragraph's previous quote.
            return new Attribution(last.who(), v.lower(f), f, lo, qFirst);
          }
          break;
        }
      }
    }
    return null;
  }

  /** Whether tokens {@code [np[0], np[1])} are one subject pronoun: "he", "she", "they". */
  private boolean personalPronoun(int[] np) {
    if (np[1] - np[0] != 1) {
      return false;
    }
    String w = v.lower(np[0]);
    return w.equals("he") || w.equals("she") || w.equals("they");
  }

  /**
   * {@code X denounced the attack as “…”}, {@code a claim X dismissed as “…”}, {@code X praised it
   * as a “…”}: the subject of a characterising verb right before "as" and the quote speaks the
   * quoted words, even as a description ("the army's supporters"). "Such as" introduces examples,
   * and a passive ("was described as") has no speaker in its subject.
   */
  private Attribution characterised(int qFirst, int lo) {
    int k = qFirst - 1;
    while (k >= lo && (v.pos(k).equals("DT") || v.isMark(k)) && !v.lower(k).equals("as")) {
      k--;
    }
    if (k <= lo || !v.lower(k).equals("as") || v.inQuote[k] || v.lower(k - 1).equals("such")) {
      return null;
    }
    for (int f = k - 1; f >= lo && f >= k - 12 && !v.inQuote[f]; f--) {
      if (v.isVerb(f) && lex.characterising.contains(v.lower(f))) {
        if (!v.isFinite(f) || ph.passive(f)) {
          return null;
        }
        int[] np = ph.subject(f, lo);
        Who who = ph.named(np[0], np[1], qFirst);
        return who == null ? null : new Attribution(who, v.lower(f), f, lo, qFirst);
      }
      if (v.isFinite(f)) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code his remarks that “…”}, {@code the minister's words: “…”}: a possessive before a noun for
   * what was said, right before the quote (a "that", colon or comma between), names the speaker.
   */
  private Attribution possessor(int qFirst, int lo) {
    int k = qFirst - 1;
    if (k >= lo && (v.lower(k).equals("that") || v.lower(k).equals(":") || v.lower(k).equals(","))) {
      k--;
    }
    if (k <= lo || v.inQuote[k] || !lex.speechNouns.contains(v.lower(k))) {
      return null;
    }
    int p = k - 1;
    while (p > lo && v.pos(p).startsWith("JJ")) {
      p--; // "his latest remarks"
    }
    Who who = null;
    if (v.pos(p).equals("PRP$")) {
      who = ph.resolve(p, p + 1);
    } else if ((v.pos(p).equals("POS") || v.lower(p).equals("'s") || v.lower(p).equals("’s"))
        && p - 1 >= lo && v.entityOf[p - 1] != null) {
      who = ph.resolve(p - 1, p);
    }
    return who == null ? null : new Attribution(who, v.lower(k), k, p, qFirst);
  }

  /**
   * A quote closing a sentence ({@code “… the end.” Next sentence}) takes no attribution from
   * what follows unless that starts in lower case ({@code “Why?” he asked}).
   */
  private boolean endsSentence(Marked m) {
    char last = v.text.charAt(m.end() - 1);
    if (last != '.' && last != '!' && last != '?') {
      return false;
    }
    for (int i = m.close() + 1; i < v.text.length(); i++) {
      char c = v.text.charAt(i);
      if (Character.isLetter(c)) {
        return !Character.isLowerCase(c);
      }
      if (c == '\n') {
        return true;
      }
    }
    return true;
  }

  /** {@code “…,” X said …} or {@code “…,” said X …} right after the closing mark. */
  private Attribution trailing(int qEnd, int limit) {
    int t0 = qEnd;
    while (t0 < limit && (v.lower(t0).equals(",") || v.isMark(t0))) {
      t0++;
    }
    boolean relative = false;
    for (int j = t0; j < limit && j < t0 + 30 && !v.isSentenceEnd(j) && !v.inQuote[j]; j++) {
      String w = v.lower(j);
      if (w.equals(",")) {
        relative = false;
      } else if (j > t0 && v.lower(j - 1).equals(",") && (w.equals("who") || w.equals("which"))) {
        // "X, who led the delegation, told …": verbs of the relative clause are not X's attribution.
        relative = true;
      }
      if (relative) {
        continue;
      }
      if (ph.speechVerb(j)) {
        if (j == t0 && v.pos(j).equals("VBG")) {
          // "“…,” claiming that …": a participle goes on with the clause before the quote.
          return null;
        }
        int[] np;
        if (j == t0) {
          np = ph.after(j, limit);
        } else {
          np = ph.subject(j, t0);
          if (np[0] == np[1] || np[2] != t0 && !leadingPhrase(t0, np[2])) {
            return null;
          }
        }
        int k = j + 1;
        while (k < limit && k - j < 24 && !v.isSentenceEnd(k) && !v.inQuote[k]) {
          k++;
        }
        return new Attribution(ph.named(np[0], np[1], limit), v.lower(j), j, t0, k);
      }
      if (v.isFinite(j) && !(ph.isAuxiliary(j) && speechVerbWithin(j + 1, 2, limit))) {
        return null;
      }
    }
    return null;
  }

  /**
   * {@code “…” in that law, X said}: a phrase after the quote that completes it, opened by a
   * preposition and closed by a comma, with no verb of its own, before the subject.
   */
  private boolean leadingPhrase(int from, int subjectStart) {
    return subjectStart > from + 1 && v.pos(from).equals("IN")
        && v.lower(subjectStart - 1).equals(",") && !hasFinite(from, subjectStart - 1);
  }

  /** {@code “…,” X had announced}: an auxiliary before the speech verb is part of its group. */
  private boolean speechVerbWithin(int from, int n, int limit) {
    for (int k = from; k < Math.min(limit, from + n); k++) {
      if (ph.speechVerb(k)) {
        return true;
      }
      if (!v.pos(k).startsWith("RB")) {
        return false;
      }
    }
    return false;
  }

  private Attribution accordingTo(int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (!v.inQuote[i] && v.lower(i).equals("according") && v.lower(i + 1).equals("to")) {
        int[] np = ph.after(i + 1, to);
        if (np[0] < np[1]) {
          return new Attribution(ph.resolve(np[0], np[1]), "according to", i, i, np[1]);
        }
      }
    }
    return null;
  }

  /** Whether quote q is all its paragraph holds, but for punctuation. */
  private boolean aloneInParagraph(int q) {
    Marked m = v.marks.get(q);
    if (m.paragraph() >= v.paragraphs.size()) {
      return false;
    }
    org.sitrep.core.Span para = v.paragraphs.get(m.paragraph()).span();
    org.sitrep.core.Span outer = m.outer();
    return punctuationOnly(para.start(), outer.start()) && punctuationOnly(outer.end(), para.end());
  }

  private boolean punctuationOnly(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(v.text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A paragraph that is one quote and nothing else continues the speaker of the body paragraph
   * before it when that paragraph's last quote is attributed ({@code “…,” X said.} then {@code
   * “There is more.”}): news writes a speaker's next words so. A caption or heading between the
   * two (a photo placed mid-quote) is passed over; any other paragraph between them breaks it.
   */
  private Attribution lastOfPreviousBodyParagraph(int q, Attribution[] found) {
    int p = v.marks.get(q).paragraph() - 1;
    while (p >= 0 && p < v.paragraphs.size()
        && v.paragraphs.get(p).type() != org.sitrep.core.StructureType.BODY) {
      p--;
    }
    if (p < 0) {
      return null;
    }
    for (int r = q - 1; r >= 0; r--) {
      int rp = v.marks.get(r).paragraph();
      if (rp < p) {
        return null;
      }
      if (rp == p) {
        return found[r] != null && endsParagraph(r, found[r]) ? found[r] : null;
      }
    }
    return null;
  }

  /**
   * A body paragraph that is one quote and nothing else, with no speaker before it, is the
   * speaker's whose attributed quote opens the next body paragraph ({@code “The wells are dry.”}
   * then {@code “Nobody came,” said X.}): news leads with a quote and names its speaker with the
   * next. The attribution must follow that quote, not precede it.
   */
  private Attribution openingOfNextBodyParagraph(int q, Attribution[] found) {
    int p = v.marks.get(q).paragraph();
    if (p + 1 >= v.paragraphs.size()
        || v.paragraphs.get(p).type() != org.sitrep.core.StructureType.BODY
        || v.paragraphs.get(p + 1).type() != org.sitrep.core.StructureType.BODY) {
      return null;
    }
    int r = q + 1;
    if (r >= v.marks.size() || v.marks.get(r).paragraph() != p + 1 || found[r] == null) {
      return null;
    }
    Marked next = v.marks.get(r);
    org.sitrep.core.Span para = v.paragraphs.get(p + 1).span();
    int attributionStart = v.tokens[Math.min(found[r].from(), v.tokens.length - 1)].start();
    return punctuationOnly(para.start(), next.open()) && attributionStart >= next.outer().end()
        ? found[r] : null;
  }

  /** Whether quote r and its attribution are the last words of their paragraph. */
  private boolean endsParagraph(int r, Attribution a) {
    Marked m = v.marks.get(r);
    org.sitrep.core.Span para = v.paragraphs.get(m.paragraph()).span();
    int end = Math.max(m.outer().end(), a.to() > 0 && a.to() <= v.tokens.length
        ? v.tokens[a.to() - 1].end() : 0);
    return punctuationOnly(end, para.end());
  }

  /** Whether only quote q-1's attribution and punctuation lie between quotes p and q. */
  private boolean chained(int p, int q, Attribution a) {
    Marked mp = v.marks.get(p);
    Marked mq = v.marks.get(q);
    boolean near = mp.paragraph() == mq.paragraph()
        || (mp.runsOn() && mq.paragraph() == mp.paragraph() + 1);
    if (!near) {
      return false;
    }
    int from = v.firstAtOrAfter(mp.outer().end());
    int to = v.firstAtOrAfter(mq.open());
    for (int i = from; i < to; i++) {
      if (!(i >= a.from() && i < a.to()) && !v.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean hasFinite(int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.isFinite(i) && !v.inQuote[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyPunct(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!v.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private int words(Marked m) {
    String quoted = v.text.substring(m.start(), m.end()).strip();
    return quoted.isEmpty() ? 0 : SPACES.split(quoted).length;
  }

  /** Reported speech in text order; skips verbs that attributed a direct quote. */
  List<Quote> reported() {
    List<Quote> out = new ArrayList<>();
    for (int s = 0; s < v.sentences.size(); s++) {
      int lo = v.sentenceFirst[s];
      int hi = v.sentenceEnd[s];
      for (int i = lo; i < hi; i++) {
        if (v.inQuote[i] || used.contains(i)) {
          continue;
        }
        Quote q = null;
        if (i + 1 < hi && v.lower(i).equals("according") && v.lower(i + 1).equals("to")) {
          q = according(s, i);
        } else if (ph.speechVerb(i) && clauseVerb(i)) {
          q = speech(s, i);
        }
        if (q != null) {
          used.add(i);
          out.add(q);
        }
      }
    }
    return out;
  }

  private boolean clauseVerb(int i) {
    String pos = v.pos(i);
    return v.isFinite(i) || pos.isEmpty()
        || (pos.equals("VBN") && i > 0 && v.lower(i - 1).matches("has|have|had"));
  }

  private Quote according(int s, int i) {
    int lo = v.sentenceFirst[s];
    int hi = contentEnd(v.sentenceEnd[s]);
    int[] np = ph.after(i + 1, hi);
    if (np[0] == np[1]) {
      return null;
    }
    boolean atStart = true;
    for (int k = lo; k < i; k++) {
      atStart &= v.isPunct(k) || v.isTime(k);
    }
    int from = atStart ? skipCommas(np[1], hi) : lo;
    int to = atStart ? hi : trimCommas(lo, i);
    return make(s, from, to, ph.resolve(np[0], np[1]), "according to", i, np[1]);
  }

  private Quote speech(int s, int i) {
    int lo = v.sentenceFirst[s];
    int hi = contentEnd(v.sentenceEnd[s]);
    int[] subject = ph.subject(i, lo);
    int[] np = {subject[0], subject[1]};
    int subjectStart = np[0] < np[1] ? subject[2] : i;
    // Content first: "<clause>, X said." or "<clause>, said X."
    if (subjectStart > lo && v.lower(subjectStart - 1).equals(",") && shortTail(i, hi)) {
      int[] who = np[0] < np[1] ? np : ph.after(i, hi);
      return make(s, lo, trimCommas(lo, subjectStart - 1), ph.resolve(who[0], who[1]),
          v.lower(i), subjectStart - 1, hi);
    }
    if (np[0] == np[1]) {
      return null;
    }
    int c = i + 1;
    if (RECIPIENT_VERBS.contains(lex.speechLemma(v.tokens[i].word())) && c < hi) {
      // "told reporters …", "told the envoy …", "told him …": the listener is not the content.
      if (v.entityOf[c] != null) {
        Object listener = v.entityOf[c];
        while (c < hi && v.entityOf[c] == listener) {
          c++;
        }
      } else if (v.pos(c).equals("PRP") || v.pos(c).equals("NNS")) {
        c++;
      }
    }
    int that = -1;
    for (int k = c; k < hi && k < c + 10; k++) {
      if (v.lower(k).equals("that")) {
        that = k;
        break;
      }
      if (v.isFinite(k) || v.inQuote[k]) {
        break;
      }
    }
    if (that >= 0) {
      c = that + 1;
    } else {
      while (c < hi && (v.isTime(c) || v.pos(c).startsWith("RB") || v.lower(c).equals(",")
          || PREPOSITIONS.contains(v.lower(c)))) {
        if (PREPOSITIONS.contains(v.lower(c))) {
          int[] pp = ph.after(c, hi);
          c = Math.max(c + 1, pp[1]);
        } else {
          c++;
        }
      }
    }
    if (c >= hi || v.isVerb(c) || v.lower(c).equals("to") || v.inQuote[c]) {
      return null;
    }
    int end = hi;
    for (int k = c + 1; k + 1 < hi; k++) {
      if (v.lower(k).equals(",") && !v.inQuote[k] && v.isFinite(k + 1) && ph.speechVerb(k + 1)) {
        // "…, which Y call an outlaw militia, said …": the main clause's verb resumes; the
        // content ends before it.
        end = k;
        break;
      }
    }
    if (end < hi && !hasFinite(c, end)) {
      return null;
    }
    return make(s, c, end, ph.named(np[0], np[1], i), v.lower(i), np[0], c);
  }

  /** After the verb only a speaker, time words and a channel phrase, up to the sentence end. */
  private boolean shortTail(int verb, int hi) {
    if (hi - verb > 14) {
      return false;
    }
    for (int k = verb + 1; k < hi; k++) {
      if (v.isVerb(k) || v.inQuote[k] || v.lower(k).equals("that")) {
        return false;
      }
    }
    return true;
  }

  /** A reported quote over tokens {@code [from, to)}, when they make a clause. */
  private Quote make(int s, int from, int to, Who who, String verb, int clauseFrom, int clauseTo) {
    if (to - from < 3) {
      return null;
    }
    boolean finite = false;
    for (int k = from; k < to; k++) {
      finite |= v.isFinite(k) && !v.inQuote[k];
    }
    if (!finite) {
      return null;
    }
    Sentence sentence = v.sentences.get(s);
    int start = v.tokens[from].start();
    int end = v.tokens[to - 1].end();
    int cf = Math.min(clauseFrom, from);
    int ct = Math.max(Math.min(clauseTo, v.sentenceEnd[s]), cf + 1);
    return new Quote(start, end, v.text.substring(start, end), who == null ? null : who.name(),
        who == null ? null : who.id(), verb, channel(cf, ct), Quote.REPORTED,
        Math.min(sentence.start(), start), Math.max(sentence.end(), end));
  }

  /** The sentence's last token index, exclusive, without final punctuation. */
  private int contentEnd(int hi) {
    int end = hi;
    while (end > 0 && v.isPunct(end - 1) && !v.isMark(end - 1)) {
      end--;
    }
    return end;
  }

  private int skipCommas(int i, int hi) {
    while (i < hi && v.lower(i).equals(",")) {
      i++;
    }
    return i;
  }

  private int trimCommas(int lo, int to) {
    while (to > lo && v.lower(to - 1).equals(",")) {
      to--;
    }
    return to;
  }

  /** The first channel phrase in tokens {@code [from, to)}, as written, or null. */
  private String channel(int from, int to) {
    if (from >= to || to > v.tokens.length) {
      return null;
    }
    String clause = v.text.substring(v.tokens[from].start(), v.tokens[to - 1].end());
    for (Pattern p : lex.channels) {
      Matcher m = p.matcher(clause);
      if (m.find()) {
        return SPACES.matcher(m.group()).replaceAll(" ");
      }
    }
    return null;
  }
}
