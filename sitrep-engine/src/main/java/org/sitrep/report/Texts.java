package org.sitrep.report;

import java.util.List;
import java.util.Locale;
import org.sitrep.events.Figure;
import org.sitrep.fusion.EventDate;
import org.sitrep.fusion.FusedEvent;
import org.sitrep.fusion.Timeline;

/** Wording shared by the renderers (plain text; each renderer escapes it). */
final class Texts {
  private Texts() {}

  /** "Norland army → Free Coast militia, "shelled" (CAMEO 195)". */
  static String event(FusedEvent e) {
    return (e.source() == null ? "?" : e.source()) + " \u2192 "
        + (e.target() == null ? "?" : e.target()) + ", \u201c" + e.first().trigger()
        + "\u201d (CAMEO " + e.code() + ")";
  }

  /** "Norland army → Free Coast militia (CAMEO 195), 2031-05-02, Osterbrook". */
  static String omitted(Omissions.OmittedEvent e) {
    return (e.source() == null ? "?" : e.source()) + " \u2192 "
        + (e.target() == null ? "?" : e.target()) + " (CAMEO " + e.code() + ")"
        + (e.date() == null ? "" : ", " + e.date()) + (e.place() == null ? "" : ", " + e.place());
  }

  /** "2031-05-02 (day)", "undated". */
  static String date(EventDate d) {
    return d == null ? "undated" : d.value() + " (" + d.precision().name().toLowerCase(Locale.ROOT)
        + (d.claimed() ? "" : ", article date") + ")";
  }

  /** The place's name, or "—". */
  static String place(FusedEvent e) {
    if (e.place() == null) {
      return "\u2014";
    }
    return e.place().resolvedName() != null ? e.place().resolvedName() : e.place().name();
  }

  /** "a1 120–245": an article and a span in its text. */
  static String span(String articleId, int start, int end) {
    return articleId + " " + start + "\u2013" + end;
  }

  /** A figure's range: "20–99", "12", "5 or more", "up to 9". */
  static String range(Figure f) {
    String lo = f.min() == null ? null : f.min().stripTrailingZeros().toPlainString();
    String hi = f.max() == null ? null : f.max().stripTrailingZeros().toPlainString();
    if (lo != null && hi != null) {
      return lo.equals(hi) ? lo : lo + "\u2013" + hi;
    }
    return lo != null ? lo + " or more" : hi != null ? "up to " + hi : "?";
  }

  static String range(Timeline.CountRange r) {
    return r == null ? "\u2014" : r.toString();
  }

  static String join(List<String> xs) {
    return xs.isEmpty() ? "\u2014" : String.join(", ", xs);
  }

  /** One line: newlines and runs of spaces as one space. */
  static String line(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
