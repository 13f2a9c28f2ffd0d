package org.sitrep.clean;

import java.util.Set;
import org.sitrep.core.StructureType;

/**
 * One non-blank line (paragraph) of an article, trimmed of surrounding whitespace, while the
 * structure stage classifies it. Mutable, and private to one call of the stage.
 */
final class Unit {
  /** Final characters that end a sentence (or a clause) rather than a headline. */
  static final Set<Character> TERMINAL = Set.of('.', '!', '?', ':', ';', '"', '”', '’', '…', ',');

  final int start;
  final int end;
  final String text;
  StructureType type;
  String note = "";
  /** The type markup (HTML) gave the line, or null; {@link #markupNote} is its reason. */
  StructureType markup;
  String markupNote = "";
  /** A leading stretch [start, prefixEnd) that is furniture glued to the line; 0 when none. */
  int prefixEnd;
  String prefixNote = "";

  Unit(int start, int end, String text) {
    this.start = start;
    this.end = end;
    this.text = text;
  }

  int words() {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  char last() {
    return text.charAt(text.length() - 1);
  }

  /** Short and without sentence-final punctuation (a question or exclamation may end one). */
  boolean headlineLike() {
    char last = last();
    return text.length() <= 200 && words() <= 25 && (!TERMINAL.contains(last) || last == '?'
        || last == '!');
  }

  /**
   * A sentence paragraph of the story: it ends like a sentence and is longer than a label, or is
   * long whatever its end.
   */
  boolean prose() {
    char last = last();
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '"' || last == '”'
        || last == '’' || last == '…' || last == ')';
    return sentenceEnd && words() >= 8 || words() >= 30;
  }

  /**
   * A section label or kicker: at most four words, no sentence punctuation at the end, with a
   * letter ("AFRICA", "Middle East", "War in Ukraine", "Lorvania flag").
   */
  boolean labelLike() {
    return words() <= 4 && text.length() <= 40 && headlineLike() && last() != '?' && last() != '!'
        && text.chars().anyMatch(Character::isLetter);
  }

  void mark(StructureType t, String why) {
    type = t;
    note = why;
  }

  /** Not yet classified, or only called a heading by markup (which says nothing about furniture). */
  boolean open() {
    return type == null || type == StructureType.HEADING && markup == StructureType.HEADING;
  }
}
