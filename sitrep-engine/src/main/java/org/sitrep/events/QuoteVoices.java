package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quotes.Quote;

/**
 * Who the first person of a direct quotation is: inside the quotation marks of a quote the quotes
 * layer attributed to an entity, "I", "me" and "my" stand for that speaker, and "we", "us" and
 * "our" for the organisation, government or country the article gives the speaker ("Vastria's
 * foreign minister Ana Rell", "Ana Rell, a spokeswoman for the Defence Ministry"), else for the
 * speaker. So {@code “We will not accept this,” said Vastria's foreign minister Ana Rell} has
 * Vastria refuse, and {@code “I apologise,” he said} has the person "he" is apologise.
 *
 * <p>Left alone: first persons outside direct quotations (a reporter's "we"), inside a quotation
 * quoted within the quotation ({@code “He told me ‘we will fight’,” she said}: that "we" is
 * someone else's), in quotes with no speaker or a speaker that is no entity ("a witness said"),
 * and words that are a name ("US" tagged as a proper noun or covered by an entity mention).
 *
 * <p>Stateless; one call per article.
 */
final class QuoteVoices {
  /** The speaker's own first person. */
  private static final Set<String> SINGULAR = Set.of("i", "me", "my", "myself");
  /** The first person of the speaker's side. */
  private static final Set<String> PLURAL = Set.of("we", "us", "our", "ourselves");
  /** Possessives, which stand for their owner only before an actor's noun ("our troops"). */
  private static final Set<String> POSSESSIVE = Set.of("my", "our");
  /** How far after a possessive its head noun may stand ("our armed forces"). */
  private static final int HEAD_WINDOW = 3;
  /** Tokens around a speaker's mention that may belong to the speaker's title or apposition. */
  private static final int TITLE_WINDOW = 8;

  private QuoteVoices() {}

  /**
   * The first-person tokens of the article's attributed direct quotations, each as a mention of
   * the entity it stands for, in text order.
   *
   * @param text the article text
   * @param sentences the article's sentences
   * @param quotes the quotes layer's quotes
   * @param entities the article's entities, by id
   * @param named whether some entity mention covers {@code [start, end)} at least partly
   * @param agentWord whether a lower-case noun can head an actor's description ("troops"): a
   *     possessive counts only before one, as "our credibility" is no actor
   */
  static List<ArticleContext.Located> firstPersons(String text, List<Sentence> sentences,
      List<Quote> quotes, Map<String, Entity> entities, SpanTest named,
      Predicate<String> agentWord) {
    List<ArticleContext.Located> out = new ArrayList<>();
    Map<String, Entity> sides = new HashMap<>();
    for (Quote q : quotes) {
      Entity speaker = q.speakerId() == null ? null : entities.get(q.speakerId());
      if (!Quote.DIRECT.equals(q.kind()) || speaker == null) {
        continue;
      }
      boolean[] nested = nestedQuotation(text, q.start(), q.end());
      for (Sentence s : sentences) {
        if (s.end() <= q.start() || s.start() >= q.end()) {
          continue;
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.start() < q.start() || t.end() > q.end() || nested[t.start() - q.start()]
              || !t.pos().startsWith("PRP") || named.test(t.start(), t.end())) {
            continue;
          }
          String w = t.word().toLowerCase(Locale.ROOT);
          if (POSSESSIVE.contains(w) && !beforeAgent(tokens, i, agentWord)) {
            continue;
          }
          if (SINGULAR.contains(w)) {
            out.add(new ArticleContext.Located(t.start(), t.end(), speaker));
          } else if (PLURAL.contains(w)) {
            Entity side = sides.computeIfAbsent(speaker.id(),
                id -> sideOf(speaker, sentences, entities));
            out.add(new ArticleContext.Located(t.start(), t.end(), side));
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Whether a noun the actor's words can head follows token {@code i} in its noun phrase. */
  private static boolean beforeAgent(List<Token> tokens, int i, Predicate<String> agentWord) {
    for (int k = i + 1; k < tokens.size() && k <= i + HEAD_WINDOW; k++) {
      Token t = tokens.get(k);
      if (t.pos().startsWith("NN") && agentWord.test(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBN"))) {
        return false;
      }
    }
    return false;
  }

  /** A test on a character span. */
  @FunctionalInterface
  interface SpanTest {
    boolean test(int start, int end);
  }

  /**
   * Which characters of the quotation {@code [start, end)} lie in a quotation inside it: between
   * single marks (‘…’, or straight ones that open before a letter and close before a non-letter)
   * or between double marks opened inside it.
   */
  static boolean[] nestedQuotation(String text, int start, int end) {
    boolean[] inside = new boolean[Math.max(0, end - start)];
    int open = -1;
    char closer = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        boolean before = i == start || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterNext = i + 1 < end && Character.isLetter(text.charAt(i + 1));
        if (c == '‘' || c == '“' || c == '«') {
          open = i;
          closer = c == '‘' ? '’' : c == '“' ? '”' : '»';
        } else if ((c == '\'' || c == '"') && before && letterNext) {
          open = i;
          closer = c;
        }
      } else if (c == closer && (closer != '\'' && closer != '’'
          || i + 1 >= end || !Character.isLetter(text.charAt(i + 1)))) {
        for (int k = open; k <= i; k++) {
          inside[k - start] = true;
        }
        open = -1;
      }
    }
    if (open >= 0 && closer != '\'' && closer != '’') {
      for (int k = open; k < end; k++) {
        inside[k - start] = true; // a quotation within runs to the end of the quoted words
      }
    }
    return inside;
  }

  /**
   * The side a speaker speaks for: the organisation (else the country) named in the speaker's
   * title or apposition at one of the speaker's mentions ("Vastria's foreign minister Ana Rell",
   * "Ana Rell, the Defence Ministry's spokeswoman"), the first mention that names one; the
   * speaker itself when none does or the speaker is not a person.
   */
  static Entity sideOf(Entity speaker, List<Sentence> sentences, Map<String, Entity> entities) {
    if (speaker.type() != EntityType.PERSON) {
      return speaker;
    }
    Map<Integer, Entity> byStart = new HashMap<>();
    for (Entity e : entities.values()) {
      if (e.type() == EntityType.ORGANIZATION || country(e)) {
        for (Mention m : e.mentions()) {
          byStart.put(m.start(), e);
        }
      }
    }
    for (Mention m : speaker.mentions()) {
      for (Sentence s : sentences) {
        if (m.start() < s.start() || m.end() > s.end()) {
          continue;
        }
        Entity org = null;
        Entity state = null;
        for (Token t : titleTokens(s.tokens(), m.start(), m.end())) {
          Entity e = byStart.get(t.start());
          if (e == null || e.id().equals(speaker.id())) {
            continue;
          }
          if (e.type() == EntityType.ORGANIZATION && org == null) {
            org = e;
          } else if (country(e) && state == null) {
            state = e;
          }
        }
        if (org != null || state != null) {
          return org != null ? org : state;
        }
      }
    }
    return speaker;
  }

  private static boolean country(Entity e) {
    return e.type() == EntityType.LOCATION && "COUNTRY".equals(e.subtype());
  }

  /**
   * The tokens of the title before the mention {@code [start, end)} (nouns, adjectives,
   * possessives, determiners, up to the first other word) and of an apposition right after it
   * ({@code , the army's chief of staff ,}).
   */
  private static List<Token> titleTokens(List<Token> tokens, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= start && first < 0) {
        first = i;
      }
      if (tokens.get(i).end() <= end) {
        last = i;
      }
    }
    List<Token> out = new ArrayList<>();
    if (first < 0 || last < first) {
      return out;
    }
    for (int i = first - 1; i >= 0 && i >= first - TITLE_WINDOW; i--) {
      if (!titleWord(tokens.get(i))) {
        break;
      }
      out.add(tokens.get(i));
    }
    if (last + 1 < tokens.size() && tokens.get(last + 1).word().equals(",")) {
      for (int i = last + 2; i < tokens.size() && i <= last + 1 + TITLE_WINDOW; i++) {
        Token t = tokens.get(i);
        if (!(titleWord(t) || t.pos().equals("IN") || t.pos().equals("TO"))) {
          break;
        }
        out.add(t);
      }
    }
    return out;
  }

  private static boolean titleWord(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("POS") || p.equals("DT")
        || p.equals("HYPH") || p.equals("CD") || p.equals("PRP$");
  }
}
