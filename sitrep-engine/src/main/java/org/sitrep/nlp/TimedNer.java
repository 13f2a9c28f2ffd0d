package org.sitrep.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * The two NER annotators of {@link NlpSettings#timeOnDemand()} (one with SUTime and CoreNLP's
 * numeric classifiers, one without) over ONE loaded copy of the CRF models. Built through
 * {@code StanfordCoreNLP} from properties, each annotator would deserialise the CRF itself: the
 * largest model loaded twice, seconds of every start-up and a hundred megabytes of heap.
 *
 * <p>The annotators are what {@code NERCombinerAnnotator(Properties)} builds from
 * {@link NlpSettings#nerOnly}'s properties, assembled from CoreNLP's public constructors: the CRF
 * loaded as {@code ClassifierCombiner} loads it (no pass-down properties: Sitrep sets none), a
 * {@code NERClassifierCombiner} per path over it, and the annotator constructor that takes a
 * combiner. That constructor differs from the properties one in a single default: it turns
 * CoreNLP's NER-specific tokenization off (hyphenated words re-joined for the CRF, which was
 * trained on them whole), and offers no way to turn it on, so {@link #load} sets that one field
 * reflectively and returns null when it cannot (another CoreNLP version), for the caller to fall
 * back to two pipelines rather than tag differently. {@code CoreNlpSharedNerTest} checks that
 * both ways tag invented text alike.
 *
 * @param withTime NER with numeric classifiers and SUTime, for sentences that may hold a time
 * @param withoutTime NER alone (CRF), for the rest
 */
record TimedNer(Annotator withTime, Annotator withoutTime) {
  /** CoreNLP's default models when {@link NlpSettings#nerModels()} is empty. */
  private static final List<String> DEFAULT_MODELS = List.of(
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  /**
   * Loads the CRF models once and builds both annotators over them, or returns null when this
   * CoreNLP's annotator cannot be given its NER-specific tokenization (see the class comment).
   *
   * @throws UncheckedIOException when a model cannot be read
   */
  static TimedNer load(NlpSettings settings) {
    Field tokenization = nerTokenizationField();
    if (tokenization == null) {
      return null;
    }
    List<String> paths = settings.nerModels().isEmpty() ? DEFAULT_MODELS : settings.nerModels();
    try {
      @SuppressWarnings("unchecked")
      AbstractSequenceClassifier<CoreLabel>[] crfs = new AbstractSequenceClassifier[paths.size()];
      for (int i = 0; i < crfs.length; i++) {
        crfs[i] = ClassifierCombiner.loadClassifierFromPath(new Properties(), paths.get(i));
      }
      // As the properties path reads them: numeric classifiers on and SUTime at its default for
      // the timed sentences (nerOnly(true) sets neither), both off for the rest.
      NERClassifierCombiner timed =
          new NERClassifierCombiner(true, NumberSequenceClassifier.USE_SUTIME_DEFAULT, crfs);
      NERClassifierCombiner plain = new NERClassifierCombiner(false, false, crfs);
      return new TimedNer(annotator(timed, settings, tokenization),
          annotator(plain, settings, tokenization));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER models " + paths + ": "
          + e.getMessage(), e);
    }
  }

  private static Annotator annotator(NERClassifierCombiner combiner, NlpSettings settings,
      Field tokenization) {
    // Properties-path defaults: not verbose, one thread, no time limit, no length limit; entity
    // mentions built.
    NERCombinerAnnotator a = new NERCombinerAnnotator(combiner, false, 1, 0L, Integer.MAX_VALUE,
        settings.fineGrained(), true);
    try {
      tokenization.setBoolean(a, true);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("field was made accessible", e);
    }
    return a;
  }

  /**
   * The annotator's private NER-tokenization switch, made writable, or null when this CoreNLP
   * has none or forbids the access.
   */
  private static Field nerTokenizationField() {
    try {
      Field f = NERCombinerAnnotator.class.getDeclaredField("useNERSpecificTokenization");
      if (f.getType() != boolean.class || java.lang.reflect.Modifier.isFinal(f.getModifiers())) {
        return null;
      }
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException | RuntimeException e) {
      return null;
    }
  }
}
