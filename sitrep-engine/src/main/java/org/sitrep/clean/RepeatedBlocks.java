package org.sitrep.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.StructureType;

/**
 * Lines that occur more than once. Widgets (a subscriber box, a video player's label, a "most
 * read" heading) repeat whole, and every copy of them is furniture, the first one included; a
 * pull quote repeats one sentence paragraph of the story, and the copy in the story's flow stays.
 *
 * <ul>
 *   <li>a repeated headline-like line (no sentence punctuation at its end): every copy;
 *   <li>a repeated run of two to five short lines in the same order: every copy;
 *   <li>a line of 40 characters or more that occurs three times or more: every copy;
 *   <li>a paragraph that occurs twice: the copy before the body's start if there is one, else the
 *       later copy.
 * </ul>
 */
final class RepeatedBlocks {
  private RepeatedBlocks() {}

  static final String REPEATED = "repeated block";
  static final String PULL_QUOTE = "repeated paragraph (pull quote)";
  /** A line of a repeated widget box is short; story paragraphs are longer. */
  private static final int SHORT_LINE = 150;
  private static final int MAX_RUN = 5;

  /** Marks repeats among units not yet known to be title, furniture or a credit. */
  static void mark(List<Unit> units, int bodyStart) {
    String[] keys = new String[units.size()];
    Map<String, List<Integer>> copies = new LinkedHashMap<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type == StructureType.TITLE || u.type == StructureType.BOILERPLATE
          || u.type == StructureType.CREDIT || u.type == StructureType.BYLINE) {
        continue;
      }
      keys[i] = StructureStage.norm(u.text);
      copies.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> at : copies.values()) {
      if (at.size() < 2) {
        continue;
      }
      Unit first = units.get(at.get(0));
      boolean widget = first.headlineLike() || at.size() >= 3 && first.text.length() >= 40
          || inShortRun(units, keys, at);
      if (widget) {
        at.forEach(i -> units.get(i).mark(StructureType.BOILERPLATE, REPEATED));
      } else if (at.size() == 2 && first.text.length() >= 40) {
        Unit drop = at.get(0) < bodyStart ? first : units.get(at.get(1));
        drop.mark(StructureType.BOILERPLATE, PULL_QUOTE);
      }
    }
  }

  /**
   * Whether two copies of the line sit in runs of short lines that repeat together: the line
   * after (or before) each copy is the same short line too, and the run is at most five lines.
   */
  private static boolean inShortRun(List<Unit> units, String[] keys, List<Integer> at) {
    int a = at.get(0);
    int b = at.get(1);
    int before = 0;
    while (a - before - 1 >= 0 && b - before - 1 > a && same(units, keys, a - before - 1,
        b - before - 1)) {
      before++;
    }
    int after = 0;
    while (b + after + 1 < units.size() && a + after + 1 < b && same(units, keys, a + after + 1,
        b + after + 1)) {
      after++;
    }
    int run = before + after + 1;
    if (run < 2 || run > MAX_RUN) {
      return false;
    }
    for (int k = a - before; k <= a + after; k++) {
      if (units.get(k).text.length() > SHORT_LINE) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(List<Unit> units, String[] keys, int x, int y) {
    return keys[x] != null && keys[x].equals(keys[y]);
  }
}
