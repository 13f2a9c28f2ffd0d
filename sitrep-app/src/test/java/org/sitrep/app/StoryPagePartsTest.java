package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A story page split into parts: the head keeps the first page of each long list with its total
 * and number of pages, every item is on exactly one page, in order, and the pages link up.
 */
class StoryPagePartsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Function<Object, String> ENCODER = v -> {
    try {
      return JSON.writeValueAsString(v);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  };

  @Test
  void longListsArePagedAndTheHeadKeepsTheirFirstPage() throws Exception {
    int members = StoryPageParts.MEMBERS_PER_PAGE * 2 + 7;
    int reports = StoryPageParts.REPORTS_PER_PAGE + 1;
    Map<String, Object> page = page("s-velan-1", members, List.of(reports, 3, 0));
    Map<String, String> parts = StoryPageParts.split(page, ENCODER);

    JsonNode head = JSON.readTree(parts.get(StoryPageParts.HEAD));
    assertThat(head.get("members")).hasSize(StoryPageParts.MEMBERS_PER_PAGE);
    assertThat(head.get("members_total").asInt()).isEqualTo(members);
    assertThat(head.get("members_pages").asInt()).isEqualTo(3);
    assertThat(head.get("title").asText()).isEqualTo("Clashes at the Velan bridge");
    assertThat(head.get("timeline").get("days")).hasSize(1);
    JsonNode events = head.get("fused_events");
    assertThat(events.get(0).get("reports")).hasSize(StoryPageParts.REPORTS_PER_PAGE);
    assertThat(events.get(0).get("reports_total").asInt()).isEqualTo(reports);
    assertThat(events.get(0).get("reports_pages").asInt()).isEqualTo(2);
    assertThat(events.get(1).get("reports_pages").asInt()).isEqualTo(1);
    // an event with no report still has one, empty, page
    assertThat(events.get(2).get("reports_pages").asInt()).isEqualTo(1);
    assertThat(events.get(2).get("code").asText()).isEqualTo("190");

    List<String> ids = new ArrayList<>();
    for (int p = 1; ; p++) {
      JsonNode part = JSON.readTree(parts.get(StoryPageParts.members(p)));
      assertThat(part.get("story").asText()).isEqualTo("s-velan-1");
      assertThat(List.of(part.get("page").asInt(), part.get("pages").asInt(),
          part.get("total").asInt())).containsExactly(p, 3, members);
      part.get("items").forEach(m -> ids.add(m.get("id").asText()));
      if (part.get("next_page").isNull()) {
        break;
      }
      assertThat(part.get("next_page").asInt()).isEqualTo(p + 1);
    }
    assertThat(ids).hasSize(members).doesNotHaveDuplicates()
        .startsWith("velan-0000", "velan-0001").endsWith("velan-" + String.format(java.util.Locale.ROOT, "%04d", members - 1));
    assertThat(parts).doesNotContainKey(StoryPageParts.members(4));
    JsonNode firstPage = JSON.readTree(parts.get(StoryPageParts.members(1)));
    assertThat(firstPage.get("items")).isEqualTo(head.get("members"));

    JsonNode second = JSON.readTree(parts.get(StoryPageParts.reports("f-e0", 2)));
    assertThat(second.get("event").asText()).isEqualTo("f-e0");
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("article_id").asText())
        .isEqualTo("velan-" + String.format(java.util.Locale.ROOT, "%04d", reports - 1));
    assertThat(parts).containsKey(StoryPageParts.reports("f-e2", 1))
        .doesNotContainKey(StoryPageParts.reports("f-e2", 2));
  }

  @Test
  void partNamesHaveABoundedLengthWhateverTheEventId() {
    String longId = "f-" + "an-article-id-of-any-length-".repeat(20) + "17";
    assertThat(StoryPageParts.reports(longId, 12345)).hasSizeLessThanOrEqualTo(80);
    assertThat(StoryPageParts.reports(longId, 1)).isNotEqualTo(StoryPageParts.reports("f-x", 1));
    assertThatThrownBy(() -> StoryPageParts.members(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pages count from 1");
  }

  /** An invented page: {@code members} members, one fused event per entry of {@code reports}. */
  private static Map<String, Object> page(String id, int members, List<Integer> reports) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("id", id);
    page.put("title", "Clashes at the Velan bridge");
    List<Object> ms = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      ms.add(Map.of("id", String.format(java.util.Locale.ROOT, "velan-%04d", i), "score", 0.5));
    }
    page.put("members", ms);
    List<Object> events = new ArrayList<>();
    for (int e = 0; e < reports.size(); e++) {
      List<Object> rs = new ArrayList<>();
      for (int i = 0; i < reports.get(e); i++) {
        rs.add(Map.of("article_id", String.format(java.util.Locale.ROOT, "velan-%04d", i), "wording", "shelled"));
      }
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", "f-e" + e);
      event.put("code", "190");
      event.put("reports", rs);
      events.add(event);
    }
    page.put("fused_events", events);
    page.put("timeline", Map.of("days", List.of(Map.of("day", "2031-03-14"))));
    return page;
  }
}
