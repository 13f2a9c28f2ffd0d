package org.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.RealNewsScore.EntityCheck;
import org.sitrep.analysis.RealNewsScore.EntityKind;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.eval.EvalDataException;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.quotes.QuoteEvaluator.Found;
import org.sitrep.time.TimeExpression;

/**
 * The scoring rules of {@link RealNewsEvaluator} on an invented three-article set ({@code
 * src/test/resources/analysis/realnews-mini}: one HTML page, two JSONL texts), read through the
 * real ingest, with hand-made system outputs whose every count is worked out in the comments.
 */
class RealNewsEvaluatorTest {
  private static final Path MINI =
      Path.of("sitrep-engine/src/test/resources/analysis/realnews-mini");

  /** The span of the {@code nth} (0-based) occurrence of {@code s} in {@code text}. */
  private static int[] at(String text, String s, int nth) {
    int i = -1;
    for (int n = 0; n <= nth; n++) {
      i = text.indexOf(s, i + 1);
      assertThat(i).as("occurrence %s of '%s'", nth, s).isGreaterThanOrEqualTo(0);
    }
    return new int[] {i, i + s.length()};
  }

  private static Mention mention(String text, String s, int nth) {
    int[] sp = at(text, s, nth);
    return new Mention(sp[0], sp[1], s);
  }

  private static Entity entity(String id, String name, EntityType type, Mention... mentions) {
    return new Entity(id, name, type, null, List.of(), List.of(mentions));
  }

  private static Section section(String type, String text, String s) {
    int[] sp = at(text, s, 0);
    return new Section(type, sp[0], sp[1], "");
  }

  private static TimeExpression time(String text, String s, String value) {
    int[] sp = at(text, s, 0);
    return new TimeExpression(sp[0], sp[1], s, "DATE", value);
  }

  private static EventOut event(String text, String sentence, String source, String sourceCode,
      String root, String target, Figure... figures) {
    int[] sp = at(text, sentence, 0);
    return new EventOut(sp[0], sp[1], sentence, "verb", source, null, sourceCode, target, null,
        null, root + "0", root, 4, -5.0, null, null, null, null, null, "unknown", org.sitrep.events.DateBasis.UNKNOWN, null,
        "asserted", null, List.of(figures), null, sp[0], sp[0] + 1);
  }

  private static Map<String, String> texts(RealNewsEvaluator.Dataset d) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    d.cases().forEach(c -> out.put(c.gold().id(), c.article().text()));
    return out;
  }

  /** m01: dated HTML page; every check exercised, with right and wrong answers. */
  private static RealNewsOutput karsk(String t) {
    List<Entity> entities = List.of(
        entity("e1", "Amira Tolen", EntityType.PERSON, mention(t, "Amira Tolen", 0),
            mention(t, "Tolen", 1)),                                   // right person
        entity("e2", "Karsk", EntityType.LOCATION, mention(t, "Karsk", 0),
            mention(t, "Karsk", 3)),                                   // title and body: right
        entity("e3", "Lena Brook", EntityType.PERSON, mention(t, "Lena Brook", 0)), // caption only
        entity("e4", "Veloria", EntityType.PERSON, mention(t, "Veloria", 1)), // wrong type
        entity("e5", "Northern Defence Council", EntityType.ORGANIZATION,
            mention(t, "Northern Defence Council", 0), mention(t, "council", 0)),
        entity("e6", "Morning Brief", EntityType.ORGANIZATION, mention(t, "Morning Brief", 0)),
        entity("e7", "Ostria", EntityType.LOCATION, mention(t, "Ostria", 1)));
    List<Section> structure = List.of(section("title", t, "Shelling kills 12 in Karsk"),
        section("caption", t, "Residents of Karsk queue for water. Photo: Lena Brook"),
        section("dateline", t, "KARSK, Veloria —"),
        section("body", t, "Artillery fire from Ostrian forces killed at least 12 civilians"),
        section("body", t,
            "The council condemned the shelling. Ostria denied any attack on Karsk."),
        section("boilerplate", t, "Sign up for the Morning Brief newsletter"));
    int[] quote = at(t, "We counted twelve bodies", 0);
    return new RealNewsOutput(t, new PublishedDate("2031-05-14T23:30:00-04:00", false, "metadata"),
        structure, true, entities,
        List.of(time(t, "Tuesday", "2031-05-13"), time(t, "Friday", "2031-05-09")),
        List.of(new Found(quote[0], "We counted twelve bodies", "Tolen")),
        List.of(
            // root, source and target: matches the shelling; "more than 12" holds the toll 12
            event(t, "Artillery fire from Ostrian forces", "Ostrian forces", null, "19",
                "civilians",
                new Figure(FigureKind.KILLED, "more than 12", 0, 12, new BigDecimal(13), null, true)),
            // root and source of the condemnation; no target
            event(t, "The council condemned the shelling.", "council", null, "11", null),
            // the denial's cameo_alt root, but the wrong source
            event(t, "Ostria denied any attack on Karsk.", "Veloria", null, "01", null),
            // a root no gold event has
            event(t, "Ostria denied any attack on Karsk.", "Ostria", null, "18", "Karsk")));
  }

  /** m02: undated text; an inferred date, a missing time, a wrong speaker. */
  private static RealNewsOutput lisvan(String t) {
    List<Entity> entities = List.of(
        entity("e1", "Pavel Grinn", EntityType.PERSON, mention(t, "Pavel Grinn", 0),
            mention(t, "Grinn", 1)),
        entity("e2", "Lisvan", EntityType.LOCATION, mention(t, "Lisvan", 0),
            mention(t, "Lisvan", 1)),
        entity("e3", "Veloria", EntityType.ORGANIZATION, mention(t, "Veloria", 0)),
        entity("e4", "Ostria", EntityType.LOCATION, mention(t, "Ostria", 0)));
    // The newsletter line is classified as body: furniture in the body.
    List<Section> structure = List.of(section("title", t, "Talks resume in Lisvan"),
        section("body", t, "Negotiators from Veloria and Ostria met in Lisvan on Monday"),
        section("body", t, "Subscribe to our newsletter for daily updates."));
    int[] quote = at(t, "\"We are ready to listen,\"", 0);
    return new RealNewsOutput(t, new PublishedDate("2031-05-19", true, "inferred: Monday"),
        structure, true, entities, List.of(time(t, "Monday", "XXXX-WXX-1")),
        List.of(new Found(quote[0], "\"We are ready to listen,\"", "Ostria")),
        List.of(event(t, "Negotiators from Veloria and Ostria met", "Negotiators from Veloria",
            null, "04", null)));
  }

  private static RealNewsScore total(RealNewsEvaluator.Report r) {
    return r.total();
  }

  @Test
  void readsTheSetThroughIngest() {
    RealNewsEvaluator.Dataset d = RealNewsEvaluator.read(MINI);
    assertThat(d.size()).isEqualTo(3);
    Map<String, String> a = texts(d);
    assertThat(a).containsOnlyKeys("m01-veloria-karsk", "m02-lisvan-talks",
        "m03-port-elsa-protest");
    // The page's navigation and related links are not in the extracted text; its caption is.
    assertThat(a.get("m01-veloria-karsk")).doesNotContain("Skip to content")
        .doesNotContain("Daren Valley").contains("Residents of Karsk");
    RealNewsGold m02 = d.cases().get(1).gold();
    assertThat(m02.published()).isNull();
    assertThat(m02.quotes().get(0).speakers()).containsExactly("Pavel Grinn", "Veloria");
    assertThat(m02.aliases().get(1).targets()).containsExactly("Lisvan City");
    assertThat(d.cases().get(0).gold().events().get(2).altRoot()).isEqualTo("01");
  }

  @Test
  void countsEveryCheckExactly() {
    RealNewsEvaluator.Dataset d = RealNewsEvaluator.read(MINI);
    Map<String, RealNewsOutput> outputs = Map.of(
        "m01-veloria-karsk", karsk(d.cases().get(0).article().text()),
        "m02-lisvan-talks", lisvan(d.cases().get(1).article().text()));
    // m03 has no output: it found nothing.
    RealNewsEvaluator.Report r = RealNewsEvaluator.score(d, outputs);
    RealNewsScore t = total(r);

    assertThat(t.articles()).isEqualTo(3);
    assertThat(t.dated()).isEqualTo(2);
    // m01 right through its UTC date, m03 missed, m02 undated with an inferred date.
    assertThat(t.date()).isEqualTo(new RealNewsScore.DateCheck(1, 0, 1, 0, 1, 0));
    // Persons: Amira Tolen, Pavel Grinn found, Dara Venn missed; Veloria (m01) is a wrong person,
    // Lena Brook (caption only) is not counted.
    assertThat(t.entities().get(EntityKind.PERSONS)).isEqualTo(new EntityCheck(3, 2, 2, 3, 2, 0));
    // Organizations: the council found (with its alias); Morning Brief lies only in furniture,
    // Veloria (m02) is no organization.
    assertThat(t.entities().get(EntityKind.ORGANIZATIONS))
        .isEqualTo(new EntityCheck(1, 1, 1, 3, 1, 1));
    // Places: KARSK and Karsk are one; Veloria found only as another type, twice; Port Elsa missed.
    assertThat(t.entities().get(EntityKind.PLACES)).isEqualTo(new EntityCheck(7, 4, 6, 4, 4, 0));
    // Five pairs, one with a spelling absent from the text; the other four grouped.
    assertThat(t.aliases()).isEqualTo(new RealNewsScore.AliasCheck(5, 1, 4));
    // Tuesday right, Friday wrong value; Monday unresolved, end of month and Saturday missed.
    assertThat(t.times()).isEqualTo(new RealNewsScore.TimeCheck(5, 0, 3, 1));
    assertThat(t.datedTimes()).isEqualTo(new RealNewsScore.TimeCheck(3, 0, 2, 1));
    // Both quotes found (the first by a shorter opening); "Tolen" is Amira Tolen by alias.
    assertThat(t.quotes()).isEqualTo(new RealNewsScore.QuoteCheck(2, 2, 1));
    assertThat(t.events()).isEqualTo(
        new RealNewsScore.EventCheck(6, 1, 3, 4, 5, 3, 1, 1, 1, 1));
    // Snippets: two dropped by extraction, one in boilerplate, one analysed as body; the caption
    // stays a caption. 26 facts, Morning Brief in a snippet and Lena Brook on the caption line.
    assertThat(t.furniture()).isEqualTo(
        new RealNewsScore.FurnitureCheck(4, 2, 1, 1, 1, 0, 1, 0, 26, 1, 1, true));

    Map<String, Double> m = r.metrics();
    assertThat(m.get("realnews.date.accuracy")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(m.get("realnews.date.right")).isCloseTo(0.5, within(1e-9));
    assertThat(m.get("realnews.date.undated_ok")).isEqualTo(1.0);
    assertThat(m.get("realnews.entities.all.r")).isCloseTo(7.0 / 11, within(1e-9));
    assertThat(m.get("realnews.entities.all.p")).isCloseTo(7.0 / 10, within(1e-9));
    assertThat(m.get("realnews.entities.anytype.r")).isCloseTo(9.0 / 11, within(1e-9));
    assertThat(m.get("realnews.aliases.grouped")).isEqualTo(1.0);
    assertThat(m.get("realnews.times.value")).isCloseTo(0.2, within(1e-9));
    assertThat(m.get("realnews.times.dated.found")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(m.get("realnews.quotes.speaker")).isCloseTo(0.5, within(1e-9));
    assertThat(m.get("realnews.events.root_source_target.r")).isCloseTo(1.0 / 6, within(1e-9));
    assertThat(m.get("realnews.events.root_source.r")).isCloseTo(0.5, within(1e-9));
    assertThat(m.get("realnews.events.root.r")).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(m.get("realnews.events.p")).isCloseTo(0.6, within(1e-9));
    assertThat(m.get("realnews.events.killed")).isEqualTo(1.0);
    assertThat(m.get("realnews.furniture.boilerplate.kept_out")).isCloseTo(0.75, within(1e-9));
    assertThat(m.get("realnews.furniture.captions.kept_out")).isEqualTo(1.0);
    assertThat(m.get("realnews.furniture.facts_clean")).isCloseTo(25.0 / 26, within(1e-9));
    assertThat(m.keySet()).allMatch(k -> k.startsWith("realnews."));

    String table = r.format(true);
    assertThat(table).contains("published date", "entities (relaxed, alias-aware)", "aliases",
        "time expressions", "quotes (by prefix)", "events (gold main events)", "furniture");
    assertThat(table).contains("m03-port-elsa-protest: date missed (gold 2031-05-20)",
        "m01-veloria-karsk: organizations not in gold: Morning Brief (furniture)",
        "m02-lisvan-talks: time value: on Monday = 2031-05-19, system XXXX-WXX-1");
  }

  @Test
  void checksASystemCannotDoAreNotApplicable() {
    RealNewsEvaluator.Dataset d = RealNewsEvaluator.read(MINI);
    String t = d.cases().get(1).article().text();
    RealNewsOutput plain = new RealNewsOutput(t, null, null, false,
        List.of(entity("b1", "Pavel Grinn", EntityType.PERSON, mention(t, "Pavel Grinn", 0))),
        List.of(), List.of(), null);
    RealNewsEvaluator.Report r = RealNewsEvaluator.score(d, Map.of("m02-lisvan-talks", plain));
    // One article without a date or events makes those checks not applicable for the system.
    assertThat(r.total().date()).isNull();
    assertThat(r.total().events()).isNull();
    assertThat(r.total().aliases()).isNull();
    assertThat(r.total().furniture().structured()).isFalse();
    assertThat(r.metrics()).doesNotContainKeys("realnews.date.accuracy", "realnews.events.p",
        "realnews.aliases.grouped", "realnews.furniture.boilerplate.kept_out")
        .containsKeys("realnews.entities.persons.r", "realnews.times.found",
            "realnews.quotes.found", "realnews.furniture.facts_clean");
    assertThat(r.format(false)).contains("published date: n/a", "events: n/a", "aliases: n/a");
  }

  @Test
  void aGoldIdWithoutAnArticleIsADataError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"x1\", \"published\": null}\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("articles.jsonl"), "{\"id\": \"x2\", \"text\": \"Some text.\"}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RealNewsEvaluator.read(dir)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("'x1'");
    assertThatThrownBy(() -> RealNewsEvaluator.read(dir.resolve("nothing")))
        .isInstanceOf(EvalDataException.class).hasMessageContaining("not a folder");
  }

  @Test
  void aMalformedGoldLineNamesItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"x1\", \"aliases\": [[\"A\"]]}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RealNewsEvaluator.read(dir)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("gold.jsonl line 1").hasMessageContaining("pair");
    Files.writeString(dir.resolve("gold.jsonl"),
        "{\"id\": \"x1\", \"events\": [{\"source\": \"a\", \"cameo\": \"190\"}]}\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RealNewsEvaluator.read(dir)).isInstanceOf(EvalDataException.class)
        .hasMessageContaining("two digits");
  }

  @Test
  void namesMatchRelaxed() {
    assertThat(RealNewsText.nameKey("U.S.")).isEqualTo(RealNewsText.nameKey("US"));
    assertThat(RealNewsText.nameKey("PORT-ELSÉ")).isEqualTo("port else");
    assertThat(RealNewsText.nameKey("the Lisvan Post")).isEqualTo("lisvan post");
    assertThat(RealNewsText.nameKey("People’s Unity Front"))
        .isEqualTo(RealNewsText.nameKey("People's Unity Front"));
    assertThat(RealNewsText.nameKey("Tolen's")).isEqualTo("tolen");
    assertThat(RealNewsText.withoutRemarks("Karsk (dateline)")).isEqualTo("Karsk");
  }

  @Test
  void searchIgnoresCaseWhitespaceAndQuoteStyle() {
    String text = "Top\n\nSign  up for\u00a0the “Brief”\nnow";
    RealNewsText.Searchable s = new RealNewsText.Searchable(text);
    var found = s.find("sign up for the \"brief\"");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).in(text)).isEqualTo("Sign  up for\u00a0the “Brief”");
    assertThat(s.find("TOP sign")).hasSize(1);
    assertThat(s.find("absent")).isEmpty();
    assertThat(s.find("  ")).isEmpty();
  }

  @Test
  void quotesMatchByPrefix() {
    assertThat(RealNewsText.quoteMatches("We will hold the line until", "“We will hold the line "
        + "until the rains come,”")).isTrue();
    // A quote split around its attribution before the 40 characters end.
    assertThat(RealNewsText.quoteMatches("We will hold the line until the rains co",
        "We will hold the line")).isTrue();
    assertThat(RealNewsText.quoteMatches("We will hold the line until the rains co", "We will"))
        .isFalse();
    assertThat(RealNewsText.quoteMatches("reckless", "'Reckless.'")).isTrue();
    assertThat(RealNewsText.quoteMatches("reckless", "the reckless plan")).isFalse();
  }

  @Test
  void timeValuesCompareNormalised() {
    assertThat(RealNewsText.sameTimeValue("2031-05-13T22:30", "2031-05-13T22:30:00Z")).isTrue();
    assertThat(RealNewsText.sameTimeValue("2031-05-14", "2031-05-14TMO")).isTrue();
    assertThat(RealNewsText.sameTimeValue("2031-05-14TMO", "2031-05-14")).isFalse();
    assertThat(RealNewsText.sameTimeValue("2031-W20", "2031-w20")).isTrue();
    assertThat(RealNewsText.sameTimeValue("2031-05-14", "XXXX-WXX-3")).isFalse();
    assertThat(RealNewsText.sameTimeValue("P6M", null)).isFalse();
  }

  @Test
  void publicationDatesCountAsWrittenOrInUtc() {
    assertThat(RealNewsScorer.calendarDates("2031-05-14T23:30:00-04:00")).containsExactlyInAnyOrder(
        java.time.LocalDate.of(2031, 5, 14), java.time.LocalDate.of(2031, 5, 15));
    assertThat(RealNewsScorer.calendarDates("2031-05-14")).containsExactly(
        java.time.LocalDate.of(2031, 5, 14));
    assertThat(RealNewsScorer.calendarDates("last Tuesday")).isEmpty();
  }

  @Test
  void speakersMatchByWordsAndAliases() {
    List<RealNewsGold.Alias> aliases = List.of(
        new RealNewsGold.Alias("Tolen", List.of("Amira Tolen"), false),
        new RealNewsGold.Alias("Brook", List.of("Lena Brook"), false),
        new RealNewsGold.Alias("bureau", List.of("Karsk Bureau of Inquiry"), false),
        new RealNewsGold.Alias("Venn", List.of("Dara Venn", "Ilse Venn"), true));
    assertThat(RealNewsScorer.sameSpeaker(List.of("Amira Tolen"), "Tolen", aliases)).isTrue();
    assertThat(RealNewsScorer.sameSpeaker(List.of("Tolen"), "Amira Tolen", aliases)).isTrue();
    // A name containing another's short form does not take its words.
    assertThat(RealNewsScorer.sameSpeaker(List.of("Lena Brook"), "Mark Brook", aliases)).isFalse();
    // A description may: "bureau" stands for the bureau's full name.
    assertThat(RealNewsScorer.sameSpeaker(List.of("Karsk Bureau of Inquiry spokesperson"),
        "a bureau spokesperson", aliases)).isTrue();
    assertThat(RealNewsScorer.sameSpeaker(List.of("Dara Venn"), "Venn", aliases)).isFalse();
    assertThat(RealNewsScorer.sameSpeaker(List.of("journalist in Karsk"),
        "a journalist in Karsk", aliases)).isTrue();
    assertThat(RealNewsScorer.sameSpeaker(List.of("Amira Tolen"), null, aliases)).isFalse();
  }

  @Test
  void actorsMatchByCountryOfNameOrCode() {
    RealNewsEvaluator.Dataset d = RealNewsEvaluator.read(MINI);
    String t = d.cases().get(0).article().text();
    RealNewsGold gold = new RealNewsGold("x", null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(new RealNewsGold.GoldEvent("Thai soldiers", "19", null,
            "Cambodia (defence ministry)", null)), List.of(), List.of());
    RealNewsScorer scorer = new RealNewsScorer(org.sitrep.actors.ActorDictionary.builtIn());
    // The source's country from its code, the target's from the demonym in its name.
    RealNewsOutput byCode = new RealNewsOutput(t, null, null, false, List.of(), List.of(),
        List.of(), List.of(new EventOut(0, 10, "x", "fired", "troops", null, "THAMIL",
            "Cambodian forces", null, null, "190", "19", 4, -10, null, null, null, null, null,
            "unknown", org.sitrep.events.DateBasis.UNKNOWN, null, "asserted", null, List.of(), null, 0, 1)));
    assertThat(scorer.score(gold, byCode).events().rootSourceTarget()).isEqualTo(1);
    RealNewsOutput wrong = new RealNewsOutput(t, null, null, false, List.of(), List.of(),
        List.of(), List.of(new EventOut(0, 10, "x", "fired", "troops", null, "KHMMIL",
            "Cambodian forces", null, null, "190", "19", 4, -10, null, null, null, null, null,
            "unknown", org.sitrep.events.DateBasis.UNKNOWN, null, "asserted", null, List.of(), null, 0, 1)));
    RealNewsScore.EventCheck e = scorer.score(gold, wrong).events();
    assertThat(e.root()).isEqualTo(1);
    assertThat(e.rootSource()).isZero();
  }

  @Test
  void matchingIsMaximumOneToOne() {
    // Gold 0 fits system 0 and 1, gold 1 only system 0: both are matched.
    int[] m = RealNewsScorer.match(2, 2, (i, j) -> i == 0 || j == 0);
    assertThat(m).containsExactly(1, 0);
    assertThat(RealNewsScorer.match(2, 1, (i, j) -> true)).containsOnlyOnce(-1);
  }

  @Test
  void killedFiguresHoldTheToll() {
    EventOut atLeast = event("x", 12, null);
    EventOut moreThan = event("x", 201, null);
    EventOut exact = event("x", 9, 9);
    assertThat(RealNewsScorer.killedFits(atLeast, 12)).isTrue();
    assertThat(RealNewsScorer.killedFits(atLeast, 40)).isTrue();
    assertThat(RealNewsScorer.killedFits(moreThan, 200)).isTrue();
    assertThat(RealNewsScorer.killedFits(moreThan, 199)).isFalse();
    assertThat(RealNewsScorer.killedFits(exact, 9)).isTrue();
    assertThat(RealNewsScorer.killedFits(exact, 8)).isFalse();
  }

  private static EventOut event(String text, Integer min, Integer max) {
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure(FigureKind.WOUNDED, "many", 0, 4, BigDecimal.ONE, null, true));
    figures.add(new Figure(FigureKind.KILLED, "n", 0, 1, min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max), max == null));
    return new EventOut(0, 1, text, "killed", "gunmen", null, null, null, null, null, "190", "19",
        4, -10, null, null, null, null, null, "unknown", org.sitrep.events.DateBasis.UNKNOWN, null, "asserted", null,
        figures, null, 0, 1);
  }
}
