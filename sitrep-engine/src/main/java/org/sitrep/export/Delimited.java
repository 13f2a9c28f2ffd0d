package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Field quoting for the delimited formats. */
final class Delimited {
  private Delimited() {}

  /**
   * One RFC 4180 record, CRLF-terminated: a field holding a comma, a double quote, CR or LF is
   * enclosed in double quotes with its quotes doubled; a null field is empty.
   */
  static void csvRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csv(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String csv(String field) {
    if (field == null) {
      return "";
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  /**
   * One tab-separated row, LF-terminated. Tab-separated values cannot quote, so a backslash, tab,
   * CR or LF inside a field is written as {@code \\}, {@code \t}, {@code \r}, {@code \n} (the
   * convention of PostgreSQL's COPY text format, which reverses exactly); a null field is empty.
   */
  static void tsvRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(tsv(fields.get(i)));
    }
    out.write('\n');
  }

  static String tsv(String field) {
    if (field == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      String esc = switch (c) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
      if (esc != null && b == null) {
        b = new StringBuilder(field.length() + 8).append(field, 0, i);
      }
      if (b != null) {
        if (esc != null) {
          b.append(esc);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? field : b.toString();
  }
}
