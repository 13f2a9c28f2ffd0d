package org.sitrep.store;

import static org.sitrep.store.Rows.getDecimal;
import static org.sitrep.store.Rows.key;
import static org.sitrep.store.Rows.run;
import static org.sitrep.store.Rows.setDecimal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.actors.ActorKind;
import org.sitrep.actors.ActorRef;
import org.sitrep.actors.Affiliation;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;
import org.sitrep.framing.ActorLabel;
import org.sitrep.framing.Framing;
import org.sitrep.framing.LabelForm;
import org.sitrep.framing.LoadedCategory;
import org.sitrep.framing.LoadedTerm;
import org.sitrep.framing.Voice;
import org.sitrep.quotes.Claim;
import org.sitrep.quotes.Quote;

/**
 * Maps output schema 2's actors, affiliations, places, quotes, claims, events and framing to and
 * from their rows (migrations V2, V3, which added event ids and trigger and figure spans, and V5,
 * framing labels and loaded terms). Like {@link
 * Rows}, every method runs on the caller's connection and transaction.
 */
final class AnalysisRows {
  /** Children of children first, so deleting in this order honours foreign keys. */
  static final List<String> TABLES = List.of("event_figures", "event_places", "events", "actors",
      "affiliations", "places", "quotes", "claims", "framing_labels", "loaded_terms");

  private AnalysisRows() {}

  static void insert(Connection c, AnalyzedArticle a, int version) throws SQLException {
    String id = a.id();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (article_id, version,"
        + " ordinal, entity_id, name, kind, country, cameo_code, basis)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (ActorRef r : a.actors()) {
        key(ps, id, version, i++);
        ps.setString(4, r.entityId());
        ps.setString(5, r.name());
        ps.setString(6, r.kind().name());
        ps.setString(7, r.country());
        ps.setString(8, r.cameoCode());
        ps.setString(9, r.basis());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO affiliations (article_id, version,"
        + " ordinal, entity_id, relation, other_name, other_entity_id, start_offset, end_offset,"
        + " covered_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Affiliation f : a.affiliations()) {
        key(ps, id, version, i++);
        ps.setString(4, f.entityId());
        ps.setString(5, f.relation());
        ps.setString(6, f.otherName());
        ps.setString(7, f.otherEntityId());
        ps.setInt(8, f.start());
        ps.setInt(9, f.end());
        ps.setString(10, f.text());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO places (article_id, version,"
        + " ordinal, entity_id, name, place_precision, resolved_name, country_code, admin1,"
        + " latitude, longitude, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (PlaceOut p : a.places()) {
        key(ps, id, version, i++);
        bindPlace(ps, 4, p);
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO quotes (article_id, version,"
        + " ordinal, start_offset, end_offset, covered_text, speaker, speaker_id, verb, channel,"
        + " quote_kind, sentence_start, sentence_end, speaker_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, LOWER(?))")) {
      int i = 0;
      for (Quote q : a.quotes()) {
        key(ps, id, version, i++);
        ps.setInt(4, q.start());
        ps.setInt(5, q.end());
        ps.setString(6, q.text());
        ps.setString(7, q.speaker());
        // schema 9: the speaker filter's key, with the SQL function the filter applied before
        ps.setString(14, q.speaker());
        ps.setString(8, q.speakerId());
        ps.setString(9, q.verb());
        ps.setString(10, q.channel());
        ps.setString(11, q.kind());
        ps.setInt(12, q.sentenceStart());
        ps.setInt(13, q.sentenceEnd());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, version,"
        + " ordinal, claimant, claimant_id, verb, accused, accused_id, content, start_offset,"
        + " end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Claim cl : a.claims()) {
        key(ps, id, version, i++);
        ps.setString(4, cl.claimant());
        ps.setString(5, cl.claimantId());
        ps.setString(6, cl.verb());
        ps.setString(7, cl.accused());
        ps.setString(8, cl.accusedId());
        ps.setString(9, cl.content());
        ps.setInt(10, cl.start());
        ps.setInt(11, cl.end());
        ps.addBatch();
      }
      run(ps, i);
    }
    insertEvents(c, a, version);
    insertFraming(c, a, version);
  }

  /** The framing layer (schema 5): labels and loaded terms, enums by name. */
  private static void insertFraming(Connection c, AnalyzedArticle a, int version)
      throws SQLException {
    String id = a.id();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO framing_labels (article_id,"
        + " version, ordinal, actor, actor_id, label_text, form, voice, speaker, start_offset,"
        + " end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (ActorLabel l : a.framing().labels()) {
        key(ps, id, version, i++);
        ps.setString(4, l.actor());
        ps.setString(5, l.actorId());
        ps.setString(6, l.text());
        ps.setString(7, l.form().name());
        ps.setString(8, l.voice().name());
        ps.setString(9, l.speaker());
        ps.setInt(10, l.start());
        ps.setInt(11, l.end());
        ps.addBatch();
      }
      run(ps, i);
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO loaded_terms (article_id,"
        + " version, ordinal, term, category, voice, speaker, actor, actor_id, start_offset,"
        + " end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (LoadedTerm t : a.framing().loadedTerms()) {
        key(ps, id, version, i++);
        ps.setString(4, t.term());
        ps.setString(5, t.category().name());
        ps.setString(6, t.voice().name());
        ps.setString(7, t.speaker());
        ps.setString(8, t.actor());
        ps.setString(9, t.actorId());
        ps.setInt(10, t.start());
        ps.setInt(11, t.end());
        ps.addBatch();
      }
      run(ps, i);
    }
  }

  private static Framing readFraming(Connection c, String id, int version) throws SQLException {
    List<ActorLabel> labels = new ArrayList<>();
    try (PreparedStatement ps = select(c, "actor, actor_id, label_text, form, voice, speaker,"
        + " start_offset, end_offset", "framing_labels", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        labels.add(new ActorLabel(rs.getString(1), rs.getString(2), rs.getString(3),
            known(LabelForm.class, rs.getString(4)), known(Voice.class, rs.getString(5)),
            rs.getString(6), rs.getInt(7), rs.getInt(8)));
      }
    }
    List<LoadedTerm> terms = new ArrayList<>();
    try (PreparedStatement ps = select(c, "term, category, voice, speaker, actor, actor_id,"
        + " start_offset, end_offset", "loaded_terms", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        terms.add(new LoadedTerm(rs.getString(1), known(LoadedCategory.class, rs.getString(2)),
            known(Voice.class, rs.getString(3)), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getInt(7), rs.getInt(8)));
      }
    }
    return new Framing(labels, terms);
  }

  /** A stored enum name, or a clear error when a newer version wrote a value this one lacks. */
  private static <E extends Enum<E>> E known(Class<E> type, String stored) {
    try {
      return Enum.valueOf(type, stored);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoreException("the store holds " + type.getSimpleName() + " '" + stored
          + "', which this version of sitrep does not know; was it written by a newer version?");
    }
  }

  /**
   * How the filter keys of schema 7 are computed from the values bound for them: by the database,
   * with the functions V7's backfill and the old filter expressions used, so a key compares
   * exactly as the expression did (SQL and Java case mappings differ on a few characters).
   */
  private static final String FILTER_KEYS = "UPPER(?), UPPER(?), LOWER(?), LOWER(?), UPPER(?),"
      + " LOWER(?), SUBSTRING(?, 1, 10)";

  private static void insertEvents(Connection c, AnalyzedArticle a, int version)
      throws SQLException {
    String id = a.id();
    try (PreparedStatement es = c.prepareStatement("INSERT INTO events (article_id, version,"
            + " ordinal, start_offset, end_offset, sentence, trigger_text, source_name, source_id,"
            + " source_code, target_name, target_id, target_code, cameo_code, cameo_root,"
            + " quad_class, goldstein, plover, plover_mode, acled_type, acled_sub_type, event_date,"
            + " date_precision, date_basis, modality, reported_by, event_id, trigger_start,"
            + " trigger_end, source_code_key, target_code_key, source_name_key, target_name_key,"
            + " plover_key, modality_key, event_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + FILTER_KEYS + ")");
        PreparedStatement ps = c.prepareStatement("INSERT INTO event_places (article_id, version,"
            + " event_ordinal, entity_id, name, place_precision, resolved_name, country_code,"
            + " admin1, latitude, longitude, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement fs = c.prepareStatement("INSERT INTO event_figures (article_id, version,"
            + " event_ordinal, ordinal, kind, covered_text, min_value, min_scale, max_value,"
            + " max_scale, vague, start_offset, end_offset)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      int places = 0;
      int figures = 0;
      for (EventOut e : a.events()) {
        key(es, id, version, i);
        es.setInt(4, e.start());
        es.setInt(5, e.end());
        es.setString(6, e.sentence());
        es.setString(7, e.trigger());
        es.setString(8, e.source());
        es.setString(9, e.sourceId());
        es.setString(10, e.sourceCode());
        es.setString(11, e.target());
        es.setString(12, e.targetId());
        es.setString(13, e.targetCode());
        es.setString(14, e.code());
        es.setString(15, e.root());
        es.setInt(16, e.quadClass());
        es.setDouble(17, e.goldstein());
        es.setString(18, e.plover());
        es.setString(19, e.ploverMode());
        es.setString(20, e.acledType());
        es.setString(21, e.acledSubType());
        es.setString(22, e.date());
        es.setString(23, e.datePrecision());
        es.setString(24, e.dateBasis() == null ? null : e.dateBasis().label());
        es.setString(25, e.modality());
        es.setString(26, e.reportedBy());
        es.setString(27, e.id());
        es.setInt(28, e.triggerStart());
        es.setInt(29, e.triggerEnd());
        // the filter keys (schema 7): the same values again, normalised by FILTER_KEYS
        es.setString(30, e.sourceCode());
        es.setString(31, e.targetCode());
        es.setString(32, e.source());
        es.setString(33, e.target());
        es.setString(34, e.plover());
        es.setString(35, e.modality());
        es.setString(36, e.date());
        es.addBatch();
        if (e.place() != null) {
          key(ps, id, version, i);
          bindPlace(ps, 4, e.place());
          ps.addBatch();
          places++;
        }
        int j = 0;
        for (Figure f : e.figures()) {
          key(fs, id, version, i);
          fs.setInt(4, j++);
          fs.setString(5, f.kind().label());
          fs.setString(6, f.text());
          setDecimal(fs, 7, f.min());
          setDecimal(fs, 9, f.max());
          fs.setBoolean(11, f.vague());
          fs.setInt(12, f.start());
          fs.setInt(13, f.end());
          fs.addBatch();
          figures++;
        }
        i++;
      }
      // Parents before children: the foreign keys are checked statement by statement.
      run(es, i);
      run(ps, places);
      run(fs, figures);
    }
  }

  private static void bindPlace(PreparedStatement ps, int at, PlaceOut p) throws SQLException {
    ps.setString(at, p.entityId());
    ps.setString(at + 1, p.name());
    ps.setString(at + 2, p.precision());
    ps.setString(at + 3, p.resolvedName());
    ps.setString(at + 4, p.countryCode());
    ps.setString(at + 5, p.admin1());
    setDouble(ps, at + 6, p.latitude());
    setDouble(ps, at + 7, p.longitude());
    ps.setString(at + 8, p.basis());
  }

  private static void setDouble(PreparedStatement ps, int index, Double value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DOUBLE);
    } else {
      ps.setDouble(index, value);
    }
  }

  private static Double getDouble(ResultSet rs, String column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }

  private static PlaceOut place(ResultSet rs) throws SQLException {
    return new PlaceOut(rs.getString("entity_id"), rs.getString("name"),
        rs.getString("place_precision"), rs.getString("resolved_name"),
        rs.getString("country_code"), rs.getString("admin1"), getDouble(rs, "latitude"),
        getDouble(rs, "longitude"), rs.getString("basis"));
  }

  /** Adds the V2 fields stored for one version to {@code head}, which carries the V1 fields. */
  static AnalyzedArticle read(Connection c, AnalyzedArticle head) throws SQLException {
    String id = head.id();
    int version = head.version();
    List<ActorRef> actors = new ArrayList<>();
    try (PreparedStatement ps = select(c, "entity_id, name, kind, country, cameo_code, basis",
        "actors", id, version); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        actors.add(new ActorRef(rs.getString(1), rs.getString(2), kind(rs.getString(3)),
            rs.getString(4), rs.getString(5), rs.getString(6)));
      }
    }
    List<Affiliation> affiliations = new ArrayList<>();
    try (PreparedStatement ps = select(c, "entity_id, relation, other_name, other_entity_id,"
        + " start_offset, end_offset, covered_text", "affiliations", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        affiliations.add(new Affiliation(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7)));
      }
    }
    List<PlaceOut> places = new ArrayList<>();
    try (PreparedStatement ps = select(c, "*", "places", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        places.add(place(rs));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    try (PreparedStatement ps = select(c, "start_offset, end_offset, covered_text, speaker,"
        + " speaker_id, verb, channel, quote_kind, sentence_start, sentence_end", "quotes", id,
        version); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        quotes.add(new Quote(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
            rs.getInt(10)));
      }
    }
    List<Claim> claims = new ArrayList<>();
    try (PreparedStatement ps = select(c, "claimant, claimant_id, verb, accused, accused_id,"
        + " content, start_offset, end_offset", "claims", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
      }
    }
    List<EventOut> events = readEvents(c, id, version);
    return new AnalyzedArticle(head.schema(), id, version, head.contentHash(),
        head.analysisVersion(), head.source(), head.url(), head.format(), head.title(),
        head.published(), head.dateline(), head.text(), head.structure(), head.entities(),
        head.times(), head.numbers(), head.warnings(), actors, affiliations, places, quotes,
        claims, events, null, null, null, readFraming(c, id, version));
  }

  /**
   * The events of one stored version, exactly as {@link #read} gives them (it calls this), read
   * from the three event tables only: the event listing needs no more of an article.
   */
  static List<EventOut> readEvents(Connection c, String id, int version) throws SQLException {
    Map<Integer, PlaceOut> eventPlaces = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event_places"
        + " WHERE article_id = ? AND version = ?")) {
      ps.setString(1, id);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          eventPlaces.put(rs.getInt("event_ordinal"), place(rs));
        }
      }
    }
    Map<Integer, List<Figure>> figures = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event_figures"
        + " WHERE article_id = ? AND version = ? ORDER BY event_ordinal, ordinal")) {
      ps.setString(1, id);
      ps.setInt(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          figures.computeIfAbsent(rs.getInt("event_ordinal"), k -> new ArrayList<>())
              .add(new Figure(FigureKind.of(rs.getString("kind")), rs.getString("covered_text"),
                  rs.getInt("start_offset"), rs.getInt("end_offset"),
                  getDecimal(rs, "min_value", "min_scale"),
                  getDecimal(rs, "max_value", "max_scale"), rs.getBoolean("vague")));
        }
      }
    }
    List<EventOut> events = new ArrayList<>();
    try (PreparedStatement ps = select(c, "*", "events", id, version);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int ordinal = rs.getInt("ordinal");
        events.add(new EventOut(rs.getInt("start_offset"), rs.getInt("end_offset"),
            rs.getString("sentence"), rs.getString("trigger_text"), rs.getString("source_name"),
            rs.getString("source_id"), rs.getString("source_code"), rs.getString("target_name"),
            rs.getString("target_id"), rs.getString("target_code"), rs.getString("cameo_code"),
            rs.getString("cameo_root"), rs.getInt("quad_class"), rs.getDouble("goldstein"),
            rs.getString("plover"), rs.getString("plover_mode"), rs.getString("acled_type"),
            rs.getString("acled_sub_type"), rs.getString("event_date"),
            rs.getString("date_precision"),
            basis(rs.getString("date_basis"), rs.getString("event_date")),
            eventPlaces.get(ordinal), rs.getString("modality"), rs.getString("reported_by"),
            figures.getOrDefault(ordinal, List.of()), rs.getString("event_id"),
            rs.getInt("trigger_start"), rs.getInt("trigger_end")));
      }
    }
    return events;
  }

  /**
   * The stored date basis; rows written before the basis {@code unknown} existed say {@code
   * article} for an event with no date.
   */
  private static DateBasis basis(String stored, String date) {
    return stored == null || date == null ? DateBasis.UNKNOWN : DateBasis.of(stored);
  }

  private static PreparedStatement select(Connection c, String columns, String table, String id,
      int version) throws SQLException {
    PreparedStatement ps = c.prepareStatement("SELECT " + columns + " FROM " + table
        + " WHERE article_id = ? AND version = ? ORDER BY ordinal");
    ps.setString(1, id);
    ps.setInt(2, version);
    return ps;
  }

  static ActorKind kind(String stored) {
    try {
      return ActorKind.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw new StoreException("the store holds actor kind '" + stored
          + "', which this version of sitrep does not know; was it written by a newer version?");
    }
  }
}
