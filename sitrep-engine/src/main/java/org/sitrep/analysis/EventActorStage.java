package org.sitrep.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.ActorCoder;
import org.sitrep.actors.Actors;
import org.sitrep.actors.CodedActor;
import org.sitrep.clean.Published;
import org.sitrep.core.Document;
import org.sitrep.core.Layer;
import org.sitrep.core.Span;
import org.sitrep.core.Stage;
import org.sitrep.entities.Entities;
import org.sitrep.entities.Entity;
import org.sitrep.entities.Mention;
import org.sitrep.events.Event;
import org.sitrep.events.Events;
import org.sitrep.ingest.Article;

/**
 * Gives every event's source and target a CAMEO actor code with {@link ActorCoder}: the
 * participant's phrase is found in the event's sentence (an entity's mention there, or the words
 * the events stage named it by) and coded with the words around it, so that "Israel's high court"
 * is ISRJUD although the events stage names the participant by the entity "Israel".
 *
 * <p>The events stage does not say where in the sentence a participant stands; when the phrase
 * occurs more than once, the occurrence nearest before the event's trigger is taken for the source
 * and the one nearest after it for the target. A participant with no occurrence in its sentence (a person
 * "he" refers to) is coded by name.
 *
 * <p>Stateless and thread-safe; runs after the events stage, and reads the places layer when the
 * pipeline has one.
 */
public final class EventActorStage implements Stage<EventActors> {
  private final ActorCoder coder;

  private EventActorStage(ActorCoder coder) {
    this.coder = coder;
  }

  /** The stage over {@code coder} (use the actors stage's, so a user overlay reaches events). */
  public static EventActorStage using(ActorCoder coder) {
    return new EventActorStage(checkNotNull(coder, "coder"));
  }

  @Override
  public String name() {
    return "event-actors";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Article.LAYER, Published.LAYER, Entities.LAYER, Actors.LAYER, Events.LAYER);
  }

  @Override
  public Layer<EventActors> produces() {
    return EventActors.LAYER;
  }

  @Override
  public EventActors process(Document document) {
    ActorCoder.Context ctx = ActorCoder.Context.of(document);
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : document.get(Entities.LAYER).entities()) {
      byId.put(e.id(), e);
    }
    List<EventActors.Coded> out = new ArrayList<>();
    for (Event e : document.get(Events.LAYER).events()) {
      out.add(new EventActors.Coded(
          code(e, e.sourceName(), e.sourceId(), true, ctx, byId),
          code(e, e.targetName(), e.targetId(), false, ctx, byId)));
    }
    return new EventActors(out);
  }

  private CodedActor code(Event e, String name, String id, boolean source,
      ActorCoder.Context ctx, Map<String, Entity> byId) {
    if (name == null) {
      return null;
    }
    Span span = locate(e, name, id == null ? null : byId.get(id), source, ctx.text());
    return coder.code(name, span, ctx).orElse(null);
  }

  /** Where the participant stands in the event's sentence, or null when it does not occur there. */
  static Span locate(Event e, String name, Entity entity, boolean source, String text) {
    List<Span> found = new ArrayList<>();
    if (entity != null) {
      for (Mention m : entity.mentions()) {
        if (m.start() >= e.start() && m.end() <= e.end()) {
          found.add(Span.of(m.start(), m.end()));
        }
      }
    } else {
      for (int at = text.indexOf(name, e.start()); at >= 0 && at + name.length() <= e.end();
          at = text.indexOf(name, at + 1)) {
        if (boundary(text, at - 1) && boundary(text, at + name.length())) {
          found.add(Span.of(at, at + name.length()));
        }
      }
    }
    if (found.isEmpty()) {
      return null;
    }
    int trigger = e.triggerStart();
    Span pick = null;
    if (source) {
      for (Span s : found) {
        if (s.end() <= trigger) {
          pick = s; // the last one before the trigger
        }
      }
    } else {
      for (Span s : found) {
        if (s.start() > trigger && pick == null) {
          pick = s; // the first one after it
        }
      }
    }
    return pick != null ? pick : source ? found.get(0) : found.get(found.size() - 1);
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
