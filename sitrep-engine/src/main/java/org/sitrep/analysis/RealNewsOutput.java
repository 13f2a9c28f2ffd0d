package org.sitrep.analysis;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.sitrep.entities.Entity;
import org.sitrep.quotes.QuoteEvaluator;
import org.sitrep.time.TimeExpression;

/**
 * What a system said about one article, in the terms {@link RealNewsEvaluator} scores. A system
 * that does not make some kind of output leaves it null, and the checks that need it are reported
 * as not applicable rather than as failures.
 *
 * @param text the text the system analysed (for Sitrep, the ingested article text); every offset
 *     below points into it
 * @param published the publication date as output, or null when the system does not date articles
 * @param structure the classified stretches of the text, or null when the system does not classify
 * @param groupsNames whether entities group different forms of a name under one canonical name;
 *     when false the alias check is not applicable
 * @param entities named entities with their mentions
 * @param times time expressions with TIMEX3 values
 * @param quotes quotations with their speakers; a quote's end is its start plus its text's length
 * @param events events with actors, codes and figures, or null when the system extracts none
 */
public record RealNewsOutput(String text, AnalyzedArticle.PublishedDate published,
    List<AnalyzedArticle.Section> structure, boolean groupsNames, List<Entity> entities,
    List<TimeExpression> times, List<QuoteEvaluator.Found> quotes, List<EventOut> events) {

  public RealNewsOutput {
    Objects.requireNonNull(text, "text");
    structure = structure == null ? null : ImmutableList.copyOf(structure);
    entities = ImmutableList.copyOf(entities);
    times = ImmutableList.copyOf(times);
    quotes = ImmutableList.copyOf(quotes);
    events = events == null ? null : ImmutableList.copyOf(events);
  }

  /** Sitrep's output for an article, as {@code sitrep analyze} stores and exports it. */
  public static RealNewsOutput of(AnalyzedArticle a) {
    return new RealNewsOutput(a.text(), a.published(), a.structure(), true, a.entities(), a.times(),
        a.quotes().stream().map(q -> new QuoteEvaluator.Found(q.start(), q.text(), q.speaker()))
            .toList(), a.events());
  }
}
