package org.sitrep.entities;

import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.clean.Structure;
import org.sitrep.geo.Gazetteer;

/**
 * The places a dateline names ("CAIRO —", "MEXICO CITY (Agency) —", "KHARKIV, Ukraine —") are place
 * mentions. The NLP stage never sees the dateline (it is blanked so that CoreNLP does not read an
 * upper-case city as the sentence's subject), so without this rule the place an outlet reports
 * from is missing from the article's entities. Each comma-separated part the gazetteer knows
 * becomes a mention; a date part ("Jan. 13") does not, and grouping joins "CAIRO" to "Cairo" by
 * their common key. Stateless and thread-safe.
 */
final class DatelinePlaces {
  /** A part that is a date or time, not a place: "Jan. 13", "March 4", "2024". */
  private static final Pattern DATE_PART = Pattern.compile(
      "(?i).*\\d.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(?:\\s.*)?");

  private final Gazetteer gazetteer;

  DatelinePlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void apply(String text, Structure structure, List<Cand> cands) {
    if (structure == null || structure.dateline() == null || structure.datelinePlace() == null) {
      return;
    }
    int from = structure.dateline().start();
    int to = Math.min(text.length(), structure.dateline().end());
    int at = text.indexOf(structure.datelinePlace(), from);
    if (at < 0 || at >= to) {
      return;
    }
    int offset = at;
    for (String part : structure.datelinePlace().split(",")) {
      int lead = 0;
      while (lead < part.length() && Character.isWhitespace(part.charAt(lead))) {
        lead++;
      }
      String name = part.strip();
      int start = offset + lead;
      int end = start + name.length();
      offset += part.length() + 1;
      if (name.length() < 2 || DATE_PART.matcher(name).matches()
          || gazetteer.lookup(name).isEmpty()) {
        continue;
      }
      // Not a ruled mention: the dateline's reading of a name must not re-type the body's, where
      // a country's name may stand for its government ("Norland said").
      if (cands.stream().noneMatch(c -> c.overlaps(start, end))) {
        cands.add(new Cand(start, end, EntityType.LOCATION, null, false));
      }
    }
  }
}
