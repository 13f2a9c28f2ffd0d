package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One PETRARCH verb pattern reduced to its literal words: those required before the verb and
 * those required after it, in order. Words may be {@code &NAME} synset references. Adjacent words
 * ({@code _}-joined in the dictionary) must follow each other directly; others may have words in
 * between, anywhere in the sentence.
 *
 * @param pre the words before the verb
 * @param verbAdjacent whether the last word of {@code pre} must directly precede the verb
 * @param post the words after the verb; the first one's {@code adjacent} says whether it must
 *     directly follow the verb
 * @param code what the pattern codes
 */
record PetrarchVerbPattern(List<Word> pre, boolean verbAdjacent, List<Word> post,
    PetrarchVerbCoder.Code code) {

  /** A literal word or synset reference, and whether it must directly follow the word before. */
  record Word(String text, boolean adjacent) {}

  PetrarchVerbPattern {
    pre = ImmutableList.copyOf(pre);
    post = ImmutableList.copyOf(post);
    Objects.requireNonNull(code, "code");
  }

  /** Number of literal words; more specific patterns win. */
  int literals() {
    return pre.size() + post.size();
  }

  /** Whether the pattern matches around {@code tokens.get(verb)}; tokens are upper case. */
  boolean matches(List<String> tokens, int verb, Map<String, ImmutableList<ImmutableList<String>>>
      synsets) {
    List<String> before = tokens.subList(0, verb);
    List<String> after = tokens.subList(verb + 1, tokens.size());
    return sequence(pre, 0, before, 0, verbAdjacent ? before.size() : -1, true, synsets)
        && sequence(post, 0, after, 0, -1, false, synsets);
  }

  /**
   * Backtracking match of {@code words[i..]} from {@code pos}; {@code endAt} >= 0 requires the
   * last word to end exactly there. The first word of {@code pre} may start anywhere.
   */
  private static boolean sequence(List<Word> words, int i, List<String> tokens, int pos, int endAt,
      boolean freeStart, Map<String, ImmutableList<ImmutableList<String>>> synsets) {
    if (i == words.size()) {
      return endAt < 0 || pos == endAt;
    }
    Word w = words.get(i);
    boolean anchored = w.adjacent() && !(i == 0 && freeStart);
    int last = anchored ? pos : tokens.size() - 1;
    for (int start = pos; start <= last && start < tokens.size(); start++) {
      for (int end : ends(w.text(), tokens, start, synsets, 0)) {
        if (sequence(words, i + 1, tokens, end, endAt, freeStart, synsets)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every position at which {@code word} (a literal or a synset) can end when starting here. */
  private static List<Integer> ends(String word, List<String> tokens, int start,
      Map<String, ImmutableList<ImmutableList<String>>> synsets, int depth) {
    List<Integer> out = new ArrayList<>();
    if (!word.startsWith("&")) {
      if (start < tokens.size() && tokens.get(start).equals(word)) {
        out.add(start + 1);
      }
      return out;
    }
    List<ImmutableList<String>> members = synsets.get(word.substring(1));
    if (members == null || depth > 8) {
      return out;
    }
    for (List<String> member : members) {
      List<Integer> positions = List.of(start);
      for (String part : member) {
        List<Integer> next = new ArrayList<>();
        for (int p : positions) {
          next.addAll(ends(part, tokens, p, synsets, depth + 1));
        }
        positions = next;
      }
      out.addAll(positions);
    }
    return out;
  }
}
