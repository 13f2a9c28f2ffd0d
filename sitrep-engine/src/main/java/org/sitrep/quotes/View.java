package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.core.StructureType;
import org.sitrep.entities.Entity;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quotes.QuoteMarks.Marked;
import org.sitrep.reference.TokenSearch;

/**
 * One article as the quote rules read it: its tokens in a flat array with their sentence, the
 * entity mention each token lies in, and which tokens are inside quotation marks. Built per
 * article and discarded; never shared between threads.
 */
final class View {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  final String text;
  final Token[] tokens;
  final int[] sentenceOf;
  final List<Sentence> sentences;
  final int[] sentenceFirst;
  final int[] sentenceEnd;
  final Entity[] entityOf;
  final List<Marked> marks;
  /** The analysed paragraphs with their structure types; {@link Marked#paragraph} indexes it. */
  final List<StructureSpan> paragraphs;
  final boolean[] inQuote;

  View(String text, List<Sentence> sentences, List<Entity> entities, List<Marked> marks,
      List<StructureSpan> paragraphs) {
    this.text = text;
    this.sentences = sentences;
    this.marks = marks;
    this.paragraphs = paragraphs;
    int n = sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    tokens = new Token[n];
    sentenceOf = new int[n];
    sentenceFirst = new int[sentences.size()];
    sentenceEnd = new int[sentences.size()];
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      sentenceFirst[s] = k;
      for (Token t : sentences.get(s).tokens()) {
        sentenceOf[k] = s;
        tokens[k++] = t;
      }
      sentenceEnd[s] = k;
    }
    inQuote = new boolean[n];
    for (Marked m : marks) {
      Span outer = m.outer();
      for (int i = firstAtOrAfter(outer.start()); i < n && tokens[i].start() < outer.end(); i++) {
        inQuote[i] = true;
      }
    }
    entityOf = new Entity[n];
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.end() > text.length()) {
          continue;
        }
        for (int i = firstEndingAfter(m.start()); i < n && tokens[i].start() < m.end(); i++) {
          entityOf[i] = entityOf[i] == null ? e : entityOf[i];
        }
      }
    }
  }

  /** Index of the first token starting at or after {@code offset}; {@code tokens.length} if none. */
  int firstAtOrAfter(int offset) {
    return TokenSearch.firstAtOrAfter(tokens, offset);
  }

  /** Index of the first token ending after {@code offset}; {@code tokens.length} if none. */
  int firstEndingAfter(int offset) {
    return TokenSearch.firstEndingAfter(tokens, offset);
  }

  String lower(int i) {
    return tokens[i].word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return tokens[i].pos();
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB") || pos(i).equals("MD");
  }

  boolean isFinite(int i) {
    return FINITE.contains(pos(i));
  }

  /** Sentence-final punctuation, by tag or by word (for taggers that leave it untagged). */
  boolean isSentenceEnd(int i) {
    String w = tokens[i].word();
    return pos(i).equals(".") || w.equals(".") || w.equals("!") || w.equals("?");
  }

  boolean isPunct(int i) {
    String w = tokens[i].word();
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
  }

  /** Whether token {@code i} is a quotation mark (CoreNLP rewrites them to `` and ''). */
  boolean isMark(int i) {
    String w = tokens[i].word();
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”")
        || w.equals("«") || w.equals("»") || w.equals("„");
  }

  /** Whether the token is a time word CoreNLP tagged (DATE, TIME, DURATION, SET). */
  boolean isTime(int i) {
    String ner = tokens[i].ner();
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
  }

  /** Index of the analysed paragraph token {@code i} lies in, or -1. */
  int paragraphOf(int i) {
    return TokenSearch.containing(paragraphs, tokens[i].start());
  }

  /**
   * Whether token {@code i} may name the speaker of a quote whose first token is {@code quote}:
   * it lies in the quote's own paragraph or in the story's flow (body, standfirst), never in a
   * title, heading or caption that happens to precede the quote.
   */
  boolean speakerMayComeFrom(int i, int quote) {
    int p = paragraphOf(i);
    if (p < 0) {
      return false;
    }
    StructureType t = paragraphs.get(p).type();
    return p == paragraphOf(quote) || t == StructureType.BODY || t == StructureType.STANDFIRST;
  }

  /** The article text of tokens {@code [from, to)}, exactly as written. */
  String textOf(int from, int to) {
    return text.substring(tokens[from].start(), tokens[to - 1].end());
  }
}
