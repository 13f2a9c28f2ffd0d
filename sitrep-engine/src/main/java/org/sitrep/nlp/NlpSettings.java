package org.sitrep.nlp;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How CoreNLP is configured. Sitrep's default differs from CoreNLP's in two measured ways: the
 * fine-grained NER pass (large regex lists for titles, religions, cause of death …) is off, since
 * it halved throughput here at equal entity and date quality and Sitrep's own entity stage covers
 * what it added; and newlines always end a sentence, since article text puts each paragraph, title
 * and caption on its own line.
 *
 * @param annotators CoreNLP annotators, in order
 * @param nerModels CRF models for the ner annotator; empty for CoreNLP's default three
 * @param fineGrained whether CoreNLP's fine-grained regex NER runs
 * @param newlineBreaks whether every newline ends a sentence
 * @param timeOnDemand whether SUTime (run inside CoreNLP's NER, three quarters of its cost) reads
 *     only the sentences that hold a digit or a time word; NER without it reads the rest
 */
public record NlpSettings(List<String> annotators, List<String> nerModels, boolean fineGrained,
    boolean newlineBreaks, boolean timeOnDemand) {

  private static final Set<String> KEYS =
      Set.of("nerModels", "fineGrained", "newlineBreaks", "timeOnDemand");
  private static final String MODELS = "edu/stanford/nlp/models/ner/";

  public NlpSettings {
    annotators = ImmutableList.copyOf(annotators);
    nerModels = ImmutableList.copyOf(nerModels);
    checkArgument(!annotators.isEmpty(), "at least one annotator is needed");
  }

  /** Sitrep's configuration: tokenize, ssplit, pos, lemma, ner with SUTime, no fine-grained pass. */
  public static NlpSettings sitrep() {
    return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner"),
        List.of(MODELS + "english.all.3class.distsim.crf.ser.gz"), false, true, true);
  }

  /** Plain CoreNLP {@code tokenize,ssplit,pos,lemma,ner} with every default: the baseline. */
  public static NlpSettings corenlpDefault() {
    return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner"), List.of(), true,
        false, false);
  }

  /**
   * Plain CoreNLP with dependency parses, coreference and quote attribution, every default: the
   * baseline for events and quotes. Needs about 4 GB of heap.
   */
  public static NlpSettings corenlpWithQuotes() {
    return new NlpSettings(List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse", "coref",
        "quote"), List.of(), true, false, false);
  }

  /**
   * Sitrep's configuration with overrides from user settings.
   *
   * @throws IllegalArgumentException for a key it does not know, naming the known ones
   */
  public static NlpSettings sitrepWith(Map<String, String> overrides) {
    NlpSettings base = sitrep();
    Map<String, String> left = new HashMap<>(overrides);
    left.keySet().removeAll(KEYS);
    checkArgument(left.isEmpty(), "unknown NLP settings %s; known: %s", left.keySet(), KEYS);
    List<String> models = overrides.containsKey("nerModels")
        ? List.of(overrides.get("nerModels").split(",")).stream()
            .map(String::strip).filter(s -> !s.isEmpty())
            .map(m -> m.contains("/") ? m : MODELS + m).toList()
        : base.nerModels();
    return new NlpSettings(base.annotators(), models,
        bool(overrides, "fineGrained", base.fineGrained()),
        bool(overrides, "newlineBreaks", base.newlineBreaks()),
        bool(overrides, "timeOnDemand", base.timeOnDemand()));
  }

  private static boolean bool(Map<String, String> m, String key, boolean dflt) {
    String v = m.get(key);
    if (v == null) {
      return dflt;
    }
    String s = v.strip().toLowerCase(Locale.ROOT);
    checkArgument(s.equals("true") || s.equals("false"), "%s must be true or false, got '%s'", key, v);
    return Boolean.parseBoolean(s);
  }

  /**
   * The CoreNLP properties for the annotators up to (without) ner, and for ner alone over already
   * tagged sentences, with or without SUTime; used when {@link #timeOnDemand()}.
   */
  Properties withoutNer() {
    Properties p = toProperties();
    p.setProperty("annotators", String.join(",", annotators.subList(0, annotators.indexOf("ner"))));
    return p;
  }

  Properties nerOnly(boolean time) {
    Properties p = toProperties();
    p.setProperty("annotators", "ner");
    p.setProperty("enforceRequirements", "false");
    if (!time) {
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.applyNumericClassifiers", "false");
    }
    return p;
  }

  /** The CoreNLP properties these settings stand for. */
  Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", String.join(",", annotators));
    if (!nerModels.isEmpty()) {
      p.setProperty("ner.model", String.join(",", nerModels));
    }
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
    if (newlineBreaks) {
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    }
    return p;
  }
}
