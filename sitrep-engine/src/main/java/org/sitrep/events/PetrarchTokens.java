package org.sitrep.events;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into words for dictionary lookups, each with its offsets in the sentence. Words
 * are runs of letters, digits and apostrophes; punctuation is dropped.
 */
final class PetrarchTokens {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}']*");

  private final ImmutableList<String> words;
  private final int[] starts;

  private PetrarchTokens(List<String> words, int[] starts) {
    this.words = ImmutableList.copyOf(words);
    this.starts = starts;
  }

  static PetrarchTokens of(String sentence) {
    ImmutableList.Builder<String> words = ImmutableList.builder();
    List<Integer> starts = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words.add(m.group());
      starts.add(m.start());
    }
    return new PetrarchTokens(words.build(), starts.stream().mapToInt(Integer::intValue).toArray());
  }

  List<String> words() {
    return words;
  }

  int start(int i) {
    return starts[i];
  }

  /** The index of the first word equal to the first word of {@code phrase}, or -1. */
  int indexOf(String phrase) {
    Matcher m = WORD.matcher(phrase == null ? "" : phrase);
    if (!m.find()) {
      return -1;
    }
    String first = m.group().toLowerCase(Locale.ROOT);
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).toLowerCase(Locale.ROOT).equals(first)) {
        return i;
      }
    }
    return -1;
  }
}
