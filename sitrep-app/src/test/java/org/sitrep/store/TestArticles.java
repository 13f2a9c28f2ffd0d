package org.sitrep.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Affiliation;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.quotes.Claim;
import org.sitrep.quotes.Quote;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.numbers.NumberMention;
import org.sitrep.time.TimeExpression;

/**
 * Hand-built analysed articles for store and search tests. The texts are invented; offsets are
 * found in the text so that every annotation really covers what it claims to.
 */
public final class TestArticles {
  public static final String ANALYSIS = "0.1.0-test";

  private TestArticles() {}

  /**
   * A fully populated article: curly quotes, a non-BMP character, roles, a null subtype, numbers
   * whose scale matters (2.50, 3E+6, an open upper bound), and a boilerplate span.
   */
  public static AnalyzedArticle rich(String id) {
    String title = "Drone strike hits Qaraqosh depot \uD83D\uDE81 overnight";
    String dateline = "QARAQOSH, Nineveh \u2014 ";
    String body = "Governor Lina Hadad, the provincial governor, said on Friday that \u201cmore than"
        + " 400\u201d families had fled. Hadad\u2019s office put losses at around 2.50 million"
        + " dinars and 3 million rounds. The Northern Shield militia denied it.";
    String boiler = "Subscribe to our newsletter \uD835\uDC12";
    String text = title + "\n" + dateline + body + "\n" + boiler + "\n";
    List<Section> structure = List.of(
        section(text, "title", title, ""),
        section(text, "dateline", dateline.strip(), ""),
        section(text, "body", body, ""),
        section(text, "boilerplate", boiler, "newsletter prompt"));
    List<Entity> entities = List.of(
        new Entity("e1", "Lina Hadad", EntityType.PERSON, null,
            List.of("Governor", "the provincial governor"),
            List.of(mention(text, "Lina Hadad", 0), mention(text, "Hadad", 1))),
        new Entity("e2", "Qaraqosh", EntityType.LOCATION, "CITY", List.of(),
            List.of(mention(text, "Qaraqosh", 0))),
        new Entity("e3", "Northern Shield", EntityType.ORGANIZATION, "ARMED_GROUP", List.of(),
            List.of(mention(text, "Northern Shield", 0))));
    List<TimeExpression> times = List.of(
        time(text, "overnight", "TIME", "2026-01-09TNI"),
        time(text, "on Friday", "DATE", "2026-01-09"));
    List<NumberMention> numbers = List.of(
        number(text, "more than 400", new BigDecimal("401"), null, true),
        number(text, "around 2.50 million", new BigDecimal("2.50E+6"), new BigDecimal("2.75E6"),
            true),
        number(text, "3 million", new BigDecimal("3E+6"), new BigDecimal("3000000"), false));
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, ANALYSIS,
        "Nineveh Wire", "https://example.org/" + id, "text", title,
        new PublishedDate("2026-01-09", true, "inferred: \u201cFriday\u201d in the body"),
        "QARAQOSH, Nineveh", text, structure, entities, times, numbers,
        List.of("smart quote \u201cfixed\u201d? no: never rewritten", "dateline \uD83D\uDCCD guessed"));
  }

  /**
   * {@link #rich} with every field of output schema 2: actors (one without an entity),
   * affiliations, a resolved place and one with null coordinates, a direct and a reported quote, a
   * claim, and events with figures (scales that matter, an open bound), with and without a place,
   * and doubles that only survive exactly (0.1 + 0.2, the smallest subnormal, a negative Goldstein
   * score). Not -0.0: H2 folds it to 0.0.
   */
  public static AnalyzedArticle full(String id) {
    AnalyzedArticle r = rich(id);
    String text = r.text();
    int s1 = text.indexOf("Governor");
    int e1 = text.indexOf("fled.") + 5;
    int s3 = text.indexOf("The Northern Shield");
    int e3 = text.indexOf("denied it.") + 10;
    int q = text.indexOf("more than 400");
    List<ActorRef> actors = List.of(
        new ActorRef("e1", "Lina Hadad", ActorKind.PERSON, "IRQ", "IRQGOV", "role: Governor"),
        new ActorRef("e3", "Northern Shield", ActorKind.ARMED_NONSTATE, null, null,
            "entity subtype: ARMED_GROUP"),
        new ActorRef(null, "provincial militias", ActorKind.ARMED_NONSTATE, "IRQ", "IRQREB",
            "agent+country: provincial militias"));
    List<Affiliation> affiliations = List.of(
        new Affiliation("e3", "backed-by", "Iranian", null, s3, e3, "Iranian-backed"),
        new Affiliation(null, "led-by", "Kurdish", "e1", s1, e1, "Kurdish-led"));
    PlaceOut qaraqosh = new PlaceOut("e2", "Qaraqosh", "CITY", "Qaraqosh", "IQ", "Nineveh",
        36.2674, 0.1 + 0.2, "gazetteer");
    PlaceOut unknown = new PlaceOut(null, "the old depot", "UNRESOLVED", null, null, null, null,
        null, "not in the gazetteer");
    List<Quote> quotes = List.of(
        new Quote(q, q + 13, "more than 400", "Lina Hadad", "e1", "said", null, Quote.DIRECT, s1,
            e1),
        new Quote(s3 + 4, e3 - 1, text.substring(s3 + 4, e3 - 1), null, null, null,
            "in a statement", Quote.REPORTED, s3, e3));
    List<Claim> claims = List.of(
        new Claim("Northern Shield", "e3", "denied", null, null, "", s3, e3),
        new Claim(null, null, "blamed", "Northern Shield", "e3", "the strike", s1, e1));
    int n = text.indexOf("2.50");
    List<Figure> figures = List.of(
        new Figure(FigureKind.DISPLACED, "more than 400", q, q + 13, new BigDecimal("401"), null, true),
        new Figure(FigureKind.KILLED, "2.50", n, n + 4, new BigDecimal("2.50"), new BigDecimal("3E+2"),
            false));
    int fled = text.indexOf("fled.");
    int denied = text.indexOf("denied it.");
    List<EventOut> events = List.of(
        new EventOut(s1, e1, text.substring(s1, e1), "fled", "Lina Hadad", "e1", "IRQGOV",
            "Northern Shield", "e3", null, "0233", "02", 1, -10.0, "ASSAULT", "aerial",
            "Explosions/Remote violence", "Air/drone strike", "2026-01-09", "day", DateBasis.SENTENCE,
            qaraqosh, "reported", "Lina Hadad", figures, "9f86d081884c7d65", fled, fled + 4),
        // an event stored before store schema 3 has no id
        new EventOut(s3, e3, text.substring(s3, e3), "denied", "Northern Shield", "e3", null,
            null, null, null, "023", "02", 1, Double.MIN_VALUE, "ACCUSE", null, null, null, null, "unknown",
            DateBasis.UNKNOWN, null, "denied", null, List.of(), null, denied, denied + 6));
    return new AnalyzedArticle(r.schema(), r.id(), 0, r.contentHash(), r.analysisVersion(),
        r.source(), r.url(), r.format(), r.title(), r.published(), r.dateline(), text,
        r.structure(), r.entities(), r.times(), r.numbers(), r.warnings(), actors, affiliations,
        List.of(qaraqosh, unknown), quotes, claims, events);
  }

  /** A minimal article: no metadata, no annotations, no published date. */
  public static AnalyzedArticle bare(String id, String text) {
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + text.hashCode(), ANALYSIS,
        null, null, "text", null, new PublishedDate(null, false, null), null, text, List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The {@code i}-th of a family of distinct, deterministic articles; the same {@code i} always
   * gives an equal article, so a test can compare what another JVM stored.
   */
  public static AnalyzedArticle generated(int i) {
    StringBuilder text = new StringBuilder("Report " + i + "\n");
    List<Entity> entities = new ArrayList<>();
    List<NumberMention> numbers = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      String name = "Place" + (i * 31 + k) % 97;
      int start = text.length();
      text.append(name).append(" counted ");
      int numStart = text.length();
      text.append(k + i).append(" \u201cshelters\u201d. ");
      entities.add(new Entity("e" + (k + 1), name, EntityType.LOCATION, k % 2 == 0 ? "CITY" : null,
          List.of("role " + k), List.of(new Mention(start, start + name.length(), name))));
      String n = String.valueOf(k + i);
      numbers.add(new NumberMention(numStart, numStart + n.length(), n, new BigDecimal(n),
          new BigDecimal(n), false));
    }
    String t = text.toString();
    String id = String.format(java.util.Locale.ROOT, "gen-%05d", i);
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, ANALYSIS, "Gen",
        null, "text", "Report " + i,
        new PublishedDate("2026-01-" + String.format(java.util.Locale.ROOT, "%02d", i % 28 + 1),
            false, "metadata"),
        null, t, List.of(new Section("title", 0, t.indexOf('\n'), ""),
            new Section("body", t.indexOf('\n') + 1, t.length(), "")),
        entities, List.of(), numbers, List.of());
  }

  static Section section(String text, String type, String covered, String note) {
    int start = text.indexOf(covered);
    checkArgument(start >= 0, "not in text: %s", covered);
    return new Section(type, start, start + covered.length(), note);
  }

  static Mention mention(String text, String covered, int occurrence) {
    int start = nth(text, covered, occurrence);
    return new Mention(start, start + covered.length(), covered);
  }

  static TimeExpression time(String text, String covered, String type, String value) {
    int start = nth(text, covered, 0);
    return new TimeExpression(start, start + covered.length(), covered, type, value);
  }

  static NumberMention number(String text, String covered, BigDecimal min, BigDecimal max,
      boolean vague) {
    int start = nth(text, covered, 0);
    return new NumberMention(start, start + covered.length(), covered, min, max, vague);
  }

  private static int nth(String text, String covered, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(covered, at + 1);
      checkArgument(at >= 0, "occurrence %s of %s not in text", occurrence, covered);
    }
    return at;
  }
}
