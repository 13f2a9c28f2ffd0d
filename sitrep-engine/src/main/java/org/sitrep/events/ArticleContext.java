package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.numbers.NumberMention;
import org.sitrep.quotes.Quote;
import org.sitrep.reference.ReferenceKind;
import org.sitrep.reference.References;
import org.sitrep.time.TimeExpression;

/**
 * What event extraction reads of one article besides the parse: the text, entity mentions, time
 * expressions, numbers and reference date, the reference layer (what "the group" refers back to),
 * plus the actors last named together ("the pair"). A pronoun that stands for one entity counts as
 * a mention of it, so that every participant slot (subject or object, active or passive, main or
 * embedded clause) reads it alike: a third-person pronoun the reference layer resolved ({@link
 * ResolvedPronouns}) and a first person inside an attributed quotation ({@link QuoteVoices}). Made
 * afresh for every article and used by one thread, so the stage itself keeps no state.
 */
final class ArticleContext {
  /** An entity mention with its entity. */
  record Located(int start, int end, Entity entity) {}

  /** The article's id, for event ids. */
  final String articleId;
  final String text;
  final List<Located> mentions = new ArrayList<>();
  final List<TimeExpression> times;
  final List<NumberMention> numbers;
  /** The reference date as ISO text, or null. */
  final String referenceDate;
  /** The last two or more actors named together, for "the pair", "both sides", "they". */
  List<Actor> lastGroup = List.of();

  /** The article's resolved references ("the group" → the militia named before). */
  private final References references;
  private final Map<String, Entity> byId = new HashMap<>();

  ArticleContext(String articleId, String text, Entities entities, References references,
      List<Quote> quotes, List<Sentence> sentences, List<TimeExpression> times,
      List<NumberMention> numbers, String referenceDate, Predicate<String> agentWord) {
    this.articleId = articleId;
    this.text = text;
    this.references = references;
    for (Entity e : entities.entities()) {
      byId.put(e.id(), e);
      for (Mention m : e.mentions()) {
        mentions.add(new Located(m.start(), m.end(), e));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<Located> standIns = new ArrayList<>(ResolvedPronouns.mentions(references, byId));
    standIns.addAll(QuoteVoices.firstPersons(text, sentences, quotes, byId, this::anyEntityIn,
        agentWord));
    // a name wins over a stand-in ("US" is the country, not "us")
    standIns.removeIf(l -> anyEntityIn(l.start(), l.end()));
    mentions.addAll(standIns);
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    this.times = times;
    this.numbers = numbers;
    this.referenceDate = referenceDate;
  }

  /** The entity whose mention covers [start, end) at least partly, or null. */
  Entity entityAt(int start, int end) {
    for (Located l : mentions) {
      if (l.start() >= end) {
        break;
      }
      if (l.end() > start) {
        return l.entity();
      }
    }
    return null;
  }

  /**
   * The entity that the definite description headed by the token at {@code [start, end)} ("the
   * group", "the militia") refers back to, by the article's reference layer; null when it resolved
   * to none.
   */
  Entity referredTo(int start, int end) {
    return references.headedAt(start, end)
        .filter(r -> r.kind() == ReferenceKind.DESCRIPTION)
        .map(r -> byId.get(r.antecedent().entityId())).orElse(null);
  }

  /**
   * The one entity that the phrase headed by the token at {@code [start, end)} refers back to by
   * the article's reference layer, when it is a description ("the ministry", "the rebel group") or
   * a role ("the minister", "the president"); null when it resolved to none. Events read the same
   * resolution as quotes, so "the minister said" and "the minister urged" agree.
   */
  Entity describedAs(int start, int end) {
    return references.headedAt(start, end)
        .filter(r -> (r.kind() == ReferenceKind.DESCRIPTION || r.kind() == ReferenceKind.ROLE)
            && r.antecedents().size() == 1)
        .map(r -> byId.get(r.antecedent().entityId())).orElse(null);
  }

  /**
   * The entities the pronoun at {@code [start, end)} ("he", "she", "they") refers to by the
   * article's reference layer, in the layer's order; empty when it resolved to none. Events read
   * the same resolution as quotes, so a "he said" and a "he ordered" in one sentence agree.
   */
  List<Entity> pronounReferents(int start, int end) {
    return references.headedAt(start, end)
        .filter(r -> r.kind() == ReferenceKind.PRONOUN && r.span().start() == start)
        .map(r -> r.antecedents().stream().map(a -> byId.get(a.entityId()))
            .filter(java.util.Objects::nonNull).toList())
        .orElse(List.of());
  }

  /** Whether the reference layer resolved some mention inside {@code [start, end)}. */
  boolean resolvedWithin(int start, int end) {
    return references.references().stream()
        .anyMatch(r -> r.span().start() >= start && r.span().end() <= end);
  }

  /** Whether a person is named before {@code offset}. */
  boolean personNamedBefore(int offset) {
    for (Located l : mentions) {
      if (l.start() >= offset) {
        return false;
      }
      if (l.entity().type() == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }

  /** The entity with this id, or null. */
  Entity entity(String id) {
    return byId.get(id);
  }

  /** Whether a time expression overlaps [start, end): such words are a date, not an actor. */
  boolean overlapsTime(int start, int end) {
    for (TimeExpression t : times) {
      if (t.start() < end && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  boolean anyEntityIn(int start, int end) {
    return entityAt(start, end) != null;
  }

  static boolean isPlace(Entity e) {
    return e != null && e.type() == EntityType.LOCATION;
  }
}
