package org.sitrep.numbers;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.ingest.Article;

/**
 * Finds cardinal numbers and vague quantities in an article's analysed text, each with a
 * normalised range: "179" → [179, 179], "1.5 billion" → [1500000000, 1500000000], "more than 400" →
 * [401, ∞), "around 200" → [180, 220], "tens of" → [20, 99], "several hundred" → [300, 999].
 *
 * <p>Works on the text alone, without a tagger: a statistical tagger marks none of the vague
 * quantities, and a text scanner is fast and predictable. Only the {@linkplain Structure#analysed()
 * analysed} stretches (title, standfirst, captions, headings, body) are read; boilerplate, dateline
 * and byline never yield a number.
 *
 * <p>What is not a count yields nothing: years ("in 2025"), days beside a month ("March 10", "9
 * January"), clock times ("03:00", "3 p.m.", "9 o'clock"), ordinals ("third", "1st"), digits inside
 * identifiers ("G7", "F-16", "COVID-19", "A330"), numbers after a label ("Article 5", "Resolution
 * 2254", "page 3") and the pronoun "one" ("no one", "the one", "one another"). Percentages are kept
 * as their number; the "%" or "percent" after it is outside the span. The word lists and the
 * reasoning behind each vague range are in {@code QuantityLexicon}.
 *
 * <p>Spans cover the whole quantity phrase including its modifier and a trailing "of" ("more than
 * 400", "hundreds of"), but not a currency ("US$ 40 billion" → "40 billion"). Mentions are ordered
 * by start and never overlap; where phrases compete the longest wins.
 *
 * <p>Stateless and thread-safe.
 */
public final class NumberStage implements Stage<Numbers> {
  private static final NumberStage INSTANCE = new NumberStage();

  private NumberStage() {}

  /** The stage; it holds no state, so one instance serves everyone. */
  public static NumberStage create() {
    return INSTANCE;
  }

  @Override
  public String name() {
    return "numbers";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER);
  }

  @Override
  public Layer<Numbers> produces() {
    return Numbers.LAYER;
  }

  /**
   * Scans every analysed span of the document's structure.
   *
   * @throws IllegalStateException when a required layer is missing
   * @throws IllegalArgumentException when a structure span lies outside the article's text
   */
  @Override
  public Numbers process(Document document) {
    String text = document.get(Article.LAYER).text();
    ImmutableList.Builder<NumberMention> out = ImmutableList.builder();
    for (StructureSpan s : document.get(Structure.LAYER).analysed()) {
      out.addAll(find(text, s.span().start(), s.span().end()));
    }
    return new Numbers(out.build());
  }

  /**
   * Finds the numbers in {@code text[start, end)}, as if that stretch were all there is: context
   * outside it is never read. Offsets in the result point into {@code text}.
   *
   * @throws IllegalArgumentException when {@code [start, end)} is not a range inside {@code text}
   */
  public List<NumberMention> find(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    checkArgument(0 <= start && start <= end && end <= text.length(),
        "range [%s,%s) lies outside a text of length %s", start, end, text.length());
    return NumberScanner.scan(text, start, end);
  }
}
