package org.sitrep.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.analysis.FiveW1HEvaluator.Answers;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.events.Event;
import org.sitrep.events.Events;
import org.sitrep.ingest.Article;
import org.sitrep.time.TimeExpression;
import org.sitrep.time.Times;

/**
 * Sitrep's answer to who, what, when and where of an article's main event.
 *
 * <p>The main event is the first stated (asserted or reported) event with a source actor that
 * starts in the lead, else the article's first event. Who is its source actor's name (the target's
 * when it has no source); what is the text from the trigger to the end of the target's mention
 * when the target follows the trigger in the sentence, else the trigger and the target's name;
 * when is the first date or time expression of the event's sentence if its date came from the
 * clause or sentence, else the article's first; where is the event's place as mentioned in the
 * sentence, else the first location mentioned in the sentence, else in the article. An article
 * without events is answered from the entity and time layers alone: the lead's first person or
 * organisation, the title, the first date, the first location.
 */
final class FiveW1HMainEvent {
  private static final Set<String> STATED = Set.of("asserted", "reported");
  private static final Set<String> DATES = Set.of("DATE", "TIME");
  /** Longer trigger-to-target stretches are clauses, not the phrase an annotator would mark. */
  private static final int MAX_WHAT = 80;

  private FiveW1HMainEvent() {}

  static Answers answer(Document doc, int leadEnd) {
    String text = doc.get(Article.LAYER).text();
    List<Event> events = doc.get(Events.LAYER).events();
    List<Entity> entities = doc.get(Entities.LAYER).entities();
    List<TimeExpression> times = doc.get(Times.LAYER).expressions().stream()
        .filter(t -> DATES.contains(t.type())).sorted(Comparator.comparingInt(TimeExpression::start))
        .toList();
    Optional<Event> main = events.stream()
        .filter(e -> e.start() < leadEnd && e.sourceName() != null && STATED.contains(e.modality()))
        .findFirst().or(() -> events.stream().findFirst());
    String title = doc.get(Article.LAYER).title();
    if (main.isEmpty()) {
      Span all = Span.of(0, text.length());
      String who = firstMention(entities, Set.of(EntityType.PERSON, EntityType.ORGANIZATION),
          Span.of(0, leadEnd)).or(() -> firstMention(entities,
              Set.of(EntityType.PERSON, EntityType.ORGANIZATION), all)).map(Mention::text)
          .orElse(null);
      return new Answers(who, title, times.isEmpty() ? null : times.get(0).text(),
          firstMention(entities, Set.of(EntityType.LOCATION), all).map(Mention::text).orElse(null));
    }
    Event e = main.get();
    Span sentence = e.span();
    String who = e.sourceName() != null ? e.sourceName() : e.targetName();
    String when = times.stream()
        .filter(t -> !"article".equals(e.dateBasis()) && sentence.contains(t.span())).findFirst()
        .or(() -> times.stream().findFirst()).map(TimeExpression::text).orElse(null);
    String where = placeMention(e, entities, sentence)
        .or(() -> firstMention(entities, Set.of(EntityType.LOCATION), sentence))
        .map(Mention::text)
        .or(() -> Optional.ofNullable(e.placeName()))
        .or(() -> firstMention(entities, Set.of(EntityType.LOCATION), Span.of(0, text.length()))
            .map(Mention::text))
        .orElse(null);
    return new Answers(who, what(e, text, entities), when, where);
  }

  private static String what(Event e, String text, List<Entity> entities) {
    int trigger = text.substring(e.start(), e.end()).indexOf(e.trigger());
    if (e.targetName() == null) {
      return e.trigger();
    }
    if (trigger >= 0) {
      int from = e.start() + trigger;
      Span after = Span.of(from, e.end());
      Optional<Span> target = e.targetId() != null
          ? mentionsOf(entities, e.targetId()).filter(m -> after.contains(m.span()))
              .map(Mention::span).findFirst()
          : Optional.of(text.indexOf(e.targetName(), from))
              .filter(i -> i >= 0 && i + e.targetName().length() <= e.end())
              .map(i -> Span.of(i, i + e.targetName().length()));
      if (target.isPresent() && target.get().end() - from <= MAX_WHAT) {
        return text.substring(from, target.get().end());
      }
    }
    return e.trigger() + " " + e.targetName();
  }

  private static Optional<Mention> placeMention(Event e, List<Entity> entities, Span sentence) {
    if (e.placeId() == null) {
      return Optional.empty();
    }
    return mentionsOf(entities, e.placeId()).filter(m -> sentence.contains(m.span())).findFirst();
  }

  private static Stream<Mention> mentionsOf(List<Entity> entities, String id) {
    return entities.stream().filter(en -> en.id().equals(id))
        .flatMap(en -> en.mentions().stream());
  }

  private static Optional<Mention> firstMention(List<Entity> entities, Set<EntityType> types,
      Span within) {
    return entities.stream().filter(en -> types.contains(en.type()))
        .flatMap(en -> en.mentions().stream()).filter(m -> within.contains(m.span()))
        .min(Comparator.comparingInt(Mention::start));
  }
}
