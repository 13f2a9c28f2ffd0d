package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.eval.ParallelRunner;

/**
 * Scores answers to who, what, when and where of an article's main event against the Giveme5W1H
 * gold standard, which has phrases but no offsets, so answers are matched by string overlap.
 *
 * <p>Per question, an answer scores the token-level F1 of its best-matching gold phrase, tokens
 * being lower-cased letter-or-digit runs with punctuation and a short list of English function
 * words dropped. A question whose gold list is empty (or holds only function words) is not scored;
 * a scored question the system leaves unanswered scores 0. The report gives, per question and over
 * all scored questions, the mean score and the share of questions scoring at least {@value #HIT}.
 * Why and how are in the gold but Sitrep does not answer them, so they are not scored.
 *
 * <p>Gold format read: {@code gold} maps each question to a list of phrases (the upstream
 * annotators' phrases that at least two coders chose); an element may also be an object with a
 * {@code text} field, as in {@code gold_detail}, and elements without text are skipped. {@code
 * published} is {@code yyyy-MM-dd[ HH:mm:ss]} or the string {@code None} (no date); only the date is
 * kept, since both systems reason in days.
 */
public final class FiveW1HEvaluator {
  /** The overlap from which an answer counts as a hit in {@link Score#hits()}. */
  public static final double HIT = 0.5;

  /** The questions scored, in report order. */
  public enum Question {
    WHO, WHAT, WHEN, WHERE;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Set<String> STOP_WORDS = ImmutableSet.of("a", "an", "the", "of", "in", "on",
      "at", "to", "for", "from", "by", "with", "and", "or", "but", "as", "into", "over", "about",
      "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
      "it", "its", "this", "that", "these", "those", "s", "he", "she", "they", "his", "her",
      "their", "after", "than", "near");

  /**
   * One gold article.
   *
   * @param id the set's identifier
   * @param title the headline, or null
   * @param description the standfirst, or null
   * @param text the body text
   * @param published the publication date, or null when the set records none
   * @param gold per question, the gold phrases; every question present, possibly with an empty list
   */
  public record GoldArticle(String id, String title, String description, String text,
      LocalDate published, Map<Question, List<String>> gold) {
    public GoldArticle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      EnumMap<Question, List<String>> copy = new EnumMap<>(Question.class);
      for (Question q : Question.values()) {
        copy.put(q, ImmutableList.copyOf(gold.getOrDefault(q, List.of())));
      }
      gold = ImmutableMap.copyOf(copy);
    }
  }

  /**
   * A system's answers for one article; any may be null (not answered).
   */
  public record Answers(String who, String what, String when, String where) {
    /** The answer to {@code q}, or null. */
    public String get(Question q) {
      return switch (q) {
        case WHO -> who;
        case WHAT -> what;
        case WHEN -> when;
        case WHERE -> where;
      };
    }
  }

  /** The system under evaluation; must be safe to call from several threads at once. */
  @FunctionalInterface
  public interface Annotator {
    Answers answer(GoldArticle article);
  }

  /**
   * Scores over a set of questions.
   *
   * @param scored questions with a usable gold phrase
   * @param sum sum of their overlap scores
   * @param hits how many scored at least {@link #HIT}
   */
  public record Score(int scored, double sum, int hits) {
    public Score {
      checkArgument(scored >= 0 && hits >= 0 && hits <= scored && sum >= 0 && sum <= scored,
          "inconsistent score: %s scored, sum %s, %s hits", scored, sum, hits);
    }

    static final Score ZERO = new Score(0, 0, 0);

    Score plus(double overlap) {
      return new Score(scored + 1, sum + overlap, hits + (overlap >= HIT ? 1 : 0));
    }

    Score plus(Score o) {
      return new Score(scored + o.scored, sum + o.sum, hits + o.hits);
    }

    /** Mean overlap F1; 0 when nothing was scored. */
    public double mean() {
      return scored == 0 ? 0.0 : sum / scored;
    }

    /** Share of scored questions with overlap at least {@link #HIT}; 0 when nothing was scored. */
    public double hitRate() {
      return scored == 0 ? 0.0 : (double) hits / scored;
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param perQuestion score per question
   * @param articles number of gold articles
   * @param errors one message per article on which the system failed (scored as unanswered)
   */
  public record Report(Map<Question, Score> perQuestion, int articles, List<String> errors) {
    public Report {
      perQuestion = ImmutableMap.copyOf(new EnumMap<>(perQuestion));
      errors = ImmutableList.copyOf(errors);
    }

    /** All scored questions together. */
    public Score overall() {
      return perQuestion.values().stream().reduce(Score.ZERO, Score::plus);
    }

    /**
     * {@code 5w1h.<question>.f1} (mean overlap) and {@code 5w1h.<question>.hit} (share at least
     * {@link #HIT}) per question, and the same for {@code overall}.
     */
    public Map<String, Double> metrics() {
      ImmutableMap.Builder<String, Double> out = ImmutableMap.builder();
      perQuestion.forEach((q, s) -> out.put("5w1h." + q.key() + ".f1", s.mean())
          .put("5w1h." + q.key() + ".hit", s.hitRate()));
      Score all = overall();
      return out.put("5w1h.overall.f1", all.mean()).put("5w1h.overall.hit", all.hitRate())
          .buildOrThrow();
    }

    /** A short plain-text table. */
    public String format() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
          "5w1h: %d articles, %d errors; token F1 of the best-matching gold phrase%n", articles,
          errors.size()));
      out.append(String.format(Locale.ROOT, "%-8s  %7s  %8s  %6s%n", "question", "mean F1",
          "F1>=" + HIT, "scored"));
      perQuestion.forEach((q, s) -> out.append(line(q.key(), s)));
      out.append(line("overall", overall()));
      errors.forEach(e -> out.append("error: ").append(e).append('\n'));
      return out.toString();
    }

    private static String line(String name, Score s) {
      return String.format(Locale.ROOT, "%-8s  %7.3f  %8.3f  %6d%n", name, s.mean(), s.hitRate(),
          s.scored());
    }
  }

  private FiveW1HEvaluator() {}

  /**
   * Reads a Giveme5W1H-style JSON Lines file: {@code id}, {@code text}, optional {@code title},
   * {@code description}, {@code published} and {@code gold} (see the class comment).
   *
   * @throws org.sitrep.eval.EvalDataException naming the file and line on a bad record
   */
  public static List<GoldArticle> read(Path jsonl) {
    return FiveW1HReader.read(jsonl);
  }

  /**
   * Runs {@code annotator} over {@code articles} on {@code threads} threads and scores it. An
   * article on which the annotator throws counts as unanswered and is reported.
   */
  public static Report evaluate(List<GoldArticle> articles, Annotator annotator, int threads) {
    checkArgument(threads >= 1, "threads must be >= 1, got %s", threads);
    Objects.requireNonNull(annotator, "annotator");
    List<ParallelRunner.Outcome<Answers>> outcomes = ParallelRunner.run(articles,
        annotator::answer, GoldArticle::id, threads);
    Map<Question, Score> scores = new EnumMap<>(Question.class);
    List<String> errors = new ArrayList<>();
    for (Question q : Question.values()) {
      scores.put(q, Score.ZERO);
    }
    for (int i = 0; i < articles.size(); i++) {
      ParallelRunner.Outcome<Answers> o = outcomes.get(i);
      if (o.failed()) {
        errors.add(o.error());
      }
      Answers answers = o.failed() ? new Answers(null, null, null, null) : o.value();
      for (Question q : Question.values()) {
        Double s = score(answers.get(q), articles.get(i).gold().get(q));
        if (s != null) {
          scores.put(q, scores.get(q).plus(s));
        }
      }
    }
    return new Report(scores, articles.size(), errors);
  }

  /**
   * The token F1 of {@code answer} against its best-matching gold phrase; 0 for a null or empty
   * answer; null when no gold phrase has a content token, so the question is not scored.
   */
  static Double score(String answer, List<String> gold) {
    List<List<String>> phrases = gold.stream().map(FiveW1HEvaluator::tokens)
        .filter(t -> !t.isEmpty()).toList();
    if (phrases.isEmpty()) {
      return null;
    }
    List<String> predicted = answer == null ? List.of() : tokens(answer);
    double best = 0;
    for (List<String> g : phrases) {
      best = Math.max(best, f1(predicted, g));
    }
    return best;
  }

  /** Multiset token F1: each gold token matches at most one predicted token. */
  static double f1(List<String> predicted, List<String> gold) {
    if (predicted.isEmpty() || gold.isEmpty()) {
      return 0;
    }
    Multiset<String> left = HashMultiset.create(gold);
    int common = 0;
    for (String p : predicted) {
      if (left.remove(p)) {
        common++;
      }
    }
    return 2.0 * common / (predicted.size() + gold.size());
  }

  /** Lower-cased runs of letters (with combining marks) and digits, less function words. */
  static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>();
    for (String t : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
      if (!t.isEmpty() && !STOP_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
