package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.Loading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded CoreNLP pipeline, turned into a pure function from text to {@link NlpAnalysis}. Loading
 * takes seconds and gigabytes, so instances are shared per {@link NlpSettings} through
 * {@link #shared}; {@link #analyse} is thread-safe.
 */
public final class CoreNlp {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlp.class);
  private static final Map<NlpSettings, CoreNlp> SHARED = new ConcurrentHashMap<>();

  private final NlpSettings settings;
  private final StanfordCoreNLP pipeline;
  private final Annotator nerWithTime;
  private final Annotator nerWithoutTime;

  private CoreNlp(NlpSettings settings) {
    this(settings, true);
  }

  /**
   * @param shareModels whether the two NER passes of {@link NlpSettings#timeOnDemand()} share one
   *     copy of the models ({@link TimedNer}); false loads them once per pass, as CoreNLP's
   *     properties would, for the test that both tag alike
   */
  private CoreNlp(NlpSettings settings, boolean shareModels) {
    this.settings = settings;
    long t0 = System.nanoTime();
    boolean split = settings.timeOnDemand() && settings.annotators().contains("ner");
    if (split) {
      // The tagger pipeline and the NER models share nothing: load them side by side.
      CompletableFuture<StanfordCoreNLP> tagging =
          Loading.inBackground("corenlp-tagger", () -> new StanfordCoreNLP(settings.withoutNer()));
      TimedNer ner = shareModels ? TimedNer.load(settings) : null;
      this.pipeline = Loading.join(tagging);
      if (ner == null) {
        if (shareModels) {
          LOG.warn("this CoreNLP's NER annotator cannot be built over shared models; loading them"
              + " once per NER pipeline");
        }
        // After the tagger pipeline, not beside it: StanfordCoreNLP's constructors share a
        // process-wide annotator pool.
        this.nerWithTime = new StanfordCoreNLP(settings.nerOnly(true));
        this.nerWithoutTime = new StanfordCoreNLP(settings.nerOnly(false));
      } else {
        this.nerWithTime = ner.withTime();
        this.nerWithoutTime = ner.withoutTime();
      }
    } else {
      this.pipeline = new StanfordCoreNLP(settings.toProperties());
      this.nerWithTime = null;
      this.nerWithoutTime = null;
    }
    LOG.info("CoreNLP {} loaded in {} s", settings.annotators(),
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
  }

  /** The process-wide pipeline for {@code settings}, loaded on first use. */
  public static CoreNlp shared(NlpSettings settings) {
    return SHARED.computeIfAbsent(settings, CoreNlp::new);
  }

  /**
   * Loads a private pipeline that is not shared; for a benchmark baseline that must be released
   * after use.
   */
  public static CoreNlp load(NlpSettings settings) {
    return new CoreNlp(settings);
  }

  /** A private pipeline whose two NER passes load their own models; for tests only. */
  static CoreNlp loadUnshared(NlpSettings settings) {
    return new CoreNlp(settings, false);
  }

  public NlpSettings settings() {
    return settings;
  }

  /**
   * Analyses {@code text}.
   *
   * @param text the text to read; offsets in the result index into it
   * @param referenceDate the date relative expressions resolve against, or null to leave them
   *     unresolved
   */
  public NlpAnalysis analyse(String text, LocalDate referenceDate) {
    Annotation ann = new Annotation(text);
    if (referenceDate != null) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    pipeline.annotate(ann);
    List<CoreMap> nerMentions = nerWithTime == null
        ? ann.get(CoreAnnotations.MentionsAnnotation.class) : nerOnDemand(ann, referenceDate);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(t.beginPosition(), t.endPosition(), t.word(), nz(t.tag()),
            nz(t.lemma()), t.ner() == null ? "O" : t.ner()));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
            tokens));
      }
    }
    List<NerSpan> mentions = new ArrayList<>();
    List<CoreMap> ms = nerMentions;
    if (ms != null) {
      for (CoreMap m : ms) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        mentions.add(new NerSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
            timex == null ? null : timex.timexType(),
            timex == null ? null : timex.value() != null ? timex.value() : timex.altVal()));
      }
    }
    return new NlpAnalysis(sentences, mentions);
  }

  /**
   * NER in two groups of sentences: those that may hold a time expression (a digit or a time word,
   * {@link TimeWords}) with SUTime, the rest without. The tokens are shared, so tags land on the
   * document's own tokens; mentions keep document offsets.
   */
  private List<CoreMap> nerOnDemand(Annotation ann, LocalDate referenceDate) {
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      (TimeWords.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class)) ? timed : plain).add(s);
    }
    List<CoreMap> mentions = new ArrayList<>();
    mentions.addAll(runNer(nerWithTime, ann, timed, referenceDate));
    mentions.addAll(runNer(nerWithoutTime, ann, plain, referenceDate));
    mentions.sort(java.util.Comparator.comparingInt(
        m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));
    return mentions;
  }

  private static List<CoreMap> runNer(Annotator ner, Annotation doc, List<CoreMap> sentences,
      LocalDate referenceDate) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    if (referenceDate != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
    }
    ner.annotate(part);
    List<CoreMap> ms = part.get(CoreAnnotations.MentionsAnnotation.class);
    return ms == null ? List.of() : ms;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
