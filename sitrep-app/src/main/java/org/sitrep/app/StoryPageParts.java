package org.sitrep.app;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a story's page ({@link SitrepService#page}) into the parts the API serves, so that a
 * story of a thousand articles is not sent (nor read, nor hashed) whole on every request:
 *
 * <ul>
 *   <li>{@value #HEAD}: the page with its two long lists cut to their first page: {@code
 *       members} (then {@code members_total}, {@code members_pages}) and each fused event's
 *       {@code reports} (then {@code reports_total}, {@code reports_pages});
 *   <li>{@code members/N}: page N (from 1) of the members, {@value #MEMBERS_PER_PAGE} a page;
 *   <li>{@code reports/KEY/N}: page N of one fused event's reports, {@value #REPORTS_PER_PAGE} a
 *       page, KEY being {@link #eventKey} of the fused event's id.
 * </ul>
 *
 * A list page is {@code {story, page, pages, total, items, next_page}} ({@code next_page} null on
 * the last page); a fused event's also names its {@code event}. Stateless.
 */
final class StoryPageParts {
  static final String HEAD = "head";
  static final int MEMBERS_PER_PAGE = 100;
  static final int REPORTS_PER_PAGE = 25;

  private StoryPageParts() {}

  /** The name of page {@code page} (from 1) of the members. */
  static String members(int page) {
    checkArgument(page >= 1, "pages count from 1, got %s", page);
    return "members/" + page;
  }

  /** The name of page {@code page} (from 1) of one fused event's reports. */
  static String reports(String eventId, int page) {
    checkArgument(page >= 1, "pages count from 1, got %s", page);
    return "reports/" + eventKey(eventId) + "/" + page;
  }

  /**
   * A fixed-length key for a fused event id (ids embed article ids, which have no length bound):
   * the first 64 bits of its SHA-256, in hex.
   */
  static String eventKey(String eventId) {
    return Hashing.sha256().hashString(eventId, StandardCharsets.UTF_8).toString()
        .substring(0, 16);
  }

  /** The parts of {@code page}, by name, each written by {@code encoder}; the head first. */
  @SuppressWarnings("unchecked")
  static Map<String, String> split(Map<String, Object> page, Function<Object, String> encoder) {
    String story = String.valueOf(page.get("id"));
    Map<String, String> parts = new LinkedHashMap<>();
    Map<String, Object> head = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : page.entrySet()) {
      switch (e.getKey()) {
        case "members" -> {
          List<Object> members = (List<Object>) e.getValue();
          head.put("members", first(members, MEMBERS_PER_PAGE));
          head.put("members_total", members.size());
          head.put("members_pages", pages(members.size(), MEMBERS_PER_PAGE));
          list(story, null, members, MEMBERS_PER_PAGE, StoryPageParts::members, encoder, parts);
        }
        case "fused_events" -> {
          List<Object> events = new ArrayList<>();
          for (Object o : (List<Object>) e.getValue()) {
            Map<String, Object> event = new LinkedHashMap<>((Map<String, Object>) o);
            String id = String.valueOf(event.get("id"));
            List<Object> reports = (List<Object>) event.get("reports");
            event.put("reports", first(reports, REPORTS_PER_PAGE));
            event.put("reports_total", reports.size());
            event.put("reports_pages", pages(reports.size(), REPORTS_PER_PAGE));
            list(story, id, reports, REPORTS_PER_PAGE, n -> reports(id, n), encoder, parts);
            events.add(event);
          }
          head.put("fused_events", events);
        }
        default -> head.put(e.getKey(), e.getValue());
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put(HEAD, encoder.apply(head));
    out.putAll(parts);
    return out;
  }

  private static List<Object> first(List<Object> list, int size) {
    return List.copyOf(list.subList(0, Math.min(size, list.size())));
  }

  /** Pages a list of {@code n} items takes; an empty list has one, empty, page. */
  static int pages(int n, int size) {
    return Math.max(1, (n + size - 1) / size);
  }

  private static void list(String story, String event, List<Object> items, int size,
      java.util.function.IntFunction<String> name, Function<Object, String> encoder,
      Map<String, String> parts) {
    int pages = pages(items.size(), size);
    for (int p = 1; p <= pages; p++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("story", story);
      if (event != null) {
        m.put("event", event);
      }
      m.put("page", p);
      m.put("pages", pages);
      m.put("total", items.size());
      m.put("items", items.subList((p - 1) * size, Math.min(items.size(), p * size)));
      m.put("next_page", p < pages ? p + 1 : null);
      parts.put(name.apply(p), encoder.apply(m));
    }
  }
}
