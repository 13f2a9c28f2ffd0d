package org.sitrep.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.StructureSpan;
import org.sitrep.entities.Entity;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.reference.TokenSearch;

/**
 * One article as the framing rules read it: its analysed tokens in one array with their sentence,
 * and which entity mention, if any, covers each token. Built once per article; not shared.
 */
final class ArticleText {
  /** Entity-recognition tags that make a noun phrase a date, time or quantity, not a label. */
  private static final Set<String> NON_LABEL_NER = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT");

  /** An entity mention with the tokens it covers ({@code [first, last]}). */
  record Mentioned(Entity entity, Mention mention, int first, int last) {}

  final String text;
  final List<StructureSpan> analysed;
  final Token[] tokens;
  /** Index of each token's sentence. */
  final int[] sentence;
  /** First token index of each sentence, plus the token count at the end. */
  final int[] sentenceStart;
  /** The entity mention covering each token, or null. */
  final Mentioned[] mentionAt;
  final List<Mentioned> mentions;

  ArticleText(String text, List<StructureSpan> analysed, List<Sentence> sentences,
      List<Entity> entities) {
    this.text = text;
    this.analysed = analysed;
    List<Token> all = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    int[] starts = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      starts[s] = all.size();
      for (Token t : sentences.get(s).tokens()) {
        all.add(t);
        sent.add(s);
      }
    }
    starts[sentences.size()] = all.size();
    this.tokens = all.toArray(new Token[0]);
    this.sentence = sent.stream().mapToInt(Integer::intValue).toArray();
    this.sentenceStart = starts;
    this.mentionAt = new Mentioned[tokens.length];
    Map<Integer, Integer> byStart = new HashMap<>();
    for (int i = 0; i < tokens.length; i++) {
      byStart.put(tokens[i].start(), i);
    }
    List<Mentioned> ms = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        int first = firstTokenAt(m.start());
        if (first < 0 || tokens[first].start() >= m.end() || !isAnalysed(m.start())) {
          continue;
        }
        int last = first;
        while (last + 1 < tokens.length && tokens[last + 1].end() <= m.end()) {
          last++;
        }
        Mentioned x = new Mentioned(e, m, first, last);
        ms.add(x);
        for (int k = first; k <= last; k++) {
          mentionAt[k] = x;
        }
      }
    }
    ms.sort((a, b) -> Integer.compare(a.first(), b.first()));
    this.mentions = ms;
  }

  /** Index of the first token that ends after {@code offset}, or -1 when none does. */
  int firstTokenAt(int offset) {
    int k = TokenSearch.firstEndingAfter(tokens, offset);
    return k < tokens.length ? k : -1;
  }

  /** Index of the last token that starts before {@code end}, or -1. */
  int lastTokenBefore(int end) {
    return TokenSearch.firstAtOrAfter(tokens, end) - 1;
  }

  boolean isAnalysed(int offset) {
    for (StructureSpan s : analysed) {
      if (s.span().contains(offset)) {
        return true;
      }
    }
    return false;
  }

  boolean sameSentence(int i, int j) {
    return i >= 0 && j >= 0 && i < tokens.length && j < tokens.length && sentence[i] == sentence[j];
  }

  int sentenceFirst(int i) {
    return sentenceStart[sentence[i]];
  }

  /** Index after the last token of token {@code i}'s sentence. */
  int sentenceEnd(int i) {
    return sentenceStart[sentence[i] + 1];
  }

  String lower(int i) {
    return tokens[i].word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return tokens[i].pos();
  }

  /** The character of the original text the token starts with. */
  char firstChar(int i) {
    return text.charAt(tokens[i].start());
  }

  boolean isHyphen(int i) {
    return i >= 0 && i < tokens.length
        && (pos(i).equals("HYPH") || tokens[i].word().equals("-")) && tokens[i].end()
            - tokens[i].start() == 1;
  }

  /** Whether token {@code i} touches a hyphen token next to it, as in "U.S.-backed". */
  boolean inHyphenCompound(int i) {
    return isHyphen(i - 1) && tokens[i - 1].end() == tokens[i].start()
        || isHyphen(i + 1) && tokens[i + 1].start() == tokens[i].end()
        || tokens[i].word().indexOf('-') > 0;
  }

  /** A lower-case common noun: the head a label needs ("group", "militia", "forces"). */
  boolean isCommonNounHead(int i) {
    return (pos(i).equals("NN") || pos(i).equals("NNS"))
        && Character.isLowerCase(firstChar(i)) && !NON_LABEL_NER.contains(tokens[i].ner());
  }

  boolean isQuantityOrDate(int i) {
    return NON_LABEL_NER.contains(tokens[i].ner());
  }

  /**
   * A word that can stand inside a label's noun phrase before its head: adjectives, common nouns,
   * participles ("U.S.-backed", "ruling"), hyphens, and a proper noun inside a hyphenated compound
   * ("Kurdish-led", "Turkish-backed"); never a date or number.
   */
  boolean isModifier(int i) {
    String p = pos(i);
    if (isQuantityOrDate(i)) {
      return false;
    }
    if (p.startsWith("JJ") || p.equals("NN") || p.equals("NNS") || p.equals("VBN")
        || p.equals("VBG")) {
      return true;
    }
    if (isHyphen(i)) {
      return true;
    }
    return (p.startsWith("NNP") || p.equals("VBD")) && inHyphenCompound(i);
  }
}
