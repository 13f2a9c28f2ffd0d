package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH dictionary file: {@code <!-- … -->} comments (which may span
 * lines) and {@code #} comments removed, surrounding white space stripped, empty lines dropped.
 */
final class PetrarchLines {
  private PetrarchLines() {}

  static List<String> content(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    for (String raw : lines) {
      String line = raw;
      if (inComment) {
        int end = line.indexOf("-->");
        if (end < 0) {
          continue;
        }
        line = line.substring(end + 3);
        inComment = false;
      }
      int open = line.indexOf("<!--");
      if (open >= 0) {
        inComment = !line.substring(open).contains("-->");
        line = line.substring(0, open);
      }
      line = line.split("#", 2)[0].strip();
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }
}
