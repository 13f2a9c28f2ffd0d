package org.sitrep.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns an article into weighted terms with Lucene's {@link EnglishAnalyzer} (standard tokeniser,
 * lower case, English stop words, possessives, Porter stemming), the analyser Sitrep's search
 * index uses. Term frequency is damped ({@code 1 + ln tf}) so a word repeated ten times does not
 * outweigh ten different shared words. With field weights, the title counts {@value #TITLE}
 * times and the lead (the opening of the text, about {@value #LEAD_CHARS} characters, to the end
 * of a paragraph or sentence) {@value #LEAD} times a body word: headline and lead name the event,
 * the body drifts into background shared by every story of a conflict. Thread-safe (Lucene
 * analysers reuse components per thread).
 */
final class TermVectorizer {
  static final double TITLE = 2.0;
  static final double LEAD = 1.5;
  static final int LEAD_CHARS = 400;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final boolean fieldWeights;

  /**
   * @param fieldWeights whether title and lead weigh more than the body (false: one bag of words,
   *     as the plain baseline reads an article)
   */
  TermVectorizer(boolean fieldWeights) {
    this.fieldWeights = fieldWeights;
  }

  /** Term → damped, field-weighted frequency. */
  Map<String, Double> terms(String title, String text) {
    Map<String, Double> weighted = new HashMap<>();
    if (!fieldWeights) {
      Map<String, Integer> tf = new HashMap<>();
      count(title == null ? "" : title, tf);
      count(text, tf);
      tf.forEach((t, n) -> weighted.put(t, 1 + Math.log(n)));
      return weighted;
    }
    int leadEnd = leadEnd(text);
    add(title == null ? "" : title, TITLE, weighted);
    add(text.substring(0, leadEnd), LEAD, weighted);
    add(text.substring(leadEnd), 1.0, weighted);
    return weighted;
  }

  private void add(String s, double weight, Map<String, Double> into) {
    Map<String, Integer> tf = new HashMap<>();
    count(s, tf);
    tf.forEach((t, n) -> into.merge(t, weight * (1 + Math.log(n)), Double::sum));
  }

  /** Where the lead ends: the first paragraph or sentence end after the lead length, or the end. */
  static int leadEnd(String text) {
    if (text.length() <= LEAD_CHARS) {
      return text.length();
    }
    for (int i = LEAD_CHARS; i < Math.min(text.length(), 2 * LEAD_CHARS); i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return Math.min(text.length(), 2 * LEAD_CHARS);
  }

  private void count(String s, Map<String, Integer> tf) {
    try (TokenStream ts = analyzer.tokenStream("text", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
          tf.merge(t, 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
