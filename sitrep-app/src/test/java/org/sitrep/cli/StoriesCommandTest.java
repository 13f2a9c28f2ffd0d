package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.TestSupport;

/**
 * {@code sitrep stories} and {@code sitrep story ID} end to end, on two invented stories analysed
 * into a temporary data directory (CoreNLP is loaded once for the whole test run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesCommandTest {
  @TempDir static Path tmp;
  Path data;

  @BeforeAll
  void analyseTwoInventedStories() throws IOException {
    TestSupport.sitrep();
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Map<String, String> a : List.of(
        article("korv-1", "Valley Times", "2026-03-02",
            "Fighting erupts in Korvassa between army and Northern Valley Brigades",
            "KORVASSA, March 2 (Valley Times) - Heavy fighting broke out on Monday in the"
                + " northern town of Korvassa between the army and the Northern Valley Brigades,"
                + " residents said. Brigades commander Omar Tamimi said his fighters had seized"
                + " the Korvassa grain depot. The army shelled the Brigades' positions near the"
                + " Elmira bridge, killing at least six fighters, a local official said."),
        article("korv-2", "Harbor Gazette", "2026-03-03",
            "Army retakes Korvassa grain depot from Northern Valley Brigades",
            "KORVASSA, March 3 (Harbor Gazette) - The army retook the Korvassa grain depot on"
                + " Tuesday after a day of fighting with the Northern Valley Brigades, the defence"
                + " ministry said. Omar Tamimi, the Brigades' commander, said his fighters had"
                + " withdrawn towards the Elmira bridge. Residents of Korvassa said shelling"
                + " killed at least six fighters."),
        article("korv-3", "Valley Times", "2026-03-04",
            "Northern Valley Brigades agree Korvassa truce",
            "KORVASSA, March 4 (Valley Times) - The Northern Valley Brigades and the army"
                + " agreed a truce in Korvassa on Wednesday, two days after fighting over the"
                + " grain depot. Omar Tamimi said the Brigades would hold their positions at the"
                + " Elmira bridge while talks go on."),
        article("lind-1", "Lakeside Post", "2026-07-14",
            "Dravonia and Selmark open border water talks in Lindholm",
            "LINDHOLM, July 14 (Lakeside Post) - Foreign ministers of Dravonia and Selmark"
                + " opened talks in Lindholm on Tuesday on sharing the waters of the Vessa river,"
                + " which both countries use to irrigate farmland. Dravonian foreign minister"
                + " Anja Kestrel said a deal on the Vessa dam was within reach. Selmark's minister"
                + " Piet Varnhout called the talks constructive."),
        article("lind-2", null, "2026-07-15",
            "Dravonia and Selmark sign Vessa river water deal in Lindholm",
            "Dravonia and Selmark signed an agreement in Lindholm on Wednesday to share the"
                + " waters of the Vessa river, ending the dispute over the Vessa dam. Anja Kestrel,"
                + " Dravonia's foreign minister, and Piet Varnhout, her Selmark counterpart, signed"
                + " the deal after two days of talks."))) {
      lines.add(json.writeValueAsString(a));
    }
    Files.write(in.resolve("invented.jsonl"), lines);
    data = tmp.resolve("data");
    CliRun r = CliRun.run("analyze", "--data", data.toString(), in.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static Map<String, String> article(String id, String source, String published,
      String title, String text) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("id", id);
    m.put("title", title);
    m.put("text", text);
    m.put("published", published);
    if (source != null) {
      m.put("source", source);
    }
    return m;
  }

  @Test
  void listsTheTwoStoriesWithTheirArticlesDatesAndKnownOutlets() throws IOException {
    CliRun r = CliRun.run("stories", "--data", data.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    // analyze stored the stories as it went: nothing to build on first read.
    assertThat(r.err()).doesNotContain("stories:");
    JsonNode stories = new ObjectMapper().readTree(r.out()).get("stories");
    assertThat(stories).hasSize(2);
    JsonNode korv = stories.get(0);
    assertThat(fieldNames(korv)).containsExactly("id", "title", "articles", "first", "last",
        "outlets");
    assertThat(korv.get("id").asText()).isEqualTo("s-korv-1");
    assertThat(korv.get("title").asText())
        .isEqualTo("Fighting erupts in Korvassa between army and Northern Valley Brigades");
    assertThat(texts(korv.get("articles"))).containsExactly("korv-1", "korv-2", "korv-3");
    assertThat(korv.get("first").asText()).isEqualTo("2026-03-02");
    assertThat(korv.get("last").asText()).isEqualTo("2026-03-04");
    assertThat(texts(korv.get("outlets"))).containsExactly("Harbor Gazette", "Valley Times");
    JsonNode lind = stories.get(1);
    assertThat(lind.get("id").asText()).isEqualTo("s-lind-1");
    assertThat(texts(lind.get("articles"))).containsExactly("lind-1", "lind-2");
    // lind-2 has no outlet: unknown outlets are left out, not listed as null.
    assertThat(texts(lind.get("outlets"))).containsExactly("Lakeside Post");

    CliRun text = CliRun.run("stories", "--data", data.toString());
    assertThat(text.code()).isZero();
    assertThat(text.out().lines().toList()).hasSize(2).satisfiesExactly(
        l -> assertThat(l).startsWith("s-korv-1").contains("2026-03-02..2026-03-04",
            "3 article(s)", "[Harbor Gazette, Valley Times]", "Fighting erupts in Korvassa"),
        l -> assertThat(l).startsWith("s-lind-1").contains("2 article(s)", "[Lakeside Post]"));
  }

  @Test
  void showsOneStoryWithItsMembersAndTimeline() throws IOException {
    CliRun r = CliRun.run("story", "--data", data.toString(), "s-korv-1", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(r.out());
    assertThat(story.get("id").asText()).isEqualTo("s-korv-1");
    JsonNode members = story.get("members");
    assertThat(members).hasSize(3);
    assertThat(members.get(0).get("started").asBoolean()).isTrue();
    JsonNode second = members.get(1);
    assertThat(second.get("id").asText()).isEqualTo("korv-2");
    assertThat(second.get("outlet").asText()).isEqualTo("Harbor Gazette");
    assertThat(second.get("published").asText()).startsWith("2026-03-03");
    assertThat(second.get("started").asBoolean()).isFalse();
    assertThat(second.get("score").asDouble()).isGreaterThan(0);
    assertThat(texts(second.get("shared_names"))).isNotEmpty();
    assertThat(second.has("wire")).isTrue();
    assertThat(second.has("duplicate_of")).isTrue();
    assertThat(story.get("threads")).hasSize(1);
    assertThat(story.get("merged")).isEmpty();
    assertThat(fieldNames(story)).containsSubsequence("members", "fused_events",
        "contradictions", "timeline", "framing");
    JsonNode fused = story.get("fused_events");
    assertThat(fused).isNotEmpty().allSatisfy(e -> {
      assertThat(fieldNames(e)).containsExactly("id", "code", "root", "source", "target", "date",
          "date_precision", "place", "corroboration", "sources", "first", "latest", "reports");
      assertThat(e.get("corroboration").asInt()).isBetween(1, 2);
      e.get("reports").forEach(rep -> {
        assertThat(rep.get("article_id").asText()).startsWith("korv-");
        assertThat(rep.get("sentence_end").asInt())
            .isGreaterThan(rep.get("sentence_start").asInt());
      });
    });
    assertThat(story.get("contradictions").isArray()).isTrue();
    JsonNode timeline = story.get("timeline");
    assertThat(fieldNames(timeline)).containsExactly("events", "days");
    assertThat(timeline.get("events")).hasSize(fused.size());
    List<String> days = new ArrayList<>();
    timeline.get("days").forEach(d -> days.add(d.get("day").asText()));
    assertThat(days).isNotEmpty().isSorted().allSatisfy(d -> assertThat(d).startsWith("2026-03"));
    // Framing per outlet: every outlet of the story, each with its actors' labels and terms.
    JsonNode outlets = story.get("framing").get("outlets");
    List<String> framed = new ArrayList<>();
    outlets.forEach(o -> {
      framed.add(o.get("outlet").asText());
      assertThat(fieldNames(o)).containsExactly("outlet", "actors", "loaded_terms",
          "voice_share", "voice_share_by_side", "omissions");
      assertThat(fieldNames(o.get("omissions"))).containsExactly("actors", "events");
      o.get("voice_share").forEach(v -> assertThat(v.get("share").asDouble()).isBetween(0.0,
          1.0));
      o.get("actors").forEach(a -> a.get("labels").forEach(l -> {
        assertThat(l.get("article_id").asText()).startsWith("korv-");
        assertThat(l.get("voice").asText()).isIn("own", "quoted");
      }));
    });
    assertThat(framed).contains("Harbor Gazette", "Valley Times");

    CliRun text = CliRun.run("story", "--data", data.toString(), "s-korv-1");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("story:     s-korv-1", "outlets:   Harbor Gazette, Valley"
        + " Times", "korv-2", "joined: score", "shared names:", "fused events (", "corroboration ",
        "contradictions (", "timeline (fused events in date order):", "per day:",
        "framing (labels per actor; loaded terms):")
        .doesNotContain("lind-");
  }

  @Test
  void writesASituationReportAsMarkdownAndAsSelfContainedHtml() throws IOException {
    CliRun md = CliRun.run("report", "--data", data.toString(), "s-korv-1", "--format", "md");
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out()).startsWith("# Situation report: Fighting erupts in Korvassa")
        .contains("## Summary", "## Timeline", "## Events by corroboration",
            "## Casualty figures", "## Contradictions", "## Key quotes", "## Framing per outlet",
            "## Sources", "korv-2");
    Path file = tmp.resolve("korv.html");
    CliRun html = CliRun.run("report", "--data", data.toString(), "s-korv-1", "--format", "html",
        "--output", file.toString());
    assertThat(html.code()).as(html.err()).isZero();
    String page = Files.readString(file);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "Korvassa")
        .doesNotContain("<script", "http://", "https://", "src=");
    assertThat(CliRun.run("report", "--data", data.toString(), "s-nowhere").code())
        .isEqualTo(2);
  }

  @Test
  void anUnknownStoryIsAOneLineUsageError() {
    CliRun r = CliRun.run("story", "--data", data.toString(), "s-nowhere");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("sitrep: no story 's-nowhere'; 'sitrep stories' lists"
        + " them");
    CliRun none = CliRun.run("stories", "--data", tmp.resolve("absent").toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("no data in").doesNotContain("at org.");
    assertThat(CliRun.run("stories", "--data", data.toString(), "--format", "xml").code())
        .isEqualTo(2);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
