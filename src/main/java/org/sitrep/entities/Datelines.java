package org.sitrep.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.Gazetteer;

/**
 * The place of a dateline: a name in capitals opening a line and followed by a comma, a dash or
 * a bracketed agency ("SEOUL, South Korea —", "CAIRO —", "MEXICO CITY (AP) —"). CoreNLP's tagger
 * does not read names in capitals; the gazetteer decides whether the words name a place, so
 * section labels in capitals ("WORLD NEWS") stay out. Stateless and thread-safe.
 */
final class Datelines {
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*(\\p{Lu}[\\p{Lu}'.\\-]+(?: \\p{Lu}[\\p{Lu}'.\\-]+){0,3})(?=\\s*(?:,|—|–|-\\s|\\())");

  private final Gazetteer gazetteer;

  Datelines(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  void apply(String text, List<Cand> cands) {
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      int s = m.start(1);
      int e = m.end(1);
      String name = titleCase(m.group(1));
      if (gazetteer.isKnownPlace(name)) {
        NameChains.put(cands, new Cand(s, e, EntityType.LOCATION, null, false));
      }
    }
  }

  private static String titleCase(String caps) {
    StringBuilder b = new StringBuilder(caps.length());
    boolean start = true;
    for (char ch : caps.toCharArray()) {
      b.append(start ? ch : Character.toLowerCase(ch));
      start = ch == ' ' || ch == '-';
    }
    return b.toString();
  }
}
