package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.clean.Structure;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Span;
import org.sitrep.core.Stage;
import org.sitrep.core.StructureSpan;
import org.sitrep.entities.Entities;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.reference.References;

/**
 * Finds an article's quotes — direct ones by their quotation marks, reported ones by a speech verb
 * with a clause — and attributes each to a speaker with its verb and channel; and finds
 * accusations, blame, condemnations and denials as {@link Claim}s.
 *
 * <p>Works from CoreNLP's tokens, tags and NER and Sitrep's entities alone, with no dependency
 * parse and no coreference: pronouns, descriptions and role nouns ("he said", "the group said",
 * "the minister said") resolve through the article's reference layer ({@link References}), shared
 * with the events stage. Only
 * analysed text (title, standfirst, captions, headings, body) is read, so boilerplate — including a
 * pull quote repeated from the body — yields nothing; identical direct quote text counts once
 * anyway. The verb, channel and role-noun lists are resources in {@code org/sitrep/quotes/}.
 *
 * <p>Quotation marks ({@link QuoteMarks}): double marks of every style; an opening mark whose
 * closing mark is missing when a colon introduces it; single marks only beside a speech verb.
 * Speakers come from the quote's own paragraph or the story's flow, never from a caption, title or
 * heading; a paragraph that is one quote takes the speaker of the paragraph before ({@code X
 * said:}, or an attributed quote ending it) or of the attributed quote opening the next one.
 *
 * <p>Input without quotes, with unbalanced marks or with very long sentences gives fewer or no
 * quotes, never an exception: every search is bounded to a window of tokens.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteStage implements Stage<Quotes> {
  private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!?]+$");

  private final Lexicon lexicon;

  private QuoteStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The stage with Sitrep's bundled lexicons. */
  public static QuoteStage create() {
    return new QuoteStage(Lexicon.get());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Structure.LAYER, NlpAnalysis.LAYER, Entities.LAYER,
        References.LAYER);
  }

  @Override
  public Layer<Quotes> produces() {
    return Quotes.LAYER;
  }

  @Override
  public Quotes process(Document document) {
    String text = document.get(Article.LAYER).text();
    List<StructureSpan> analysed = new ArrayList<>();
    for (StructureSpan s : document.get(Structure.LAYER).analysed()) {
      if (s.span().end() <= text.length()) {
        analysed.add(s);
      }
    }
    List<Span> paragraphs = analysed.stream().map(StructureSpan::span).toList();
    List<Sentence> sentences = document.get(NlpAnalysis.LAYER).sentences().stream()
        .filter(s -> s.end() <= text.length() && !s.tokens().isEmpty())
        .toList();
    View view = new View(text, sentences, document.get(Entities.LAYER).entities(),
        QuoteMarks.find(text, paragraphs, lexicon), analysed);
    Phrases phrases = new Phrases(view, lexicon, document.get(References.LAYER));
    Attributor attributor = new Attributor(view, phrases, lexicon);
    List<Quote> quotes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Quote q : attributor.direct()) {
      if (seen.add(key(q.text()))) {
        quotes.add(q);
      }
    }
    quotes.addAll(attributor.reported());
    quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return new Quotes(quotes, new ClaimFinder(view, phrases).find());
  }

  /** Quote text compared without spacing differences or final punctuation. */
  private static String key(String quote) {
    return TRAILING.matcher(quote.replaceAll("\\s+", " ").strip()).replaceAll("");
  }
}
