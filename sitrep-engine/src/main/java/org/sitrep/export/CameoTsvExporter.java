package org.sitrep.export;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.actors.ActorRef;
import org.sitrep.analysis.AnalyzedArticle.Section;
import org.sitrep.analysis.AnalyzedArticle;
import org.sitrep.analysis.EventOut;
import org.sitrep.analysis.PlaceOut;

/**
 * Events as GDELT-style tab-separated rows, LF line ends, with a header row: every event (each
 * carries a CAMEO code), in GDELT 2.0's column names and order for the columns Sitrep can fill,
 * then Sitrep's own columns that point back to the sentence.
 *
 * <p>Where the values differ from GDELT's:
 *
 * <ul>
 *   <li>{@code GLOBALEVENTID} is the article id, a dash and the event's 1-based position among the
 *       article's events ({@code a17-3}), not a number; the same id as in the other formats.
 *   <li>{@code SQLDATE} is the digits of the date's known calendar prefix: {@code YYYYMMDD} at day
 *       precision, {@code YYYYMM} or {@code YYYY} when only the month or year is known, empty when
 *       none is.
 *   <li>{@code Actor1CountryCode}, {@code Actor2CountryCode}: the actor's ISO 3166-1 alpha-3 country
 *       (CAMEO's country codes are alpha-3 too).
 *   <li>{@code IsRootEvent}: 1 when the event's sentence starts before the end of the first
 *       paragraph of the body (headline and standfirst included), GDELT's lead-paragraph proxy for
 *       importance; else 0.
 *   <li>{@code EventBaseCode}: the code's first three digits (the code itself when shorter).
 *   <li>{@code ActionGeo_Type}: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
 *       (region); a neighbourhood counts as a city. {@code ActionGeo_FullName}: place, region,
 *       country. {@code ActionGeo_CountryCode}: ISO 3166-1 alpha-2, not GDELT's FIPS 10-4.
 *       All empty when the event has no place; the coordinates empty when it is unresolved.
 *   <li>{@code DATEADDED}: the digits of the article's publication date ({@code YYYYMMDDHHMMSS}
 *       as far as known), as the record carries no time of analysis.
 *   <li>{@code SOURCEURL}: the article's URL, else the outlet's name (as GDELT does for sources
 *       without a URL).
 *   <li>Sitrep's columns: {@code ArticleId}, {@code SentenceStart} and {@code SentenceEnd} (UTF-16
 *       offsets of the event's sentence in the article text, end exclusive) and {@code Modality}.
 * </ul>
 *
 * <p>Tab-separated values cannot quote: a tab, newline, carriage return or backslash inside a
 * field is written as {@code \t}, {@code \n}, {@code \r}, {@code \\}.
 */
final class CameoTsvExporter implements Exporter {
  static final ImmutableList<String> HEADER = ImmutableList.of("GLOBALEVENTID", "SQLDATE",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
      "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
      "QuadClass", "GoldsteinScale", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL",
      "ArticleId", "SentenceStart", "SentenceEnd", "Modality");

  @Override
  public Sink open(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    Delimited.tsvRow(out, HEADER);
    return new RowSink(out) {
      @Override
      void rows(AnalyzedArticle article, Writer w) throws IOException {
        Map<String, ActorRef> actors = Facts.actorIndex(article);
        int lead = leadEnd(article);
        List<EventOut> events = article.events();
        for (int i = 0; i < events.size(); i++) {
          Delimited.tsvRow(w, row(article, i, events.get(i), actors, lead));
        }
      }
    };
  }

  static List<String> row(AnalyzedArticle article, int index, EventOut e,
      Map<String, ActorRef> actors, int leadEnd) {
    String[] f = new String[HEADER.size()];
    ActorRef a1 = Facts.actor(actors, e.sourceId(), e.source());
    ActorRef a2 = Facts.actor(actors, e.targetId(), e.target());
    f[0] = Facts.eventId(article, index);
    String date = Facts.datePrefix(e.date());
    f[1] = date == null ? null : date.replace("-", "");
    f[2] = e.sourceCode();
    f[3] = e.source();
    f[4] = a1 == null ? null : a1.country();
    f[5] = e.targetCode();
    f[6] = e.target();
    f[7] = a2 == null ? null : a2.country();
    f[8] = e.start() < leadEnd ? "1" : "0";
    f[9] = e.code();
    f[10] = e.code() == null ? null : e.code().substring(0, Math.min(3, e.code().length()));
    f[11] = e.root();
    f[12] = Integer.toString(e.quadClass());
    f[13] = Facts.number(e.goldstein());
    PlaceOut p = e.place();
    if (p != null) {
      f[14] = geoType(p);
      f[15] = fullName(p);
      f[16] = p.countryCode();
      f[17] = Facts.number(p.latitude());
      f[18] = Facts.number(p.longitude());
    }
    f[19] = digits(article.published().value());
    f[20] = article.url() != null ? article.url() : article.outlet();
    f[21] = article.id();
    f[22] = Integer.toString(e.start());
    f[23] = Integer.toString(e.end());
    f[24] = e.modality();
    return Arrays.asList(f);
  }

  /**
   * Where the lead paragraph ends: at the first line break after the first body section starts
   * (or the body's end), or in the text itself when there is no body section.
   */
  static int leadEnd(AnalyzedArticle article) {
    String text = article.text();
    int from = 0;
    int to = text.length();
    for (Section s : article.structure()) {
      if ("body".equals(s.type())) {
        from = s.start();
        to = Math.min(s.end(), text.length());
        break;
      }
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int nl = text.indexOf('\n', from);
    return nl < 0 || nl > to ? to : nl;
  }

  private static String geoType(PlaceOut p) {
    boolean us = "US".equals(p.countryCode());
    return switch (p.precision()) {
      case "COUNTRY" -> "1";
      case "REGION" -> us ? "2" : "5";
      case "CITY", "NEIGHBORHOOD" -> us ? "3" : "4";
      default -> null;
    };
  }

  private static String fullName(PlaceOut p) {
    List<String> parts = new ArrayList<>();
    String country = Facts.countryName(p.countryCode());
    for (String part : Arrays.asList(p.resolvedName() != null ? p.resolvedName() : p.name(),
        p.admin1(), country)) {
      if (part != null && !part.isBlank() && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return String.join(", ", parts);
  }

  /** The digits of an ISO value's date and time ({@code 2026-01-09T03:00} → {@code 202601090300}). */
  private static String digits(String iso) {
    if (iso == null) {
      return null;
    }
    String prefix = Facts.datePrefix(iso);
    if (prefix == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(prefix.replace("-", ""));
    if (prefix.length() == 10 && iso.length() > 10 && iso.charAt(10) == 'T') {
      for (int i = 11; i < iso.length() && b.length() < 14; i++) {
        char c = iso.charAt(i);
        if (c >= '0' && c <= '9') {
          b.append(c);
        } else if (c != ':') {
          break;
        }
      }
    }
    return b.toString();
  }
}
