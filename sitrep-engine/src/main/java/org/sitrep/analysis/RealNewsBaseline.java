package org.sitrep.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.clean.PublicationDateStage;
import org.sitrep.clean.Published;
import org.sitrep.clean.StructureStage;
import org.sitrep.core.Document;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Span;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.ingest.Article;
import org.sitrep.nlp.CoreNlp;
import org.sitrep.nlp.NerSpan;
import org.sitrep.nlp.NlpAnalysis;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;
import org.sitrep.quotes.QuoteEvaluator;
import org.sitrep.time.TimeExpression;

/**
 * The plain CoreNLP baseline of {@code sitrep eval realnews}: CoreNLP's NER (entities and SUTime
 * values) and its quote annotator with attribution, run on the same ingested text Sitrep reads and
 * with Sitrep's publication date as the reference date. It has no structure, dates, name grouping
 * or events, so those checks are not applicable. An entity is one distinct name per type: plain
 * NER groups nothing; pronoun mentions, which CoreNLP tags PERSON, are no names and are left out.
 * Thread-safe.
 */
final class RealNewsBaseline implements RealNewsEvaluator.Annotator {
  private static final Set<String> LOCATIONS =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  private final Pipeline dating;
  private final CoreNlp ner;
  private final QuoteEvaluator.Annotator quotes;

  /**
   * @param ner plain CoreNLP NER, e.g. over {@code NlpSettings.corenlpDefault()}
   * @param quotes plain CoreNLP's quotes and speakers, e.g. {@code QuoteEvaluator.plainCoreNlp}
   */
  RealNewsBaseline(CoreNlp ner, QuoteEvaluator.Annotator quotes) {
    // Only Sitrep's cheap structure and date stages: the reference date both systems resolve with.
    this.dating = Pipeline.startingWith(Article.LAYER).then(StructureStage.create())
        .then(PublicationDateStage.create()).build();
    this.ner = ner;
    this.quotes = quotes;
  }

  @Override
  public RealNewsOutput apply(Article article) {
    Document d = dating.run(Document.of(Article.LAYER, article));
    LocalDate dct = d.get(Published.LAYER).date().orElse(null);
    String text = article.text();
    Map<String, List<Mention>> byName = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    List<TimeExpression> times = new ArrayList<>();
    NlpAnalysis nlp = ner.analyse(text, dct);
    // CoreNLP's entity mentions include pronouns ("he", "his") tagged PERSON; they name no one.
    Set<Span> pronouns = new HashSet<>();
    for (Sentence s : nlp.sentences()) {
      for (Token t : s.tokens()) {
        if (t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WP$")) {
          pronouns.add(Span.of(t.start(), t.end()));
        }
      }
    }
    for (NerSpan m : nlp.mentions()) {
      if (m.end() <= m.start() || pronouns.contains(Span.of(m.start(), m.end()))) {
        continue;
      }
      String surface = text.substring(m.start(), m.end());
      if (TEMPORAL.contains(m.type()) && m.timexType() != null) {
        times.add(new TimeExpression(m.start(), m.end(), surface, m.timexType(), m.timexValue()));
        continue;
      }
      EntityType type = switch (m.type()) {
        case "PERSON" -> EntityType.PERSON;
        case "ORGANIZATION" -> EntityType.ORGANIZATION;
        default -> LOCATIONS.contains(m.type()) ? EntityType.LOCATION : null;
      };
      if (type != null) {
        String key = type + "\t" + RealNewsText.nameKey(surface);
        types.putIfAbsent(key, type);
        byName.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new Mention(m.start(), m.end(), surface));
      }
    }
    List<Entity> entities = new ArrayList<>();
    byName.forEach((key, mentions) -> entities.add(new Entity("b" + (entities.size() + 1),
        mentions.get(0).text(), types.get(key), null, List.of(), mentions)));
    return new RealNewsOutput(text, null, null, false, entities, times, quotes.apply(article),
        null);
  }
}
