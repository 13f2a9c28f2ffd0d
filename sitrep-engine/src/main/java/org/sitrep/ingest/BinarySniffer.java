package org.sitrep.ingest;

/**
 * Tells binary files (images, archives, office documents) from text before anyone tries to read
 * them as articles. NUL bytes never occur in text outside UTF-16, and text has few control
 * characters besides tab, line feed, form feed and carriage return.
 */
final class BinarySniffer {

  static final String REASON = "binary file, not an article";

  private BinarySniffer() {}

  /** Judges raw bytes; NUL bytes count only when no UTF-16 byte-order mark explains them. */
  static boolean looksBinary(byte[] bytes, int length, String decoded) {
    Decoding.Bom bom = Decoding.bom(bytes, length);
    boolean utf16 = bom != null && bom.charset().name().startsWith("UTF-16");
    if (!utf16) {
      for (int i = 0; i < length; i++) {
        if (bytes[i] == 0) {
          return true;
        }
      }
    }
    return looksBinary(decoded);
  }

  /** Judges decoded text: any NUL, or control characters making up more than 2% of it. */
  static boolean looksBinary(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    return controls >= 2 && controls * 50 > text.length();
  }
}
