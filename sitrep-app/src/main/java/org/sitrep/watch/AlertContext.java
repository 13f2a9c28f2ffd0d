package org.sitrep.watch;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.app.SitrepService;
import org.sitrep.store.EventFilter;
import org.sitrep.store.StoredItem;
import org.sitrep.stories.Story;

/**
 * Gathers from the store what the alert rules read: the events of the articles a cycle stored
 * ({@code fresh}) and the earlier events they may relate to ({@code history}): the other
 * articles' events of the stories the new articles joined, when a rule needs stories (the whole
 * store is clustered for it, as {@code sitrep stories} does), and the stored ceasefires (CAMEO
 * root 08, code 0871), when a rule needs them.
 *
 * @param fresh the new events, in the order their articles were stored
 * @param history the earlier events
 */
public record AlertContext(List<WatchEvent> fresh, List<WatchEvent> history) {

  private static final int PAGE = 500;

  public AlertContext {
    fresh = ImmutableList.copyOf(fresh);
    history = ImmutableList.copyOf(history);
  }

  /** What {@code rules} need to judge the articles {@code storedIds}. */
  public static AlertContext gather(SitrepService service, AlertRules rules,
      List<String> storedIds) {
    Objects.requireNonNull(service, "service");
    Set<String> fresh = new HashSet<>(storedIds);
    Map<String, String> storyOf = new HashMap<>();
    Map<String, List<String>> members = new HashMap<>();
    if (rules.needStories() && !storedIds.isEmpty()) {
      for (Story s : service.stories()) {
        for (String id : s.articleIds()) {
          storyOf.put(id, s.id());
        }
        members.put(s.id(), s.articleIds());
      }
    }
    List<WatchEvent> now = new ArrayList<>();
    for (String id : storedIds) {
      service.article(id).ifPresent(a -> now.addAll(WatchEvent.of(a, storyOf.get(id))));
    }
    List<WatchEvent> before = new ArrayList<>();
    Set<String> loaded = new HashSet<>();
    for (String id : storedIds) {
      String story = storyOf.get(id);
      for (String other : story == null ? List.<String>of() : members.get(story)) {
        if (!fresh.contains(other) && loaded.add(other)) {
          Optional<AnalyzedArticle> a = service.article(other);
          a.ifPresent(x -> before.addAll(WatchEvent.of(x, story)));
        }
      }
    }
    if (rules.needCeasefires() && !storedIds.isEmpty()) {
      before.addAll(ceasefires(service, fresh, loaded));
    }
    return new AlertContext(now, before);
  }

  /** The stored ceasefires outside {@code skip} and {@code loaded} articles. */
  private static List<WatchEvent> ceasefires(SitrepService service, Set<String> skip,
      Set<String> loaded) {
    EventFilter filter = new EventFilter(null, "08", null, null, null, null, null);
    Set<String> wanted = new java.util.TreeSet<>();
    StoredItem.Key after = null;
    while (true) {
      List<StoredItem<EventOut>> page = service.events(filter, after, PAGE);
      for (StoredItem<EventOut> item : page) {
        String code = item.item().code();
        if (code != null && code.startsWith("0871") && !skip.contains(item.articleId())
            && !loaded.contains(item.articleId())) {
          wanted.add(item.articleId());
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).key();
    }
    List<WatchEvent> out = new ArrayList<>();
    for (String id : wanted) {
      service.article(id).ifPresent(a -> WatchEvent.of(a, null).stream()
          .filter(CeasefireBroken::isCeasefire).forEach(out::add));
    }
    return out;
  }
}
