package org.sitrep.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A documented, reproducible synthetic news stream for measuring the clusterer's cost as the
 * corpus grows; the texts are nonsense, only their statistics are news-like.
 *
 * <ul>
 *   <li>A vocabulary of {@value #VOCABULARY} pseudo-words (two to four random syllables), used
 *       with Zipf-like frequencies (rank r drawn with weight 1/r): common words are in almost
 *       every article, as in news.
 *   <li>Stories: each has its own {@value #TOPIC_WORDS} topic words (drawn from the vocabulary's
 *       rarer half) and {@value #STORY_NAMES} capitalised names; a new story starts with
 *       probability {@value #NEW_STORY}, otherwise the article belongs to one of the
 *       {@value #ACTIVE} most recent stories.
 *   <li>Articles: a title of five topic words, a body of {@value #BODY_WORDS} words of which
 *       about a third are the story's topic words and the rest background, and three of the
 *       story's names; {@value #PER_DAY} articles per day from 2030-01-01.
 * </ul>
 *
 * The same seed gives the same corpus.
 */
public final class SyntheticCorpus {
  static final int VOCABULARY = 50_000;
  static final int TOPIC_WORDS = 20;
  static final int STORY_NAMES = 6;
  static final double NEW_STORY = 0.15;
  static final int ACTIVE = 200;
  static final int BODY_WORDS = 180;
  static final int PER_DAY = 300;
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vol", "den", "pri",
      "sun", "gar", "bel", "tor", "nix", "fa", "qu", "zel", "mor", "ath", "sil", "pen", "dro",
      "vik", "hul", "ost", "ber", "cal", "jun", "wex", "yar", "lin"};

  private final Random random;
  private final String[] words;
  private final double[] cumulative;
  private final List<String[]> storyTopics = new ArrayList<>();
  private final List<String[]> storyNames = new ArrayList<>();
  private int produced;

  public SyntheticCorpus(long seed) {
    random = new Random(seed);
    words = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = word(2 + random.nextInt(3)) + (i % 7);
    }
    cumulative = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
  }

  private String word(int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  private String background() {
    double x = random.nextDouble() * cumulative[VOCABULARY - 1];
    int lo = 0;
    int hi = VOCABULARY - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words[lo];
  }

  /** The next article of the stream. */
  public StoryArticle next() {
    int story;
    if (storyTopics.isEmpty() || random.nextDouble() < NEW_STORY) {
      String[] topic = new String[TOPIC_WORDS];
      for (int i = 0; i < TOPIC_WORDS; i++) {
        topic[i] = words[VOCABULARY / 2 + random.nextInt(VOCABULARY / 2)];
      }
      String[] names = new String[STORY_NAMES];
      for (int i = 0; i < STORY_NAMES; i++) {
        String w = word(2 + random.nextInt(2));
        names[i] = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      storyTopics.add(topic);
      storyNames.add(names);
      story = storyTopics.size() - 1;
    } else {
      story = storyTopics.size() - 1 - random.nextInt(Math.min(ACTIVE, storyTopics.size()));
    }
    String[] topic = storyTopics.get(story);
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      title.append(i > 0 ? " " : "").append(topic[random.nextInt(TOPIC_WORDS)]);
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < BODY_WORDS; i++) {
      body.append(random.nextInt(3) == 0 ? topic[random.nextInt(TOPIC_WORDS)] : background());
      body.append(i % 15 == 14 ? ".\n" : " ");
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      names.add(storyNames.get(story)[random.nextInt(STORY_NAMES)]);
    }
    LocalDate date = LocalDate.of(2030, 1, 1).plusDays(produced / PER_DAY);
    String id = "syn-" + produced++;
    return new StoryArticle(id, "outlet-" + (produced % 40), title.toString(), body.toString(),
        date, names.stream().distinct().toList());
  }
}
