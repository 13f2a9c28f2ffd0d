package org.sitrep.quotes;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.eval.EvalDataException;
import org.sitrep.eval.JsonlRecord;
import org.sitrep.eval.Prf;
import org.sitrep.ingest.Article;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingestor;
import org.sitrep.nlp.NlpSettings;

/**
 * Scores quote speaker attribution against a gold file of direct quotes.
 *
 * <p>The gold file is JSON Lines, one object per direct quote: {@code article} (the id ingest
 * gives the article), {@code quote} (the first characters of the quoted words as written) and
 * {@code speaker} (a canonical name, or the description as written when no named entity speaks,
 * starting lower-case: "a local monitoring group"), and optionally {@code alias}, another name of
 * the speaker that counts as right, such as an acronym the article uses. A gold quote is found when a system quote's
 * text, with quotation marks dropped and whitespace collapsed, contains the gold prefix so
 * normalised; when several do, the earliest in the text counts. Its speaker is right when the gold
 * name's last word is a word of the system's speaker (case-insensitive), or, for a description,
 * when both descriptions are equal but for a leading article; an alias is tried the same way.
 *
 * <p>Figures ({@link Report}): coverage = found / gold; attributed = found with any speaker /
 * found; speaker P/R/F1 with true positives the right speakers, precision over the found quotes
 * the system gave a speaker, recall over all gold quotes. System quotes that match no gold quote
 * are not counted: the gold lists direct quotes only, and systems may also report indirect speech.
 */
public final class QuoteEvaluator {
  private QuoteEvaluator() {}

  /**
   * One gold quote.
   *
   * @param article the article's id; non-blank
   * @param quote the first characters of the quoted words; not blank once marks are dropped
   * @param speaker canonical name or description; non-blank
   * @param alias another name of the same speaker that counts as right (an acronym: "RRU"), or
   *     null
   */
  public record GoldQuote(String article, String quote, String speaker, String alias) {
    public GoldQuote {
      checkArgument(article != null && !article.isBlank(), "gold quote needs an article id");
      checkArgument(quote != null && !QuoteEvalText.normalise(quote).isEmpty(),
          "gold quote needs quote text");
      checkArgument(speaker != null && !speaker.isBlank(), "gold quote needs a speaker");
      checkArgument(alias == null || !alias.isBlank(), "a speaker alias must not be blank");
    }
  }

  /**
   * One quote a system found.
   *
   * @param start UTF-16 offset of the quote in the article text, {@code >= 0}
   * @param text the quote as the system gives it, with or without its marks
   * @param speaker the speaker's name or description, or null when it named none
   */
  public record Found(int start, String text, String speaker) {
    public Found {
      checkArgument(start >= 0, "quote start must be >= 0, got %s", start);
      checkNotNull(text, "text");
    }
  }

  /** A system under test: an article's quotes; must be thread-safe. */
  @FunctionalInterface
  public interface Annotator extends Function<Article, List<Found>> {}

  /**
   * What a system got right.
   *
   * @param gold gold quotes
   * @param found gold quotes some system quote covers
   * @param attributed found gold quotes the system gave a speaker
   * @param correct gold quotes with the right speaker
   */
  public record Report(int gold, int found, int attributed, int correct) {
    public Report {
      checkArgument(0 <= correct && correct <= attributed && attributed <= found && found <= gold,
          "need 0 <= correct %s <= attributed %s <= found %s <= gold %s", correct, attributed,
          found, gold);
    }

    public double coverage() {
      return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double attributedShare() {
      return found == 0 ? 0.0 : (double) attributed / found;
    }

    public double correctShare() {
      return gold == 0 ? 1.0 : (double) correct / gold;
    }

    /** Speaker precision, recall and F1, as described on {@link QuoteEvaluator}. */
    public Prf speakers() {
      return Prf.of(correct, attributed, gold);
    }

    /** The figures under stable names ({@code quotes.coverage}, {@code quotes.speaker.f1} …). */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      m.put("quotes.coverage", coverage());
      m.put("quotes.attributed", attributedShare());
      m.put("quotes.correct", correctShare());
      m.putAll(speakers().metrics("quotes.speaker"));
      return ImmutableMap.copyOf(m);
    }

    /** A small table for the terminal. */
    public String format() {
      Prf p = speakers();
      return String.format(Locale.ROOT,
          "gold quotes %d; found %d; with a speaker %d; right speaker %d%n"
              + "coverage %.3f  attributed %.3f  correct %.3f%n"
              + "speaker P %.3f  R %.3f  F1 %.3f%n",
          gold, found, attributed, correct, coverage(), attributedShare(), correctShare(),
          p.precision(), p.recall(), p.f1());
    }
  }

  /**
   * Reads a gold file.
   *
   * @throws EvalDataException naming the file and line when it cannot be read or a line lacks a
   *     field
   */
  public static List<GoldQuote> read(Path file) {
    ImmutableList.Builder<GoldQuote> out = ImmutableList.builder();
    for (JsonlRecord r : JsonlRecord.readAll(file)) {
      try {
        out.add(new GoldQuote(r.text("article"), r.text("quote"), r.text("speaker"),
            r.optionalText("alias")));
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    return out.build();
  }

  /**
   * The articles of a corpus by id, read with the default {@link Ingestor}; inputs that fail to
   * ingest are skipped (gold quotes naming them are then reported by {@link #evaluate}).
   */
  public static Map<String, Article> corpus(List<Path> paths) {
    Map<String, Article> out = new LinkedHashMap<>();
    try (var results = Ingestor.withDefaults().read(paths)) {
      results.forEach(r -> {
        if (r instanceof IngestResult.Ok ok) {
          out.put(ok.article().id(), ok.article());
        }
      });
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Scores {@code system} on the gold quotes, running it once per article that has any.
   *
   * @throws EvalDataException when a gold quote names an article not in {@code articles}
   */
  public static Report evaluate(List<GoldQuote> gold, Map<String, Article> articles,
      Annotator system) {
    Map<String, List<Found>> byArticle = new LinkedHashMap<>();
    for (GoldQuote g : gold) {
      Article a = articles.get(g.article());
      if (a == null) {
        throw new EvalDataException("gold quote names article '" + g.article()
            + "', which is not in the corpus");
      }
      byArticle.computeIfAbsent(g.article(), id -> List.copyOf(system.apply(a)));
    }
    return score(gold, byArticle);
  }

  /** Scores given system output, by article id; an article missing from it has no quotes. */
  public static Report score(List<GoldQuote> gold, Map<String, List<Found>> system) {
    int found = 0;
    int attributed = 0;
    int correct = 0;
    for (GoldQuote g : gold) {
      Found f = QuoteEvalText.match(g.quote(), system.getOrDefault(g.article(), List.of()));
      if (f == null) {
        continue;
      }
      found++;
      if (f.speaker() != null && !f.speaker().isBlank()) {
        attributed++;
        if (QuoteEvalText.sameSpeaker(g.speaker(), f.speaker())
            || g.alias() != null && QuoteEvalText.sameSpeaker(g.alias(), f.speaker())) {
          correct++;
        }
      }
    }
    return new Report(gold.size(), found, attributed, correct);
  }

  /** Sitrep's quotes, its speaker being the entity's canonical name or the phrase as written. */
  public static Annotator sitrep(Function<Article, Quotes> quotes) {
    return a -> quotes.apply(a).quotes().stream()
        .map(q -> new Found(q.start(), q.text(), q.speaker())).toList();
  }

  /**
   * Plain CoreNLP's quotes and their speakers from its quote attribution (the canonical mention
   * where coreference resolved one, else the speaker mention); loads a pipeline of {@code settings},
   * which must include the {@code quote} annotator. Needs about 4 GB of heap.
   */
  public static Annotator plainCoreNlp(NlpSettings settings) {
    checkArgument(settings.annotators().contains("quote"), "settings must include the quote "
        + "annotator, got %s", settings.annotators());
    return new QuoteEvalCoreNlp(settings)::quotes;
  }
}
