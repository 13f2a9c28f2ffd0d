package org.sitrep.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.FusedStory;

/**
 * A story's key actors and the relations between them, from its fused events (each real-world
 * event once, however many outlets report it). An actor's weight is the number of fused events it
 * is the source or target of; the key actors are the {@value #KEY_ACTORS} heaviest (ties by
 * name). A relation joins a source to a target of at least one fused event, both key actors,
 * with the number of such events and its kind: the CAMEO quad class most of them fall in (ties to
 * the more violent), from the event's root code (01-05 verbal cooperation, 06-09 material
 * cooperation, 10-14 verbal conflict, 15-20 material conflict). At most {@value #RELATIONS}
 * relations, most events first. Names are compared as the fused events give them.
 *
 * @param actors key actors, heaviest first
 * @param relations relations between key actors, most events first
 */
public record ActorNetwork(List<Actor> actors, List<Relation> relations) {
  static final int KEY_ACTORS = 8;
  static final int RELATIONS = 12;

  public ActorNetwork {
    actors = ImmutableList.copyOf(actors);
    relations = ImmutableList.copyOf(relations);
  }

  /** The CAMEO quad classes, mildest first. */
  public enum Kind {
    VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

    /** The quad class of a CAMEO root ("01" to "20"), or null when it is not one. */
    static Kind ofRoot(String root) {
      int r;
      try {
        r = Integer.parseInt(root.strip());
      } catch (NumberFormatException | NullPointerException e) {
        return null;
      }
      return r >= 1 && r <= 5 ? VERBAL_COOPERATION : r >= 6 && r <= 9 ? MATERIAL_COOPERATION
          : r >= 10 && r <= 14 ? VERBAL_CONFLICT : r >= 15 && r <= 20 ? MATERIAL_CONFLICT : null;
    }

    /** Lower case with spaces, for display. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * A key actor.
   *
   * @param name as the fused events give it
   * @param events the fused events it is source or target of
   */
  public record Actor(String name, int events) {
    public Actor {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Source → target over one or more fused events.
   *
   * @param source the source actor
   * @param target the target actor
   * @param events how many fused events
   * @param kind their most frequent quad class
   * @param fusedEventIds the fused events, in the story's order
   */
  public record Relation(String source, String target, int events, Kind kind,
      List<String> fusedEventIds) {
    public Relation {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(kind, "kind");
      checkArgument(events > 0, "a relation needs an event");
      fusedEventIds = ImmutableList.copyOf(fusedEventIds);
    }
  }

  /** The network of a fused story. */
  public static ActorNetwork of(FusedStory fused) {
    Map<String, Integer> weight = new HashMap<>();
    for (FusedEvent e : fused.events()) {
      if (e.source() != null) {
        weight.merge(e.source(), 1, Integer::sum);
      }
      if (e.target() != null && !e.target().equals(e.source())) {
        weight.merge(e.target(), 1, Integer::sum);
      }
    }
    List<Actor> actors = new ArrayList<>();
    weight.forEach((n, w) -> actors.add(new Actor(n, w)));
    actors.sort(Comparator.comparingInt(Actor::events).reversed().thenComparing(Actor::name));
    List<Actor> key = actors.subList(0, Math.min(KEY_ACTORS, actors.size()));
    Map<String, Boolean> isKey = new HashMap<>();
    key.forEach(a -> isKey.put(a.name(), true));
    Map<String, List<FusedEvent>> pairs = new LinkedHashMap<>();
    for (FusedEvent e : fused.events()) {
      if (e.source() != null && e.target() != null && !e.source().equals(e.target())
          && isKey.containsKey(e.source()) && isKey.containsKey(e.target())
          && Kind.ofRoot(e.root()) != null) {
        pairs.computeIfAbsent(e.source() + "\u0000" + e.target(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Relation> relations = new ArrayList<>();
    pairs.forEach((k, events) -> {
      int[] counts = new int[Kind.values().length];
      events.forEach(e -> counts[Kind.ofRoot(e.root()).ordinal()]++);
      Kind kind = Kind.VERBAL_COOPERATION;
      for (Kind q : Kind.values()) {
        if (counts[q.ordinal()] >= counts[kind.ordinal()]) {
          kind = q;
        }
      }
      String[] st = k.split("\u0000", 2);
      relations.add(new Relation(st[0], st[1], events.size(), kind,
          events.stream().map(FusedEvent::id).toList()));
    });
    relations.sort(Comparator.comparingInt(Relation::events).reversed()
        .thenComparing(Relation::source).thenComparing(Relation::target));
    return new ActorNetwork(key, relations.subList(0, Math.min(RELATIONS, relations.size())));
  }
}
