package org.sitrep.events;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.nlp.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's neural dependency parser (English UD model) run on Sitrep's own tokens, so that nothing
 * is tokenised or tagged twice. The model loads once per process on first use ({@link #shared});
 * {@link #parse} is thread-safe, since the parser keeps no per-sentence state.
 *
 * <p>Sentences longer than {@link #MAX_TOKENS} tokens are not parsed: such "sentences" are tables or
 * run-on text, where a parse is slow and meaningless.
 */
final class DependencyParser implements SentenceParser {
  /** The longest sentence parsed, in tokens. */
  static final int MAX_TOKENS = 150;

  private static final Logger LOG = LoggerFactory.getLogger(DependencyParser.class);
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Precomputes the hidden layer for the model's 100,000 most frequent features, not CoreNLP's
   * default 20,000, and caches 50,000 more instead of 5,000. The results are the same; on news
   * text the parser ran about 1.5 times as fast on 2 threads, since fewer features miss the
   * precomputed table and fewer threads queue on the cache's lock. Costs about 120 MB of heap.
   */
  private static final Properties TUNING = new Properties();

  static {
    TUNING.setProperty("numPreComputed", "100000");
    TUNING.setProperty("numCached", "50000");
  }

  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  private DependencyParser() {
    long t0 = System.nanoTime();
    parser = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL, TUNING);
    LOG.info("dependency parser loaded in {} s",
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
  }

  private static final class Holder {
    static final DependencyParser SHARED = new DependencyParser();
  }

  /** The process-wide parser, loaded on first use. */
  static DependencyParser shared() {
    return Holder.SHARED;
  }

  @Override
  public Optional<Parse> parse(List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return Optional.empty();
    }
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos().isEmpty() ? "NN" : t.pos());
      l.setLemma(t.lemma());
      l.setIndex(i + 1);
      l.setBeginPosition(t.start());
      l.setEndPosition(t.end());
      labels.add(l);
    }
    GrammaticalStructure gs = parser.predict(labels);
    int[] heads = new int[tokens.size()];
    String[] rels = new String[tokens.size()];
    Arrays.fill(heads, -1);
    Arrays.fill(rels, "dep");
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      if (dep < 0 || dep >= heads.length) {
        continue;
      }
      heads[dep] = td.gov().index() - 1;
      rels[dep] = td.reln().toString().toLowerCase(Locale.ROOT);
    }
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == i || heads[i] >= heads.length) {
        heads[i] = -1;
      }
    }
    try {
      return Optional.of(Parse.of(tokens, heads, rels));
    } catch (IllegalArgumentException e) {
      LOG.debug("unusable parse: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
