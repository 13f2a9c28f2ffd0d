package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Span;
import org.sitrep.core.StructureSpan;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quotes.QuoteMarks.Marked;

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
  /** Every mention outside quotation marks, by start. */
  final List<Placed> placed;

  /** A mention together with its entity. */
  record Placed(Mention mention, Entity entity) {}

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
    List<Placed> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.end() > text.length()) {
          continue;
        }
        boolean quoted = false;
        for (int i = firstEndingAfter(m.start()); i < n && tokens[i].start() < m.end(); i++) {
          entityOf[i] = entityOf[i] == null ? e : entityOf[i];
          quoted |= inQuote[i];
        }
        if (!quoted) {
          all.add(new Placed(m, e));
        }
      }
    }
    all.sort(Comparator.comparingInt(p -> p.mention().start()));
    placed = all;
  }

  /** Index of the first token starting at or after {@code offset}; {@code tokens.length} if none. */
  int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the first token ending after {@code offset}; {@code tokens.length} if none. */
  int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[mid].end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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

  /** The article text of tokens {@code [from, to)}, exactly as written. */
  String textOf(int from, int to) {
    return text.substring(tokens[from].start(), tokens[to - 1].end());
  }

  /** The most recent entity of {@code type} mentioned (outside quotes) before {@code offset}. */
  Entity recent(EntityType type, int offset) {
    for (int i = lastBefore(offset); i >= 0; i--) {
      Placed p = placed.get(i);
      if (p.entity().type() == type) {
        return p.entity();
      }
    }
    return null;
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
}
