package org.sitrep.clean;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The widget lexicon ({@code widgets.txt}): whole-line phrases of comment forms, share bars,
 * subscription boxes, video players, live-blog controls and the like, and the icon and control
 * words a line may consist of. Immutable and thread-safe; see the resource's header for the
 * format and the sources.
 */
final class Widgets {
  private static final String RESOURCE = "widgets.txt";
  /** Longer lines are never widget text, and are not worth comparing. */
  static final int MAX_LINE = 200;
  private static final int MAX_WORDS_LINE = 8;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}#*]+");
  private static final Pattern NON_WORD_TEXT = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A family of phrases and the note its matches carry. */
  private record Phrase(Pattern pattern, String note, boolean exact) {}

  /** Lines of more words are not tried as two widget strings run together. */
  private static final int MAX_WORDS_PAIR = 12;

  private final List<Phrase> phrases;
  private final Set<String> words;
  private final String wordsNote;

  private Widgets(List<Phrase> phrases, Set<String> words, String wordsNote) {
    this.phrases = ImmutableList.copyOf(phrases);
    this.words = ImmutableSet.copyOf(words);
    this.wordsNote = wordsNote;
  }

  /** The lexicon shipped with Sitrep. */
  static Widgets standard() {
    try (InputStream in = Widgets.class.getResourceAsStream(RESOURCE)) {
      checkArgument(in != null, "missing resource %s", RESOURCE);
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses a lexicon in the resource's format. */
  static Widgets parse(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> byPhrase = new LinkedHashMap<>();
    Set<String> words = new LinkedHashSet<>();
    String wordsNote = null;
    String note = null;
    boolean wordFamily = false;
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("# ") || s.equals("#")) {
        continue;
      }
      if (s.startsWith("@phrases ") || s.startsWith("@words ")) {
        wordFamily = s.startsWith("@words ");
        note = s.substring(s.indexOf(' ') + 1).strip();
        if (wordFamily) {
          checkArgument(wordsNote == null, "%s line %s: only one @words family", RESOURCE, n);
          wordsNote = note;
        }
        continue;
      }
      checkArgument(note != null, "%s line %s: entry before any @phrases or @words", RESOURCE, n);
      if (wordFamily) {
        words.add(normalise(s));
      } else {
        byPhrase.putIfAbsent(s, note);
      }
    }
    List<Phrase> phrases = new ArrayList<>();
    byPhrase.forEach((p, why) -> phrases.add(new Phrase(compile(p), why, !p.contains("*"))));
    return new Widgets(phrases, words, wordsNote);
  }

  /**
   * The phrase as a pattern over normalised text: {@code *} any words (possibly none),
   * {@code <n>} a number.
   */
  static Pattern compile(String phrase) {
    String marked = phrase.toLowerCase(Locale.ROOT).replace("<n>", "#");
    String[] tokens = NON_WORD.matcher(marked).replaceAll(" ").strip().split(" ");
    StringBuilder re = new StringBuilder();
    // Whether the next word needs a space before it: not at the start, nor after a leading *,
    // whose group already ends with one.
    boolean spaceBefore = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("*")) {
        re.append(i == 0 ? "(?:\\S+ )*" : "(?: \\S+)*");
        spaceBefore = i != 0;
        continue;
      }
      if (spaceBefore) {
        re.append(' ');
      }
      spaceBefore = true;
      List<String> parts = new ArrayList<>();
      for (String p : t.split("#", -1)) {
        parts.add(p.isEmpty() ? "" : Pattern.quote(p));
      }
      re.append(String.join("\\d+", parts));
    }
    return Pattern.compile(re.toString());
  }

  /** Lower case, and every run of characters other than letters and digits one space. */
  static String normalise(String text) {
    return NON_WORD_TEXT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The note of the widget family the whole line belongs to, or null when it is no widget. */
  String match(String line) {
    if (line.length() > MAX_LINE) {
      return null;
    }
    String key = normalise(line);
    if (key.isEmpty()) {
      return null;
    }
    for (Phrase p : phrases) {
      if (p.pattern().matcher(key).matches()) {
        return p.note();
      }
    }
    String[] tokens = key.split(" ");
    if (tokens.length <= MAX_WORDS_LINE && allWords(tokens, 0, tokens.length)) {
      return wordsNote;
    }
    return pair(tokens);
  }

  /**
   * Two widget strings run together on one line by the scraper ("Advertisement Continue reading
   * the main story"): the note of the second part's family when the line splits into two parts
   * that are each a phrase without {@code *} or a run of interface words (not both runs of
   * words), else null. Phrases with
   * {@code *} are left out, since their open end would let any story words through.
   */
  private String pair(String[] tokens) {
    if (tokens.length < 2 || tokens.length > MAX_WORDS_PAIR) {
      return null;
    }
    for (int cut = 1; cut < tokens.length; cut++) {
      String head = String.join(" ", Arrays.copyOfRange(tokens, 0, cut));
      String tail = String.join(" ", Arrays.copyOfRange(tokens, cut, tokens.length));
      boolean headWords = allWords(tokens, 0, cut);
      boolean tailWords = allWords(tokens, cut, tokens.length);
      if (headWords && tailWords) {
        continue; // interface words alone are judged by their own, shorter limit
      }
      String first = headWords ? wordsNote : exact(head);
      String second = first == null ? null : tailWords ? wordsNote : exact(tail);
      if (second != null) {
        return second;
      }
    }
    return null;
  }

  private String exact(String key) {
    for (Phrase p : phrases) {
      if (p.exact() && p.pattern().matcher(key).matches()) {
        return p.note();
      }
    }
    return null;
  }

  private boolean allWords(String[] tokens, int from, int to) {
    if (wordsNote == null) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!words.contains(tokens[i])) {
        return false;
      }
    }
    return true;
  }
}
