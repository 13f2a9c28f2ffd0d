package org.sitrep.export;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.AnalyzedArticle.PublishedDate;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.entities.Entity;
import org.sitrep.entities.EntityType;
import org.sitrep.entities.Mention;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;

/**
 * Hand-built analysed articles with events, for the exporters. The texts are invented; every
 * sentence span is found in the text so the events cover what they claim to.
 */
final class Fixtures {
  static final String HEADLINE = "Clashes near Aleppo";
  /** Quotes, a comma and a line break inside one sentence. */
  static final String CLASH = "Army units clashed with \"Free Army\" fighters in Aleppo, killing"
      + " tens of people,\nthe monitor said.";
  static final String CALL = "The president spoke by phone with his counterpart.";
  static final String RAID = "Turkish troops raided a village in Syria.";

  static final PlaceOut ALEPPO = new PlaceOut("e1", "Aleppo", "CITY", "Aleppo", "SY", "Aleppo",
      36.20124, 37.16117, "gazetteer");
  static final PlaceOut HALAB = new PlaceOut("e5", "Halab", "CITY", "Aleppo", "SY", "Aleppo",
      36.20124, 37.16117, "gazetteer");
  static final PlaceOut SYRIA = new PlaceOut("e4", "Syria", "COUNTRY", "Syria", "SY", null, 35.0,
      38.5, "gazetteer");
  static final PlaceOut NOWHERE = new PlaceOut("e6", "Qasr Zubeir", "UNRESOLVED", null, null, null,
      null, null, "not in the gazetteer");

  private Fixtures() {}

  /**
   * Three events: a reported clash in Aleppo with a vague death toll and a wounded count, a phone
   * call without place or ACLED type, and a raid by foreign troops on unnamed villagers in Syria
   * dated by the article.
   */
  static AnalyzedArticle article(String id) {
    String text = HEADLINE + "\n\n" + CLASH + " " + CALL + " " + RAID + " Halab was calm.\n";
    int clash = at(text, CLASH);
    int call = at(text, CALL);
    int raid = at(text, RAID);
    int tens = at(text, "tens of");
    List<EventOut> events = List.of(
        new EventOut(clash, clash + CLASH.length(), CLASH, "clashed", "Syrian army", "e2", "SYRMIL",
            "Free Army", "e3", "SYRREB", "190", "19", 4, -10.0, "FIGHT", "small-arms", "Battles",
            "Armed clash", "2026-01-09T03:00", "hour", DateBasis.CLAUSE, ALEPPO, "reported",
            "the monitor", List.of(
                new Figure(FigureKind.KILLED, "tens of", tens, tens + 7, new BigDecimal("20"),
                    new BigDecimal("99"), true),
                // not in the text: the exporters read a figure's values, not its span
                new Figure(FigureKind.WOUNDED, "12", tens, tens + 2, new BigDecimal("12"),
                    new BigDecimal("12"), false)),
            "0123456789abcdef", at(text, "clashed"), at(text, "clashed") + 7),
        new EventOut(call, call + CALL.length(), CALL, "spoke", "The president", null, null,
            "his\tcounter\\part\n", null, null, "040", "04", 1, 1.0, "CONSULT", null, null, null,
            "2026-01", "month", DateBasis.SENTENCE, null, "asserted", null, List.of(), "1123456789abcdef",
            at(text, "spoke"), at(text, "spoke") + 5),
        new EventOut(raid, raid + RAID.length(), RAID, "raided", "Turkish troops", null, "TURMIL",
            "villagers", null, null, "1823", "18", 4, -9.5, "ASSAULT", null,
            "Violence against civilians", "Attack", "2026-01-08", "day", DateBasis.ARTICLE, SYRIA,
            "asserted", null, List.of(), "2123456789abcdef", at(text, "raided"),
            at(text, "raided") + 6));
    List<ActorRef> actors = List.of(
        new ActorRef("e2", "Syrian army", ActorKind.MILITARY, "SYR", "SYRMIL", "dictionary: x"),
        new ActorRef("e3", "Free Army", ActorKind.ARMED_NONSTATE, "SYR", "SYRREB", "dictionary: y"),
        new ActorRef(null, "Turkish troops", ActorKind.MILITARY, "TUR", "TURMIL",
            "agent+country: Turkish troops"));
    List<Entity> entities = List.of(
        entity(text, "e1", "Aleppo", EntityType.LOCATION, 2),
        entity(text, "e5", "Halab", EntityType.LOCATION, 1),
        entity(text, "e4", "Syria", EntityType.LOCATION, 1));
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, "test", "Wire, \"Daily\"",
        "https://example.org/" + id, "text", HEADLINE,
        new PublishedDate("2026-01-09T10:30:00Z", false, "metadata"), null, text,
        List.of(new Section("title", 0, HEADLINE.length(), ""),
            new Section("body", HEADLINE.length() + 2, text.length(), "")),
        entities, List.of(), List.of(), List.of(), actors, List.of(),
        List.of(ALEPPO, SYRIA, HALAB, NOWHERE), List.of(), List.of(), events);
  }

  /** An article with no events and no metadata. */
  static AnalyzedArticle bare(String id) {
    return new AnalyzedArticle(AnalyzedArticle.SCHEMA, id, 0, "hash-" + id, "test", null, null,
        "text", null, new PublishedDate(null, false, null), null, "Nothing happened.", List.of(),
        List.of(), List.of(), List.of(), List.of());
  }

  private static Entity entity(String text, String id, String name, EntityType type, int times) {
    List<Mention> mentions = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < times; i++) {
      int s = text.indexOf(name, from);
      checkArgument(s >= 0, "mention %s of %s not in text", i, name);
      mentions.add(new Mention(s, s + name.length(), name));
      from = s + 1;
    }
    return new Entity(id, name, type, "CITY", List.of(), mentions);
  }

  private static int at(String text, String covered) {
    int s = text.indexOf(covered);
    checkArgument(s >= 0, "not in text: %s", covered);
    return s;
  }
}
