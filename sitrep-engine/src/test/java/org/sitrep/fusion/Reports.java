package org.sitrep.fusion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.analysis.PlaceOut;
import org.sitrep.events.DateBasis;
import org.sitrep.events.Figure;
import org.sitrep.events.FigureKind;

/** Invented reports for the fusion tests (Norland, Arvik and the outlets are made up). */
final class Reports {
  static final PlaceOut ARVIK = new PlaceOut("e9", "Arvik", "CITY", "Arvik", "NL", "Kessel",
      52.00, 5.00, "gazetteer");
  /** About 20 km from Arvik. */
  static final PlaceOut BRENN = new PlaceOut("e8", "Brenn", "CITY", "Brenn", "NL", "Kessel",
      52.18, 5.00, "gazetteer");
  /** About 330 km from Arvik. */
  static final PlaceOut DORVAL = new PlaceOut("e7", "Dorval", "CITY", "Dorval", "NL", "Oster",
      55.00, 5.00, "gazetteer");
  static final PlaceOut KESSEL = new PlaceOut("e6", "Kessel", "REGION", "Kessel", "NL", "Kessel",
      52.1, 5.1, "gazetteer");
  static final PlaceOut NORLAND = new PlaceOut("e5", "Norland", "COUNTRY", "Norland", "NL", null,
      52.5, 5.5, "gazetteer");

  private Reports() {}

  /** A fluent report builder; every field has a harmless default. */
  static final class B {
    String article = "a1";
    String outlet = "Harbour Times";
    String wire;
    String published = "2031-05-03";
    String code = "195";
    String source = "Norland army";
    String sourceCode = "NORMIL";
    String target = "Free Coast militia";
    String targetCode = "NORREB";
    String date = "2031-05-02";
    DateBasis basis = DateBasis.CLAUSE;
    PlaceOut place = ARVIK;
    List<Figure> figures = new ArrayList<>();
    String modality = "asserted";
    String trigger = "shelled";
    int offset = 0;

    B article(String id, String outletName) {
      article = id;
      outlet = outletName;
      return this;
    }

    B wire(String w) {
      wire = w;
      return this;
    }

    B published(String d) {
      published = d;
      return this;
    }

    B code(String c) {
      code = c;
      return this;
    }

    B actors(String src, String srcCode, String tgt, String tgtCode) {
      source = src;
      sourceCode = srcCode;
      target = tgt;
      targetCode = tgtCode;
      return this;
    }

    B date(String d, DateBasis b) {
      date = d;
      basis = b;
      return this;
    }

    B place(PlaceOut p) {
      place = p;
      return this;
    }

    B killed(String text, Integer min, Integer max) {
      figures.add(figure(FigureKind.KILLED, text, min, max));
      return this;
    }

    B wounded(String text, Integer min, Integer max) {
      figures.add(figure(FigureKind.WOUNDED, text, min, max));
      return this;
    }

    B modality(String m) {
      modality = m;
      return this;
    }

    B trigger(String t) {
      trigger = t;
      return this;
    }

    B offset(int o) {
      offset = o;
      return this;
    }

    private Figure figure(FigureKind k, String text, Integer min, Integer max) {
      return new Figure(k, text, offset + 50, offset + 50 + text.length(),
          min == null ? null : BigDecimal.valueOf(min), max == null ? null
          : BigDecimal.valueOf(max), min == null || !min.equals(max));
    }

    Report build() {
      String wording = (source == null ? "Someone" : "The " + source) + " " + trigger + " "
          + (target == null ? "a town" : "the " + target) + ".";
      return new Report(article, outlet, wire, published == null ? null
          : LocalDate.parse(published), "ev-" + article + "-" + offset, code,
          code.substring(0, 2), modality, source, sourceCode, target, targetCode,
          EventDate.of(date, basis, Report.ARTICLE_DATE_WINDOW), place, figures, trigger,
          offset + 10, offset + 10 + trigger.length(), offset, offset + wording.length(),
          wording);
    }
  }

  static B r() {
    return new B();
  }
}
