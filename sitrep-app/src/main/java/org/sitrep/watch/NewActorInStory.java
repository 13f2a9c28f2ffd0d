package org.sitrep.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code new actor in story}: a new event names, as its source or target, an actor that none of
 * the story's earlier events named, in a story that already had events before this cycle (in
 * {@code history}); new articles of a story that is itself new introduce its actors without
 * alerts, and so does the first cycle over an empty store, since no story is being followed yet.
 * Actors are the events' participants that are named entities or carry a CAMEO code (see {@link
 * WatchEvent#source}), compared by name ignoring case. An actor raises one alert per story per
 * cycle. Events without a story are ignored.
 *
 * <p>{@code history}: the earlier events of the stories the new events belong to.
 *
 * @param text the rule as written
 */
public record NewActorInStory(String text) implements AlertRule {

  public NewActorInStory {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public List<Alert> matches(List<WatchEvent> fresh, List<WatchEvent> history) {
    Map<String, Set<String>> actors = new HashMap<>();
    for (WatchEvent e : history) {
      learn(e, actors);
    }
    Set<String> followed = new HashSet<>(actors.keySet());
    List<Alert> out = new ArrayList<>();
    for (WatchEvent e : fresh) {
      if (e.storyId() == null) {
        continue;
      }
      Set<String> known = actors.getOrDefault(e.storyId(), Set.of());
      if (followed.contains(e.storyId())) {
        for (String[] actor : new String[][] {{e.source(), e.sourceCode()},
            {e.target(), e.targetCode()}}) {
          String key = key(actor[0]);
          if (key != null && !known.contains(key)) {
            out.add(new Alert(text, "new actor in story " + e.storyId() + ": " + actor[0]
                + (actor[1] == null ? "" : " (" + actor[1] + ")") + ": " + e.sentence(),
                e.articleId(), e.eventId(), null, e.sentence()));
            actors.computeIfAbsent(e.storyId(), s -> new HashSet<>()).add(key);
            known = actors.get(e.storyId());
          }
        }
      }
      learn(e, actors);
    }
    return out;
  }

  private static void learn(WatchEvent e, Map<String, Set<String>> actors) {
    if (e.storyId() == null) {
      return;
    }
    Set<String> known = actors.computeIfAbsent(e.storyId(), s -> new HashSet<>());
    for (String name : new String[] {e.source(), e.target()}) {
      String key = key(name);
      if (key != null) {
        known.add(key);
      }
    }
  }

  private static String key(String name) {
    return name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
  }
}
