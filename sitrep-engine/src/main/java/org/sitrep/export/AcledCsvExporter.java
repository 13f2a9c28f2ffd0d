package org.sitrep.export;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;

/**
 * Events as ACLED-style CSV (RFC 4180, CRLF line ends, a header row with ACLED's column names):
 * one row per event that has an ACLED event type, that is per violent or political event. Sitrep
 * fills the columns it knows and leaves the others empty, so a row can sit beside ACLED's own
 * data, but it is machine-read news, not ACLED's hand-coded record.
 *
 * <p>The mapping, column by column:
 *
 * <ul>
 *   <li>{@code event_id_cnty}: the article id, a dash and the event's 1-based position among all
 *       the article's events ({@code a17-3}); the same id as in the other formats.
 *   <li>{@code event_date}: the known calendar prefix of the event's date, {@code YYYY-MM-DD} at day
 *       precision, else {@code YYYY-MM} or {@code YYYY}; empty when the event has no dated year.
 *       {@code year}: its first four digits.
 *   <li>{@code time_precision}: 1 when the day is known from the event's clause or sentence; 2 when
 *       the date is a week, or a day taken from the article's reference date (the report's date
 *       stands in for the event's, which ACLED calls approximate); 3 for a month or a year.
 *   <li>{@code disorder_type}: {@code Political violence} for Battles, Explosions/Remote violence and
 *       Violence against civilians; {@code Demonstrations} for Protests and Riots; {@code
 *       Strategic developments} for Strategic developments. {@code event_type}, {@code
 *       sub_event_type}: the event's ACLED types.
 *   <li>{@code actor1}, {@code actor2}: the event's source and target names. {@code
 *       assoc_actor_1}, {@code assoc_actor_2}: empty (an event has one actor per role).
 *   <li>{@code inter1}, {@code inter2}, from the actor's kind: 1 state forces (state or government,
 *       military, police or security), but 8 external/other forces when the actor's country is
 *       known and differs from the country of the event's place (ACLED's rule for state forces
 *       abroad); 2 rebel groups (armed non-state groups: Sitrep cannot tell rebels from militias);
 *       3 political militias (political organisations, which take part in violence through their
 *       militias); 4 identity militias (an ethnic or religious group as actor1); 7 civilians (an
 *       ethnic or religious group as actor2, NGOs, media); 8 external/other forces (international
 *       organisations). A person takes the code of the role in their CAMEO actor code (GOV, MIL,
 *       COP, … 1; REB, INS, … 2; PTY, OPP, ELI 3; CVL 7; an IGO prefix 8), else stays empty. An
 *       event actor that is not one of the article's actors (an unnamed "gunmen", say) takes the
 *       code of the role in the CAMEO code the event gives it, 8 instead of 1 for another
 *       country's state forces as above. Then
 *       ACLED's definitions override: actor1 of Protests is 6 protesters, of Riots 5 rioters, and
 *       actor2 of Violence against civilians is 7. Empty when the actor is absent, or when neither
 *       its actor record nor its CAMEO code says what it is.
 *   <li>{@code interaction}: ACLED's two-digit code, the lower inter code first ({@code 17}); a
 *       sole actor's code times ten ({@code 60}). {@code civilian_targeting}: {@code Civilian
 *       targeting} for political violence against an actor2 coded 7.
 *   <li>{@code iso}: the ISO 3166-1 numeric code of the country of the event's place, as an
 *       integer the way ACLED writes it ({@code 760} for Syria, {@code 4} for Afghanistan; table
 *       {@code iso3166-numeric.tsv} from Debian's iso-codes); empty without a place, and for
 *       Kosovo, which has no ISO code. {@code region}, {@code admin2}, {@code admin3}: empty
 *       (ACLED's regions are its own, and the gazetteer stops at first-level regions). {@code
 *       country}: the English name of the
 *       place's country; {@code admin1}: the place's first-level region; {@code location}: the
 *       gazetteer name, else the name as written.
 *   <li>{@code latitude}, {@code longitude}: the place's coordinates. {@code geo_precision}: 1 for a
 *       neighbourhood or city (a neighbourhood missing from the gazetteer already falls back to its
 *       city), 3 for a region or a country; Sitrep never produces ACLED's 2 ("near" a place).
 *   <li>{@code source}: the article's outlet ({@code AnalyzedArticle.outlet}: from metadata, the
 *       user's {@code --source}, the address or a "join us" line), empty when unknown; a wire
 *       credit shows in {@code tags} ({@code wire Reuters}). {@code source_scale}: empty. {@code notes}: the event's sentence
 *       exactly as in the article, quoted as RFC 4180 requires.
 *   <li>{@code fatalities}: the largest lower bound of the event's killed figures (the largest, not
 *       the sum, because one toll is often reported twice); 0 when none.
 *   <li>{@code tags}, separated by {@code "; "}: {@code vague fatalities 20-99} (or {@code
 *       fatalities 5-7}) when a killed figure is vague or a range; the other figures ({@code
 *       wounded 12}, {@code vague displaced 1000+}); {@code modality denied} when the event is not
 *       asserted; {@code reported by X}; {@code wire X} when the article carries agency X's copy.
 *   <li>{@code timestamp}: empty (the record carries no time of analysis).
 * </ul>
 */
final class AcledCsvExporter implements Exporter {
  private final IsoNumeric iso;

  AcledCsvExporter(IsoNumeric iso) {
    this.iso = Objects.requireNonNull(iso, "iso");
  }

  static final ImmutableList<String> HEADER = ImmutableList.of("event_id_cnty", "event_date",
      "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
      "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
      "tags", "timestamp");

  @Override
  public Sink open(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    Delimited.csvRow(out, HEADER);
    return new RowSink(out) {
      @Override
      void rows(AnalyzedArticle article, Writer w) throws IOException {
        Map<String, ActorRef> actors = Facts.actorIndex(article);
        List<EventOut> events = article.events();
        for (int i = 0; i < events.size(); i++) {
          EventOut e = events.get(i);
          if (e.acledType() != null) {
            Delimited.csvRow(w, row(article, i, e, actors));
          }
        }
      }
    };
  }

  List<String> row(AnalyzedArticle article, int index, EventOut e,
      Map<String, ActorRef> actors) {
    String[] f = new String[HEADER.size()];
    String date = Facts.datePrefix(e.date());
    String disorder = disorderType(e.acledType());
    PlaceOut place = e.place();
    String placeCountry = place == null ? null : Facts.alpha3(place.countryCode());
    Integer inter1 = inter(Facts.actor(actors, e.sourceId(), e.source()), e.sourceCode(),
        placeCountry, true);
    Integer inter2 = inter(Facts.actor(actors, e.targetId(), e.target()), e.targetCode(),
        placeCountry, false);
    if (e.source() != null && "Protests".equals(e.acledType())) {
      inter1 = 6;
    } else if (e.source() != null && "Riots".equals(e.acledType())) {
      inter1 = 5;
    }
    if (e.target() != null && "Violence against civilians".equals(e.acledType())) {
      inter2 = 7;
    }
    f[0] = Facts.eventId(article, index);
    f[1] = date;
    f[2] = date == null ? null : date.substring(0, 4);
    f[3] = timePrecision(e, date);
    f[4] = disorder;
    f[5] = e.acledType();
    f[6] = e.acledSubType();
    f[7] = e.source();
    f[9] = str(inter1);
    f[10] = e.target();
    f[12] = str(inter2);
    f[13] = interaction(inter1, inter2);
    f[14] = "Political violence".equals(disorder) && Integer.valueOf(7).equals(inter2)
        ? "Civilian targeting" : null;
    if (place != null) {
      f[15] = iso.of(place.countryCode());
      f[17] = Facts.countryName(place.countryCode());
      f[18] = place.admin1();
      f[21] = place.resolvedName() != null ? place.resolvedName() : place.name();
      if (place.latitude() != null && place.longitude() != null) {
        f[22] = Facts.number(place.latitude());
        f[23] = Facts.number(place.longitude());
        f[24] = geoPrecision(place.precision());
      }
    }
    f[25] = article.outlet();
    f[27] = e.sentence();
    f[28] = fatalities(e.figures());
    f[29] = tags(e, article.wire());
    return Arrays.asList(f);
  }

  private static String timePrecision(EventOut e, String date) {
    if (Facts.isWeek(e.date())) {
      return "2";
    }
    if (date == null) {
      return null;
    }
    if (date.length() < 10 || "month".equals(e.datePrecision())
        || "year".equals(e.datePrecision())) {
      return "3";
    }
    return e.dateBasis() == DateBasis.ARTICLE ? "2" : "1";
  }

  private static String disorderType(String acledType) {
    return switch (acledType) {
      case "Battles", "Explosions/Remote violence", "Violence against civilians" ->
          "Political violence";
      case "Protests", "Riots" -> "Demonstrations";
      case "Strategic developments" -> "Strategic developments";
      default -> null;
    };
  }

  /**
   * ACLED's inter code for an event's actor, before the event type's overrides: by the article's
   * actor record when there is one, else by the CAMEO code the event gives the actor; null when
   * neither says.
   */
  static Integer inter(ActorRef actor, String eventCode, String placeCountry, boolean first) {
    Integer byActor = inter(actor, placeCountry, first);
    if (byActor != null) {
      return byActor;
    }
    Integer byCode = interOfCode(eventCode);
    if (byCode != null && byCode == 1 && eventCode.length() >= 6 && placeCountry != null
        && !eventCode.startsWith(placeCountry) && eventCode.substring(0, 3).matches("[A-Z]{3}")
        && !isRole(eventCode.substring(0, 3))) {
      return 8; // a foreign state's forces, as for actors with a kind
    }
    return byCode;
  }

  /** ACLED's inter code for an actor, before the event type's overrides; null when unknown. */
  static Integer inter(ActorRef actor, String placeCountry, boolean first) {
    if (actor == null) {
      return null;
    }
    ActorKind kind = actor.kind();
    return switch (kind) {
      case STATE_GOVERNMENT, MILITARY, POLICE_SECURITY ->
          actor.country() != null && placeCountry != null && !actor.country().equals(placeCountry)
              ? 8 : 1;
      case ARMED_NONSTATE -> 2;
      case POLITICAL_ORG -> 3;
      case ETHNIC_RELIGIOUS_GROUP -> first ? 4 : 7;
      case NGO, MEDIA -> 7;
      case INTERNATIONAL_ORG -> 8;
      case PERSON -> interOfCode(actor.cameoCode());
    };
  }

  /** The inter code of the first role in a CAMEO actor code that has one ("SYRGOV" → 1). */
  private static Integer interOfCode(String code) {
    if (code == null) {
      return null;
    }
    if (code.startsWith("IGO")) {
      return 8;
    }
    // A code may open with its role when the country is unknown ("REB", "MILREB").
    for (int i = isRole(code.length() >= 3 ? code.substring(0, 3) : "") ? 0 : 3;
        i + 3 <= code.length(); i += 3) {
      Integer inter = interOfRole(code.substring(i, i + 3));
      if (inter != null) {
        return inter;
      }
    }
    return null;
  }

  private static Integer interOfRole(String role) {
    return switch (role) {
      case "GOV", "LEG", "JUD", "MIL", "COP", "SPY" -> 1;
      case "REB", "INS", "SEP", "UAF", "IMG" -> 2;
      case "PTY", "OPP", "ELI" -> 3;
      case "CVL" -> 7;
      default -> null;
    };
  }

  private static boolean isRole(String threeLetters) {
    return interOfRole(threeLetters) != null;
  }

  private static String interaction(Integer a, Integer b) {
    if (a != null && b != null) {
      return str(Math.min(a, b) * 10 + Math.max(a, b));
    }
    Integer sole = a != null ? a : b;
    return sole == null ? null : str(sole * 10);
  }

  private static String geoPrecision(String precision) {
    return switch (precision) {
      case "NEIGHBORHOOD", "CITY" -> "1";
      case "REGION", "COUNTRY" -> "3";
      default -> null;
    };
  }

  private static String fatalities(List<Figure> figures) {
    BigDecimal most = null;
    for (Figure f : figures) {
      if (f.kind() == FigureKind.KILLED && f.min() != null && (most == null || f.min().compareTo(most) > 0)) {
        most = f.min();
      }
    }
    return most == null ? "0" : most.toBigInteger().toString();
  }

  private static String tags(EventOut e, String wire) {
    List<String> tags = new ArrayList<>();
    for (Figure f : e.figures()) {
      String range = Facts.range(f);
      String vague = f.vague() ? "vague " : "";
      if (f.kind() == FigureKind.KILLED) {
        boolean exact = f.min() != null && f.max() != null && f.min().compareTo(f.max()) == 0;
        if (f.vague() || !exact) {
          tags.add(vague + "fatalities " + range);
        }
      } else {
        tags.add(vague + f.kind().label() + " " + range);
      }
    }
    if (!"asserted".equals(e.modality()) && e.modality() != null) {
      tags.add("modality " + e.modality());
    }
    if (e.reportedBy() != null) {
      tags.add("reported by " + e.reportedBy());
    }
    if (wire != null) {
      tags.add("wire " + wire);
    }
    return tags.isEmpty() ? null : String.join("; ", tags);
  }

  private static String str(Integer i) {
    return i == null ? null : i.toString();
  }
}
