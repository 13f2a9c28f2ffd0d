package org.sitrep.actors;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.sitrep.core.Layer;

/**
 * The actors layer of an article.
 *
 * @param actors named entities that act (people, organisations, groups, and places standing for
 *     governments), then unnamed nationality-plus-agent actors ("Syrian rebels") in text order
 * @param affiliations the affiliation relations the text states, in text order
 */
public record Actors(List<ActorRef> actors, List<Affiliation> affiliations) {
  public static final Layer<Actors> LAYER = Layer.of("actors", Actors.class);

  public Actors {
    actors = ImmutableList.copyOf(actors);
    affiliations = ImmutableList.copyOf(affiliations);
  }
}
